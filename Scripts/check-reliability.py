#!/usr/bin/env python3
"""EventGraph reliability check: what users do to a tool, end to end, with the real command.

  1. garbage     1,000 files, 5 % of them bad in many ways (empty, binary, not UTF-8, malformed
                 or NUL-holding JSON, bad metadata, too large, a named pipe, a socket, dangling
                 links, link loops, hostile file names): every good file is stored, every bad
                 one is named on standard error, exit status 1, nothing blocks.
  2. concurrent  the good files ingested by 4 processes at once (disjoint quarters), then by 2
                 (halves) into another store: every process exits 0, every document stored once.
  3. kill        20 ingests killed with SIGKILL at random moments: after each the store passes
                 `PRAGMA integrity_check`; a last run completes the set, and a run after it
                 stores nothing (no duplicates, nothing missing).
  4. build       `build` of ../shared/corpus/dev converted to JSON Lines writes every file
                 (skipped, and said so, when ../shared is absent).

Prints one line per check and the figures; exits 1 when any check fails.

  python3 Scripts/check-reliability.py [--eventgraph .build/debug/eventgraph] [--shared ../shared]
                                       [--keep DIR] [--only garbage|concurrent|kill|build]...
"""
import argparse
import json
import os
import random
import re
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GOOD = 950
FAILURES = []


def say(line):
    print(line, flush=True)


def check(name, ok, detail):
    say(f"{'PASS' if ok else 'FAIL'}  {name}: {detail}")
    if not ok:
        FAILURES.append(name)


def run(eventgraph, args, timeout=900, cwd=None):
    """Runs eventgraph; returns (status, stdout, stderr). A run that would block fails the check."""
    try:
        p = subprocess.run([eventgraph] + args, capture_output=True, timeout=timeout, cwd=cwd, stdin=subprocess.DEVNULL)
        return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        return None, "", f"timed out after {timeout} s"


def summary(stderr):
    m = re.search(r"documents: (\d+) stored, (\d+) skipped as duplicates, (\d+) rejected", stderr)
    return tuple(int(x) for x in m.groups()) if m else None


def document_count(db):
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as c:
        return c.execute("SELECT count(*) FROM documents").fetchone()[0]


def integrity(db):
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as c:
            return ", ".join(row[0] for row in c.execute("PRAGMA integrity_check").fetchall())
    except sqlite3.Error as e:
        return f"cannot open: {e}"


# ------------------------------------------------------------------------------------------------
# inputs


def good_articles(work):
    """950 distinct synthetic ~4 KB articles, one file each, in every input format."""
    corpus = os.path.join(work, "corpus.jsonl")
    subprocess.run([sys.executable, os.path.join(ROOT, "Benchmarks/generate_corpus.py"), "--count", str(GOOD),
                    "--seed", "2022", "--out", corpus], check=True, capture_output=True)
    folder = os.path.join(work, "good")
    os.makedirs(folder)
    paths = []
    with open(corpus, encoding="utf-8") as f:
        for i, line in enumerate(f):
            a = json.loads(line)
            kind = i % 4
            name = os.path.join(folder, f"g{i:04d}." + ["txt", "json", "md", "html"][kind])
            with open(name, "w", encoding="utf-8") as out:
                if kind == 0:
                    out.write(a["title"] + "\n\n" + a["text"])
                elif kind == 1:
                    json.dump({k: a[k] for k in ("id", "title", "text", "published", "outlet", "language")}, out, ensure_ascii=False)
                elif kind == 2:
                    out.write(f"---\ntitle: {a['title']}\npublished: {a['published']}\n---\n\n{a['text']}\n")
                else:
                    body = "".join(f"<p>{p}</p>" for p in a["text"].split("\n") if p.strip())
                    out.write(f"<html lang=\"{a['language']}\"><head><title>{a['title']}</title></head><body>{body}</body></html>")
            paths.append(name)
    return folder, paths


def garbage(folder):
    """Writes 50 bad inputs of many kinds; returns the names each must be reported under."""
    bad = []

    def write(name, data):
        path = os.path.join(folder, name)
        with open(path, "wb") as f:
            f.write(data)
        bad.append(path)

    for i in range(2):
        write(f"bad-empty-{i}.txt", b"")
        write(f"bad-blank-{i}.txt", b"  \n\t\n  ")
        write(f"bad-nul-{i}.txt", b"Lavrov met Kerry\x00\x01\x02 in Geneva")
        write(f"bad-latin1-{i}.txt", "Réunion à Genève entre Lavrov et Kerry".encode("latin-1"))
        write(f"bad-cut-utf8-{i}.txt", "وزير الخارجية".encode("utf-8")[:-1])
        write(f"bad-controls-{i}.txt", bytes(range(1, 9)) * 40)
        write(f"bad-utf16-nul-{i}.txt", b"\xff\xfe" + "Lavrov\x00Kerry".encode("utf-16-le"))
        write(f"bad-utf16-odd-{i}.txt", b"\xff\xfe" + "Lavrov".encode("utf-16-le") + b"\x00")
        write(f"bad-json-syntax-{i}.json", b'{"text": "Lavrov met Kerry", ')
        write(f"bad-json-notext-{i}.json", b'{"title": "No text here"}')
        write(f"bad-json-number-{i}.json", b'{"text": 42}')
        write(f"bad-json-nul-{i}.json", b'{"text": "Lavrov met\\u0000 Kerry in Geneva."}')
        write(f"bad-json-empty-array-{i}.json", b"[]")
        write(f"bad-json-date-{i}.json", b'{"text": "Lavrov met Kerry in Geneva.", "published": "last Tuesday"}')
        write(f"bad-json-lang-{i}.json", b'{"text": "Lavrov met Kerry in Geneva.", "language": "klingon"}')
        write(f"bad-html-empty-{i}.html", b"<html><head><script>var x = 1;</script></head><body></body></html>")
        write(f"bad-jsonl-{i}.jsonl", b'{"text": \n{oops}\n')
    write("bad-md-front-matter-only.md", b"---\ntitle: Nothing below\n---\n")
    write("bad-html-entities-only.html", b"<html><body><p>&nbsp;&#32;</p></body></html>")
    write("bad-json-published-number.json", b'{"text": "Lavrov met Kerry in Geneva.", "published": 20221108}')
    write("bad-json-array-elements.json", b'["not an object", {"title": "no text"}]')
    write("bad-overlong-utf8.txt", b"Lavrov \xc0\xaf Kerry")
    write("bad-too-large.txt", b"Lavrov met Kerry. " * (21_000_000 // 18))
    for i in range(2):
        pipe = os.path.join(folder, f"bad-pipe-{i}.txt")
        os.mkfifo(pipe)
        bad.append(pipe)
        dangling = os.path.join(folder, f"bad-dangling-{i}.txt")
        os.symlink(f"missing-{i}.txt", dangling)
        bad.append(dangling)
        loop = os.path.join(folder, f"bad-loop-{i}.txt")
        os.symlink(f"bad-loop-{i}.txt", loop)
        bad.append(loop)
    sock = os.path.join(folder, "bad-socket.txt")
    s = socket.socket(socket.AF_UNIX)
    s.bind(sock)
    bad.append(sock)
    sub = os.path.join(folder, "bad-folder-loop")
    os.makedirs(sub)
    os.symlink("..", os.path.join(sub, "up"))
    bad.append(os.path.join(sub, "up"))
    # Hostile names: an escape sequence and a bidi override (shown escaped), empty files.
    write("bad-\x1b[2Jclear.txt", b"")
    write("bad-invoice\u202efdp.txt", b"")
    # A JSON Lines file, or a JSON array, whose entries are all bad is named line by line.
    jsonl = [p for p in bad if p.endswith(".jsonl") or p.endswith("array-elements.json")]
    for p in jsonl:
        bad.remove(p)
        bad += [p + "#1", p + "#2"]
    return bad, s


def kinds(bad):
    """How many kinds of bad input: names without their number."""
    return len({re.sub(r"(-[0-9]+)?(\.[a-z0-9]+)?(#[0-9]+)?$", "", os.path.basename(b)) for b in bad})


def shown(path):
    """A path as eventgraph names it on a terminal: controls and bidi controls as \\u{…} escapes."""
    out = []
    for ch in path:
        o = ord(ch)
        if o < 0x20 or 0x7F <= o <= 0x9F or 0x202A <= o <= 0x202E or 0x2066 <= o <= 0x2069:
            out.append("\\u{%X}" % o)
        else:
            out.append(ch)
    return "".join(out)


# ------------------------------------------------------------------------------------------------
# checks


def check_garbage(eventgraph, work, good_folder, good_paths):
    folder = os.path.join(work, "inbox")
    shutil.copytree(good_folder, folder)
    bad, sock = garbage(folder)
    total = len(good_paths) + len([b for b in bad if "#" not in b or b.endswith("#1")])
    db = os.path.join(work, "garbage.sqlite")
    start = time.time()
    status, _, err = run(eventgraph, ["ingest", folder, "--db", db, "--quiet"])
    seconds = time.time() - start
    sock.close()
    counts = summary(err)
    unnamed = [b for b in bad if shown(b) + ":" not in err]
    stored = document_count(db) if os.path.exists(db) else 0
    check("garbage", status == 1 and counts == (GOOD, 0, len(bad)) and not unnamed and stored == GOOD,
          f"{total} files ({len(bad)} bad entries of {kinds(bad)} kinds): "
          f"exit {status}, summary {counts}, {stored} documents in the store, "
          f"{len(bad) - len(unnamed)}/{len(bad)} bad ones named, {seconds:.1f} s")
    for b in unnamed[:5]:
        say(f"      not named: {b!r}")


def check_concurrent(eventgraph, work, good_paths):
    for parts in (4, 2):
        folders = []
        for q in range(parts):
            folder = os.path.join(work, f"part{parts}-{q}")
            os.makedirs(folder)
            for p in good_paths[q::parts]:
                os.symlink(p, os.path.join(folder, os.path.basename(p)))
            folders.append(folder)
        db = os.path.join(work, f"concurrent{parts}.sqlite")
        start = time.time()
        procs = [subprocess.Popen([eventgraph, "ingest", f, "--db", db, "--quiet"], stdout=subprocess.DEVNULL,
                                  stderr=subprocess.PIPE, stdin=subprocess.DEVNULL) for f in folders]
        results = [(p.wait(timeout=1800), p.stderr.read().decode("utf-8", "replace")) for p in procs]
        seconds = time.time() - start
        stored = sum((summary(err) or (0, 0, 0))[0] for _, err in results)
        statuses = [s for s, _ in results]
        count = document_count(db)
        # Once (the quarters): ingesting everything again stores nothing and finds every document.
        again = run(eventgraph, ["ingest"] + folders + ["--db", db, "--quiet"]) if parts == 4 else None
        check(f"concurrent ({parts} ingests)",
              statuses == [0] * parts and stored == GOOD and count == GOOD
              and (again is None or (again[0] == 0 and summary(again[2]) == (0, GOOD, 0))),
              f"exit statuses {statuses}, {stored} stored in all, {count} documents in the store, {seconds:.1f} s"
              + (f"; a second pass {summary(again[2])} (exit {again[0]})" if again else ""))
        for s, err in results:
            if s != 0:
                say("      " + err.strip().replace("\n", "\n      ")[:600])


def file_sizes(db):
    return tuple(os.path.getsize(db + suffix) if os.path.exists(db + suffix) else -1 for suffix in ("", "-wal"))


def check_kill(eventgraph, work, good_paths, kills, seed):
    """Kills ingests of one twentieth of the articles each: half at a random moment of a run
    (start-up, reading, extraction or writing), half in its last quarter, when it writes."""
    rng = random.Random(seed)
    parts = []
    for k in range(kills):
        folder = os.path.join(work, f"kill-{k:02d}")
        os.makedirs(folder)
        for p in good_paths[k::kills]:
            os.symlink(p, os.path.join(folder, os.path.basename(p)))
        parts.append(folder)
    # How long one part takes, unkilled, into a store of its own.
    start = time.time()
    run(eventgraph, ["ingest", parts[0], "--db", os.path.join(work, "calibration.sqlite"), "--quiet"])
    duration = time.time() - start
    db = os.path.join(work, "killed.sqlite")
    bad_checks, finished, during_write = [], 0, 0
    for k in range(kills):
        before = file_sizes(db)
        p = subprocess.Popen([eventgraph, "ingest", parts[k], "--db", db, "--quiet"], stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
        # Even runs: any moment. Odd runs: the last quarter, where the documents are written.
        low, high = (0.1, duration) if k % 2 == 0 else (0.75 * duration, 1.05 * duration)
        deadline = time.time() + rng.uniform(low, high)
        while time.time() < deadline and p.poll() is None:
            time.sleep(0.002)
        if p.poll() is None:
            during_write += file_sizes(db) != before
            os.kill(p.pid, signal.SIGKILL)
        else:
            finished += 1
        p.wait()
        if os.path.exists(db):
            result = integrity(db)
            if result != "ok":
                bad_checks.append((k, result))
    done_before = document_count(db) if os.path.exists(db) else 0
    everything = os.path.dirname(good_paths[0])
    status, _, err = run(eventgraph, ["ingest", everything, "--db", db, "--quiet"])
    completion = summary(err)
    again_status, _, again_err = run(eventgraph, ["ingest", everything, "--db", db, "--quiet"])
    count = document_count(db)
    final_integrity = integrity(db)
    check("kill -9", not bad_checks and status == 0 and again_status == 0 and count == GOOD
          and summary(again_err) == (0, GOOD, 0) and final_integrity == "ok",
          f"{kills} ingests killed with SIGKILL ({kills - finished} while running, {during_write} of them once the "
          f"store had begun to change; one unkilled part takes {duration:.1f} s), integrity_check ok after "
          f"{kills - len(bad_checks)}/{kills}; {done_before} documents stored by then; the re-run {completion} "
          f"exit {status}; then {summary(again_err)} exit {again_status}; {count} documents, integrity {final_integrity}")
    for k, result in bad_checks[:5]:
        say(f"      after kill {k + 1}: {result}")


def check_build(eventgraph, work, shared):
    dev = os.path.join(shared, "corpus", "dev")
    if not os.path.isdir(dev):
        say(f"SKIP  build: {dev} is absent (the check needs ../shared)")
        return
    jsonl = os.path.join(work, "dev.jsonl")
    with open(jsonl, "w", encoding="utf-8") as out:
        for name in sorted(os.listdir(dev)):
            if not name.endswith(".json"):
                continue
            with open(os.path.join(dev, name), encoding="utf-8") as f:
                a = json.load(f)
            line = {"id": a.get("id", name), "text": a["text"]}
            for src, dst in (("published", "published"), ("outlet", "outlet"), ("lang", "language")):
                if a.get(src) is not None:
                    line[dst] = a[src]
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
    out = os.path.join(work, "dev-build")
    status, _, err = run(eventgraph, ["build", jsonl, "--out", out, "--fresh", "--quiet"])
    m = re.search(r"wrote [^:]*: (.*)", err)
    listed = m.group(1).split() if m else []
    expected = ["eventgraph.sqlite", "graph.dot", "graph.svg", "graph.png", "graph.pdf", "graph-outlets.svg",
                "graph-outlets.png", "timeline.md", "timeline.html", "timeline.json", "talks.md"]
    missing = [n for n in expected if not os.path.exists(os.path.join(out, n)) or os.path.getsize(os.path.join(out, n)) < 100]
    egos = [n for n in os.listdir(out) if n.startswith("ego-")] if os.path.isdir(out) else []
    check("build of the dev corpus", status == 0 and not missing and set(expected) <= set(listed) and len(egos) >= 2
          and "Graphviz crashed" not in err,
          f"exit {status}, {summary(err)}, {len(expected) - len(missing) + len(egos)} files written"
          + (f", missing {missing}" if missing else "") + ("; " + err.strip()[:400] if status != 0 else ""))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--eventgraph", default=os.path.join(ROOT, ".build/debug/eventgraph"))
    parser.add_argument("--shared", default=os.path.join(os.path.dirname(ROOT), "shared"))
    parser.add_argument("--keep", help="work in this folder and keep it")
    parser.add_argument("--only", action="append", choices=["garbage", "concurrent", "kill", "build"])
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    eventgraph = os.path.abspath(args.eventgraph)
    if not os.access(eventgraph, os.X_OK):
        sys.exit(f"check-reliability: {eventgraph} is not built (run 'swift build' first)")
    work = args.keep or tempfile.mkdtemp(prefix="eventgraph-reliability-")
    os.makedirs(work, exist_ok=True)
    only = set(args.only or ["garbage", "concurrent", "kill", "build"])
    say(f"== EventGraph reliability check ({eventgraph}, work in {work})")
    start = time.time()
    try:
        good_folder, good_paths = good_articles(work)
        if "garbage" in only:
            check_garbage(eventgraph, work, good_folder, good_paths)
        if "concurrent" in only:
            check_concurrent(eventgraph, work, good_paths)
        if "kill" in only:
            check_kill(eventgraph, work, good_paths, args.kills, args.seed)
        if "build" in only:
            check_build(eventgraph, work, args.shared)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    say(f"== {'all checks passed' if not FAILURES else 'FAILED: ' + ', '.join(FAILURES)} in {time.time() - start:.0f} s")
    sys.exit(1 if FAILURES else 0)


if __name__ == "__main__":
    main()
