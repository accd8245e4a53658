import EventGraphModel
import Foundation
import GRDB
import Testing
@testable import GraphStore

/// The bulk path of a first large ingest gives the same store as document-by-document ingest.
@Suite("Graph store · bulk load")
struct BulkLoadTests {
    /// Interactions (one of three parties, one refined by a later dated report), a statement, an
    /// undated talk: what exercises links, members, refinement and the full-text index.
    static func documents() -> [(Document, Extraction)] {
        let lavrov = ("Lavrov", "gz:sergey-lavrov"), kerry = ("Kerry", "gz:john-kerry"), zarif = ("Zarif", "gz:javad-zarif")
        var out = [
            Fixture.interaction("Lavrov called Kerry in March.", lavrov, kerry, date: "2015-03", published: "2015-04-02"),
            Fixture.interaction("Lavrov called Kerry on March 14.", lavrov, kerry, date: "2015-03-14", published: "2015-03-15"),
            Fixture.interaction("Kerry met Zarif in Lausanne.", kerry, zarif, type: .meet, date: "2015-03-30", published: "2015-03-31"),
            Fixture.interaction("Zarif and Lavrov held talks.", zarif, lavrov, type: .talk, date: nil, published: "2015-04-20"),
        ]
        let m = "Lavrov, Kerry and Zarif met in Vienna."
        let md = Fixture.document(m, published: "2015-07-14")
        out.append((md, Fixture.extraction(md, [
            Fixture.actor("a1", "Lavrov", key: "gz:sergey-lavrov", in: m), Fixture.actor("a2", "Kerry", key: "gz:john-kerry", in: m),
            Fixture.actor("a3", "Zarif", key: "gz:javad-zarif", in: m),
        ], [Fixture.event("e1", .meet, ["a1", "a2", "a3"], date: "2015-07-14", text: m)])))
        let s = "Kerry said the deal would hold."
        let sd = Fixture.document(s, published: "2015-07-15")
        out.append((sd, Fixture.extraction(sd, [Fixture.actor("a1", "Kerry", key: "gz:john-kerry", in: s)],
                                           [Fixture.event("e1", .statement, ["a1"], date: "2015-07-15", text: s)])))
        return out
    }

    /// Everything the store answers about these documents.
    static func answers(_ store: GraphStore) throws -> [String] {
        var lines = try store.events(EventFilter()).map { "\($0)" }
        lines += try store.talks(TalkFilter()).map { "\($0)" }
        for actor in ["gz:sergey-lavrov", "gz:john-kerry", "gz:javad-zarif"] {
            lines += try store.talks(TalkFilter(actor: actor, from: "2015-03", to: "2015-12")).map { "\($0)" }
            lines += try store.events(EventFilter(actor: actor)).map { "\($0.event)" }
        }
        lines += try store.search("Vienna").map { "\($0)" }
        lines += try store.search("called").map { "\($0.event) \($0.source.document)" }
        lines.append("\(try store.graph(GraphFilter()))")
        lines.append("\(try store.path(from: "gz:sergey-lavrov", to: "gz:javad-zarif") ?? [])")
        lines.append("\(try store.statistics())")
        return lines
    }

    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bulk-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test("A bulk load answers exactly as one document after another")
    func sameAnswers() throws {
        // Given the same documents stored one by one, and in two batches of a bulk load
        let plain = try GraphStore.inMemory()
        for pair in Self.documents() { try plain.ingest(pair) }
        let bulk = try GraphStore.inMemory()
        #expect(try bulk.beginBulkLoad())
        let docs = Self.documents()
        _ = try bulk.ingest(batch: Array(docs.prefix(3)))
        _ = try bulk.ingest(batch: Array(docs.dropFirst(3)))
        try bulk.finishBulkLoad()
        // Then every answer is the same
        #expect(try Self.answers(bulk) == Self.answers(plain))
        #expect(try bulk.talks(TalkFilter(actor: "gz:sergey-lavrov")).count == 4)
    }

    @Test("A bulk load leaves a file without free pages, with the same answers")
    func compacted() throws {
        // Given a store file filled by a bulk load (its end drops the staging table and merges the
        // full-text index's segments, which frees pages)
        let plain = try GraphStore.inMemory()
        for pair in Self.documents() { try plain.ingest(pair) }
        let path = try Self.folder().appendingPathComponent("store.sqlite").path
        let store = try GraphStore(path: path)
        #expect(try store.beginBulkLoad())
        _ = try store.ingest(batch: Self.documents())
        // When the load ends
        try store.finishBulkLoad()
        // Then no page is free and every answer is what one document after another gives
        let free = try store.writer.read { db in try Int.fetchOne(db, sql: "PRAGMA freelist_count") }
        #expect(free == 0)
        #expect(try Self.answers(store) == Self.answers(plain))
    }

    @Test("A bulk load starts only on an empty store")
    func onlyWhenEmpty() throws {
        let store = try GraphStore.inMemory()
        try store.ingest(Self.documents()[0])
        #expect(try !store.beginBulkLoad())
    }

    @Test("A bulk load whose process died is finished by the next writer")
    func orphanFinished() throws {
        // Given a store left mid-load by a process that no longer runs
        let path = try Self.folder().appendingPathComponent("store.sqlite").path
        do {
            let store = try GraphStore(path: path)
            #expect(try store.beginBulkLoad())
            _ = try store.ingest(batch: Self.documents())
            try store.writer.write { db in
                try db.execute(sql: "UPDATE meta SET value = 2147483000 WHERE key = 'bulk'")
            }
        }
        // When it is opened again, for a query
        let reopened = try GraphStore(path: path, access: .readOnly)
        // Then the load was finished: links, indexes and the full-text index are all there
        #expect(try reopened.talks(TalkFilter(actor: "gz:sergey-lavrov")).count == 4)
        #expect(try reopened.search("Vienna").count == 1)
        let pending = try reopened.writer.read { db in try Bulk.isActive(db) }
        #expect(!pending)
    }

    /// The writer connection's page cache, memory map and temporary storage settings.
    static func writerSettings(_ store: GraphStore) throws -> [Int] {
        try store.writer.writeWithoutTransaction { db in
            try ["cache_size", "mmap_size", "temp_store", "wal_autocheckpoint"].map {
                try Int.fetchOne(db, sql: "PRAGMA \($0)") ?? -1
            }
        }
    }

    @Test("A bulk load's writer has a page cache of fixed size, no memory map and journals in memory, then its own settings again")
    func boundedWriterSettings() throws {
        // Given a new store file with the settings of every connection
        let path = try Self.folder().appendingPathComponent("store.sqlite").path
        let store = try GraphStore(path: path)
        let normal = try Self.writerSettings(store)
        #expect(normal == [-65536, 2147418112, 2, 1000])
        // When a bulk load runs
        #expect(try store.beginBulkLoad())
        let loading = try Self.writerSettings(store)
        _ = try store.ingest(batch: Self.documents())
        try store.finishBulkLoad()
        // Then while it ran, memory did not depend on the store's size: 64 MiB of cache, no map,
        // temporary data in memory (temp_store 2: a document's savepoint journal); after it, the
        // connection's settings are back
        #expect(loading == [-65536, 0, 2, 16384])
        #expect(try Self.writerSettings(store) == normal)
        #expect(try store.talks(TalkFilter(actor: "gz:sergey-lavrov")).count == 4)
        #expect(try store.search("Vienna").count == 1)
    }
}
