#!/usr/bin/env python3
"""Baseline: the benchmark's queries through Kùzu, the embedded graph database.

  NODE TABLE Actor(id INT64 PK, name, kind); REL TABLE INTERACTS(FROM Actor TO Actor, type, date DATE, doc)
loaded with COPY from the same CSVs. Queries (see common.py for the workload):
  talks    MATCH (a)-[e]-(b) WHERE a.id = $x AND e.date in [d1, d2] AND e.type IN [...] ORDER BY e.date
  events   MATCH (s)-[e]->(d) WHERE e.date in [d1, d2] RETURN ... ORDER BY e.date LIMIT n
  path     MATCH p = (a)-[* SHORTEST 1..max_depth]-(b) RETURN length(p)

When the `kuzu` package is missing, `pip install kuzu` is tried once; when that fails too, the
result file says the engine was skipped and why.

  python3 kuzu_baseline.py --data DIR --workload workload.json --out result.json
"""
import argparse
import datetime as dt
import os
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402


def import_kuzu():
    try:
        import kuzu
        return kuzu, None
    except ImportError:
        pass
    r = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "kuzu"],
                       capture_output=True, text=True)
    try:
        import kuzu
        return kuzu, None
    except ImportError:
        return None, ("kuzu is not installed and `pip install kuzu` failed: "
                      + (r.stderr.strip().splitlines() or ["no output"])[-1])


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", required=True)
    ap.add_argument("--workload", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--work", help="folder for the database (default: --data)")
    a = ap.parse_args()
    kuzu, why = import_kuzu()
    if kuzu is None:
        common.write_result(a.out, {"engine": "kuzu", "skipped": why})
        print(f"kuzu baseline skipped: {why}", file=sys.stderr)
        return
    w = common.load_workload(a.workload)
    path = os.path.join(a.work or a.data, "kuzu_baseline.kuzu")
    for p in (path, path + ".wal"):
        if os.path.isdir(p):
            shutil.rmtree(p)
        elif os.path.exists(p):
            os.remove(p)
    data = os.path.abspath(a.data)
    t0 = common.now()
    db = kuzu.Database(path, buffer_pool_size=2 << 30)
    con = kuzu.Connection(db)
    con.execute("CREATE NODE TABLE Actor(id INT64, name STRING, kind STRING, PRIMARY KEY(id))")
    con.execute("CREATE REL TABLE INTERACTS(FROM Actor TO Actor, type STRING, date DATE, doc INT64)")
    con.execute(f"COPY Actor FROM '{data}/nodes.csv' (HEADER=true)")
    con.execute(f"COPY INTERACTS FROM '{data}/edges.csv' (HEADER=true)")
    con.execute("CHECKPOINT")
    load_s = common.now() - t0

    talks_q = ("MATCH (a:Actor)-[e:INTERACTS]-(b:Actor) WHERE a.id = $x AND e.date >= $d1 AND e.date <= $d2"
               f" AND e.type IN {list(common.INTERACTIONS)} RETURN b.id, b.name, e.type, e.date, e.doc"
               " ORDER BY e.date")
    events_q = ("MATCH (s:Actor)-[e:INTERACTS]->(d:Actor) WHERE e.date >= $d1 AND e.date <= $d2"
                " RETURN s.name, d.name, e.type, e.date, e.doc ORDER BY e.date LIMIT $n")
    depth = int(w.get("max_depth", 4))
    path_q = (f"MATCH p = (a:Actor)-[e:INTERACTS* SHORTEST 1..{depth}]-(b:Actor) WHERE a.id = $a AND b.id = $b"
              " RETURN length(e)")
    day = dt.date.fromisoformat
    limit = int(w.get("events_limit", 50))

    def talks(x, d1, d2):
        return len(con.execute(talks_q, {"x": x, "d1": day(d1), "d2": day(d2)}).get_all())

    def events(d1, d2):
        return len(con.execute(events_q, {"d1": day(d1), "d2": day(d2), "n": limit}).get_all())

    def shortest(a_, b_):
        if a_ == b_:
            return 0
        r = con.execute(path_q, {"a": a_, "b": b_}).get_all()
        return r[0][0] if r else 0

    warm = w.get("warmup", 20)
    queries = {
        "talks_hub": common.run_queries("talks_hub", w["talks_hub"], talks, warm),
        "talks_ordinary": common.run_queries("talks_ordinary", w["talks_ordinary"], talks, warm),
        "events": common.run_queries("events", w["events"], events, warm),
        "path": common.run_queries("path", w["path"], shortest, warm),
    }
    size = common.path_bytes(path, path + ".wal") / 1048576
    con.close()
    db.close()
    common.write_result(a.out, {"engine": "kuzu (Python)", "version": kuzu.__version__, "load_s": load_s,
                                "size_mb": size, "peak_rss_mb": common.peak_rss_mb(), "queries": queries})
    for p in (path, path + ".wal"):
        if os.path.isdir(p):
            shutil.rmtree(p)
        elif os.path.exists(p):
            os.remove(p)


if __name__ == "__main__":
    main()
