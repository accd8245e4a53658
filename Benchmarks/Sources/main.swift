import Foundation

// eventgraph-bench: every benchmark of EventGraph on a release build, each printing its figures
// beside a baseline measured in the same run. `make bench` runs it with `--shared ../shared`.
//
//   eventgraph-bench [--shared DIR] [--quick] [--edges N] [--counts N,N...] [--no-baselines] [--rebuild] [--trust-cache] [--no-command] [--answers FILE] [--only tagger|ingest|query|scaling]...
//
// --quick runs small sizes (1k articles, 100k edges) for a check in a few minutes;
// --edges N sets the interaction edges of the query benchmark (default 1,000,000; 100,000 with --quick);
// --no-baselines skips the Python baselines of the query benchmark (for profiling EventGraph alone);
// --rebuild builds the query store even when a cached one fits;
// --trust-cache reuses a cached query store of the same graph without comparing schemas (for Valgrind,
//   under which the comparison's child process cannot start);
// --counts sets the ingest sizes (default 1,000, 10,000 and 100,000 articles; 1,000 with --quick);
// --no-command skips the ingest by the eventgraph command (a process per size) after the in-process one;
// --answers FILE writes every answer of the query workload to FILE; --help lists the options.

struct BenchOptions {
    var shared = "../shared"
    var quick = false
    var baselines = true
    var rebuild = false
    var trustCache = false
    var edges: Int?
    var only: Set<String> = []
    var counts: [Int]?
    var command = true
    var answers: String?

    init(_ arguments: [String]) {
        var i = 0
        while i < arguments.count {
            switch arguments[i] {
            case "--help", "-h":
                print(BenchOptions.usage)
                exit(0)
            case "--shared" where i + 1 < arguments.count: shared = arguments[i + 1]; i += 1
            case "--quick": quick = true
            case "--no-baselines": baselines = false
            case "--rebuild": rebuild = true
            case "--trust-cache": trustCache = true
            case "--no-command": command = false
            case "--answers" where i + 1 < arguments.count: answers = arguments[i + 1]; i += 1
            case "--edges" where i + 1 < arguments.count && Int(arguments[i + 1]).map({ $0 > 0 }) == true:
                edges = Int(arguments[i + 1]); i += 1
            case "--only" where i + 1 < arguments.count: only.insert(arguments[i + 1]); i += 1
            case "--counts" where i + 1 < arguments.count:
                let counts = arguments[i + 1].split(separator: ",").compactMap { Int($0) }
                guard !counts.isEmpty, counts.allSatisfy({ $0 > 0 }) else {
                    FileHandle.standardError.write(Data("eventgraph-bench: --counts takes positive numbers, as 1000,10000\n".utf8))
                    exit(2)
                }
                self.counts = counts
                i += 1
            default:
                FileHandle.standardError.write(Data("eventgraph-bench: unknown argument \(arguments[i]) (see --help)\n".utf8))
                exit(2)
            }
            i += 1
        }
    }

    static let usage = """
        usage: eventgraph-bench [options]

        Every benchmark of EventGraph on a release build, each beside a baseline measured in the same run
        (`make bench` runs it with --shared ../shared). Run it from the package folder: the baselines
        are Benchmarks/*.py and Benchmarks/baselines/*.py.

        options:
          --only NAME        run only this benchmark: tagger, ingest, query or scaling (repeatable)
          --shared DIR       the shared folder with corpus/ (default ../shared; the tagger needs it)
          --quick            small sizes (1,000 articles, 100,000 edges) for a check in a few minutes
          --edges N          interaction edges of the query benchmark (default 1,000,000)
          --no-baselines     skip the Python baselines of the query benchmark (EventGraph alone)
          --rebuild          build the query store even when a cached one fits
                             ($TMPDIR/eventgraph-bench-cache, kept per graph and schema)
          --trust-cache      reuse a cached query store of the same graph without comparing schemas
                             (for Valgrind, under which the comparison's Python child cannot start)
          --answers FILE     write every answer of the query workload to FILE (JSON, a line per query),
                             to compare two builds' answers whole (cmp), not only their counts
          --counts N,N...    ingest sizes (default 1000,10000,100000; 1000 with --quick)
          --no-command       skip the ingest by the eventgraph command (a process per size)
          -h, --help         print this and exit

        examples:
          eventgraph-bench --only query                        the store (1 M interactions) with its baselines
          eventgraph-bench --only query --no-baselines --trust-cache
          eventgraph-bench --only ingest --counts 1000,10000 --no-command
        """

    func runs(_ name: String) -> Bool { only.isEmpty || only.contains(name) }
}

/// Runs a Python baseline script and passes its output through.
func runPythonBaseline(_ script: String, _ arguments: [String]) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", script] + arguments
    fflush(nil)         // our buffered lines first, then the child's
    do {
        try process.run()
        process.waitUntilExit()
    } catch {
        print("baseline \(script): could not run python3 (\(error))")
    }
}

let options = BenchOptions(Array(CommandLine.arguments.dropFirst()))
let hasShared = FileManager.default.fileExists(atPath: options.shared + "/corpus")
do {
    if options.runs("tagger") {
        if hasShared {
            print("== Temporal tagger: EventGraph, then dateparser (baseline) on the same texts")
            try runTaggerBenchmark(sharedDir: options.shared)
            runPythonBaseline("Benchmarks/dateparser_baseline.py",
                              [options.shared, "--max-seconds", options.quick ? "10" : "60"])
        } else {
            print("tagger benchmark skipped: \(options.shared)/corpus is absent")
        }
    }
    if options.runs("ingest") {
        let corpus = FileManager.default.temporaryDirectory.appendingPathComponent("eventgraph-bench-corpus.jsonl").path
        let counts = options.counts ?? (options.quick ? [1_000] : [1_000, 10_000, 100_000])
        // A budget that a healthy run of 100,000 articles (~6 min on 2 free cores) stays well inside.
        let budget: Double = options.quick ? 120 : 1_800
        try runIngestBenchmark(corpus: corpus, counts: counts, budgetSeconds: budget)
        if options.command {
            let work = try BenchFiles.temporaryFolder("command")
            defer { try? FileManager.default.removeItem(atPath: work) }
            try runCommandIngestBenchmark(corpus: corpus, counts: counts, work: work, budgetSeconds: budget)
        }
    }
    if options.runs("query") {
        try runQueryBenchmark(edges: options.edges ?? (options.quick ? 100_000 : 1_000_000), baselines: options.baselines,
                               rebuild: options.rebuild, trustCache: options.trustCache, answers: options.answers)
    }
    if options.runs("scaling") {
        try runScalingBenchmark(counts: options.quick ? [1_000, 4_000] : [1_000, 4_000, 10_000])
    }
} catch {
    FileHandle.standardError.write(Data("eventgraph-bench: \(error)\n".utf8))
    exit(1)
}
