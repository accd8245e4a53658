#!/usr/bin/env python3
"""Joins EventGraph's annotations of TempEval-3 texts with the texts themselves.

usage: tempeval_gold.py ANNOTATIONS_DIR TEMPEVAL_JSONL OUT_DIR

The annotations (Tests/QualityTests/TempEvalGold) hold who spoke to whom in 24 TempEval-3
articles that no rule was written for: actors with their surface forms, interactions with their
dates, no text. The texts stay in ../shared/corpus/tempeval3 and are joined here, in a folder of
the scorer's format (the dev set's), so that score.py can score extraction on them.
"""
import json
import os
import sys


def main():
    annotations, jsonl, out = sys.argv[1:4]
    texts = {}
    with open(jsonl, encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            texts[doc["doc"]] = doc["text"]
    os.makedirs(out, exist_ok=True)
    for name in sorted(os.listdir(annotations)):
        if not name.endswith(".json"):
            continue
        with open(os.path.join(annotations, name), encoding="utf-8") as f:
            gold = json.load(f)
        text = texts.get(gold["tempeval_doc"])
        if text is None:
            sys.exit("%s: no TempEval document %s" % (name, gold["tempeval_doc"]))
        gold["text"] = text
        gold.setdefault("events", [])
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False)


if __name__ == "__main__":
    main()
