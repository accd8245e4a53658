// `eventgraph ingest` as a user runs it: a clean store, a folder of JSON Lines files, one process
// per size, its CPU time (wait4) and peak RSS (VmHWM) as the kernel counts them.
import Foundation

/// The command's ingest at each size: for each count a fresh process of the release `eventgraph`
/// binary ingests the first `count` articles of the corpus, laid out as files of
/// ``articlesPerFile`` articles (under the reader's 20 MB limit for one file) into a new store.
///
/// What the kernel counts for the child alone is printed: wall seconds, CPU seconds (user +
/// system, every thread, from `wait4`), peak RSS (the child's VmHWM, read every 20 ms while it runs),
/// then each figure against the smallest count's, the baseline of the same run: memory flat in
/// corpus size means a ratio near 1.0 for peak RSS; a per-article cost that does not grow means
/// a ratio near 1.0 (or above) for articles per CPU-second. The smallest count also pays the
/// start-up (loading the rules and the gazetteer, ~0.4 s of CPU), which the larger spread thinner.
///
/// - Parameters:
///   - corpus: The JSONL corpus, at least `counts.max()` lines (``BenchCorpus/ensure(path:count:seed:)``).
///   - counts: The sizes, smallest first.
///   - work: A scratch folder (the files and stores are made and removed there).
///   - budgetSeconds: A run still going after this many seconds is stopped (SIGTERM) and marked,
///     and larger counts are skipped.
func runCommandIngestBenchmark(corpus: String, counts: [Int], work: String, budgetSeconds: Double) throws {
    print("\n== Ingest with the command: eventgraph ingest FOLDER --db NEW.sqlite --quiet "
          + "(one process per size; JSONL files of 1,000 articles)")
    guard let binary = CommandIngest.binary() else {
        print("skipped: no release eventgraph beside this benchmark (swift build -c release --product eventgraph)")
        return
    }
    print(BenchTable.row(["articles", "seconds", "articles/s", "CPU s", "art/CPU-s", "peak RSS MB", "store MB",
                          "RSS ×", "art/CPU-s ×", "stored", "rejected"]))
    print(BenchTable.rule(11))
    var first: CommandIngest.Result?
    for count in counts.sorted() {
        let folder = try CommandIngest.layOut(corpus: corpus, count: count, in: work)
        let store = work + "/command-\(count).sqlite"
        let result = try CommandIngest.run(binary: binary, folder: folder, store: store, budget: budgetSeconds)
        let storeMB = BenchFiles.megabytes(store, store + "-wal", store + "-shm")
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: store + suffix) }
        try? FileManager.default.removeItem(atPath: folder)
        let base = first ?? result
        if first == nil { first = result }
        let n = Double(result.count)
        let perCPU = n / result.cpu
        print(BenchTable.row([
            "\(result.count)", BenchTable.f(result.seconds, 2), BenchTable.f(n / result.seconds, 0),
            BenchTable.f(result.cpu, 1), BenchTable.f(perCPU, 0), BenchTable.f(result.peakRSS, 0), BenchTable.f(storeMB, 1),
            BenchTable.f(result.peakRSS / base.peakRSS, 2), BenchTable.f(perCPU / (Double(base.count) / base.cpu), 2),
            "\(result.stored)", "\(result.rejected)",
        ]))
        if result.stopped {
            print("  stopped after \(BenchTable.f(budgetSeconds, 0)) s; larger counts skipped")
            break
        }
        if result.status != 0, result.rejected == 0 { print("  exit status \(result.status): \(result.summary)") }
        fflush(nil)
    }
    print("RSS × and art/CPU-s × compare with the first row of this table, measured in the same run")
    print("target: peak RSS flat from 1,000 to 100,000 articles; per-article cost not growing with the corpus")
}

/// Running the command on a laid-out corpus and reading what the kernel measured.
enum CommandIngest {
    /// Articles per JSONL file: ~5.5 MB, well under the reader's limit for one file (the header says 1,000).
    static let articlesPerFile = 1_000

    struct Result {
        var count = 0
        var seconds = 0.0
        var cpu = 0.0
        var peakRSS = 0.0
        var status: Int32 = 0
        var stopped = false
        var stored = 0
        var rejected = 0
        /// The command's closing line (`documents: … stored, …`).
        var summary = ""
    }

    /// The release `eventgraph` beside this executable, when built.
    static func binary() -> String? {
        let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let path = URL(fileURLWithPath: me).deletingLastPathComponent().appendingPathComponent("eventgraph").path
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    /// A folder holding the first `count` lines of `corpus` as files of ``articlesPerFile`` lines,
    /// named so that the command reads them in corpus order.
    static func layOut(corpus: String, count: Int, in work: String) throws -> String {
        let folder = work + "/command-\(count)"
        try? FileManager.default.removeItem(atPath: folder)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let reader = try JSONLReader(path: corpus)
        var written = 0
        var part = 0
        while written < count {
            let lines = try reader.next(max: min(articlesPerFile, count - written))
            if lines.isEmpty { break }
            var data = Data()
            data.reserveCapacity(lines.reduce(0) { $0 + $1.count + 1 })
            for line in lines {
                data.append(line)
                data.append(0x0A)
            }
            try data.write(to: URL(fileURLWithPath: folder + String(format: "/part-%05d.jsonl", part)))
            written += lines.count
            part += 1
        }
        return folder
    }

    /// Runs `eventgraph ingest folder --db store --quiet` and waits for it (stopping it after `budget` seconds).
    static func run(binary: String, folder: String, store: String, budget: Double) throws -> Result {
        let errors = store + ".stderr"
        defer { try? FileManager.default.removeItem(atPath: errors) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, errors, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let arguments = [binary, "ingest", folder, "--db", store, "--quiet"]
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        let spawned = posix_spawn(&pid, binary, &actions, nil, argv, environ)
        guard spawned == 0 else { throw BenchError("cannot start \(binary): \(String(cString: strerror(spawned)))") }
        var result = Result()
        var status: Int32 = 0
        var usage = rusage()
        var peakKB = 0
        while true {
            // The child's own high-water mark, read while it runs: `ru_maxrss` would also count the
            // benchmark's memory, which the child shares until it executes the command.
            peakKB = max(peakKB, highWaterKB(pid))
            let done = wait4(pid, &status, WNOHANG, &usage)
            if done == pid { break }
            if done < 0 && errno != EINTR { throw BenchError("wait4: \(String(cString: strerror(errno)))") }
            if !result.stopped, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 > budget {
                kill(pid, SIGTERM)
                result.stopped = true
            }
            usleep(20_000)
        }
        result.seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        result.cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        result.peakRSS = Double(peakKB) / 1024
        result.status = (status & 0x7f) == 0 ? (status >> 8) & 0xff : -(status & 0x7f)
        let text = (try? String(contentsOfFile: errors, encoding: .utf8)) ?? ""
        result.summary = text.split(separator: "\n").last { $0.hasPrefix("documents:") }.map(String.init) ?? text
        result.stored = number(before: " stored", in: result.summary)
        result.rejected = number(before: " rejected", in: result.summary)
        result.count = result.stored + result.rejected + number(before: " skipped", in: result.summary)
        return result
    }

    /// VmHWM of a running process, in kB (0 when it cannot be read).
    static func highWaterKB(_ pid: pid_t) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return 0 }
        return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") ?? 0
    }

    /// The number just before `suffix` in the command's summary line (0 when absent).
    static func number(before suffix: String, in line: String) -> Int {
        guard let range = line.range(of: suffix) else { return 0 }
        let digits = line[..<range.lowerBound].reversed().prefix { $0.isNumber }
        return Int(String(digits.reversed())) ?? 0
    }
}
