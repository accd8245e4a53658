import ArticleReader
import EventGraphModel
import ExtractionPipeline
import Foundation
import GraphStore

/// Reading, extraction and storing of a batch of inputs: what `ingest` and `build` share.
///
/// Files are listed first, then read, extracted in parallel and stored in chunks, so memory stays
/// flat in the size of the batch. Every rejected input is named with its reason on standard error
/// and the batch goes on; each document is stored in a transaction of its own (a savepoint inside
/// the chunk's transaction), all of it or nothing.
struct Ingestion {
    let pipeline: ExtractionPipeline
    let reader: ArticleReader
    let store: GraphStore
    var chunkSize = 64

    /// What a run did, for the closing summary.
    struct Summary {
        var stored = 0, duplicates = 0, rejected = 0
        var actorsAdded = 0, eventsAdded = 0, edgesAdded = 0

        var line: String {
            "documents: \(stored) stored, \(duplicates) skipped as duplicates, \(rejected) rejected; "
                + "added \(actorsAdded) actors, \(eventsAdded) events, \(edgesAdded) edges"
        }
    }

    /// Ingests files, folders (recursively) and `-` (standard input).
    func run(_ inputs: [String], showProgress: Bool) -> Summary {
        var summary = Summary()
        let files = InputFiles.list(inputs) { rejection in
            Terminal.error(rejection.description)
            summary.rejected += 1
        }
        let progress = IngestProgress(files: files, isEnabled: showProgress)
        var start = 0
        while start < files.count {
            let chunk = Array(files[start..<min(start + chunkSize, files.count)])
            start += chunk.count
            var documents: [Document] = []
            var shares: [Double] = []
            for path in chunk {
                let results = path == "-"
                    ? reader.read(data: FileHandle.standardInput.readDataToEndOfFile(), path: "-")
                    : reader.read(path: path)
                let share = IngestProgress.share(of: path, documents: results.count)
                for result in results {
                    switch result {
                    case .success(let document):
                        documents.append(document)
                        shares.append(share)
                    case .failure(let error):
                        Terminal.error(error.description)
                        summary.rejected += 1
                        progress.advance(documents: 1, bytes: share, stored: summary.stored,
                                         duplicates: summary.duplicates, rejected: summary.rejected)
                    }
                }
            }
            // A file of many articles (JSON Lines) is stored in chunks too, so progress moves within it.
            for first in stride(from: 0, to: documents.count, by: chunkSize) {
                let last = min(first + chunkSize, documents.count)
                store(Array(documents[first..<last]), into: &summary)
                progress.advance(documents: last - first, bytes: shares[first..<last].reduce(0, +),
                                 stored: summary.stored, duplicates: summary.duplicates, rejected: summary.rejected)
            }
        }
        progress.finish()
        return summary
    }

    private func store(_ documents: [Document], into summary: inout Summary) {
        guard !documents.isEmpty else { return }
        let extractions = Self.extractInParallel(documents, pipeline: pipeline)
        let results: [Result<IngestReport, StoreError>]
        do {
            results = try store.ingest(batch: Array(zip(documents, extractions)))
        } catch {
            for document in documents {
                Terminal.error("\(document.path ?? "-"): store failed: \(error)")
            }
            summary.rejected += documents.count
            return
        }
        for (document, result) in zip(documents, results) {
            switch result {
            case .success(let report):
                if report.isDuplicate {
                    summary.duplicates += 1
                } else {
                    summary.stored += 1
                    summary.actorsAdded += report.actorsAdded
                    summary.eventsAdded += report.eventsAdded
                    summary.edgesAdded += report.edgesAdded
                }
            case .failure(let error):
                Terminal.error("\(document.path ?? "-"): store failed: \(error.reason)")
                summary.rejected += 1
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
