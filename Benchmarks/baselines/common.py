"""Shared by the baselines: the workload, timing, percentiles and the result file.

Every baseline reads the same data (nodes.csv: id,name,kind; edges.csv: src,dst,type,date,doc)
and the same workload (workload.json, written by the Swift benchmark):
  {"warmup": 20,
   "talks_hub": [[actor, d1, d2], ...], "talks_ordinary": [[actor, d1, d2], ...],
   "events": [[d1, d2], ...], "events_limit": 50, "path": [[a, b], ...], "max_depth": 4}
and writes a result file:
  {"engine", "version", "load_s", "size_mb", "peak_rss_mb",
   "queries": {name: {"n", "p50_ms", "p99_ms", "mean_ms", "rows"}}}
where `rows` is a fingerprint of the answers (result rows summed; for path, hops summed) that the
Swift benchmark compares across engines.
"""
import json
import os
import resource
import time

INTERACTIONS = ("talk", "meet", "call", "visit", "negotiate", "letter")
QUERIES = ("talks_hub", "talks_ordinary", "events", "path")
now = time.perf_counter


def load_workload(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def percentile(sorted_values, q):
    """Nearest-rank percentile of an ascending list."""
    if not sorted_values:
        return 0.0
    k = max(0, min(len(sorted_values) - 1, int(round(q / 100.0 * len(sorted_values) + 0.5)) - 1))
    return sorted_values[k]


def run_queries(name, args_list, fn, warmup):
    """Runs the first `warmup` queries untimed, then times fn(*args) for each of the others (the
    Swift benchmark splits the list the same way); returns the summary dict."""
    for args in args_list[:warmup]:
        fn(*args)
    times, rows = [], 0
    for args in args_list[warmup:]:
        t0 = now()
        r = fn(*args)
        times.append((now() - t0) * 1000.0)
        rows += r or 0
    times.sort()
    return {"n": len(times), "p50_ms": percentile(times, 50), "p99_ms": percentile(times, 99),
            "mean_ms": sum(times) / max(1, len(times)), "rows": rows}


def peak_rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def path_bytes(*paths):
    total = 0
    for p in paths:
        if os.path.isdir(p):
            for root, _, files in os.walk(p):
                total += sum(os.path.getsize(os.path.join(root, f)) for f in files)
        elif os.path.exists(p):
            total += os.path.getsize(p)
    return total


def write_result(path, result):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(result, f, indent=1)


def bidirectional_bfs(neighbours, a, b, max_depth):
    """Shortest undirected path length between a and b (None beyond max_depth); level-synchronous,
    expanding the smaller frontier; neighbours(u) -> iterable of actor ids."""
    if a == b:
        return 0
    seen = ({a: 0}, {b: 0})
    fronts = ([a], [b])
    depth = [0, 0]
    while fronts[0] and fronts[1] and depth[0] + depth[1] < max_depth:
        side = 0 if len(fronts[0]) <= len(fronts[1]) else 1
        mine, other = seen[side], seen[1 - side]
        depth[side] += 1
        d = depth[side]
        best = None
        nxt = []
        for u in fronts[side]:
            for v in neighbours(u):
                if v in mine:
                    continue
                mine[v] = d
                nxt.append(v)
                if v in other and (best is None or d + other[v] < best):
                    best = d + other[v]
        if best is not None:
            return best
        fronts = (nxt, fronts[1]) if side == 0 else (fronts[0], nxt)
    return None
