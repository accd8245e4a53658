#!/usr/bin/env python3
"""Writes a copy of gold articles in which every person's name is replaced by invented words.

usage: rename_people.py GOLD_DIR OUT_DIR PACKAGE_ROOT [SEED]

The extractor finds most people of the dev articles by the gazetteer and the given-name lists,
which cover those articles' own names; unseen articles name other people. Here each word of a
person's name (as the gold forms write it) becomes a word no list holds, the same word for the same
name throughout the article, in the text and in the gold forms alike; titles, honorifics and name
particles stay. Scored like the dev set, the copy tells how much extraction owes to known names.

Invented Arabic words avoid the shapes the recognizer takes for ordinary words on purpose (an
initial و ب ل ف of a proclitic, ي ت ا of a verb, a final ت ه ة of a verb or a feminine noun), so
that what is measured is the reading of unknown names, not of noise.
"""
import json
import os
import random
import re
import sys

EN_ONSETS = ["b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z",
             "br", "dr", "gr", "kr", "tr", "st", "sh", "ch"]
EN_VOWELS = ["a", "e", "i", "o", "u", "ai", "ei", "ou"]
EN_CODAS = ["", "n", "r", "l", "s", "m", "nd", "rt", "ck", "x"]
AR_CONSONANTS = list("بتثجحخدذرزسشصضطظعغفقكلمنهي")
AR_VOWELS = ["ا", "و", "ي", ""]
AR_CLITICS = ("وب", "ول", "و", "ب", "ل", "ف")
EN_KEEP = {"the", "al", "Al", "El", "el", "bin", "ibn", "de", "van", "von", "Abu", "Dr", "Mr", "Mrs", "Ms"}
AR_KEEP = {"بن", "ابن", "آل", "عبد", "أبو", "ابو", "خادم", "الحرمين", "الشريفين", "حفظه", "الله"}


def english_word(rng, used):
    while True:
        word = "".join(rng.choice(EN_ONSETS) + rng.choice(EN_VOWELS) for _ in range(rng.choice([2, 2, 3])))
        word = (word + rng.choice(EN_CODAS)).capitalize()
        if word not in used:
            used.add(word)
            return word


def arabic_word(rng, used):
    while True:
        word = (rng.choice(AR_CONSONANTS) + rng.choice(AR_VOWELS) + rng.choice(AR_CONSONANTS)
                + rng.choice(AR_VOWELS) + rng.choice(AR_CONSONANTS))
        if word in used or word.startswith(("و", "ب", "ل", "ف", "ي", "ت", "ا")) or word.endswith(("ت", "ه", "ة")):
            continue
        used.add(word)
        return word


def title_words(package_root):
    """Every word of the recognizer's titles, both languages (lower case for English)."""
    words = set()
    for language in ("ar", "en"):
        path = os.path.join(package_root, "Sources/ActorRecognizer/Resources", language, "titles.tsv")
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or "\t" not in line:
                    continue
                for w in line.split("\t")[0].split():
                    words.add(w.lower() if language == "en" else w)
    return words


def name_words(article):
    """The words of the people's gold forms, without Arabic proclitics or English possessives."""
    words = set()
    for actor in article["actors"]:
        if actor["kind"] != "person":
            continue
        for form in actor.get("forms", []):
            for w in form.split():
                w = w.strip("،,.()\"'")
                if len(w) >= 2:
                    words.add(w)
    base = set()
    for w in words:
        if article["lang"] == "ar":
            if not any(w.startswith(p) and w[len(p):] in words for p in AR_CLITICS):
                base.add(w)
        else:
            base.add(re.sub(r"('s|’s)$", "", w))
    return base


def renamed(article, rng, titles):
    arabic = article["lang"] == "ar"
    used, mapping = set(), {}
    for w in sorted(name_words(article), key=lambda w: (-len(w), w)):
        if arabic:
            if w in AR_KEEP or w in titles or w.replace("ة", "ه") in titles:
                continue
            mapping[w] = ("ال" + arabic_word(rng, used)) if w.startswith("ال") else arabic_word(rng, used)
        else:
            if w in EN_KEEP or not w[:1].isupper() or w.lower() in titles:
                continue
            mapping[w] = english_word(rng, used)

    def apply(text):
        for w in sorted(mapping, key=lambda w: (-len(w), w)):
            if arabic:
                pattern = r"(?<![\w])((?:وب|ول|و|ب|ل|ف)?)" + re.escape(w) + r"(?![\w])"
                text = re.sub(pattern, lambda m: m.group(1) + mapping[w], text)
            else:
                text = re.sub(r"(?<![\w])" + re.escape(w) + r"(?![\w])", mapping[w], text)
        return text

    article = dict(article)
    article["text"] = apply(article["text"])
    article["actors"] = [dict(a, forms=[apply(f) for f in a.get("forms", [])]) if a["kind"] == "person" else a
                         for a in article["actors"]]
    return article


def main():
    if len(sys.argv) not in (4, 5):
        sys.exit(__doc__)
    gold, out, package_root = sys.argv[1:4]
    seed = int(sys.argv[4]) if len(sys.argv) == 5 else 7
    titles = title_words(package_root)
    os.makedirs(out, exist_ok=True)
    for name in sorted(os.listdir(gold)):
        if not name.endswith(".json"):
            continue
        with open(os.path.join(gold, name), encoding="utf-8") as f:
            article = json.load(f)
        rng = random.Random(f"{seed}:{name}")
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            json.dump(renamed(article, rng, titles), f, ensure_ascii=False)


if __name__ == "__main__":
    main()
