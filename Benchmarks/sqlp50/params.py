"""Parameter lines for sql_p50.c from a built benchmark store (seeded, so runs compare).

    python3 Benchmarks/sqlp50/params.py STORE.sqlite OUTDIR

Writes OUTDIR/hub.params (the 200 actors with most interaction links, a one-year window each:
`actor lowest highest from`, as `talks` binds them when no event spans days), OUTDIR/window.params
(`from-maxSpan from to` for the timeline's first page, timeline_page.sql), OUTDIR/page.params (the
JSON list of that page's 50 event ids, as the timeline's hydration binds it) and OUTDIR/labels.params
(the JSON list of their participants, for labels.sql).
"""
import random
import sqlite3
import sys

store, out = sys.argv[1], sys.argv[2]
db = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
rng = random.Random(20261129)
low, high = db.execute("SELECT min(day), max(day) FROM links WHERE day < 9999999").fetchone()
hubs = db.execute("SELECT a, count(*) c FROM links WHERE kind = 0 GROUP BY a ORDER BY c DESC, a LIMIT 200").fetchall()
with open(f"{out}/hub.params", "w") as f:
    for a, _ in hubs:
        s = rng.randint(low, high - 365)
        f.write(f"{a} {s} {s + 365} {s}\n")
page = ("SELECT e.id FROM events e WHERE e.first_day >= ? AND e.last_day >= ? AND e.first_day <= ?"
        " ORDER BY e.first_day, e.id LIMIT 50")
with open(f"{out}/window.params", "w") as w, open(f"{out}/page.params", "w") as p, \
        open(f"{out}/labels.params", "w") as n:
    for _ in range(200):
        days = 1 + rng.randint(0, 1824)
        s = rng.randint(low, high - days)
        w.write(f"{s} {s} {s + days}\n")
        ids = [r[0] for r in db.execute(page, (s, s, s + days))]
        p.write("[" + ",".join(map(str, ids)) + "]\n")
        members = set()
        for (text,) in db.execute(f"SELECT members FROM events WHERE id IN ({','.join(map(str, ids))})"):
            members.update(int(m) for m in text.split(",") if m)
        n.write("[" + ",".join(map(str, sorted(members))) + "]\n")
