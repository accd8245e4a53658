#!/usr/bin/env python3
"""Baseline for the tagger benchmark: dateparser's search_dates on the same texts, in MB/s.

Usage: python3 Benchmarks/dateparser_baseline.py [SHARED_DIR] [--max-seconds N]

Runs `dateparser.search.search_dates` over the TempEval-3 texts (English) and the Arabic
development articles, with RELATIVE_BASE set to each document's publication date, and prints
throughput in MB of UTF-8 input per second (one core), like `runTaggerBenchmark` does.
dateparser is slow, so each corpus stops after --max-seconds (default 60) and reports the rate
over the documents it finished. Install it with `pip install dateparser`.
"""
import datetime as dt
import glob
import json
import os
import sys
import time
import warnings

warnings.filterwarnings("ignore")


def load(shared):
    english = []
    with open(os.path.join(shared, "corpus", "tempeval3", "train.jsonl"), encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            english.append((d["text"], d.get("dct")))
    arabic = []
    for path in sorted(glob.glob(os.path.join(shared, "corpus", "dev", "ar-*.json"))):
        with open(path, encoding="utf-8") as f:
            d = json.load(f)
        arabic.append((d["text"], d.get("published")))
    return english, arabic


def measure(label, docs, language, max_seconds):
    from dateparser.search import search_dates

    done_bytes = 0
    found = 0
    n = 0
    start = time.perf_counter()
    for text, anchor in docs:
        settings = {}
        if anchor:
            settings["RELATIVE_BASE"] = dt.datetime.fromisoformat(anchor[:10])
        results = search_dates(text, languages=[language], settings=settings) or []
        found += len(results)
        done_bytes += len(text.encode("utf-8"))
        n += 1
        if time.perf_counter() - start > max_seconds:
            break
    seconds = time.perf_counter() - start
    total = sum(len(t.encode("utf-8")) for t, _ in docs)
    print(f"dateparser {label}: {n}/{len(docs)} docs, {done_bytes / 1e6:.2f} of {total / 1e6:.2f} MB, "
          f"{found} dates; {done_bytes / 1e6 / seconds:.3f} MB/s (1 core)")


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    max_seconds = 60.0
    if "--max-seconds" in sys.argv:
        max_seconds = float(sys.argv[sys.argv.index("--max-seconds") + 1])
        args = [a for a in args if a != sys.argv[sys.argv.index("--max-seconds") + 1]]
    shared = args[0] if args else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared")
    try:
        import dateparser  # noqa: F401
    except ImportError:
        print("dateparser is not installed: pip install dateparser", file=sys.stderr)
        return 1
    english, arabic = load(shared)
    search_warmup = __import__("dateparser.search", fromlist=["search_dates"]).search_dates
    search_warmup("on 3 March 1987", languages=["en"])
    search_warmup("في 3 مارس 1987", languages=["ar"])
    measure("TempEval-3 (en)", english, "en", max_seconds)
    measure("dev Arabic", arabic, "ar", max_seconds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
