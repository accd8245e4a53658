"""English names from PETRARCH dictionary spellings: clean-up, casing, and the word lists that
decide which names and short forms are safe to match in news text."""
import re
import unicodedata

# Particles that news writes in lower case inside a name (never as its first word).
LOWER_PARTICLES = {"al", "el", "ad", "ash", "as", "at", "ar", "an", "az", "bin", "ibn", "bint", "de", "del",
                   "della", "der", "den", "di", "da", "das", "dos", "do", "du", "la", "le", "van", "von",
                   "y", "ter", "ten", "zu", "of", "the", "and", "for", "wa", "wal", "bte", "binti"}
# Arabic articles joined to the next word with a hyphen in news spelling (`Nouri al-Maliki`).
ARABIC_ARTICLES = {"al", "el", "ad", "ash", "as", "at", "ar", "an", "az"}
ROMAN = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"}
SUFFIXES = {"jr": "Jr.", "jr.": "Jr.", "sr": "Sr.", "sr.": "Sr."}
# Countries whose hyphenated given names news writes with a lower-case second syllable (`Ban Ki-moon`).
SYLLABIC_HYPHEN = {"KOR", "PRK", "CHN", "TWN", "HKG", "MAC"}
ANGLOPHONE = {"USA", "GBR", "IRL", "CAN", "AUS", "NZL"}
# Words of organisation names kept in lower case (not first).
ORG_LOWER = {"of", "the", "and", "for", "in", "on", "at", "to", "by", "with", "de", "la", "le", "les", "du",
             "des", "et", "y", "el", "del", "los", "las", "di", "da", "per", "pour", "a", "an", "al", "fi", "wa"}


def plain(s):
    """Lower-case ASCII letters and digits only, spaces between words (for comparing names)."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"['\u2019`]", "", s)
    s = re.sub(r"[^a-z0-9]+", " ", s)
    return " ".join(s.split())


def spelling(s):
    """`plain`, with British and American spellings of one name made the same (`Organisation` and
    `Organization`, `Co-operation` and `Cooperation`): the key that finds one body listed twice."""
    p = " " + plain(s) + " "
    p = re.sub(r"isation", "ization", p).replace(" co operation", " cooperation")
    return p.strip()


def words_of(raw):
    """The words of a dictionary spelling: `SERGEY_V._LAVROV_` -> ['SERGEY', 'V.', 'LAVROV']."""
    raw = raw.replace("_", " ").replace(",", " , ")
    raw = re.sub(r"\s+", " ", raw).strip(" -")
    return [w for w in raw.split(" ") if w]


def cap_word(w, first, country, particles=True):
    """One upper-case word in news casing."""
    low = w.lower()
    if low in SUFFIXES:
        return SUFFIXES[low]
    if low in ROMAN and not first:
        return w.upper()
    if re.fullmatch(r"[a-z]\.?", low):                      # initials: C. / C
        return low[0].upper() + "."
    if re.fullmatch(r"([a-z]\.){2,}", low):                 # U.S. / R.K.
        return low.upper()
    if particles and not first and low in LOWER_PARTICLES:
        return low
    if "-" in w:
        parts = w.split("-")
        out = []
        for i, p in enumerate(parts):
            if not p:
                out.append(p)
            elif i == 0 and particles and p.lower() in ARABIC_ARTICLES and len(parts) > 1:
                out.append(p.lower() if not first else p.capitalize())
            elif i > 0 and country in SYLLABIC_HYPHEN:
                out.append(p.lower())
            else:
                out.append(cap_word(p, True, country, particles=False))
        return "-".join(out)
    if "'" in w:                                            # O'Brien, D'Alema, N'Diaye
        head, _, tail = w.partition("'")
        if len(head) == 1 and tail:
            return head.upper() + "'" + tail.capitalize()
        return w.capitalize()
    if low.startswith("mc") and len(low) > 3:
        return "Mc" + low[2:].capitalize()
    if country in ANGLOPHONE and low.startswith("mac") and len(low) >= 8 and low[3] not in "aeiouhk":
        return "Mac" + low[3:].capitalize()
    return low.capitalize()


def person_case(words, country):
    """`['NURI', 'AL-MALIKI']` -> `Nuri al-Maliki`; `['BAN', 'KI-MOON']` -> `Ban Ki-moon`."""
    return " ".join(cap_word(w, i == 0, country) for i, w in enumerate(words))


ORG_UPPER = {"us", "uk", "un", "eu", "usa", "nato", "opec", "ussr", "u.s.", "u.n."}


def org_case(words, dictionary=frozenset()):
    """Organisation names: title case, function words lower, acronyms (dotted, vowel-less, or
    short non-words like `ACI`) upper case."""
    out = []
    for i, w in enumerate(words):
        low = w.lower()
        letters = re.sub(r"[^a-z]", "", low)
        if re.search(r"\d", low):
            out.append(low)                                   # 20th, 1920
        elif re.fullmatch(r"([a-z]\.)+[a-z]?\.?", low) or low in ORG_UPPER:
            out.append(w.upper())
        elif letters and "'" not in w and (not re.search(r"[aeiouy]", letters) or
                                            (len(letters) <= 3 and low not in dictionary and low not in ORG_LOWER
                                             and low not in ("inc", "ltd", "co", "plc", "llc", "sa", "ag", "nv", "bv"))):
            out.append(w.upper())
        elif i > 0 and low in ORG_LOWER:
            out.append(low)
        elif "-" in w:
            out.append("-".join(p.lower() if j > 0 and p.lower() in ORG_LOWER else p.capitalize()
                                for j, p in enumerate(w.split("-"))))
        elif "'" in w:
            head, _, tail = w.partition("'")
            out.append(head.capitalize() + "'" + (tail.capitalize() if len(head) == 1 and len(tail) > 1 else tail.lower()))
        else:
            out.append(low.capitalize())
    return " ".join(out)


def hyphen_variants(name):
    """`Nuri al-Maliki` and `Nuri al Maliki`: news writes the Arabic article both ways."""
    out = [name]
    joined = re.sub(r"\b(al|el|ad|ash|as|at|ar|an|az) (?=[A-Z])", r"\1-", name)
    spaced = re.sub(r"\b(al|el|ad|ash|as|at|ar|an|az)-(?=[A-Z])", r"\1 ", name)
    for v in (joined, spaced):
        if v not in out:
            out.append(v)
    return out


class WordLists:
    """The word lists the filters use, read once."""

    def __init__(self, dictionary_path, agents_path, titles_path, given_names_path, stopwords_path, demonyms):
        self.dictionary = set()
        with open(dictionary_path, encoding="utf-8") as f:
            for line in f:
                w = line.strip()
                if w and w[0].islower():                       # ordinary words, not proper names
                    self.dictionary.add(plain(w.split("'")[0]))
        self.roles = set()                                     # words of role nouns: FOREIGN, MINISTER
        self.role_heads = set()                                # their last words: MINISTER, ENVOY, REBEL
        with open(agents_path, encoding="utf-8") as f:
            for line in f:
                line = line.split("#", 1)[0].strip()
                if not line or line.startswith("!") or "[" not in line:
                    continue
                phrase = line.split("[", 1)[0].split("{", 1)[0]
                phrase = phrase.replace("!PERSON!", "_MAN").replace("!MINIST!", "_MINISTER")
                ws = [plain(w) for w in words_of(phrase)]
                self.roles.update(ws)
                if ws:
                    self.role_heads.add(ws[-1])
        self.titles = set()
        for path in (titles_path,):
            with open(path, encoding="utf-8") as f:
                for line in f.read().split("\n")[1:]:
                    if line and not line.startswith("#") and not line.startswith("form"):
                        for w in plain(line.split("\t")[0]).split():
                            self.titles.add(w)
        self.given = set()
        with open(given_names_path, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if line and not line.startswith("#") and line != "form":
                    self.given.add(plain(line.split("\t")[0]))
        self.stopwords = set()
        with open(stopwords_path, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if line and not line.startswith("#") and line != "form":
                    self.stopwords.add(plain(line.split("\t")[0]))
        self.demonyms = {plain(d) for d in demonyms}
        self.titles |= {"former", "ex", "late", "acting", "interim", "president", "presidential", "vice",
                        "minister", "secretary", "general", "gen", "senator", "sen", "representative", "rep",
                        "congressman", "congresswoman", "ambassador", "amb", "mr", "mrs", "ms", "dr",
                        "prime", "pm", "premier", "chancellor", "king", "queen", "prince", "princess",
                        "sheikh", "sheik", "shaikh", "emir", "amir", "ayatollah", "hojatoleslam", "hojatolislam",
                        "sayyed", "sayed", "sayyid", "imam", "leader", "chief", "director", "chairman",
                        "spokesman", "spokeswoman", "deputy", "foreign", "defense", "defence", "justice",
                        "governor", "mayor", "colonel", "col", "lieutenant", "lt", "major", "maj", "admiral",
                        "adm", "marshal", "commander", "cardinal", "pope", "bishop", "archbishop", "rev",
                        "reverend", "judge", "party", "communist", "moscow", "administration", "government",
                        "regime", "forces", "official", "officials", "u", "n", "un", "us", "cia", "fbi",
                        "state", "head", "top", "dep", "sec", "secy", "supreme", "his", "her", "majesty",
                        "excellency", "highness", "lord", "dame", "sir", "haji", "hajj", "mullah", "maulana",
                        "mufti", "rabbi", "father", "brother", "sister", "gen."}
