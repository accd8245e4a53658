"""Candidates -> entries: merge repeats, skip what the hand-written files already have, drop
ambiguous names and short forms that are not distinctive, give stable ids."""
import re

from phoenix_names import plain, spelling, words_of
from phoenix_english import ORG_WORDS


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", plain(s)).strip("-")


DROPPED = object()


class Deduplicator:
    def __init__(self, conv, lists, existing, report):
        self.conv = conv
        self.lists = lists
        self.report = report
        self.existing = existing
        self.taken_ids = {e["id"] for e in existing}
        # Every name the other files know, of any kind: a Phoenix name equal to one is that entity.
        self.known = {}
        for e in existing:
            for key in ("en", "aliases_en", "capital_en", "demonyms_en"):
                for n in e.get(key, []):
                    self.known.setdefault(spelling(n), e["id"])
        self.known_people = [(e.get("country"), [plain(n).split() for n in e.get("en", [])])
                             for e in existing if e["kind"] == "person"]
        self.given_anywhere = set()
        self.known_words = {w for e in existing if e["kind"] == "person"
                            for n in e.get("en", []) + e.get("aliases_en", []) for w in plain(n).split()}

    # -- rules ------------------------------------------------------------------------------
    def same_as_known_person(self, c):
        """A Phoenix person is a hand-written one when a full name equals one of theirs, contains
        it or is contained in it, or shares its first and last word, and the country agrees."""
        mine = [plain(n).split() for n in c.names]
        for country, theirs in self.known_people:
            if country and c.country and country != c.country:
                continue
            for a in mine:
                for b in theirs:
                    if len(a) < 2 or len(b) < 2:
                        continue
                    if a == b or contains(a, b) or contains(b, a) or (a[0] == b[0] and a[-1] == b[-1]):
                        return True
        return False

    def distinctive(self, word, surnames):
        """Whether a one-word short form can be matched anywhere: at least 4 letters, not an
        ordinary English word, not a common given name or a surname several people share, not a
        title, role, nationality or place, and no name of another entry."""
        p = plain(word)
        letters = re.sub(r"[^a-z]", "", p)
        if word.isupper():                         # an acronym: matched only as written
            return len(letters) >= 3 and p not in self.lists.dictionary and p not in self.known
        if len(letters) < 4:
            return False
        lists = self.lists
        if p in lists.dictionary or p in self.conv.first_names or p in lists.stopwords:
            return False
        if p in lists.titles or p in lists.roles or p in lists.demonyms or p in ORG_WORDS:
            return False
        if surnames.get(p, 0) >= 2 or p in self.known or p in self.known_words or p in self.given_anywhere:
            return False
        return True

    def run(self, candidates):
        report = self.report
        # 1. One actor listed twice (a full name in common, same kind, same country or none on
        #    one side): merged. Two actors with one name (different countries): dropped.
        kept, by_name = [], {}
        for c in candidates:
            keys = [(c.group, spelling(n)) for n in c.names]
            hits = []
            for k in keys:
                other = by_name.get(k)
                if other is not None and other not in hits:
                    hits.append(other)
            target = None
            for other in hits:
                if other is DROPPED:
                    continue
                if other.kind == c.kind and (not other.country or not c.country or other.country == c.country):
                    target = target or other
                else:
                    for k in keys:
                        by_name[k] = DROPPED
                    other.dropped = True
                    c.dropped = True
                    report.count("dropped: two actors share the name", c.names[0])
            if getattr(c, "dropped", False) or any(h is DROPPED for h in hits):
                c.dropped = True
                for k in keys:
                    by_name[k] = DROPPED
                continue
            if target is not None:
                merge(target, c)
                report.count("merged: the same actor listed twice", c.names[0])
                for n in target.names:
                    by_name[(target.group, spelling(n))] = target
                continue
            kept.append(c)
            for k in keys:
                by_name[k] = c
        kept = [c for c in kept if not getattr(c, "dropped", False)]
        # 2. What the other files already have.
        fresh = []
        for c in kept:
            if any(spelling(n) in self.known for n in c.names) or (c.kind == "person" and self.same_as_known_person(c)):
                report.count("skipped: already in the hand-written files", c.names[0])
                continue
            fresh.append(c)
        # 3. A full name two entries share belongs to neither.
        owners = {}
        for c in fresh:
            for n in {plain(x) for x in c.names}:
                owners.setdefault(n, []).append(c)
        starts = self.prefixes_of_others(fresh)
        out = []
        for c in fresh:
            names = [n for n in c.names if len(owners[plain(n)]) == 1]
            if len(names) < len(c.names):
                report.count("name dropped: shared by two entries", c.names[0])
            if c.kind == "person":
                safe = [n for n in names if not (starts.get(plain(n), set()) - {id(c)})]
                if len(safe) < len(names):
                    report.count("name dropped: the start of another person's longer name", names[0])
                names = safe
            if not names:
                continue
            c.names = names
            out.append(c)
        # 4. Short forms: distinctive and owned by one entry only. A word that begins any
        #    person's name is a given name somewhere (`Humphrey`, `Ashton`).
        self.given_anywhere = {plain(n).split()[0] for c in out if c.kind == "person" for n in c.names}
        self.given_anywhere |= {plain(n).split()[0] for e in self.existing if e["kind"] == "person" for n in e.get("en", []) if n.strip()}
        surnames = {}
        for c in out:
            if c.kind == "person":
                for last in {plain(n).split()[-1] for n in c.names}:
                    surnames[last] = surnames.get(last, 0) + 1
        alias_owners = {}
        for c in out:
            for a in {plain(x) for x in c.aliases}:
                alias_owners[a] = alias_owners.get(a, 0) + 1
        for c in out:
            good = []
            words = {w for n in c.names for w in plain(n).split()}
            for a in c.aliases:
                if a in good:
                    continue
                if c.kind == "person" and plain(a) not in words:
                    # `Rockafeller` for Nelson Rockefeller: a surname no full name of the entry uses.
                    report.count("short form dropped: not a word of the entry's names (misspelling)", a)
                    continue
                if alias_owners[plain(a)] > 1 or plain(a) in owners:
                    report.count("short form dropped: ambiguous", a)
                elif not self.distinctive(a, surnames):
                    report.count("short form dropped: not distinctive", a)
                else:
                    good.append(a)
            c.aliases = good
        # One-word organisation names are short forms in disguise: the same test.
        final = []
        for c in out:
            if c.kind != "person" and len(c.names) == 1 and " " not in c.names[0] and not c.names[0].isupper():
                if not self.distinctive(c.names[0], surnames):
                    report.count("dropped: one-word name not distinctive", c.names[0])
                    continue
            final.append(c)
        return [self.entry(c) for c in final]

    def prefixes_of_others(self, candidates):
        """Person names that are the first words of another person's longer name (`Abdul Qadir`,
        `Ali Abdullah` before `Ali Abdullah Saleh`): in text they mostly start someone else's name.
        Returns {start: owners}."""
        starts = {}
        people = [(id(c), [plain(n).split() for n in c.names]) for c in candidates if c.kind == "person"]
        people += [(e["id"], [plain(n).split() for n in e.get("en", [])]) for e in self.existing if e["kind"] == "person"]
        for owner, names in people:
            for w in names:
                for k in range(2, len(w)):
                    starts.setdefault(" ".join(w[:k]), set()).add(owner)
        return starts

    def entry(self, c):
        base = slug(c.names[0]) or "entry"
        ident = base
        if ident in self.taken_ids and c.country:
            ident = f"{base}-{c.country}"
        n = 2
        while ident in self.taken_ids:
            ident = f"{base}-{n}"
            n += 1
        self.taken_ids.add(ident)
        e = {"id": ident, "kind": c.kind, "en": c.names}
        if c.aliases:
            e["aliases_en"] = c.aliases
        if c.country:
            e["country"] = c.country
        if c.roles:
            e["roles"] = c.roles
        e["_group"] = c.group
        e["_sort"] = 0
        e["_codes"] = c.codes
        return e


def contains(a, b):
    """Whether word list `b` occurs in `a` as a run of words."""
    n = len(b)
    return any(a[i:i + n] == b for i in range(len(a) - n + 1))


def merge(a, b):
    for n in b.names:
        if n not in a.names:
            a.names.append(n)
    for n in b.aliases:
        if n not in a.aliases:
            a.aliases.append(n)
    for r in b.roles:
        if r not in a.roles:
            a.roles.append(r)
    a.country = a.country or b.country
    a.codes += b.codes
