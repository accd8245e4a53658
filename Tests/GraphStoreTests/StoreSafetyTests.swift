import EventGraphModel
import Foundation
import GRDB
import Testing
@testable import GraphStore

/// Opening modes, foreign and damaged files, concurrent writers.
@Suite("Graph store · safety")
struct StoreSafetyTests {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("store-safety-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A store file holding `count` small call reports, closed (checkpointed) when this returns.
    static func filledStore(at path: String, count: Int) throws {
        let store = try GraphStore(path: path)
        let batch = (0..<count).map { i in
            Fixture.interaction("Report \(i): Lavrov called Kerry about item \(i) of the agenda, the ministry said.",
                                ("Lavrov", "gz:sergey-lavrov"), ("Kerry", "gz:john-kerry"), date: "2015-03-\(10 + i % 18)",
                                published: "2015-03-28")
        }
        for case .failure(let error) in try store.ingest(batch: batch) { Issue.record("\(error)") }
    }

    @Test("A query never creates a store: a missing path is named and stays missing")
    func readOnlyMissing() throws {
        let path = try Self.folder().appendingPathComponent("typo.sqlite").path
        let error = #expect(throws: StoreError.self) { try GraphStore(path: path, access: .readOnly) }
        #expect(error?.code == .noStore)
        #expect(error?.description.contains("typo.sqlite") == true)
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test("Another application's SQLite file is refused by queries and ingests and left as it was",
          arguments: [GraphStore.Access.readOnly, .readWrite])
    func foreignSQLite(_ access: GraphStore.Access) throws {
        // Given an SQLite database with a table of its own
        let path = try Self.folder().appendingPathComponent("notes.sqlite").path
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes(body) VALUES ('x')")
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        // When it is opened as a store
        let error = #expect(throws: StoreError.self) { try GraphStore(path: path, access: access) }
        // Then it is refused with the reason, and not one table is added
        #expect(error?.code == .notAStore)
        #expect(error?.description.contains("notes") == true)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        let tables = try DatabaseQueue(path: path).read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        #expect(tables == ["notes"])
    }

    @Test("A damaged store refuses an ingest and is not written to")
    func corruptStore() throws {
        // Given a store whose pages past the schema were overwritten
        let path = try Self.folder().appendingPathComponent("damaged.sqlite").path
        try Self.filledStore(at: path, count: 40)
        let handle = try #require(FileHandle(forUpdatingAtPath: path))
        let size = try handle.seekToEnd()
        #expect(size > 8 * 4096)
        try handle.seek(toOffset: 3 * 4096)
        try handle.write(contentsOf: Data(repeating: 0xA5, count: Int(size) - 4 * 4096))
        try handle.close()
        let damaged = try Data(contentsOf: URL(fileURLWithPath: path))
        // When it is opened for an ingest
        let error = #expect(throws: StoreError.self) { try GraphStore(path: path, access: .readWrite) }
        // Then it is refused as damaged, and the file is as it was
        #expect(error?.code == .corrupt, "\(String(describing: error))")
        #expect(error?.description.contains("damaged.sqlite") == true)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == damaged)
    }

    @Test("A read-only store file is queried without a byte written")
    func readOnlyFile() throws {
        // Given a store, made read-only
        let path = try Self.folder().appendingPathComponent("archive.sqlite").path
        try Self.filledStore(at: path, count: 5)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        // When it is opened for queries
        let store = try GraphStore(path: path, access: .readOnly)
        // Then it answers, refuses writes, and the file is unchanged
        #expect(try store.talks(TalkFilter(actor: "gz:sergey-lavrov")).count == 5)
        #expect(throws: StoreError.self) { try store.merge("gz:john-kerry", into: "gz:sergey-lavrov") }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test("Four writers at once into one store keep every document exactly once")
    func concurrentWriters() async throws {
        // Given one store file and four writers, each with its own connection and its own quarter
        let path = try Self.folder().appendingPathComponent("shared.sqlite").path
        _ = try GraphStore(path: path)
        let quarters = (0..<4).map { q in
            (0..<60).map { i in
                Fixture.interaction("Writer \(q), report \(i): Lavrov called Kerry, the ministry said.",
                                    ("Lavrov", "gz:sergey-lavrov"), ("Kerry", "gz:john-kerry"),
                                    date: "201\(q)-0\(1 + i / 20)-\(10 + i % 20)", published: "201\(q)-04-28")
            }
        }
        // When they ingest in small batches, at the same time
        try await withThrowingTaskGroup(of: Int.self) { group in
            for quarter in quarters {
                group.addTask {
                    let store = try GraphStore(path: path)
                    var stored = 0
                    for start in stride(from: 0, to: quarter.count, by: 5) {
                        for case .success(let report) in try store.ingest(batch: Array(quarter[start..<start + 5]))
                        where !report.isDuplicate { stored += 1 }
                    }
                    return stored
                }
            }
            var total = 0
            for try await stored in group { total += stored }
            // Then every document is stored, once
            #expect(total == 240)
        }
        let stats = try GraphStore(path: path, access: .readOnly).statistics()
        #expect(stats.documents == 240)
        #expect(stats.events == 240)
    }

    struct Variant: Sendable, CustomTestStringConvertible {
        var name: String
        var text: String
        var testDescription: String { name }
    }

    static let article = "Lavrov met Kerry in Geneva.\nThe ministers discussed Syria, said the café’s owner.\n"

    @Test("Byte-level variants of one text are one document", arguments: [
        Variant(name: "CRLF line endings", text: article.replacingOccurrences(of: "\n", with: "\r\n")),
        Variant(name: "no trailing newline", text: String(article.dropLast())),
        Variant(name: "two trailing newlines and spaces", text: article + "  \n\n"),
        Variant(name: "NBSP for spaces", text: article.replacingOccurrences(of: "Lavrov met", with: "Lavrov\u{00A0}met")),
        Variant(name: "NFD (decomposed accents)", text: article.decomposedStringWithCanonicalMapping),
        Variant(name: "tabs and double spaces", text: article.replacingOccurrences(of: " Kerry", with: "\t Kerry")),
        Variant(name: "a byte-order mark", text: "\u{FEFF}" + article),
        Variant(name: "paragraphs as blank lines (HTML read as text)", text: article.replacingOccurrences(of: "\n", with: "\n\n")),
    ])
    func contentIdentity(_ variant: Variant) throws {
        #expect(variant.text.unicodeScalars.elementsEqual(Self.article.unicodeScalars) == false)
        #expect(ContentIdentity.hash(variant.text) == ContentIdentity.hash(Self.article))
        // Given a store holding the article
        let store = try GraphStore.inMemory()
        let a = ("Lavrov", "gz:sergey-lavrov"), b = ("Kerry", "gz:john-kerry")
        try store.ingest(Fixture.interaction(Self.article, a, b, date: "2015-03-10", published: "2015-03-11"))
        // When the variant comes
        let report = try store.ingest(Fixture.interaction(variant.text, a, b, date: "2015-03-10", published: "2015-03-11"))
        // Then it is a duplicate
        #expect(report.isDuplicate)
        #expect(try store.statistics().documents == 1)
    }

    @Test("Texts that differ in a letter, a digit or an Arabic mark are different documents", arguments: [
        "Lavrov met Kerry in Geneva.\nThe ministers discussed Syria, said the cafe’s owner.\n",
        "Lavrov met Kerry in Geneva.\nThe ministers discussed Syria, said the café’s owners.\n",
        "Lavrov met Kerry in Geneva 2.\nThe ministers discussed Syria, said the café’s owner.\n",
        "LavrovmetKerry in Geneva.\nThe ministers discussed Syria, said the café’s owner.\n",
    ])
    func contentDiffers(_ text: String) {
        #expect(ContentIdentity.hash(text) != ContentIdentity.hash(Self.article))
        #expect(ContentIdentity.hash("قال لافروف") != ContentIdentity.hash("قالَ لافروف"))
    }
}

extension GraphStore.Access: CustomTestStringConvertible {
    public var testDescription: String { self == .readOnly ? "read-only" : "read-write" }
}
