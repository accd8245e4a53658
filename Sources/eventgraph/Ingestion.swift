import ArticleReader
import EventGraphModel
import ExtractionPipeline
import Foundation
import GraphStore

/// Reading, extraction and storing of a batch of inputs: what `ingest` and `build` share.
///
/// Files are listed first, then read and extracted in chunks on every core while one writer
/// thread stores the previous chunk (at most two chunks wait for it: the reading thread waits
/// when they do), so the writer never waits for extraction when it can help it and memory stays
/// flat in the size of the batch: at most three chunks of documents and extractions (two with the
/// writer, one extracted and waiting for a place), one input file's articles, and the store's
/// page cache, of fixed size in a bulk load. Every
/// rejected input is named with its reason on standard error and the batch goes on; each document
/// is stored in a transaction of its own (a savepoint inside the chunk's transaction), all of it
/// or nothing.
struct Ingestion {
    let pipeline: ExtractionPipeline
    let reader: ArticleReader
    let store: GraphStore
    /// Documents per extraction chunk and per store transaction.
    var chunkSize = 256

    /// What a run did, for the closing summary.
    struct Summary: Sendable {
        var stored = 0, duplicates = 0, rejected = 0
        var actorsAdded = 0, eventsAdded = 0, edgesAdded = 0

        var line: String {
            "documents: \(stored) stored, \(duplicates) skipped as duplicates, \(rejected) rejected; "
                + "added \(actorsAdded) actors, \(eventsAdded) events, \(edgesAdded) edges"
        }
    }

    /// Ingests files, folders (recursively) and `-` (standard input).
    func run(_ inputs: [String], showProgress: Bool) -> Summary {
        let tally = Tally()
        let files = InputFiles.list(inputs) { rejection in
            Terminal.error(rejection.description)
            tally.update { $0.rejected += 1 }
        }
        // Into an empty store, the bulk path: links sorted in and indexes built once, at the end.
        let bulk: Bool
        do {
            bulk = try store.beginBulkLoad()
        } catch {
            Terminal.error("\(error)")
            bulk = false
        }
        // Chunks stay small in a bulk load too: what waits for the writer (documents and their
        // extractions, up to three chunks) is most of the memory an ingest holds beyond the store's page cache.
        // The writer queue is serial: progress is only ever drawn from it.
        let progress = SerialProgress(IngestProgress(files: files, isEnabled: showProgress))
        let writer = DispatchQueue(label: "eventgraph.ingest.writer")
        let waiting = DispatchSemaphore(value: 2)
        let written = DispatchGroup()
        var pending: [Document] = []
        var shares: [Double] = []
        func flush() {
            guard !pending.isEmpty else { return }
            let documents = pending, done = shares.reduce(0, +)
            pending = []
            shares = []
            let extractions = Self.extractInParallel(documents, pipeline: pipeline)
            waiting.wait()
            writer.async(group: written) { [store] in
                defer { waiting.signal() }
                Self.store(documents, extractions, into: store, tally: tally)
                let s = tally.summary
                progress.value.advance(documents: documents.count, bytes: done, stored: s.stored, duplicates: s.duplicates,
                                 rejected: s.rejected)
            }
        }
        for path in files {
            let results = path == "-"
                ? reader.read(data: FileHandle.standardInput.readDataToEndOfFile(), path: "-")
                : reader.read(path: path)
            let share = IngestProgress.share(of: path, documents: results.count)
            for result in results {
                switch result {
                case .success(let document):
                    pending.append(document)
                    shares.append(share)
                    // A file of many articles (JSON Lines) is stored in chunks too, so progress moves within it.
                    if pending.count >= chunkSize { flush() }
                case .failure(let error):
                    Terminal.error(error.description)
                    tally.update { $0.rejected += 1 }
                    writer.async(group: written) {
                        let s = tally.summary
                        progress.value.advance(documents: 1, bytes: share, stored: s.stored, duplicates: s.duplicates,
                                         rejected: s.rejected)
                    }
                }
            }
        }
        flush()
        written.wait()
        if bulk {
            do {
                try store.finishBulkLoad()
            } catch {
                // The documents are stored; the next ingest into this store finishes the load.
                Terminal.error("\(error)")
            }
        }
        progress.value.finish()
        return tally.summary
    }

    /// Stores one extracted chunk in one transaction and counts what happened.
    private static func store(_ documents: [Document], _ extractions: [Extraction], into store: GraphStore, tally: Tally) {
        let results: [Result<IngestReport, StoreError>]
        do {
            results = try store.ingest(batch: Array(zip(documents, extractions)))
        } catch {
            for document in documents {
                Terminal.error("\(document.path ?? "-"): store failed: \(error)")
            }
            tally.update { $0.rejected += documents.count }
            return
        }
        for (document, result) in zip(documents, results) {
            switch result {
            case .success(let report):
                tally.update { summary in
                    if report.isDuplicate {
                        summary.duplicates += 1
                    } else {
                        summary.stored += 1
                        summary.actorsAdded += report.actorsAdded
                        summary.eventsAdded += report.eventsAdded
                        summary.edgesAdded += report.edgesAdded
                    }
                }
            case .failure(let error):
                Terminal.error("\(document.path ?? "-"): store failed: \(error.reason)")
                tally.update { $0.rejected += 1 }
            }
        }
    }

    /// Extracts documents on every core; the pipeline is an immutable `Sendable` value.
    static func extractInParallel(_ documents: [Document], pipeline: ExtractionPipeline) -> [Extraction] {
        let results = ResultSlots<Extraction>(count: documents.count)
        DispatchQueue.concurrentPerform(iterations: documents.count) { i in
            results.set(i, pipeline.extract(documents[i]))
        }
        return results.values()
    }
}

/// The progress display, used by the writer queue alone (and by the reading thread once the writer is done).
final class SerialProgress: @unchecked Sendable {
    let value: IngestProgress

    init(_ value: IngestProgress) { self.value = value }
}

/// The running summary, shared by the reading thread and the writer.
final class Tally: @unchecked Sendable {
    private var value = Ingestion.Summary()
    private let lock = NSLock()

    func update(_ change: (inout Ingestion.Summary) -> Void) {
        lock.lock()
        change(&value)
        lock.unlock()
    }

    var summary: Ingestion.Summary {
        lock.lock()
        defer { lock.unlock() }
        return value
    }
}

/// Fixed slots that parallel workers fill, one slot each.
final class ResultSlots<T: Sendable>: @unchecked Sendable {
    private var slots: [T?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ value: T) {
        lock.lock()
        slots[i] = value
        lock.unlock()
    }

    func values() -> [T] { slots.compactMap { $0 } }
}

/// Expands the command's inputs into the files to read.
enum InputFiles {
    /// Files in order: each argument as given, folders walked recursively in name order, hidden
    /// entries skipped; what a folder holds that is no regular file (a named pipe, a dangling link,
    /// a link loop) is reported through `reject`, never opened, and the rest goes on.
    static func list(_ inputs: [String], reject: (InputError) -> Void) -> [String] {
        ArticleReader.files(in: inputs).compactMap { entry in
            switch entry {
            case .success(let path): return path
            case .failure(let error): reject(error); return nil
            }
        }
    }
}
