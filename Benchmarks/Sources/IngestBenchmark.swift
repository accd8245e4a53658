// Ingest throughput end to end: read JSONL → extract in parallel → one writer → GraphStore.
//
// Issue 6 target: ≥ 1,000 articles/s of ~4 KB on 2 cores, memory flat in corpus size.
import Dispatch
import EventGraphModel
import ExtractionPipeline
import Foundation
import GraphStore

/// Ingest benchmark: for each count, a fresh store in a temporary folder is fed the first `count`
/// articles of the corpus, and articles/s, MB/s and peak memory are printed.
///
/// The JSONL is streamed in bounded chunks (`batchSize` lines): the reader splits lines, the
/// workers (`DispatchQueue.concurrentPerform`, one iteration per article) decode and extract, and
/// one writer queue calls `GraphStore.ingest(batch:)` (one transaction per batch) while the next
/// chunk is being extracted. At most `inFlight` batches wait for the writer, so memory does not
/// grow with the corpus.
///
/// - Parameters:
///   - corpus: The JSONL corpus (`Benchmarks/generate_corpus.py`). When the file is missing or
///     holds fewer lines than `counts.max()`, it is (re)generated with `seed`.
///   - counts: The corpus sizes to measure, e.g. `[1_000, 10_000, 100_000]`.
///   - batchSize: Articles per chunk and per store transaction.
///   - seed: The generator seed used when the corpus has to be written.
///   - budgetSeconds: When set, a count whose run passes this many seconds stops at the next
///     chunk and reports what it did (marked `stopped`), so a slow pipeline cannot make the whole
///     benchmark run for hours; larger counts are then skipped.
/// - Throws: ``BenchError`` when the corpus cannot be read or generated; the store's error when
///   it cannot be opened.
func runIngestBenchmark(corpus: String, counts: [Int], batchSize: Int = 256,
                        seed: Int = 20261129, budgetSeconds: Double? = nil) throws {
    let needed = counts.max() ?? 0
    try BenchCorpus.ensure(path: corpus, count: needed, seed: seed)
    let pipeline = try ExtractionPipeline.shipped()
    let work = try BenchFiles.temporaryFolder("ingest")
    defer { try? FileManager.default.removeItem(atPath: work) }
    print("\n== Ingest: JSONL → ExtractionPipeline (\(ProcessInfo.processInfo.activeProcessorCount) cores, "
          + "parallel per article) → GraphStore (one writer, \(batchSize) articles per transaction)")
    print("corpus: \(corpus)")
    print(BenchTable.row(["articles", "seconds", "articles/s", "MB/s", "CPU s", "art/CPU-s", "extract s",
                          "write s", "peak RSS MB", "RssAnon MB", "VmHWM MB", "store MB", "actors/art", "events/art",
                          "rejected"]))
    print(BenchTable.rule(15))
    for count in counts {
        let storePath = work + "/ingest-\(count).sqlite"
        let result = try IngestRun(corpus: corpus, count: count, storePath: storePath,
                                   batchSize: batchSize, pipeline: pipeline, budget: budgetSeconds).run()
        let storeMB = BenchFiles.megabytes(storePath, storePath + "-wal", storePath + "-shm")
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: storePath + suffix) }
        let n = Double(max(result.articles, 1))
        print(BenchTable.row([
            "\(result.articles)", BenchTable.f(result.seconds, 2),
            BenchTable.f(Double(result.articles) / result.seconds, 0),
            BenchTable.f(Double(result.bytes) / 1_048_576 / result.seconds, 2),
            BenchTable.f(result.cpu, 1), BenchTable.f(Double(result.articles) / result.cpu, 0),
            BenchTable.f(result.extractSeconds, 1), BenchTable.f(result.writeSeconds, 1),
            BenchTable.f(result.peakRSS, 0), BenchTable.f(result.peakAnon, 0), BenchTable.f(result.hwm, 0), BenchTable.f(storeMB, 1),
            BenchTable.f(Double(result.actors) / n, 2), BenchTable.f(Double(result.events) / n, 2),
            "\(result.rejected)",
        ]))
        if let error = result.firstError { print("  first rejection: \(error)") }
        if result.articles < count {
            print("  stopped after \(result.articles) of \(count) articles (budget \(BenchTable.f(budgetSeconds ?? 0, 0)) s); "
                  + "larger counts skipped")
            fflush(nil)
            break
        }
        fflush(nil)
    }
    print("extract s: wall time of the parallel decode + extract phases; write s: the one writer's time in "
          + "ingest(batch:), which overlaps the next chunk's extraction")
    print("peak RSS includes the store file pages SQLite maps (mmap_size); RssAnon is the heap alone")
    print("target: ≥ 1,000 articles/s on 2 cores; peak RSS flat in corpus size")
}

/// What one ingest run measured.
struct IngestResult {
    var articles = 0
    var bytes = 0
    var seconds = 0.0
    /// The largest VmRSS sampled during the run, MB.
    var peakRSS = 0.0
    /// The kernel's high-water mark (reset before the run when the kernel allows), MB.
    var hwm = 0.0
    /// The largest anonymous RSS sampled (RssAnon: heap and stacks, without the mapped store file), MB.
    var peakAnon = 0.0
    var actors = 0
    var events = 0
    var rejected = 0
    var firstError: String?
    /// Process CPU time (user + system, all threads), seconds.
    var cpu = 0.0
    /// Time the workers spent decoding and extracting, summed over workers, seconds.
    var extractSeconds = 0.0
    /// Time the writer spent in `ingest(batch:)`, seconds.
    var writeSeconds = 0.0
}

/// One ingest run over the first `count` lines of a corpus into a fresh store.
struct IngestRun {
    let corpus: String
    let count: Int
    let storePath: String
    let batchSize: Int
    let pipeline: ExtractionPipeline
    let budget: Double?

    /// One parsed and extracted article, ready for the writer.
    typealias Item = (document: Document, extraction: Extraction)

    func run() throws -> IngestResult {
        BenchProc.resetHighWaterMark()
        let store = try GraphStore(path: storePath)
        try store.beginBulkLoad()
        let reader = try JSONLReader(path: corpus)
        let tally = IngestTally()
        let writer = DispatchQueue(label: "eventgraph-bench.writer")
        let inFlight = DispatchSemaphore(value: 2)
        let done = DispatchGroup()
        var read = 0
        var bytes = 0
        var peak = BenchProc.rssMB()
        var peakAnon = BenchProc.statusMB("RssAnon")
        let cpu0 = BenchProc.cpuSeconds()
        let start = DispatchTime.now().uptimeNanoseconds
        while read < count {
            if let budget, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 > budget { break }
            let lines = try reader.next(max: min(batchSize, count - read))
            if lines.isEmpty { break }
            read += lines.count
            bytes += lines.reduce(0) { $0 + $1.count }
            let items = extract(lines, tally: tally)
            inFlight.wait()
            writer.async(group: done) {
                defer { inFlight.signal() }
                var batch: [(Document, Extraction)] = []
                batch.reserveCapacity(items.count)
                var failures: [String] = []
                for item in items {
                    switch item {
                    case .success(let pair): batch.append((pair.document, pair.extraction))
                    case .failure(let error): failures.append(error.description)
                    }
                }
                let t0 = DispatchTime.now().uptimeNanoseconds
                defer { tally.addWrite(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9) }
                do {
                    for case .failure(let error) in try store.ingest(batch: batch) { failures.append("\(error)") }
                } catch {
                    failures.append(contentsOf: Array(repeating: "batch not committed: \(error)", count: batch.count))
                }
                tally.add(batch: batch, failures: failures)
            }
            peak = max(peak, BenchProc.rssMB())
            peakAnon = max(peakAnon, BenchProc.statusMB("RssAnon"))
        }
        done.wait()
        let t0 = DispatchTime.now().uptimeNanoseconds
        try store.finishBulkLoad()
        tally.addWrite(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        peak = max(peak, BenchProc.rssMB())
        var result = tally.result
        result.articles = read
        result.bytes = bytes
        result.seconds = seconds
        result.peakRSS = peak
        result.peakAnon = max(peakAnon, BenchProc.statusMB("RssAnon"))
        result.hwm = BenchProc.statusMB("VmHWM")
        result.cpu = BenchProc.cpuSeconds() - cpu0
        return result
    }

    /// Decodes and extracts a chunk of lines in parallel, one iteration per article.
    func extract(_ lines: [Data], tally: IngestTally) -> [Result<Item, BenchError>] {
        let slots = BenchSlots<Result<Item, BenchError>>(count: lines.count)
        let pipeline = self.pipeline
        let t0 = DispatchTime.now().uptimeNanoseconds
        DispatchQueue.concurrentPerform(iterations: lines.count) { i in
            let decoded = CorpusArticle.decode(lines[i])
            slots.set(i, decoded.map { document in (document, pipeline.extract(document)) })
        }
        tally.addExtract(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9)
        return slots.values()
    }
}

/// Counts shared between the writer queue and the reader (behind a lock).
final class IngestTally: @unchecked Sendable {
    private let lock = NSLock()
    private var value = IngestResult()

    func add(batch: [(Document, Extraction)], failures: [String]) {
        lock.lock()
        defer { lock.unlock() }
        for (_, extraction) in batch {
            value.actors += extraction.actors.count
            value.events += extraction.events.count
        }
        value.rejected += failures.count
        if value.firstError == nil { value.firstError = failures.first }
    }

    func addWrite(_ seconds: Double) {
        lock.lock()
        value.writeSeconds += seconds
        lock.unlock()
    }

    func addExtract(_ seconds: Double) {
        lock.lock()
        value.extractSeconds += seconds
        lock.unlock()
    }

    var result: IngestResult {
        lock.lock()
        defer { lock.unlock() }
        return value
    }
}

/// Fixed-size result slots that parallel iterations write at distinct indexes.
final class BenchSlots<T>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<T?>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }

    func set(_ index: Int, _ value: T) { buffer[index] = value }

    func values() -> [T] { buffer.compactMap { $0 } }
}

/// One line of the synthetic corpus (the `gold` field is not read).
struct CorpusArticle: Decodable {
    var id: String
    var title: String?
    var text: String
    var published: String?
    var outlet: String?
    var language: String

    static func decode(_ line: Data) -> Result<Document, BenchError> {
        do {
            let a = try JSONDecoder().decode(CorpusArticle.self, from: line)
            guard let language = LanguageCode(rawValue: a.language) else {
                return .failure(BenchError("article \(a.id): unknown language \(a.language)"))
            }
            return .success(Document(id: a.id, path: a.id, title: a.title, text: a.text,
                                     published: a.published, outlet: a.outlet, language: language))
        } catch {
            return .failure(BenchError("undecodable JSONL line: \(error)"))
        }
    }
}

/// Streams the lines of a file in bounded chunks.
final class JSONLReader {
    private let handle: FileHandle
    private var pending = Data()
    private var atEnd = false

    init(path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw BenchError("cannot read \(path)")
        }
        self.handle = handle
    }

    deinit { try? handle.close() }

    /// Up to `max` non-empty lines; empty at the end of the file.
    func next(max: Int) throws -> [Data] {
        var lines: [Data] = []
        lines.reserveCapacity(max)
        var cursor = 0
        while lines.count < max {
            if let newline = JSONLReader.newline(in: pending, from: cursor) {
                if newline > cursor { lines.append(pending.subdata(in: cursor..<newline)) }
                cursor = newline + 1
                continue
            }
            if atEnd {
                if cursor < pending.count { lines.append(pending.subdata(in: cursor..<pending.count)) }
                cursor = pending.count
                break
            }
            pending = pending.subdata(in: cursor..<pending.count)
            cursor = 0
            let chunk = try handle.read(upToCount: 1 << 20) ?? Data()
            if chunk.isEmpty { atEnd = true } else { pending.append(chunk) }
        }
        pending = pending.subdata(in: cursor..<pending.count)
        return lines
    }

    /// The offset of the first newline at or after `from` (memchr; `Data`'s iterator is slow).
    static func newline(in data: Data, from: Int) -> Int? {
        guard from < data.count else { return nil }
        return data.withUnsafeBytes { raw -> Int? in
            guard let base = raw.baseAddress else { return nil }
            guard let hit = memchr(base + from, 0x0A, raw.count - from) else { return nil }
            return base.distance(to: UnsafeRawPointer(hit))
        }
    }

    /// The number of newlines in `data`.
    static func newlines(in data: Data) -> Int {
        var count = 0
        var from = 0
        while let i = newline(in: data, from: from) {
            count += 1
            from = i + 1
        }
        return count
    }
}

/// The benchmark's one error type.
struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Memory figures of this process, from /proc/self/status (Linux).
enum BenchProc {
    /// A field of /proc/self/status in MB (0 when unavailable).
    static func statusMB(_ field: String) -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix(field + ":") {
            let kb = line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first
            return Double(kb.map(String.init) ?? "") .map { $0 / 1024 } ?? 0
        }
        return 0
    }

    static func rssMB() -> Double { statusMB("VmRSS") }

    /// CPU time of the process (user + system, all threads), seconds.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    /// Resets VmHWM to the current RSS (`echo 5 > /proc/self/clear_refs`); ignored where refused.
    static func resetHighWaterMark() {
        try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
    }
}

/// Temporary folders and file sizes.
enum BenchFiles {
    static func temporaryFolder(_ name: String) throws -> String {
        let path = NSTemporaryDirectory() + "eventgraph-bench-\(ProcessInfo.processInfo.processIdentifier)-\(name)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func megabytes(_ paths: String...) -> Double {
        paths.reduce(0.0) { total, path in
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)??.doubleValue ?? 0
            return total + size / 1_048_576
        }
    }
}

/// The synthetic corpus: generated on demand by `Benchmarks/generate_corpus.py`.
enum BenchCorpus {
    /// Makes sure `path` holds at least `count` articles, generating it otherwise.
    static func ensure(path: String, count: Int, seed: Int) throws {
        if lineCount(path, atLeast: count) >= count { return }
        let script = scriptPath()
        print("generating \(count) articles → \(path)")
        fflush(nil)
        try BenchPython.run([script, "--count", "\(count)", "--seed", "\(seed)", "--out", path])
        guard lineCount(path, atLeast: count) >= count else {
            throw BenchError("the generator wrote fewer than \(count) articles to \(path)")
        }
    }

    /// `Benchmarks/generate_corpus.py`, found from the working directory or the executable.
    static func scriptPath() -> String {
        let candidates = [FileManager.default.currentDirectoryPath + "/Benchmarks/generate_corpus.py"]
            + BenchPython.sourceRelative("generate_corpus.py")
        return candidates.first { FileManager.default.fileExists(atPath: $0) } ?? candidates[0]
    }

    /// Counts lines, stopping once `atLeast` are seen.
    static func lineCount(_ path: String, atLeast: Int) -> Int {
        guard let handle = FileHandle(forReadingAtPath: path) else { return 0 }
        defer { try? handle.close() }
        var lines = 0
        while lines < atLeast, let chunk = try? handle.read(upToCount: 1 << 22), !chunk.isEmpty {
            lines += JSONLReader.newlines(in: chunk)
        }
        return lines
    }
}
