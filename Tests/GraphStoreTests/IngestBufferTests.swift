import EventGraphModel
import Foundation
import GRDB
import Testing
@testable import GraphStore

/// Rows written at the end of an ingest transaction (node counts and labels, mentions) and what
/// one transaction leaves to the next are the same as when each document wrote its own.
@Suite("Graph store · rows written together")
struct IngestBufferTests {
    /// Node rows and mention rows of a store file, one line each.
    static func rows(_ path: String) throws -> [String] {
        let queue = try DatabaseQueue(path: path)
        return try queue.read { db in
            try Row.fetchAll(db, sql: """
                SELECT key, label, label_en, label_ar, languages, documents FROM nodes ORDER BY id
                """).map { "\($0)" }
                + Row.fetchAll(db, sql: "SELECT node, document, count, offsets FROM mentions ORDER BY node, document").map { "\($0)" }
                + Row.fetchAll(db, sql: "SELECT kind, form, node FROM aliases ORDER BY node, form").map { "\($0)" }
        }
    }

    static func file(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("buffer-\(name)-\(UUID().uuidString.prefix(8)).sqlite").path
    }

    static func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    /// Documents naming Putin by a short and a fuller name, one twice in one document (two actors
    /// of one key), one in Arabic, and one that fails after its actors.
    static func documents() -> [(Document, Extraction)] {
        let a = "Putin met Xi in Moscow."
        let b = "Vladimir Putin and Putin's aide called Xi Jinping."
        let c = "بوتين التقى شي في موسكو."
        let bad = "Putin visited Minsk."
        let ad = Fixture.document(a), bd = Fixture.document(b), cd = Fixture.document(c, language: .ar)
        let badDoc = Fixture.document(bad)
        return [
            (ad, Fixture.extraction(ad, [Fixture.actor("a1", "Putin", key: "gz:putin", in: a),
                                         Fixture.actor("a2", "Xi", key: "gz:xi", in: a)],
                                    [Fixture.event("e1", .meet, ["a1", "a2"], date: "2022-11-01", text: a)])),
            (badDoc, Fixture.extraction(badDoc, [Fixture.actor("a1", "Putin Vladimirovich", key: "gz:putin", in: bad)],
                                        [Fixture.event("e1", .visit, ["a1", "a9"], text: bad)])),
            (bd, Fixture.extraction(bd, [Fixture.actor("a1", "Vladimir Putin", key: "gz:putin", in: b),
                                         Fixture.actor("a2", "Putin", key: "gz:putin", in: b),
                                         Fixture.actor("a3", "Xi Jinping", key: "gz:xi", in: b)],
                                    [Fixture.event("e1", .call, ["a1", "a3"], date: "2022-11-03", text: b)])),
            (cd, Fixture.extraction(cd, [Fixture.actor("a1", "بوتين", key: "gz:putin", in: c),
                                         Fixture.actor("a2", "شي", key: "gz:xi", in: c)],
                                    [Fixture.event("e1", .meet, ["a1", "a2"], date: "2022-11-05", text: c)])),
        ]
    }

    @Test("A batch stores the node counts, labels and mentions of one document after another")
    func batchMatchesOneByOne() throws {
        // Given the documents ingested one by one, and as one batch
        let single = Self.file("single"), batch = Self.file("batch")
        defer { Self.remove(single); Self.remove(batch) }
        let one = try GraphStore(path: single)
        for pair in Self.documents() { _ = try? one.ingest(pair) }
        let results = try GraphStore(path: batch).ingest(batch: Self.documents())
        // Then the failed document left nothing, and both stores hold the same rows
        #expect(results.map { (try? $0.get()) == nil } == [false, true, false, false])
        let rows = try Self.rows(batch)
        #expect(rows == (try Self.rows(single)))
        #expect(rows.contains { $0.contains("Vladimir Putin") && $0.contains("documents:3") })
    }

    @Test("What an ingest knew is not trusted after another connection wrote")
    func memoDroppedAfterForeignWrite() throws {
        // Given a store file with Putin, and a later write by another connection that removes his node
        // (with its keys, aliases and mentions)
        let path = Self.file("memo")
        defer { Self.remove(path) }
        let store = try GraphStore(path: path)
        let docs = Self.documents()
        try store.ingest(docs[0])
        let other = try DatabaseQueue(path: path)
        try other.write { db in
            try db.execute(sql: "DELETE FROM nodes WHERE key = 'gz:putin'")
        }
        try other.close()
        // When the first store ingests another document naming him
        _ = try store.ingest(batch: [docs[2]])
        // Then it looked the key up again: a new node with its key, aliases and mentions
        let rows = try Self.rows(path)
        #expect(rows.filter { $0.contains("key:\"gz:putin\"") }.count == 1)
        #expect(rows.contains { $0.contains("form:\"vladimir putin\"") })
        #expect(try store.statistics().mentions == 5)
        #expect(try store.resolveActor("gz:putin").count == 1)
    }

    @Test("What an ingest knew is not kept past its limit, and the rows are the same as with it")
    func memoPastItsLimit() throws {
        // Given the documents ingested one batch each into a store that keeps what it knew, and into
        // one whose memo may hold only three keys and aliases
        let kept = Self.file("kept"), bounded = Self.file("bounded")
        defer { Self.remove(kept); Self.remove(bounded) }
        let keeping = try GraphStore(path: kept), limited = try GraphStore(path: bounded)
        limited.ingestMemo.limit = 3
        var states: [Bool] = []
        for pair in Self.documents() {
            _ = try keeping.ingest(batch: [pair])
            _ = try limited.ingest(batch: [pair])
            states.append(limited.ingestMemo.current != nil)
        }
        // Then the limited store dropped its memo after each batch that taught it more than three
        // keys and aliases (the failed document's batch taught nothing: an empty memo is kept), the
        // other kept its memo, and both hold the same rows
        #expect(states == [false, true, false, false])
        #expect(keeping.ingestMemo.current != nil)
        #expect(try Self.rows(bounded) == (try Self.rows(kept)))
        #expect(try limited.statistics() == (try keeping.statistics()))
    }
}

