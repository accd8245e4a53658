#!/usr/bin/env python3
"""Baseline: the benchmark's queries through Python's sqlite3 on a plain schema.

  nodes(id INTEGER PRIMARY KEY, name, kind)
  edges(src, dst, type, date TEXT, doc), indexes (src, date), (dst, date), (date)
WAL, synchronous=NORMAL, 64 MiB cache; loaded with executemany in one transaction, indexes built
after the load, ANALYZE. Queries (see common.py for the workload):
  talks    interactions of X (either direction) in [d1, d2], the other actor's name, by date
  events   edges with d1 <= date <= d2 by date, first page, both actors' names
  path     shortest undirected path length (depth <= max_depth): bidirectional BFS in Python
           over one indexed neighbour statement (a recursive CTE takes seconds per pair)

  python3 sqlite_baseline.py --data DIR --workload workload.json --out result.json
"""
import argparse
import csv
import os
import sqlite3
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402

INTER = common.INTERACTIONS
TALKS = f"""
  SELECT e.dst, n.name, e.type, e.date, e.doc FROM edges e JOIN nodes n ON n.id = e.dst
   WHERE e.src = ?1 AND e.date BETWEEN ?2 AND ?3 AND e.type IN {INTER}
  UNION ALL
  SELECT e.src, n.name, e.type, e.date, e.doc FROM edges e JOIN nodes n ON n.id = e.src
   WHERE e.dst = ?1 AND e.date BETWEEN ?2 AND ?3 AND e.type IN {INTER}
  ORDER BY 4"""
EVENTS = """
  SELECT s.name, d.name, e.type, e.date, e.doc FROM edges e
    JOIN nodes s ON s.id = e.src JOIN nodes d ON d.id = e.dst
   WHERE e.date BETWEEN ?1 AND ?2 ORDER BY e.date LIMIT ?3"""
NBRS = "SELECT dst FROM edges WHERE src = ?1 UNION ALL SELECT src FROM edges WHERE dst = ?1"


def load(con, data):
    con.execute("CREATE TABLE nodes(id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL)")
    con.execute("CREATE TABLE edges(src INTEGER NOT NULL, dst INTEGER NOT NULL, type TEXT NOT NULL,"
                " date TEXT NOT NULL, doc INTEGER NOT NULL)")
    con.execute("BEGIN")
    with open(os.path.join(data, "nodes.csv"), newline="", encoding="utf-8") as f:
        r = csv.reader(f)
        next(r)
        con.executemany("INSERT INTO nodes VALUES (?,?,?)", ((int(i), n, k) for i, n, k in r))
    with open(os.path.join(data, "edges.csv"), newline="", encoding="utf-8") as f:
        r = csv.reader(f)
        next(r)
        con.executemany("INSERT INTO edges VALUES (?,?,?,?,?)",
                        ((int(s), int(d), t, day, int(doc)) for s, d, t, day, doc in r))
    con.execute("COMMIT")
    con.execute("CREATE INDEX edges_src_date ON edges(src, date)")
    con.execute("CREATE INDEX edges_dst_date ON edges(dst, date)")
    con.execute("CREATE INDEX edges_date ON edges(date)")
    con.execute("ANALYZE")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", required=True)
    ap.add_argument("--workload", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--work", help="folder for the database (default: --data)")
    a = ap.parse_args()
    w = common.load_workload(a.workload)
    db = os.path.join(a.work or a.data, "sqlite_baseline.db")
    for p in (db, db + "-wal", db + "-shm"):
        if os.path.exists(p):
            os.remove(p)
    con = sqlite3.connect(db, isolation_level=None)
    for p in ("PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA cache_size=-65536",
              "PRAGMA temp_store=MEMORY"):
        con.execute(p)
    t0 = common.now()
    load(con, a.data)
    load_s = common.now() - t0
    ex = con.execute

    def talks(x, d1, d2):
        return len(ex(TALKS, (x, d1, d2)).fetchall())

    limit = w.get("events_limit", 50)

    def events(d1, d2):
        return len(ex(EVENTS, (d1, d2, limit)).fetchall())

    depth = w.get("max_depth", 4)

    def path(a_, b_):
        n = common.bidirectional_bfs(lambda u: [r[0] for r in ex(NBRS, (u,))], a_, b_, depth)
        return n or 0

    warm = w.get("warmup", 20)
    queries = {
        "talks_hub": common.run_queries("talks_hub", w["talks_hub"], talks, warm),
        "talks_ordinary": common.run_queries("talks_ordinary", w["talks_ordinary"], talks, warm),
        "events": common.run_queries("events", w["events"], events, warm),
        "path": common.run_queries("path", w["path"], path, warm),
    }
    con.close()
    result = {"engine": "sqlite (Python, plain schema)", "version": sqlite3.sqlite_version,
              "load_s": load_s, "size_mb": common.path_bytes(db, db + "-wal") / 1048576,
              "peak_rss_mb": common.peak_rss_mb(), "queries": queries}
    common.write_result(a.out, result)
    for p in (db, db + "-wal", db + "-shm"):
        if os.path.exists(p):
            os.remove(p)


if __name__ == "__main__":
    main()
