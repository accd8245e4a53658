import EventGraphModel
import Foundation
import GRDB
import Testing
@testable import GraphStore

/// Document texts compressed with the store's dictionary at the end of a bulk load (``StoredText``, `v10`).
@Suite("Graph store · stored texts")
struct StoredTextTests {
    static let people = ["Lavrov", "Kerry", "Zarif", "Shoukry", "Blinken", "Wang", "Faisal", "لافروف", "شكري", "ظريف"]

    /// `count` reports of calls between two of ten people (some named in Arabic), each a document of its own.
    static func documents(_ count: Int) -> [(Document, Extraction)] {
        (0..<count).map { i in
            let a = people[i % people.count], b = people[(i * 7 + 3) % people.count]
            let other = a == b ? people[(i + 1) % people.count] : b
            let day = String(format: "2015-%02d-%02d", 1 + i % 12, 1 + i % 28)
            let text = "\(a) called \(other) on \(day) about report \(i), officials said."
            return Fixture.interaction(text, (a, "t:\(a)"), (other, "t:\(other)"), date: day, published: day)
        }
    }

    /// What the store answers about these documents.
    static func answers(_ store: GraphStore) throws -> [String] {
        var lines = try store.events(EventFilter(limit: 300)).map { "\($0)" }
        lines += try store.talks(TalkFilter(actor: "t:Lavrov", from: "2015-02", to: "2015-06")).map { "\($0)" }
        lines += try store.talks(TalkFilter(actor: "t:شكري")).map { "\($0)" }
        lines += try store.search("officials report").map { "\($0)" }
        lines += try store.search("شكري").map { "\($0)" }
        return lines
    }

    static func texts(_ store: GraphStore) throws -> [String] {
        try store.writer.read { db in try String.fetchAll(db, sql: "SELECT eventgraph_text(text) FROM documents ORDER BY id") }
    }

    static func types(_ store: GraphStore) throws -> [String] {
        try store.writer.read { db in try String.fetchAll(db, sql: "SELECT DISTINCT typeof(text) FROM documents") }
    }

    @Test("A bulk load of many documents ends with its texts compressed, read and answered as plain ones")
    func compressedAtTheEnd() throws {
        // Given the same documents in a store filled without a bulk load and one filled by a bulk load
        let docs = Self.documents(StoredText.minimumTexts + 200)
        let plain = try GraphStore.inMemory()
        _ = try plain.ingest(batch: docs)
        let bulk = try GraphStore.inMemory()
        #expect(try bulk.beginBulkLoad())
        _ = try bulk.ingest(batch: Array(docs.prefix(700)))
        _ = try bulk.ingest(batch: Array(docs.dropFirst(700)))
        // (fewer than `trainingTexts`: nothing is trained before the end)
        #expect(try Self.types(bulk) == ["text"])
        // When the load ends
        try bulk.finishBulkLoad()
        // Then the store has a dictionary, every text is compressed and shorter, and reads back whole
        #expect(try Self.types(plain) == ["text"])
        #expect(try Self.types(bulk) == ["blob"])
        let bytes = try bulk.writer.read { db in
            try Row.fetchOne(db, sql: "SELECT SUM(length(text)), SUM(length(eventgraph_text(text))), (SELECT COUNT(*) FROM text_dictionary) FROM documents")
        }
        #expect((bytes?[0] as Int? ?? .max) < (bytes?[1] as Int? ?? 0) / 2)
        #expect(bytes?[2] as Int? == 1)
        #expect(try Self.texts(bulk) == Self.texts(plain))
        #expect(try Self.texts(bulk).first == docs[0].0.text)
        // And every answer (titles, evidence, search hits and their ranks) is the same
        #expect(try Self.answers(bulk) == Self.answers(plain))
    }

    @Test("A bulk load trains its dictionary once it holds enough documents, and stores the later ones compressed as they come")
    func trainedDuringTheLoad() throws {
        // Given a bulk load whose first transaction brings `trainingTexts` documents
        let docs = Self.documents(StoredText.trainingTexts + 300)
        let store = try GraphStore.inMemory()
        #expect(try store.beginBulkLoad())
        _ = try store.ingest(batch: Array(docs.prefix(StoredText.trainingTexts)))
        // Then the store has its dictionary and those texts are compressed before the load ends
        #expect(try store.writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM text_dictionary") } == 1)
        #expect(try Self.types(store) == ["blob"])
        // When the next documents come, one transaction of many and one of one
        _ = try store.ingest(batch: Array(docs.dropFirst(StoredText.trainingTexts).dropLast()))
        try store.ingest(docs[docs.count - 1].0, docs[docs.count - 1].1)
        // Then they are written compressed, before the load ends
        #expect(try Self.types(store) == ["blob"])
        try store.finishBulkLoad()
        // And the texts and every answer are those of the same documents stored plain
        let plain = try GraphStore.inMemory()
        _ = try plain.ingest(batch: docs)
        #expect(try Self.texts(store) == Self.texts(plain))
        #expect(try Self.answers(store) == Self.answers(plain))
    }

    /// `count` documents of ~4.6 kB each (a report, then words drawn from a list by the document's
    /// number), whose texts fill the dictionary's sample after about 900 of them.
    static func longDocuments(_ count: Int) -> [(Document, Extraction)] {
        let words = ["talks", "minister", "Vienna", "nuclear", "agreement", "officials", "said", "envoy", "الرياض",
                     "المحادثات", "وزير", "الخارجية", "sanctions", "summit", "border", "trade", "ceasefire", "القاهرة"]
        return documents(count).enumerated().map { i, pair in
            let (doc, extraction) = pair
            var filler = ""
            var x = UInt64(i) &* 0x9E37_79B9_7F4A_7C15
            for k in 0..<560 {
                x = x &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                filler += (k % 14 == 0 ? ".\n" : " ") + words[Int(x >> 59) % words.count]
            }
            var document = doc
            document.text = doc.text + filler    // after the evidence: its offsets stay
            return (document, extraction)
        }
    }

    @Test("A load trains as soon as its first texts fill the sample, on the texts the end would train on")
    func trainedOnceTheSampleIsFull() throws {
        // Given the same long documents loaded in transactions of 256, and in one transaction
        let docs = Self.longDocuments(StoredText.minimumTexts + 300)
        let chunked = try GraphStore.inMemory()
        #expect(try chunked.beginBulkLoad())
        var start = 0
        var trainedAt: Int?
        while start < docs.count {
            _ = try chunked.ingest(batch: Array(docs[start..<min(docs.count, start + 256)]))
            start += 256
            if trainedAt == nil, try chunked.writer.read({ try StoredText.hasDictionary($0) }) { trainedAt = start }
        }
        let whole = try GraphStore.inMemory()
        #expect(try whole.beginBulkLoad())
        _ = try whole.ingest(batch: docs)
        // and one document a transaction (the texts' bytes summed every `sampleCheckStep` documents)
        let single = try GraphStore.inMemory()
        #expect(try single.beginBulkLoad())
        var singleTrainedAt: Int?
        for (i, doc) in docs.enumerated() {
            _ = try single.ingest(doc.0, doc.1)
            if singleTrainedAt == nil, try single.writer.read({ try StoredText.hasDictionary($0) }) { singleTrainedAt = i + 1 }
        }
        // Then the chunked load trained at its first transaction past `minimumTexts`, before its end,
        // and the single one at the first multiple of `sampleCheckStep` past it
        #expect(trainedAt == 1_024)
        #expect(singleTrainedAt == 1_024)
        try chunked.finishBulkLoad()
        try whole.finishBulkLoad()
        try single.finishBulkLoad()
        // And the stores hold the same dictionary and the same bytes for every text
        let stored = { (store: GraphStore) in
            try store.writer.read { db in
                try [Data](Data.fetchAll(db, sql: "SELECT bytes FROM text_dictionary")) + Data.fetchAll(db, sql: "SELECT CAST(text AS BLOB) FROM documents ORDER BY id")
            }
        }
        #expect(try stored(chunked) == stored(whole))
        #expect(try stored(single) == stored(whole))
        #expect(try Self.types(chunked) == ["blob"])
        #expect(try Self.texts(chunked) == docs.map(\.0.text))
    }

    @Test("A document ingested after the load is stored compressed with the store's dictionary")
    func laterIngestCompressed() throws {
        // Given a store whose bulk load trained a dictionary
        let docs = Self.documents(StoredText.minimumTexts + 10)
        let store = try GraphStore.inMemory()
        #expect(try store.beginBulkLoad())
        _ = try store.ingest(batch: Array(docs.dropLast()))
        try store.finishBulkLoad()
        // When one more document is ingested, outside a load
        try store.ingest(docs[docs.count - 1])
        // Then it is compressed too and reads back as it was
        let last = try store.writer.read { db in
            try Row.fetchOne(db, sql: "SELECT typeof(text), eventgraph_text(text) FROM documents ORDER BY id DESC LIMIT 1")
        }
        #expect(last?[0] as String? == "blob")
        #expect(last?[1] as String? == docs[docs.count - 1].0.text)
        #expect(try store.talks(TalkFilter(actor: "t:\(Self.people[(docs.count - 1) % Self.people.count])")).contains {
            $0.sources.contains { $0.evidence == docs[docs.count - 1].0.text }
        })
    }

    @Test("A bulk load of few documents keeps its texts plain")
    func fewStayPlain() throws {
        let store = try GraphStore.inMemory()
        #expect(try store.beginBulkLoad())
        _ = try store.ingest(batch: Self.documents(StoredText.minimumTexts - 1))
        try store.finishBulkLoad()
        #expect(try Self.types(store) == ["text"])
        #expect(try store.writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM text_dictionary") } == 0)
    }

    /// A text to compress, shown by its name.
    struct Sample: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        var testDescription: String { name }
    }

    @Test("Texts compress and decompress whole: empty, Arabic, with NUL, longer than the dictionary",
          arguments: [Sample(name: "empty", text: ""), Sample(name: "Arabic", text: "لافروف وشكري"),
                      Sample(name: "NUL", text: "a\u{0}b"),
                      Sample(name: "108 kB", text: String(repeating: "Kerry met Zarif in Vienna. ", count: 4_000))])
    func roundTrip(_ sample: Sample) throws {
        // Given a store with a dictionary
        let store = try GraphStore.inMemory()
        #expect(try store.beginBulkLoad())
        _ = try store.ingest(batch: Self.documents(StoredText.minimumTexts))
        try store.finishBulkLoad()
        // Then a text packed with it reads back byte for byte (a text it cannot shorten stays text)
        let back = try store.writer.read { db in
            try Data.fetchOne(db, sql: "SELECT CAST(eventgraph_text(eventgraph_pack(CAST(? AS TEXT))) AS BLOB)",
                              arguments: [Data(sample.text.utf8)])
        }
        #expect(back.map { Array($0) } ?? [] == Array(sample.text.utf8))
    }

    @Test("eventgraph_text gives each frame's own text when frames repeat and alternate (the last one is kept)")
    func repeatedFrames() throws {
        // Given a store with a dictionary and three texts packed with it (two of the same length)
        let store = try GraphStore.inMemory()
        #expect(try store.beginBulkLoad())
        _ = try store.ingest(batch: Self.documents(StoredText.minimumTexts))
        try store.finishBulkLoad()
        let texts = ["Kerry met Zarif in Vienna on Monday, officials said. ", "Kerry met Zarif in Geneva on Monday, officials said. ",
                     "لافروف وشكري بحثا الأزمة في اتصال هاتفي. "].map { String(repeating: $0, count: 8) }
        let order = [0, 0, 1, 0, 1, 1, 2, 2, 0, 2, 1]
        // When they are read in an order that repeats and alternates them
        let read = try store.writer.read { db -> [String] in
            let frames = try texts.map { text in
                try #require(try Data.fetchOne(db, sql: "SELECT eventgraph_pack(?)", arguments: [text]))
            }
            // (compressed frames, not the texts; the first two of the same length)
            #expect(zip(frames, texts).allSatisfy { $0.count < $1.utf8.count })
            #expect(frames[0].count == frames[1].count)
            return try order.map { i in
                try String.fetchOne(db, sql: "SELECT eventgraph_text(?)", arguments: [frames[i]]) ?? ""
            }
        }
        // Then each read gives its own text
        #expect(read == order.map { texts[$0] })
    }

    @Test("A BLOB that is not a compressed text is an error, not a crash")
    func notAFrame() throws {
        let store = try GraphStore.inMemory()
        #expect(throws: DatabaseError.self) {
            try store.writer.read { db in try String.fetchOne(db, sql: "SELECT eventgraph_text(x'00ff00ff')") }
        }
    }
}
