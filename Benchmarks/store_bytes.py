#!/usr/bin/env python3
"""Where the bytes of an EventGraph store go: pages per table and index (SQLite's dbstat), in MB
and in bytes per interaction event.

    python3 Benchmarks/store_bytes.py STORE.sqlite [--interactions N]

Without --interactions the count is read from the store (events whose type is an interaction).
FTS5 shadow tables are summed under the name of their index.
"""
import argparse
import sqlite3
import sys

INTERACTIONS = ("talk", "meet", "call", "visit", "negotiate", "letter")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("store")
    parser.add_argument("--interactions", type=int)
    args = parser.parse_args()
    con = sqlite3.connect(f"file:{args.store}?mode=ro", uri=True)
    try:
        con.execute("SELECT 1 FROM dbstat LIMIT 1")
    except sqlite3.Error as error:
        sys.exit(f"{args.store}: dbstat is not available ({error})")
    n = args.interactions
    if n is None:
        marks = ",".join("?" * len(INTERACTIONS))
        n = con.execute(f"SELECT COUNT(*) FROM events WHERE type IN ({marks})", INTERACTIONS).fetchone()[0]
    owners = dict(con.execute("SELECT name, tbl_name FROM sqlite_master WHERE type = 'index'"))
    rows = con.execute("SELECT name, SUM(pgsize), SUM(payload), COUNT(*) FROM dbstat GROUP BY name").fetchall()
    groups = {}
    for name, size, payload, pages in rows:
        key = name
        if name.startswith("evidence_fts"):
            key = "evidence_fts (FTS5, all shadow tables)"
        elif name.startswith("sqlite_autoindex_"):
            key = f"{name} (unique key of {owners.get(name, '?')})"
        elif name in owners:
            key = f"{name} (index on {owners[name]})"
        g = groups.setdefault(key, [0, 0, 0])
        g[0] += size
        g[1] += payload
        g[2] += pages
    total = sum(g[0] for g in groups.values())
    print(f"{args.store}: {total / 1e6:.1f} MB in {sum(g[2] for g in groups.values())} pages; "
          f"{n} interaction events: {total / max(n, 1):.0f} bytes each")
    print(f"{'table or index':58} {'MB':>9} {'share':>6} {'B/interaction':>14} {'payload MB':>11}")
    for key, (size, payload, _) in sorted(groups.items(), key=lambda kv: -kv[1][0]):
        print(f"{key:58} {size / 1e6:9.1f} {100 * size / total:5.1f}% {size / max(n, 1):14.1f} {payload / 1e6:11.1f}")


if __name__ == "__main__":
    main()
