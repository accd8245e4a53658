// Query latency on a store of ≥ 1,000,000 interaction edges, with baselines measured in the same run.
//
// Issue 6 targets: `talks X` p50 ≤ 1 ms, `path A B` p50 ≤ 20 ms, in-process.
import Dispatch
import EventGraphModel
import Foundation
import GraphStore

/// Query benchmark: builds a store of `edges` interaction events (hub-heavy, Zipf-like participant
/// choice) through `GraphStore.ingest(batch:)`, times `talks` (hub and ordinary actor, one-year
/// window), `events(from:to:)` first page and `path(from:to:)`, then exports the same data as CSV
/// and runs the Python baselines (`Benchmarks/baselines/*.py`: sqlite3 on a plain schema, Kùzu) on
/// the same queries, and prints one comparison table.
///
/// - Parameters:
///   - edges: Interaction events to generate (one interaction edge each), e.g. `1_000_000`.
///   - actors: Actors in the graph (default: `edges / 10`, at least 1,000).
///   - queries: Timed queries per kind, after `warmup` untimed ones.
///   - warmup: Untimed queries per kind before timing.
///   - baselines: Whether to run the Python baselines.
///   - rebuild: Build the store even when a cached one (`$TMPDIR/eventgraph-bench-cache`, same
///     graph, same schema) exists.
///   - trustCache: Reuse a cached store of the same graph without comparing schemas (the comparison
///     runs Python in a child process, which fails under Valgrind; for profiling only).
///   - answers: A file to write every answer of the workload to, whole (JSON, a line per query), so
///     that two builds' answers can be compared byte for byte (`cmp`), not only counted.
///   - seed: The generator seed.
/// - Throws: ``BenchError`` or the store's error.
func runQueryBenchmark(edges: Int, actors: Int? = nil, queries: Int = 200, warmup: Int = 20,
                       baselines: Bool = true, rebuild: Bool = false, trustCache: Bool = false,
                       answers: String? = nil, seed: UInt64 = 20261129) throws {
    let work = try BenchFiles.temporaryFolder("query")
    defer { try? FileManager.default.removeItem(atPath: work) }
    print("\n== Queries: store of \(edges) interaction edges (hub-heavy), \(queries) timed queries each "
          + "after \(warmup) warm-up")
    var clock = BenchClock()
    let graph = SyntheticGraph(edges: edges, actors: actors ?? max(1_000, edges / 10), seed: seed)
    print("graph: \(graph.names.count) actors, \(graph.src.count) edges, \(graph.documentCount) documents, "
          + "max degree \(graph.degree.max() ?? 0) (generated in \(BenchTable.f(clock.lap(), 1)) s)")

    let (store, storePath, build) = try QueryStoreCache.open(graph: graph, seed: seed, rebuild: rebuild,
                                                                     trust: trustCache)
    fflush(nil)
    let stats = try store.statistics()
    let storeMB = BenchFiles.megabytes(storePath, storePath + "-wal")
    print("store: \(stats.actors) actors, \(stats.events) events, \(stats.edges) edges (all kinds), "
          + "\(stats.reports) reports, \(BenchTable.f(storeMB, 0)) MB")

    fflush(nil)
    let workload = graph.workload(queries: queries + warmup, seed: seed &+ 1)
    let runner = QueryRunner(store: store, graph: graph, warmup: warmup)
    let mine = try runner.run(workload)
    if let answers {
        let lines = try runner.answers(workload, to: answers)
        print("answers: \(lines) lines written to \(answers)")
    }
    var results: [BaselineResult] = [BaselineResult(engine: "EventGraph (Swift, GraphStore)", build: build.seconds,
                                                    sizeMB: storeMB, queries: mine)]
    if baselines {
        try graph.writeCSV(folder: work)
        try workload.write(to: work + "/workload.json", warmup: warmup)
        for script in ["sqlite_baseline.py", "kuzu_baseline.py"] {
            results.append(BaselineResult.run(script: script, work: work))
        }
    }
    BaselineResult.printTable(results)
    print("targets: talks p50 ≤ 1 ms, path p50 ≤ 20 ms (in-process)")
    fflush(nil)
}

/// The query store, kept between runs: building 1 M edges through `ingest(batch:)` takes minutes.
///
/// The cached file (`$TMPDIR/eventgraph-bench-cache`) is reused only when it holds the same graph
/// and its schema (every `CREATE` statement in `sqlite_master`, every applied migration) is the one
/// a fresh store gets now;
/// otherwise, or with `rebuild`, the store is built again.
enum QueryStoreCache {
    struct Build {
        var seconds: Double
        var cpu: Double
    }

    static func open(graph: SyntheticGraph, seed: UInt64, rebuild: Bool, trust: Bool = false) throws -> (GraphStore, String, Build) {
        let folder = NSTemporaryDirectory() + "eventgraph-bench-cache"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/query-v2-\(graph.src.count)-\(graph.names.count)-\(seed).sqlite"
        let marker = path + ".build"
        if trust, !rebuild, let fields = try? String(contentsOfFile: marker, encoding: .utf8).split(separator: " "),
           fields.count == 3, let build = reusable(marker: marker, path: path, schema: String(fields[2])) {
            print("store: reusing \(path) without comparing schemas (--trust-cache)")
            return (try GraphStore(path: path), path, build)
        }
        let probe = folder + "/schema-probe.sqlite"
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: probe + suffix) }
        _ = try GraphStore(path: probe)
        let schema = try schemaSignature(probe)
        if !rebuild, let build = reusable(marker: marker, path: path, schema: schema) {
            print("store: reusing \(path) (same graph and schema; built in \(BenchTable.f(build.seconds, 1)) s, "
                  + "CPU \(BenchTable.f(build.cpu, 1)) s)")
            return (try GraphStore(path: path), path, build)
        }
        for suffix in ["", "-wal", "-shm", ".build"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        let store = try GraphStore(path: path)
        var clock = BenchClock()
        let cpu0 = BenchProc.cpuSeconds()
        var rejected = 0
        var firstError: String?
        try store.beginBulkLoad()
        try graph.forEachBatch(size: 20_000) { batch in
            for case .failure(let error) in try store.ingest(batch: batch) {
                rejected += 1
                if firstError == nil { firstError = "\(error)" }
            }
        }
        let loaded = clock.lap()
        try store.finishBulkLoad()
        let finish = clock.lap()
        let build = Build(seconds: loaded + finish, cpu: BenchProc.cpuSeconds() - cpu0)
        print("store: built through ingest(batch:) (bulk load, 20,000 documents per transaction) in \(BenchTable.f(build.seconds, 1)) s, CPU \(BenchTable.f(build.cpu, 1)) s "
              + "(\(BenchTable.f(Double(graph.src.count) / build.seconds, 0)) edges/s, "
              + "\(BenchTable.f(Double(graph.documentCount) / build.seconds, 0)) documents/s; the end of the load \(BenchTable.f(finish, 1)) s); \(rejected) documents rejected")
        if let firstError { print("  first rejection: \(firstError)") }
        try "\(build.seconds) \(build.cpu) \(schema)".write(toFile: marker, atomically: true, encoding: .utf8)
        return (store, path, build)
    }

    static func reusable(marker: String, path: String, schema: String) -> Build? {
        guard FileManager.default.fileExists(atPath: path),
              let fields = try? String(contentsOfFile: marker, encoding: .utf8).split(separator: " "),
              fields.count == 3, String(fields[2]) == schema,
              let seconds = Double(fields[0]), let cpu = Double(fields[1]) else { return nil }
        return Build(seconds: seconds, cpu: cpu)
    }

    /// A hash of the store's schema and of the migrations that made it (a migration that only
    /// rewrites data changes no `CREATE`), read with Python's sqlite3 (the bench does not link SQLite itself).
    static func schemaSignature(_ path: String) throws -> String {
        let script = "import hashlib,sqlite3,sys; c=sqlite3.connect(sys.argv[1]); "
            + "print(hashlib.sha1('\\n'.join(sorted(r[0] for r in c.execute("
            + "\"SELECT sql FROM sqlite_master WHERE sql IS NOT NULL UNION ALL SELECT identifier FROM grdb_migrations\"))"
            + ").encode()).hexdigest())"
        return try BenchPython.output(["-c", script, path]).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// Stopwatch over the monotonic clock.
struct BenchClock {
    private var last = DispatchTime.now().uptimeNanoseconds

    /// Seconds since the previous lap (or creation).
    mutating func lap() -> Double {
        let now = DispatchTime.now().uptimeNanoseconds
        defer { last = now }
        return Double(now - last) / 1e9
    }
}

/// Latency summary of one query kind, in milliseconds; `rows` is the answer fingerprint.
struct QuerySummary: Codable {
    var n: Int
    var p50: Double
    var p99: Double
    var mean: Double
    var rows: Int

    enum CodingKeys: String, CodingKey { case n, p50 = "p50_ms", p99 = "p99_ms", mean = "mean_ms", rows }

    init(times: [Double], rows: Int) {
        let sorted = times.sorted()
        n = sorted.count
        p50 = QuerySummary.percentile(sorted, 50)
        p99 = QuerySummary.percentile(sorted, 99)
        mean = sorted.isEmpty ? 0 : sorted.reduce(0, +) / Double(sorted.count)
        self.rows = rows
    }

    /// Nearest-rank percentile of an ascending array (the baselines use the same definition).
    static func percentile(_ sorted: [Double], _ q: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let rank = Int((q / 100 * Double(sorted.count) + 0.5).rounded(.down)) - 1
        return sorted[min(sorted.count - 1, max(0, rank))]
    }
}

/// The query names, in table order.
let benchQueryKinds = ["talks_hub", "talks_ordinary", "events", "path"]

/// Times the store's queries on the workload.
struct QueryRunner {
    let store: GraphStore
    let graph: SyntheticGraph
    let warmup: Int

    func run(_ w: QueryWorkload) throws -> [String: QuerySummary] {
        let key = graph.key
        let limit = w.eventsLimit
        return [
            "talks_hub": try time(w.talksHub) { q in
                try store.talks(TalkFilter(actor: key(q.actor), from: q.from, to: q.to)).count
            },
            "talks_ordinary": try time(w.talksOrdinary) { q in
                try store.talks(TalkFilter(actor: key(q.actor), from: q.from, to: q.to)).count
            },
            "events": try time(w.events) { q in
                try store.events(EventFilter(from: q.from, to: q.to, limit: limit)).count
            },
            "path": try time(w.paths) { q in
                try store.path(from: key(q.a), to: key(q.b), maxDepth: w.maxDepth)?.count ?? 0
            },
        ]
    }

    /// Writes the whole answer of every query of the workload (JSON with sorted keys, one line per
    /// query, in workload order) to `path`; returns the number of lines.
    func answers(_ w: QueryWorkload, to path: String) throws -> Int {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let key = graph.key
        var out = Data()
        var lines = 0
        func add(_ kind: String, _ value: some Encodable) throws {
            out.append(Data((kind + " ").utf8))
            out.append(try encoder.encode(value))
            out.append(0x0A)
            lines += 1
        }
        for q in w.talksHub { try add("talks_hub", try store.talks(TalkFilter(actor: key(q.actor), from: q.from, to: q.to))) }
        for q in w.talksOrdinary {
            try add("talks_ordinary", try store.talks(TalkFilter(actor: key(q.actor), from: q.from, to: q.to)))
        }
        for q in w.events { try add("events", try store.events(EventFilter(from: q.from, to: q.to, limit: w.eventsLimit))) }
        for q in w.paths { try add("path", try store.path(from: key(q.a), to: key(q.b), maxDepth: w.maxDepth) ?? []) }
        try out.write(to: URL(fileURLWithPath: path))
        return lines
    }

    /// Untimed warm-up on the first `warmup` items, then every item timed.
    func time<Q>(_ items: [Q], _ body: (Q) throws -> Int) throws -> QuerySummary {
        for item in items.prefix(warmup) { _ = try body(item) }
        var times: [Double] = []
        var rows = 0
        times.reserveCapacity(items.count)
        for item in items.dropFirst(warmup) {
            let t0 = DispatchTime.now().uptimeNanoseconds
            rows += try body(item)
            times.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6)
        }
        return QuerySummary(times: times, rows: rows)
    }
}

/// One engine's figures, from this process or from a baseline's result file.
struct BaselineResult {
    var engine: String
    var build: Double?
    var sizeMB: Double?
    var queries: [String: QuerySummary]
    var note: String?

    /// The result file a baseline script writes (see `Benchmarks/baselines/common.py`).
    struct File: Decodable {
        var engine: String
        var version: String?
        var skipped: String?
        var load_s: Double?
        var size_mb: Double?
        var queries: [String: QuerySummary]?
    }

    /// Runs `Benchmarks/baselines/<script>` on the CSVs and workload in `work`.
    static func run(script: String, work: String) -> BaselineResult {
        let name = script.replacingOccurrences(of: "_baseline.py", with: "")
        let out = work + "/\(name)-result.json"
        var clock = BenchClock()
        print("running baseline \(script) …")
        fflush(nil)
        do {
            try BenchPython.run([BenchPython.baselineScript(script), "--data", work,
                                 "--workload", work + "/workload.json", "--out", out])
            let file = try JSONDecoder().decode(File.self, from: Data(contentsOf: URL(fileURLWithPath: out)))
            if let skipped = file.skipped {
                print("  \(name): skipped: \(skipped)")
                return BaselineResult(engine: file.engine, queries: [:], note: "skipped: \(skipped)")
            }
            print("  \(name): done in \(BenchTable.f(clock.lap(), 1)) s")
            return BaselineResult(engine: file.engine + (file.version.map { " \($0)" } ?? ""), build: file.load_s,
                                  sizeMB: file.size_mb, queries: file.queries ?? [:])
        } catch {
            print("  \(name): failed: \(error)")
            return BaselineResult(engine: name, queries: [:], note: "failed: \(error)")
        }
    }

    /// The comparison table: one row per figure, one column per engine, with ratios to the first.
    static func printTable(_ results: [BaselineResult]) {
        guard let base = results.first else { return }
        print("")
        print(BenchTable.row(["figure"] + results.map(\.engine), widths: [26] + results.map { _ in 34 }))
        print(String(repeating: "-", count: 26 + 35 * results.count))
        func line(_ label: String, _ value: (BaselineResult) -> Double?, digits: Int) {
            let b = value(base)
            let cells = results.map { r -> String in
                guard let v = value(r) else { return r.note.map { String($0.prefix(30)) } ?? "—" }
                guard r.engine != base.engine, let b, b > 0 else { return BenchTable.f(v, digits) }
                return BenchTable.f(v, digits) + " (" + BenchTable.f(v / b, v / b < 10 ? 2 : 0) + "×)"
            }
            print(BenchTable.row([label] + cells, widths: [26] + results.map { _ in 34 }))
        }
        line("build / load (s)", { $0.build }, digits: 1)
        line("size on disk (MB)", { $0.sizeMB }, digits: 0)
        for kind in benchQueryKinds {
            line("\(kind) p50 (ms)", { $0.queries[kind]?.p50 }, digits: 3)
            line("\(kind) p99 (ms)", { $0.queries[kind]?.p99 }, digits: 3)
        }
        print("answer fingerprints (rows returned; path: hops summed) — equal rows mean the engines agree:")
        for kind in benchQueryKinds {
            let cells = results.map { r in r.queries[kind].map { "\($0.rows)" } ?? "—" }
            print(BenchTable.row(["  \(kind)"] + cells, widths: [26] + results.map { _ in 34 }))
        }
    }
}

/// Plain-text table cells.
enum BenchTable {
    static func f(_ value: Double, _ digits: Int) -> String {
        guard value.isFinite else { return "—" }
        return String(format: "%.\(digits)f", value)
    }

    static func row(_ cells: [String], widths: [Int]? = nil) -> String {
        cells.enumerated().map { i, cell in
            let width = widths.map { i < $0.count ? $0[i] : 12 } ?? (i == 0 ? 10 : 12)
            let pad = max(0, width - cell.count)
            return i == 0 ? cell + String(repeating: " ", count: pad) : String(repeating: " ", count: pad) + cell
        }.joined(separator: " ")
    }

    static func rule(_ columns: Int) -> String { String(repeating: "-", count: min(160, columns * 13)) }
}

/// Running Python scripts of the benchmark folder.
enum BenchPython {
    /// Runs `python3 args…`, streaming its output; throws when it exits non-zero.
    static func run(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw BenchError("python3 \(arguments.first ?? "") exited with status \(process.terminationStatus)")
        }
    }

    /// Runs `python3 args…` and returns its standard output.
    static func output(_ arguments: [String]) throws -> String {
        let process = Process()
        let pipe = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw BenchError("python3 exited with status \(process.terminationStatus)")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Candidate paths of a file in `Benchmarks/`, from this source file's location.
    static func sourceRelative(_ name: String) -> [String] {
        let benchmarks = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        return [benchmarks.appendingPathComponent(name).path]
    }

    static func baselineScript(_ name: String) -> String {
        let candidates = [FileManager.default.currentDirectoryPath + "/Benchmarks/baselines/" + name]
            + sourceRelative("baselines/" + name)
        return candidates.first { FileManager.default.fileExists(atPath: $0) } ?? candidates[0]
    }
}
