"""Phoenix actor blocks -> candidate gazetteer entries (English names, country, roles)."""
import re
from dataclasses import dataclass, field

from phoenix_names import words_of, person_case, org_case, plain, hyphen_variants, LOWER_PARTICLES

# CAMEO sector codes -> how a role reads ("Government of Russia", "Rebels in Sudan").
SECTORS = {
    "GOV": "Government of {c}", "MIL": "Military of {c}", "LEG": "Legislature of {c}",
    "JUD": "Judiciary of {c}", "ELI": "Political elite of {c}", "OPP": "Opposition in {c}",
    "REB": "Rebels in {c}", "PTY": "Political party in {c}", "COP": "Police of {c}",
    "SPY": "Intelligence services of {c}", "BUS": "Business in {c}", "MED": "Media in {c}",
    "CVL": "Civil society in {c}", "LAB": "Labour in {c}", "EDU": "Education in {c}",
    "HLH": "Health sector in {c}", "REF": "Refugees in {c}", "HRI": "Human rights in {c}",
    "INS": "Insurgents in {c}", "SEP": "Separatists in {c}", "UAF": "Armed group in {c}",
    "CRM": "Crime in {c}", "AGR": "Agriculture in {c}", "ENV": "Environment in {c}",
    "DEV": "Development in {c}", "MOD": "Moderates in {c}", "RAD": "Radicals in {c}",
}
DOMAINS = {"BUS": "economy", "MIL": "defence", "DEV": "development", "EDU": "education", "HLH": "health",
           "AGR": "agriculture", "ENV": "environment", "LAB": "labour", "MED": "media", "JUD": "justice",
           "SPY": "intelligence", "COP": "police", "LEG": "legislature", "REF": "refugees",
           "HRI": "human rights", "ELI": "", "GOV": "", "PTY": "party", "OPP": "opposition"}
# International bodies by CAMEO code prefix (the longest prefix wins).
IGOS = {
    "IGOUNO": "United Nations", "IGOUNOIAE": "IAEA", "IGOUNOKID": "UNICEF", "IGOUNOHLHWHO": "World Health Organization",
    "IGOUNOREFHCR": "UNHCR", "IGOUNOWFP": "World Food Programme", "IGOUNOLABILO": "International Labour Organization",
    "IGOUNODEVWBK": "World Bank", "IGOUNOWBK": "World Bank", "IGOUNOHRI": "UN human rights bodies",
    "IGOUNOHRIHCH": "UN High Commissioner for Human Rights", "IGOUNOAGRFAO": "Food and Agriculture Organization",
    "IGOWSTNAT": "NATO", "IGOEUREEC": "European Union", "IGOEUR": "European body", "IGOAFRAFU": "African Union",
    "IGOMEAARL": "Arab League", "IGOARL": "Arab League", "IGOGCC": "Gulf Cooperation Council",
    "IGOBUSOPC": "OPEC", "IGOBUSIMF": "International Monetary Fund", "IGOBUSWTO": "World Trade Organization",
    "IGOOSC": "OSCE", "IGOASNASN": "ASEAN", "IGOSEAASN": "ASEAN",
}
# Abbreviations of the role comments (`Amb. to UN`, `Dep Sec State`).
ABBREVIATIONS = {"amb.": "Ambassador", "amb": "Ambassador", "dep": "Deputy", "dep.": "Deputy",
                 "sec": "Secretary of", "min": "Minister", "min.": "Minister", "pm": "Prime Minister",
                 "cmdr": "Commander", "dci": "Director of Central Intelligence", "fin.": "Finance",
                 "natsecad": "National Security Advisor", "def": "Defense", "secy": "Secretary"}
NOTE_WORDS = {"need", "check", "est", "est.", "entered", "various", "pt.", "pt", "maybe", "sure", "brief",
              "then", "debatable", "figure", "n.d", "n.d."}
TITLE_HEADS = {"minister", "president", "secretary", "ambassador", "advisor", "adviser", "leader", "chancellor",
               "director", "commander", "intelligence", "chief", "governor", "speaker", "chairman", "king"}
ORG_WORDS = {"party", "council", "assembly", "army", "forces", "force", "ministry", "department", "agency",
             "service", "services", "bureau", "office", "commission", "administration", "congress", "court",
             "front", "brigade", "brigades", "movement", "guard", "guards", "committee", "politburo",
             "republic", "union", "university", "palace", "house", "coalition", "declaration", "observatory",
             "team", "rifles", "authority", "government", "parliament", "senate", "organization",
             "organisation", "institute", "foundation", "federation", "association", "league", "alliance",
             "network", "group", "center", "centre", "corporation", "company", "bank", "fund", "program",
             "programme", "project", "police", "intelligence", "security", "directorate", "islands", "ocean",
             "regime", "forum", "society", "trust", "mission", "corps", "council", "tribunal", "cabinet",
             "presidency", "navy", "regiment", "battalion", "division", "ministries", "state", "nations",
             "community", "conference", "secretariat", "board", "authority", "institution", "academy",
             "school", "church", "order", "faction", "cell", "cells", "nuclei", "unit", "units", "commando",
             "jihad", "brotherhood", "tigers", "liberation", "resistance", "revolutionary", "revolution",
             "people's", "peoples", "national", "international", "democratic", "islamic", "kingdom",
             "province", "region", "city", "district", "territory", "administration", "staff", "battalions",
             "martyrs", "mujahideen", "mujahidin", "ansar", "jund", "jaish", "jaysh", "harakat", "tanzim",
             "lashkar", "jamaat", "jamaah", "jemaah", "hizb", "kataib", "katibat", "liwa", "liwaa", "saraya",
             "sarayat", "faylaq", "qaeda", "qaida", "qa'ida", "fronts", "groups", "organizations"}
ORG_HEADS = {"foundation", "fund", "council", "committee", "organization", "organisation", "institute",
             "association", "union", "league", "federation", "front", "army", "brigade", "brigades", "movement",
             "party", "group", "agency", "bank", "commission", "court", "centre", "center", "network",
             "alliance", "society", "service", "program", "programme", "office", "mission", "corps", "forces",
             "force", "guard", "guards", "congress", "assembly", "authority", "trust", "corporation",
             "company", "airlines", "airways", "tribunal", "institution", "academy", "university",
             "faction", "cells", "nuclei", "commando", "commandos", "battalion", "battalions", "legion",
             "resistance", "jihad", "brotherhood", "tigers", "squad", "squads", "cell", "units", "unit",
             "bureau", "secretariat", "conference", "board", "partnership", "coalition", "order"}


# Countries whose people's names are written natively in Latin letters (no transliteration).
LATIN_SCRIPT = {"USA", "GBR", "CAN", "AUS", "NZL", "IRL", "DEU", "FRA", "ITA", "ESP", "PRT", "NLD", "BEL", "AUT",
                "CHE", "SWE", "NOR", "DNK", "FIN", "ISL", "POL", "CZE", "SVK", "HUN", "ROU", "HRV", "SVN",
                "LUX", "MLT", "EST", "LVA", "LTU", "MEX", "ARG", "BRA", "CHL", "COL", "PER", "VEN"}


def one_letter_apart(a, b):
    """Whether two names differ in one word by one letter changed, added, dropped or swapped."""
    wa = [w for w in plain(a).split() if len(w) > 1]          # initials aside
    wb = [w for w in plain(b).split() if len(w) > 1]
    if len(wa) != len(wb):
        return False
    diff = [(x, y) for x, y in zip(wa, wb) if x != y]
    if len(diff) != 1:
        return False
    x, y = diff[0]
    if abs(len(x) - len(y)) > 1:
        return False
    if len(x) == len(y):
        d = [i for i in range(len(x)) if x[i] != y[i]]
        return len(d) == 1 or (len(d) == 2 and d[1] == d[0] + 1 and x[d[0]] == y[d[1]] and x[d[1]] == y[d[0]])
    short, long_ = (x, y) if len(x) < len(y) else (y, x)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def significant_skeletons(name, given=frozenset()):
    """The words of a name that identify it, as plain words and consonant skeletons, given names
    and particles aside (`Hesham Qandil` and `Hisham Kandil` share `kndl`)."""
    from phoenix_arabic import en_skeleton
    out = set()
    for w in re.split(r"[ \-]+", name):
        p = plain(w)
        if not p or p in LOWER_PARTICLES or p in given or len(p) < 3:
            continue
        out.add(p)
        k = en_skeleton(w)
        if len(k) >= 2:
            out.add("~" + k)
    return out


CALENDAR_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                  "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
                  "saturday", "sunday", "of", "the"}


@dataclass
class Candidate:
    """One converted actor before deduplication."""
    kind: str
    names: list                         # full names, display name first
    aliases: list = field(default_factory=list)
    country: str | None = None          # gazetteer id
    roles: list = field(default_factory=list)
    source: str = ""                    # file:line, for the report
    names_ar: list = field(default_factory=list)
    aliases_ar: list = field(default_factory=list)
    codes: list = field(default_factory=list)
    group: str = ""                     # output file: person, organization, company, government, armed

    def __post_init__(self):
        self.group = self.group or self.kind


class Converter:
    def __init__(self, lists, countries, country_names):
        self.lists = lists                  # phoenix_names.WordLists
        self.countries = countries          # CAMEO code -> gazetteer id
        self.country_names = country_names  # gazetteer id -> English display name
        self.first_names = set()            # filled by learn_given_names

    # -- codes ---------------------------------------------------------------------------
    def country_of_code(self, code):
        """The country of a CAMEO code: its first 3 letters, or the 3 after NGO/MNC."""
        if code[:3] in self.countries:
            return self.countries[code[:3]]
        if code[:3] in ("NGO", "MNC") and code[3:6] in self.countries:
            return self.countries[code[3:6]]
        return None

    def country_of(self, roles):
        seen = {}
        for r in roles:
            c = self.country_of_code(r.code)
            if c:
                seen[c] = seen.get(c, 0) + 1
        if not seen:
            return None
        best = max(seen.values())
        return next(c for c in (self.country_of_code(r.code) for r in roles) if c and seen[c] == best)

    def role_text(self, role, person=True):
        """`Foreign Minister of Russia (2004–)`, `Government of Russia, economy (2003–2004)`."""
        code = role.code
        country = self.country_of_code(code)
        title = self.comment_title(role.comment)
        if code[:3] in ("NGO", "MNC", "IMG"):
            what = {"NGO": "Non-governmental organisation", "MNC": "Company", "IMG": "Militant group"}[code[:3]]
            if person:
                what = {"NGO": "Non-governmental organisation member", "MNC": "Company executive",
                        "IMG": "Militant group member"}[code[:3]]
            return (f"{what} in {self.country_label(country)}" if country else what, (9999,), role)
        if code.startswith("IGO"):
            body = next((IGOS[k] for k in sorted(IGOS, key=len, reverse=True) if code.startswith(k)), None)
            if title and not any(w in plain(title).split() for w in TITLE_HEADS):
                body, title = title, None        # `# World Health Organization` names the body
            body = body or "International organisation"
            if not person:
                text = "International organisation" if title else f"International organisation ({body})"
            else:
                text = f"{title} ({body})" if title else f"{body} official"
        elif country:
            cname = self.country_label(country)
            sector = code[3:6]
            if title:
                text = f"{title} of {cname}" if " of " not in title and " to " not in title else f"{title}, {cname}"
            elif sector in SECTORS:
                text = SECTORS[sector].format(c=cname)
                domain = DOMAINS.get(code[6:9], "") if len(code) >= 9 else ""
                if domain:
                    text += f", {domain}"
            elif not sector:
                return None                    # a bare country code: a place, not a role
            else:
                text = f"{cname} ({sector.lower()})"
        else:
            return None
        years = self.years(role)
        return (text + f" ({years})" if years else text, role.start or (9999,), role)

    def country_label(self, country):
        """`the United States`, `the Netherlands`, `Russia`: a country name as a sentence writes it."""
        name = self.country_names[country]
        words = name.split()
        if words[-1] in ("Republic", "Islands", "Union", "Kingdom", "States", "Emirates", "Territories") \
                or words[0] in ("Netherlands", "Philippines", "Bahamas", "Gambia", "Maldives", "Comoros",
                                "Seychelles", "Vatican", "Republic", "Democratic", "United", "Czech"):
            return "the " + name
        return name

    @staticmethod
    def years(role):
        s, e = role.start, role.end
        if s and e and e < s:
            return ""                          # inverted range in the source: years dropped
        if s and e:
            return str(s[0]) if s[0] == e[0] else f"{s[0]}\u2013{e[0]}"
        if s:
            return f"{s[0]}\u2013"
        if e:
            return f"\u2013{e[0]}"
        return ""

    def comment_title(self, comment):
        if not comment:
            return None
        c = comment.split("#")[0].strip()
        c = re.sub(r"\(.*?\)", "", c).strip()
        if not c or "txt" in c.lower() or "http" in c.lower() or "_" in c or re.search(r"\d", c):
            return None
        words = c.split()
        if any(w.lower().strip(".,?") in NOTE_WORDS for w in words) or "?" in c:
            return None
        out = []
        for w in words:
            out.append(ABBREVIATIONS.get(w.lower(), w))
        out = [w.capitalize() if w.isupper() and len(w) > 3 else w for w in out]
        text = " ".join(out).replace("CoEU", "Council of the EU")
        text = re.sub(r"\bSecretary of (Army|Def|Defense)\b", lambda m: "Secretary of " + ("the Army" if m.group(1) == "Army" else "Defense"), text)
        words = set(plain(text).split())
        if len(text) > 60 or " from " in text:
            return None
        if not (words & TITLE_HEADS or words & ORG_HEADS or re.search(r"\b[A-Z]{3,}\b", text)
                or words & {"un", "pm", "nato", "who", "eu"}):
            return None
        return text[0].upper() + text[1:]

    def roles_of(self, block, person=True):
        """Readable roles, oldest first; an undated role repeating a dated one is left out."""
        items = [r for r in (self.role_text(x, person) for x in block.roles) if r]
        dated_bases = {re.sub(r" \(.*\)$", "", t) for t, _, x in items if x.start or x.end}
        out, seen = [], set()
        for text, key, role in sorted(items, key=lambda i: (i[1], i[0])):
            base = text if (role.start or role.end) else text
            if not (role.start or role.end) and base in dated_bases:
                continue
            if text not in seen:
                seen.add(text)
                out.append(text)
        return out

    # -- people ------------------------------------------------------------------------------
    def strip_titles(self, words):
        """Leading titles, honorifics, nationality adjectives and role nouns (`SECRETARY_OF_STATE_`)."""
        lists = self.lists
        i = 0
        while i < len(words) - 1:
            w = plain(words[i])
            if w in lists.titles or w in lists.demonyms or w in lists.roles or w in ("of", "the", "ex"):
                i += 1
                continue
            if "-" in words[i] and all(plain(p) in lists.titles | lists.demonyms | {"ex"} for p in words[i].split("-") if p):
                i += 1
                continue
            break
        return words[i:]

    def person_name(self, raw, country_code, head_words):
        """A cleaned person spelling: ('full', name) / ('short', name) / None.

        Title words before the name are dropped; a spelling that still carries a title, role or
        ordinary word that the head does not have is a description (`Gorbachev administration`)."""
        words = [w for w in words_of(raw) if w != ","]
        if not words or any(not re.fullmatch(r"[A-Za-z\u00C0-\u024F.'\-]+", w) for w in words):
            return None
        words = self.strip_titles(words)
        lists = self.lists
        for w in words:
            p = plain(w)
            if p in head_words:
                continue
            if p in lists.titles or p in lists.roles or p in lists.demonyms or p in ORG_WORDS:
                return None
            if p in lists.dictionary and p not in self.first_names and len(p) > 2:
                return None
        real = [w for w in words if len(w.strip(".")) >= 2]
        name = person_case(words, country_code)
        if len(real) >= 2:
            return ("full", name)
        if len(words) == 1:
            return ("short", name)
        return None

    def learn_given_names(self, blocks):
        """Given names: first words of the CountryInfo people (seen for three people or more)."""
        counts = {}
        for b in blocks:
            if "countryinfo" not in b.head_comment.lower():
                continue
            words = words_of(b.heads[0])
            if len(words) >= 2:
                counts[plain(words[0])] = counts.get(plain(words[0]), 0) + 1
        self.first_names = {w for w, n in counts.items() if n >= 3 and len(w) >= 2} | self.lists.given

    def person(self, block, source):
        code = next((r.code[:3] for r in block.roles if r.code[:3] in self.countries), "")
        head_words = set()
        for h in block.heads:
            head_words |= {plain(w) for w in self.strip_titles(words_of(h))}
        full, short = [], []
        for raw in block.heads + block.aliases:
            got = self.person_name(raw, code, head_words)
            if not got:
                continue
            kind, name = got
            target = full if kind == "full" else short
            variants = hyphen_variants(name) if kind == "full" else [name]
            if len(variants) > 1:
                variants = [variants[1], variants[0]] + variants[2:]    # `al-Maliki` as news writes it
            for v in variants:
                if v not in target:
                    target.append(v)
        if not full:
            return None
        # Phoenix files other people under one code block (`Sami Abu Zuhri` under Ahmed Yassin):
        # a second full name must share a word with the first, at least in spelling skeleton.
        anchor = significant_skeletons(full[0], self.first_names)
        full = [full[0]] + [n for n in full[1:] if significant_skeletons(n, self.first_names) & anchor]
        if code in LATIN_SCRIPT:
            # Names written natively in Latin letters have one spelling: a variant one letter
            # away (`Nelson Rockafeller`, `Christian Wullf`) is a misspelling.
            kept = [full[0]]
            for n in full[1:]:
                if not any(one_letter_apart(n, k) for k in kept):
                    kept.append(n)
            full = kept
        short = [a for a in short if significant_skeletons(a, self.first_names) & anchor]
        return Candidate(kind="person", names=full, aliases=short, country=self.country_of(block.roles),
                         roles=self.roles_of(block), source=source, codes=[r.code for r in block.roles])

    def looks_like_person(self, block):
        """A hand-added block names a person: two or more words, none an institution word, and the
        first a given name, or no ordinary English word among them."""
        words = self.strip_titles(words_of(block.heads[0]))
        if len(words) < 2 or len(words) > 6:
            return False
        # A person holds a role in a sector (GOV, ELI, …) or a body; a bare country or territory
        # code (`[BRN]`, `[NLDANT]`) marks a place.
        in_sector = any(r.code[3:6] in SECTORS and r.code[:3] not in ("IGO", "NGO", "IMG", "MNC") for r in block.roles)
        in_body = any(r.code[:3] in ("IGO", "NGO", "IMG") for r in block.roles)
        plains = [plain(w) for w in words]
        if any(p in ORG_WORDS for p in plains) or plains[0] in LOWER_PARTICLES:
            return False
        if plains[0] in self.first_names:
            return in_sector or in_body
        # No known given name: only a person of a country's sector with no ordinary word in the name.
        return in_sector and not any((p in self.lists.dictionary or p in self.lists.role_heads) and len(p) > 2 for p in plains)

    def could_be_person(self, block):
        """Two to six words and no institution or role word (for blocks with a person's dated office)."""
        plains = [plain(w) for w in self.strip_titles(words_of(block.heads[0]))]
        return 2 <= len(plains) <= 6 and not any(p in ORG_WORDS or p in self.lists.role_heads for p in plains)

    # -- organisations ---------------------------------------------------------------------
    def org_name(self, raw):
        """A cleaned organisation spelling, or None for descriptions (`UN envoy`, `Foreign-owned vessel`)."""
        raw = re.sub(r"\(([A-Z.]{2,8})\)", "", raw)
        words = [w for w in words_of(raw) if w not in (",", ":")]
        if not words or any(not re.fullmatch(r"[A-Za-z0-9\u00C0-\u024F.'&\-]+", w) for w in words):
            return None
        if plain(words[0]) == "the" and len(words) > 1:
            words = words[1:]
        lists = self.lists
        plains = [plain(w) for w in words]
        plains = [p.split()[-1] if " " in p else p for p in plains]   # `vice-president` -> `president`
        role_like = lists.role_heads | {"envoy", "president", "minister", "secretary", "spokesman", "chief",
                                        "official", "officials", "monitor", "peacekeeper", "peacekeepers"}
        first = next((p for p in plains if p not in ("un", "u n", "united", "nations") and p not in lists.demonyms), plains[0])
        if first in role_like and first not in ORG_HEADS or plains[-1] in role_like and plains[-1] not in ORG_HEADS:
            return None
        if all(re.fullmatch(r"\d+(st|nd|rd|th)?", p) or p in CALENDAR_WORDS for p in plains):
            return None                          # `21 June`: a date, not a name
        if len(words) >= 2 and plains[0] in self.first_names and not any(p in ORG_WORDS or p in ORG_HEADS for p in plains):
            return None                          # a person's name listed among bodies or groups
        if len(words) == 1:
            w = plain(words[0])
            letters = re.sub(r"[^a-z]", "", w)
            if "-" not in words[0] and (len(letters) <= 5 or not re.search(r"[aeiou]", letters)):
                if len(letters) < 3 or w in lists.dictionary:
                    return None
                return words[0].replace("_", "").upper()      # an acronym: matched as written
            if w in lists.dictionary or w in self.first_names or len(letters) < 4:
                return None
            return org_case(words, lists.dictionary)
        content = [p for p in plains if p not in ("of", "the", "and", "for", "in", "on", "to", "a")]
        ordinary = all(p in lists.dictionary or p in lists.demonyms for p in content)
        if ordinary and plains[-1] not in ORG_HEADS:
            return None
        return org_case(words, lists.dictionary)

    @staticmethod
    def initials(name):
        return "".join(w[0] for w in re.split(r"[ \-]+", name) if w and w[0].isupper() and w.lower() not in ("of", "the", "and", "for"))

    def organization(self, block, kind, source):
        names = []
        for raw in block.heads:
            n = self.org_name(raw)
            if n and n not in names:
                names.append(n)
        if not names:
            return None
        primary = names[0]
        pw = set(plain(primary).split())
        acronyms = []
        for raw in block.aliases:
            n = self.org_name(raw)
            if not n or n in names or n in acronyms:
                continue
            if n.isupper() and " " not in n:
                if n.replace(".", "") == self.initials(primary) or any(n.replace(".", "") == self.initials(x) for x in names):
                    acronyms.append(n)
                continue
            nw = set(plain(n).split())
            # Another spelling of the same body: most of its words are the head's words.
            if len(nw & pw) * 2 >= max(len(nw), len(pw)) and len(nw & pw) >= 1:
                names.append(n)
        for raw in block.heads:
            m = re.search(r"\(([A-Z.]{2,8})\)", raw)
            if m and m.group(1).replace(".", "") == self.initials(primary) and m.group(1) not in acronyms:
                acronyms.append(m.group(1))
        full = [n for n in names if not (n.isupper() and " " not in n)]
        short = [n for n in names if n.isupper() and " " not in n] + acronyms
        if not full:
            if not short:
                return None
            full, short = short[:1], short[1:]
        return Candidate(kind=kind, names=full, aliases=short, country=self.country_of(block.roles),
                         roles=self.roles_of(block, person=False), source=source, codes=[r.code for r in block.roles])
