"""UniversalPetrarch's Arabic actor dictionary -> Arabic names of people.

The dictionary is lemmatised (`رئيس_وزير_إسرائيلي_إيهود_اولمر_`), so only the entries that are
proper names as news writes them are kept: titles and nationality adjectives in front are
removed, and a name with any ordinary word, role noun or adjective left in it is dropped.
A name is joined to an English entry of the same country when their consonant skeletons agree
and exactly one English entry of that country has that skeleton; a name that joins nothing is
kept alone only when it is an Arabic name by its shape (given names, nasab, a family name with
the article), since a transliterated foreign name cannot be checked without its English form.
"""
import os
import re
import unicodedata

from phoenix_source import read_blocks

TASHKEEL = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
# Titles, honorifics and head nouns of bodies, in the dictionary's lemma form (no article).
TITLES = {"رئيس", "وزير", "ملك", "ملكة", "أمير", "اميرة", "أميرة", "امير", "شيخ", "شيخة", "جنرال", "عاهل", "أمين", "امين",
          "عام", "دكتور", "دكتورة", "لواء", "طيار", "ركن", "سفير", "مبعوث", "نائب", "زعيم", "قائد", "سلطان", "رئيسة",
          "وزيرة", "مستشار", "مستشارة", "سيد", "سيدة", "فريق", "عقيد", "عميد", "مشير", "إمام", "امام", "آية", "اية",
          "حجة", "إسلام", "اسلام", "مرشد", "أعلى", "اعلى", "ولي", "عهد", "خادم", "حرمين", "شريفين", "قاضي", "محافظ",
          "مدير", "ناطق", "متحدث", "باسم", "رسمي", "أول", "اول", "ثاني", "سابق", "راحل", "جلالة", "سمو", "معالي",
          "فخامة", "سعادة", "أستاذ", "استاذ", "مهندس", "بابا", "كاردينال", "بطريرك", "مطران", "حاكم", "نائبة",
          "وزارة", "خارجية", "داخلية", "دفاع", "مال", "حكومة", "مجلس", "حزب", "حركة", "منظمة", "جبهة", "جيش",
          "قوة", "قوات", "اتحاد", "جامعة", "شركة", "صحيفة", "وكالة", "هيئة", "لجنة", "محكمة", "بنك", "مصرف",
          "جماعة", "تنظيم", "كتيبة", "لواء", "ائتلاف", "تحالف", "مؤسسة", "جمعية", "مركز", "برلمان", "ديوان",
          "ل", "و", "ف", "ب", "في", "من", "على", "إلى", "الى", "عن", "مع"}
PARTICLES = {"بن", "بنت", "ابن", "أبو", "ابو", "أبي", "ابي", "عبد", "آل", "ال", "أم", "ام"}
ARABIC_LETTERS = re.compile(r"^[\u0621-\u064a]+$")
# Consonant classes for comparing an Arabic spelling with a Latin one.
AR_SKELETON = {"ب": "b", "پ": "b", "ت": "t", "ث": "t", "ج": "j", "چ": "j", "ح": "h", "خ": "k", "د": "d", "ذ": "s",
               "ر": "r", "ز": "s", "س": "s", "ش": "s", "ص": "s", "ض": "d", "ط": "t", "ظ": "s", "غ": "j", "ف": "f",
               "ڤ": "f", "ق": "k", "ك": "k", "گ": "j", "ل": "l", "م": "m", "ن": "n", "ه": "h", "ة": ""}
LATIN_DIGRAPHS = [("tch", "s"), ("kh", "k"), ("sh", "s"), ("th", "t"), ("dh", "s"), ("gh", "j"), ("ph", "f"),
                  ("ch", "s"), ("ck", "k"), ("dj", "j"), ("ce", "s"), ("ci", "s"), ("cy", "s"), ("x", "ks")]
# s and z are one class: news transliterates a final s as ز (Peres, بيريز).
LATIN_SKELETON = {"b": "b", "p": "b", "t": "t", "j": "j", "g": "j", "h": "h", "k": "k", "q": "k", "c": "k",
                  "d": "d", "z": "s", "r": "r", "s": "s", "f": "f", "v": "f", "l": "l", "m": "m", "n": "n"}
LATIN_ARTICLES = {"al", "el", "ad", "ed", "as", "ash", "at", "ar", "an", "az", "ez", "es"}


def normalize(s):
    """Surface form for the loader: no tashkeel or tatweel, NFC, single spaces; a lone `ال`
    before a family name is the particle `آل` (`ال_سعود`)."""
    s = unicodedata.normalize("NFC", TASHKEEL.sub("", s.replace("_", " ")))
    words = s.split()
    return " ".join("آل" if w == "ال" and 0 < i < len(words) - 1 else w for i, w in enumerate(words))


def fold(s):
    """Matching key: alef forms, alef maqsura and teh marbuta folded (as the recognizer folds them)."""
    s = re.sub("[أإآٱ]", "ا", s).replace("ى", "ي").replace("ة", "ه")
    return " ".join(s.split())


def key(name):
    """Comparison key: folded, with `عبد ال…`, `أبو …` written as one word (`عبدالله`)."""
    return re.sub(r"\b(عبد|ابو) ", r"\1", fold(name))


def units(name):
    """Name parts, `عبد X` and `أبو X` counting as one part."""
    return key(name).split()


def ar_skeleton(name):
    out = []
    for w in name.split():
        if w == "آل":
            continue
        if w.startswith("ال") and len(w) > 3:
            w = w[2:]
        out.append("".join(AR_SKELETON.get(c, "") for c in w.replace("تش", "ش")))
    return squeeze("".join(out))


def en_skeleton(name):
    out = []
    for w in re.split(r"[ \-]+", name.lower()):
        if not w or w in LATIN_ARTICLES:
            continue
        w = re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", w))
        for a, b in LATIN_DIGRAPHS:
            w = w.replace(a, b)
        out.append("".join(LATIN_SKELETON.get(c, "") for c in w))
    return squeeze("".join(out))


def squeeze(s):
    return re.sub(r"(.)\1+", r"\1", s.replace("h", ""))


class ArabicNames:
    def __init__(self, resources_dir, ar_lexicon_dir, existing):
        self.common = set(TITLES)
        with open(os.path.join(resources_dir, "agents.all.ar_v3.txt"), encoding="utf-8") as f:
            for line in f:
                line = line.split("#", 1)[0].split("[", 1)[0].strip()
                for w in normalize(line).split():
                    self.common.add(fold(w))
        for name in ("stopwords.tsv", "titles.tsv"):
            with open(os.path.join(ar_lexicon_dir, name), encoding="utf-8") as f:
                for line in f.read().split("\n")[1:]:
                    if line and not line.startswith("#") and not line.startswith("form"):
                        for w in line.split("\t")[0].split():
                            self.common.add(fold(w))
        self.given = set()
        with open(os.path.join(ar_lexicon_dir, "given-names.tsv"), encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if line and not line.startswith("#") and line != "form":
                    self.given.add(fold(line.split("\t")[0]))
        self.common -= self.given
        for e in existing:
            if e["kind"] == "country":
                for d in e.get("demonyms_ar", []):
                    for suffix in ("", "ة", "ين", "ون"):
                        self.common.add(fold(d + suffix))
                for n in e.get("ar", []):
                    for w in n.split():
                        self.common.add(fold(w))
        self.common = {fold(w) for w in self.common}

    def clean(self, head):
        """The name in a head, or None: leading titles and adjectives dropped, the rest names only."""
        words = normalize(head).split()
        while len(words) > 2 and (fold(words[0]) in self.common):
            words = words[1:]
        if len(words) < 2 or len(words) > 6:
            return None
        for w in words:
            if not ARABIC_LETTERS.match(w) or len(w) < 2 and w not in PARTICLES:
                return None
            if fold(w) in self.common and w not in PARTICLES:
                return None
        if words[-1] in PARTICLES or words[0] in ("بن", "بنت", "ابن", "آل", "ال"):
            return None
        return " ".join(words)

    def native(self, name):
        """An Arabic name by its shape: two parts or more (`عبد X` is one), a given name first,
        then given names, particles and family names with the article."""
        parts = [u for u in units(name) if u not in ("بن", "بنت", "ابن", "ال", "آل", "ال")]
        if len(parts) < 2:
            return False
        words = name.split()
        # Two given names alone (`طارق ناصر`) name many people: a family name or a third part is needed.
        if len(parts) == 2 and not (words[-1].startswith("ال") or "آل" in words):
            return False
        if fold(words[0]) not in self.given:
            return False
        return all(fold(w) in self.given or w in PARTICLES or (w.startswith("ال") and len(w) >= 4)
                   for w in words[1:])


def attach(path, entries, existing, conv, report):
    """Adds joined Arabic names to `entries` (in place) and returns the Arabic-only entries."""
    here = os.path.dirname(os.path.abspath(__file__))
    names = ArabicNames(os.path.dirname(path), os.path.join(here, "..", "..", "ar"), existing)
    known = {key(n) for e in existing for n in e.get("ar", []) + e.get("aliases_ar", []) + e.get("capital_ar", [])}
    known_people = [key(n).split() for e in existing if e["kind"] == "person" for n in e.get("ar", [])]
    known_ends = {(e.get("country"), key(n).split()[0], key(n).split()[-1])
                  for e in existing if e["kind"] == "person" for n in e.get("ar", [])}
    # English candidates by country and skeleton: Phoenix entries and the hand-written people.
    by_skeleton = {}
    for e in entries:
        if e["kind"] != "person":
            continue
        for n in e["en"]:
            by_skeleton.setdefault((e.get("country"), en_skeleton(n)), set()).add(("phoenix", e["id"]))
    for e in existing:
        if e["kind"] == "person":
            for n in e.get("en", []):
                by_skeleton.setdefault((e.get("country"), en_skeleton(n)), set()).add(("hand", e["id"]))
    phoenix = {e["id"]: e for e in entries}
    existing_by_id = {e["id"]: e for e in existing}
    joined, alone = {}, {}
    for b in read_blocks(path):
        name = names.clean(b.heads[0])
        if not name:
            report.count("arabic: not a clean proper name (lemma, title, common word)", normalize(b.heads[0]))
            continue
        k = key(name).split()
        if key(name) in known or (conv.country_of(b.roles), k[0], k[-1]) in known_ends:
            report.count("arabic: already in the hand-written files", name)
            continue
        country = conv.country_of(b.roles)
        if not country:
            report.count("arabic: no country", name)
            continue
        candidates = by_skeleton.get((country, ar_skeleton(name)), set())
        owners = {o for o in candidates if same_family_name(name, o, phoenix, existing_by_id) and years_agree(b, o, phoenix, conv)}
        if candidates and not owners:
            # Spelled like an English entry of that country, but the family name or the years
            # disagree: neither joined nor kept alone (it may be that person).
            report.count("arabic: uncertain join (family name or years disagree)", name)
            continue
        if len(owners) == 1:
            source, ident = next(iter(owners))
            if source == "hand":
                report.count("arabic: joins a hand-written person (left to that file)", name)
            else:
                joined.setdefault(ident, [])
                if all(key(name) != key(n) for n in joined[ident]):
                    joined[ident].append(name)
            continue
        if len(owners) > 1:
            report.count("arabic: joins several English entries (ambiguous)", name)
            continue
        if not names.native(name):
            report.count("arabic: joins no English entry and is not an Arabic name by its shape", name)
            continue
        alone.setdefault((key(name), country), (name, b, country))
    # An Arabic name may belong to one entry only.
    owner_of = {}
    for ident, ns in joined.items():
        for n in ns:
            owner_of.setdefault(key(n), set()).add(ident)
    for k, (name, b, country) in list(alone.items()):
        owner_of.setdefault(k[0], set()).add(("alone", k))
    for ident in sorted(joined):
        good = [n for n in joined[ident] if len(owner_of[key(n)]) == 1]
        if len(good) < len(joined[ident]):
            report.count("arabic: name shared by two entries", joined[ident][0])
        if good:
            phoenix[ident]["ar"] = good
            report.count("arabic: joined to an English entry", good[0])
    out, taken = [], {e["id"] for e in existing} | set(phoenix)
    longer = known_people + [key(n).split() for ns in joined.values() for n in ns] + [k[0].split() for k in alone]
    for k in sorted(alone):
        name, b, country = alone[k]
        if len(owner_of[k[0]]) > 1:
            report.count("arabic: name shared by two entries", name)
            continue
        mine = k[0].split()
        if any(len(other) > len(mine) and (other[:len(mine)] == mine or other[-len(mine):] == mine) for other in longer):
            # `عبد الله صالح` in `علي عبد الله صالح`: part of a longer name of another person.
            report.count("arabic: part of another person's longer name", name)
            continue
        roles = conv.roles_of(b)
        ident = "ar-" + transliterate(name)
        base, n = ident, 2
        while ident in taken:
            ident = f"{base}-{n}"
            n += 1
        taken.add(ident)
        e = {"id": ident, "kind": "person", "ar": [name], "country": country}
        if roles:
            e["roles"] = roles
        e.update({"_group": "arabic", "_sort": 0})
        out.append(e)
        report.count("arabic: Arabic-only entry", name)
    return out


def same_family_name(name, owner, phoenix, existing_by_id):
    """The Arabic name's last word and one English name's last word have the same skeleton."""
    source, ident = owner
    entry = phoenix.get(ident) if source == "phoenix" else existing_by_id.get(ident)
    last = ar_skeleton(name.split()[-1])
    return any(en_skeleton(n.split()[-1]) == last for n in entry.get("en", []))


def years_agree(block, owner, phoenix, conv):
    """When both sides give years, some Arabic role overlaps some English role (five years' slack)."""
    source, ident = owner
    if source != "phoenix":
        return True
    theirs = [tuple(int(y) for y in re.findall(r"(\d{4})", r)) for r in phoenix[ident].get("roles", [])]
    theirs = [t for t in theirs if t]
    mine = [(r.start[0] if r.start else None, r.end[0] if r.end else None) for r in block.roles if r.start or r.end]
    mine = [(a or b, b or 2014) for a, b in mine if not (a and b and b < a)]
    if not theirs or not mine:
        return True
    for a0, a1 in mine:
        for t in theirs:
            b0, b1 = t[0], (t[1] if len(t) > 1 else 2014)
            if a0 <= b1 + 5 and b0 <= a1 + 5:
                return True
    return False


ROMAN = {"ا": "a", "أ": "a", "إ": "i", "آ": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh",
         "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z",
         "ع": "", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "w",
         "ي": "y", "ى": "a", "ة": "a", "ء": "", "ئ": "", "ؤ": "", " ": "-"}


def transliterate(name):
    """A plain ASCII id stem for an Arabic-only entry (stable: derived from the name)."""
    s = "".join(ROMAN.get(c, "") for c in name)
    return re.sub(r"-+", "-", s).strip("-") or "name"
