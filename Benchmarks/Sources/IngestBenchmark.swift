// Ingest throughput end to end: read JSONL → extract in parallel → one writer → GraphStore.
//
// Issue 6 target: ≥ 1,000 articles/s of ~4 KB on 2 cores, memory flat in corpus size.
import ArticleReader
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
                          "write s", "end s", "peak RSS MB", "RssAnon MB", "VmHWM MB", "store MB", "actors/art", "events/art",
                          "rejected", "RSS ×", "art/CPU-s ×"]))
    print(BenchTable.rule(18))
    var first: IngestResult?
    for count in counts {
        let storePath = work + "/ingest-\(count).sqlite"
        let result = try IngestRun(corpus: corpus, count: count, storePath: storePath,
                                   batchSize: batchSize, pipeline: pipeline, budget: budgetSeconds).run()
        let storeMB = BenchFiles.megabytes(storePath, storePath + "-wal", storePath + "-shm")
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: storePath + suffix) }
        let n = Double(max(result.articles, 1))
        let base = first ?? result
        if first == nil { first = result }
        let peak = max(result.peakRSS, result.hwm), basePeak = max(base.peakRSS, base.hwm)
        let perCPU = Double(result.articles) / result.cpu, basePerCPU = Double(base.articles) / base.cpu
        print(BenchTable.row([
            "\(result.articles)", BenchTable.f(result.seconds, 2),
            BenchTable.f(Double(result.articles) / result.seconds, 0),
            BenchTable.f(Double(result.bytes) / 1_048_576 / result.seconds, 2),
            BenchTable.f(result.cpu, 1), BenchTable.f(perCPU, 0),
            BenchTable.f(result.extractSeconds, 1), BenchTable.f(result.writeSeconds, 1), BenchTable.f(result.finishSeconds, 1),
            BenchTable.f(result.peakRSS, 0), BenchTable.f(result.peakAnon, 0), BenchTable.f(result.hwm, 0), BenchTable.f(storeMB, 1),
            BenchTable.f(Double(result.actors) / n, 2), BenchTable.f(Double(result.events) / n, 2),
            "\(result.rejected)", BenchTable.f(peak / basePeak, 2), BenchTable.f(perCPU / basePerCPU, 2),
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
          + "ingest(batch:), which overlaps the next chunk's extraction, and in finishBulkLoad(); end s: "
          + "finishBulkLoad() alone (links sorted in, indexes and the full-text index built, checkpoint)")
    print("peak RSS includes what the process maps (binary, resources; the store's pages outside a bulk load); "
          + "RssAnon is the heap alone")
    print("RSS × (the larger of peak RSS and VmHWM) and art/CPU-s × compare with the first row of this run; "
          + "the sizes run one after the other in this process (what an earlier size left in the heap counts "
          + "in a later one's peak), the command's table below runs each in a process of its own")
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
    /// Time the writer spent in `ingest(batch:)` and `finishBulkLoad()`, seconds.
    var writeSeconds = 0.0
    /// Time of `finishBulkLoad()` alone, seconds.
    var finishSeconds = 0.0
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
        let finish = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
        tally.addWrite(finish)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        peak = max(peak, BenchProc.rssMB())
        var result = tally.result
        result.articles = read
        result.bytes = bytes
        result.seconds = seconds
        result.finishSeconds = finish
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
        // The line's string fields without `JSONDecoder` when the reader is sure of them (the
        // decoder builds every value of the `gold` annotation too); else the decoder, as before.
        if let string = String(validating: line, as: UTF8.self), let fields = JSONStringFields.parse(string),
           let id = fields.strings["id"], let text = fields.strings["text"], let language = fields.strings["language"],
           fields.others.isDisjoint(with: ["title", "published", "outlet"]) {
            guard let code = LanguageCode(rawValue: language) else {
                return .failure(BenchError("article \(id): unknown language \(language)"))
            }
            return .success(Document(id: id, path: id, title: fields.strings["title"], text: text,
                                     published: fields.strings["published"], outlet: fields.strings["outlet"],
                                     language: code))
        }
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
