import EventGraphModel
import Foundation
import Testing
@testable import GraphStore

@Suite("Graph store · ingest")
struct IngestTests {
    static let text = "President Biden spoke with President Putin by phone on Monday, the White House said."

    static func sample() -> (Document, Extraction) {
        let doc = Fixture.document(text)
        let actors = [
            Fixture.actor("a1", "Biden", key: "gz:joe-biden", en: "Joe Biden", ar: "جو بايدن", affiliation: "a3", in: text),
            Fixture.actor("a2", "Putin", key: "gz:vladimir-putin", en: "Vladimir Putin", in: text),
            Fixture.actor("a3", "United States", kind: .country, key: "gz:united-states", in: text),
            Fixture.actor("a4", "White House", kind: .government, key: "gz:white-house", in: text),
        ]
        let events = [
            Fixture.event("e1", .call, ["a1", "a2"], date: "2022-11-07", reportedBy: ["a4"], text: text),
            Fixture.event("e2", .statement, ["a4"], date: "2022-11-08", text: text),
        ]
        return (doc, Fixture.extraction(doc, actors, events))
    }

    @Test("The schema migrates and an empty store counts nothing")
    func schemaMigrates() throws {
        // Given a fresh store
        let store = try GraphStore.inMemory()
        // Then every table exists and is empty
        let stats = try store.statistics()
        #expect(stats == StoreStatistics(documents: 0, actors: 0, events: 0, edges: 0, reports: 0, mentions: 0, aliases: 0))
        let tables = try store.writer.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type IN ('table') ORDER BY name")
        }
        for table in ["documents", "nodes", "aliases", "links", "members", "affiliations", "reported", "mentions", "reports", "merges",
                      "events", "evidence_fts", "meta"] {
            #expect(tables.contains(table), "missing table \(table)")
        }
    }

    @Test("Ingest stores nodes, edges, mentions and a report per event")
    func ingestStores() throws {
        // Given a store and one document with four actors, a call and a statement
        let store = try GraphStore.inMemory()
        // When it is ingested
        let report = try store.ingest(Self.sample())
        // Then the counts match what the extraction says
        #expect(!report.isDuplicate)
        #expect(report.document.count == 12)
        #expect(report.actorsAdded == 4)
        #expect(report.eventsAdded == 2)
        let stats = try store.statistics()
        #expect(stats.documents == 1)
        #expect(stats.actors == 4)
        #expect(stats.events == 2)
        #expect(stats.reports == 2)
        #expect(stats.mentions == 3)   // "United States" is not in the text
        // participant ×3, interaction ×1, affiliation ×1, reported ×1
        #expect(stats.edges == 6)
        #expect(report.edgesAdded == 6)
        // And the graph carries both labels and the country
        let graph = try store.graph(GraphFilter())
        let biden = try #require(graph.nodes.first { $0.id == "gz:joe-biden" })
        #expect(biden.labelEN == "Joe Biden")
        #expect(biden.labelAR == "جو بايدن")
        #expect(biden.country == "gz:united-states")
        // An actor of an English document without an English name gets its name as the English label
        #expect(graph.nodes.first { $0.id == "gz:white-house" }?.labelEN == "White House")
        #expect(graph.nodes.first { $0.id == "gz:white-house" }?.labelAR == nil)
        #expect(graph.edges.contains { $0.kind == .interaction && $0.type == .call && $0.date == "2022-11-07" })
        #expect(graph.edges.contains { $0.kind == .affiliation && $0.source == "gz:joe-biden" && $0.target == "gz:united-states" })
        #expect(graph.edges.contains { $0.kind == .reported && $0.source == "gz:white-house" })
    }

    @Test("The document key is the first 12 hex digits of the SHA-256 of the text")
    func contentHash() throws {
        #expect(SHA256.hex(of: "") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(of: "abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(of: String(repeating: "a", count: 1000)).hasPrefix("41edece42d63e8d9bf515a9ba6932e1c"))
        // Around the padding's edges (a message of 55 bytes fits one block, 56 needs two) and an Arabic text.
        let vectors = [
            (55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"),
            (56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"),
            (57, "f13b2d724659eb3bf47f2dd6af1accc87b81f09f59f2b75e5c0bed6589dfe8c6"),
            (63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"),
            (64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"),
            (65, "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0"),
            (119, "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"),
            (120, "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c"),
            (4096, "c93eee2d0db02f10acc7460d9576e122dcf8cd53c4bf8dfcae1b3e74ebcfff5a"),
        ]
        for (count, digest) in vectors { #expect(SHA256.hex(of: String(repeating: "a", count: count)) == digest, "\(count)") }
        #expect(SHA256.hex(of: "الرئيس، وزير الخارجية") == "59e03a1b3b72a9a024234bd0b2d259b46b1aaba965b49972fdc69236e2bcb971")
        let store = try GraphStore.inMemory()
        let report = try store.ingest(Self.sample())
        #expect(report.document == String(SHA256.hex(of: Self.text).prefix(12)))
    }

    @Test("Re-ingesting the same text changes nothing")
    func reingestIsNoOp() throws {
        // Given a store holding one document
        let store = try GraphStore.inMemory()
        try store.ingest(Self.sample())
        let before = try store.statistics()
        // When the same text comes again (even from another path)
        var again = Self.sample()
        again.0.path = "elsewhere.txt"
        let report = try store.ingest(again)
        // Then it is reported as a duplicate and nothing changes
        #expect(report.isDuplicate)
        #expect(try store.statistics() == before)
    }

    @Test("A document that fails halfway leaves no rows")
    func failureRollsBack() throws {
        // Given a store with one document
        let store = try GraphStore.inMemory()
        try store.ingest(Self.sample())
        let before = try store.statistics()
        // When a document whose second event names a participant that is not among its actors is ingested
        let text = "Foreign Minister Lavrov met Wang Yi in Beijing."
        let doc = Fixture.document(text)
        let actors = [Fixture.actor("a1", "Lavrov", in: text), Fixture.actor("a2", "Wang Yi", in: text)]
        let events = [Fixture.event("e1", .meet, ["a1", "a2"], text: text),
                      Fixture.event("e2", .talk, ["a1", "a9"], text: text)]
        let error = #expect(throws: StoreError.self) {
            try store.ingest(doc, Fixture.extraction(doc, actors, events))
        }
        // Then the error names the problem and nothing of the document was kept
        #expect(error?.code == .invalidExtraction)
        #expect(error?.description.contains("a9") == true)
        #expect(try store.statistics() == before)
    }

    @Test("In a batch, a failing document rolls back alone")
    func batchSavepoints() throws {
        // Given a batch of a good document, a bad one and another good one
        let store = try GraphStore.inMemory()
        let good1 = Fixture.interaction("Macron called Scholz on Friday.", ("Macron", "person:macron"),
                                        ("Scholz", "person:scholz"), date: "2022-11-04", published: "2022-11-05")
        let badText = "Erdogan visited Baku."
        let badDoc = Fixture.document(badText)
        let bad = (badDoc, Fixture.extraction(badDoc, [Fixture.actor("a1", "Erdogan", in: badText)],
                                              [Fixture.event("e1", .visit, ["a1", "a2"], text: badText)]))
        let good2 = Fixture.interaction("Sunak met Meloni in Rome.", ("Sunak", "person:sunak"),
                                        ("Meloni", "person:meloni"), type: .meet, date: "2022-11-03", published: "2022-11-05")
        // When it is ingested
        let results = try store.ingest(batch: [good1, bad, good2])
        // Then the good documents are stored and the bad one is reported
        #expect(results.count == 3)
        if case .failure(let error) = results[1] { #expect(error.code == .invalidExtraction) } else { Issue.record("expected a failure") }
        #expect((try? results[0].get())?.eventsAdded == 1)
        #expect((try? results[2].get())?.eventsAdded == 1)
        let stats = try store.statistics()
        #expect(stats.documents == 2)
        #expect(stats.actors == 4)
        #expect(try store.resolveActor("Erdogan").isEmpty)
    }

    @Test("A document after a rolled-back one in the same batch does not reuse what the failed one wrote")
    func batchRollbackForgets() throws {
        // Given a batch whose first document creates Erdogan and then fails, and whose second names him again
        let store = try GraphStore.inMemory()
        let badText = "Erdogan visited Baku."
        let badDoc = Fixture.document(badText)
        let bad = (badDoc, Fixture.extraction(badDoc, [Fixture.actor("a1", "Erdogan", aliases: ["Recep Erdogan"], in: badText)],
                                              [Fixture.event("e1", .visit, ["a1", "a2"], text: badText)]))
        let good = Fixture.interaction("Erdogan met Aliyev in Baku.", ("Erdogan", "person:erdogan"), ("Aliyev", "person:aliyev"),
                                       type: .meet, date: "2022-11-01", published: "2022-11-02")
        // When the batch is ingested
        let results = try store.ingest(batch: [bad, good])
        // Then the second document has its own, complete node and edges
        #expect((try? results[1].get())?.actorsAdded == 2)
        #expect(try store.statistics().actors == 2)
        #expect(try store.resolveActor("erdogan") == ["person:erdogan"])
        #expect(try store.resolveActor("Recep Erdogan").isEmpty)
        #expect(try store.talks(TalkFilter(actor: "person:erdogan")).map(\.b) == ["person:aliyev"])
    }

    @Test("A file that is not SQLite is refused with a clear error and left untouched")
    func notADatabase() throws {
        // Given a file of text
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("eventgraph-\(UUID().uuidString).sqlite")
        let garbage = Data("hello, this is not a database at all\n".utf8)
        try garbage.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        // When it is opened as a store
        let error = #expect(throws: StoreError.self) { try GraphStore(path: url.path) }
        // Then the error says so, names the file, and the file is unchanged
        #expect(error?.code == .notADatabase)
        #expect(error?.description.hasPrefix(url.path + ": not a database: ") == true)
        #expect(try Data(contentsOf: url) == garbage)
        #expect(!FileManager.default.fileExists(atPath: url.path + "-wal"))
    }

    @Test("A store file is created, reopened and keeps its data")
    func fileStore() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("eventgraph-\(UUID().uuidString).sqlite")
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: url.path + suffix) } }
        // Given a store on disk with one document
        do {
            let store = try GraphStore(path: url.path)
            try store.ingest(Self.sample())
        }
        // When it is opened again
        let reopened = try GraphStore(path: url.path)
        // Then the data is there and the journal is WAL
        #expect(try reopened.statistics().documents == 1)
        let mode = try reopened.writer.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
        #expect(try reopened.search("phone").count == 2)   // both events cite the sentence
    }
}
