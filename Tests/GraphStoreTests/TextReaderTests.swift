import EventGraphModel
import Foundation
import GRDB
import Testing
@testable import GraphStore

/// Titles and evidence sliced in Swift from compressed texts, decompressed together once a query's
/// statement is read (``TextReader``), against what SQL reads through `eventgraph_text`.
@Suite("Graph store · texts read by the record queries")
struct TextReaderTests {
    /// A store whose bulk load trained a dictionary and compressed its texts.
    static func compressedStore() throws -> GraphStore {
        let store = try GraphStore.inMemory()
        #expect(try store.beginBulkLoad())
        _ = try store.ingest(batch: StoredTextTests.documents(StoredText.minimumTexts + 20))
        try store.finishBulkLoad()
        return store
    }

    @Test("Slices of compressed, plain and NULL texts are those of substr on eventgraph_text")
    func sameAsSQL() throws {
        // Given values packed with a store's dictionary (texts shorter and longer than the codec's
        // first buffer, Arabic, with a NUL, empty), stored texts, NULL and a plain text
        let store = try Self.compressedStore()
        let samples = ["Kerry met Zarif.", "لافروف وشكري في موسكو", "a\u{0}b c", "", String(repeating: "Kerry met Zarif in Vienna. ", count: 4_000)]
        var values = try store.writer.read { db in
            try samples.map { try DatabaseValue.fetchOne(db, sql: "SELECT eventgraph_pack(CAST(? AS TEXT))", arguments: [Data($0.utf8)]) ?? .null }
        }
        values += try store.writer.read { db in try DatabaseValue.fetchAll(db, sql: "SELECT text FROM documents ORDER BY id LIMIT 30") }
        values += [.null, "plain text".databaseValue]
        #expect(values.contains { if case .blob = $0.storage { true } else { false } })
        // And titles and spans inside, past the end, reversed and negative
        let cuts: [(title: Int64, start: Int64, end: Int64)] = [(5, 0, 4), (500, 3, 200_000), (0, 30, 10), (-2, -5, 3), (8, 6, 6)]
        try store.writer.read { db in
            let statement = RawStatement(try db.cachedStatement(sql: """
                SELECT ?1, substr(eventgraph_text(?1), 1, ?2), substr(eventgraph_text(?1), ?3 + 1, ?4 - ?3)
                """))
            var texts = TextReader(db)
            var read: [EventSource] = []
            var expected: [EventSource] = []
            for value in values {
                for cut in cuts {
                    try statement.statement.setArguments([value, cut.title, cut.start, cut.end])
                    try statement.forEach({ _ in }) { row in
                        // As ownSource makes it: no title when the title is a slice.
                        var source = EventSource(document: "d", title: nil, outlet: nil, published: nil, language: nil, evidence: "kept")
                        try texts.slice(row, 0, titleChars: cut.title, span: (cut.start, cut.end), into: &source, owner: Int64(read.count))
                        read.append(source)
                        expected.append(EventSource(document: "d", title: row.optionalText(1), outlet: nil, published: nil, language: nil,
                                                    evidence: row.isNull(0) ? "kept" : row.text(2)))
                        return false
                    }
                }
            }
            // When the texts set aside are decompressed
            try texts.resolve { i, slices in read[Int(i)].fill(slices) }
            // Then every slice is SQLite's
            #expect(read.count == values.count * cuts.count)
            for i in read.indices { #expect(read[i] == expected[i], "value \(i / cuts.count), cut \(i % cuts.count)") }
        }
    }

    @Test("Events' own reports read the same from compressed texts as from the SQL expressions")
    func ownSources() throws {
        // Given a compressed store, then odd spans, a title past the text and a NUL in a text
        let store = try Self.compressedStore()
        let count = try store.writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM events WHERE r_start IS NOT NULL") } ?? 0
        #expect(count > 400)
        try TextSliceTests().expectSameSources(store, count: count)
        try store.writer.write { db in
            try db.execute(sql: "UPDATE documents SET title = NULL, title_chars = 500 WHERE id = 1")
            try db.execute(sql: "UPDATE events SET r_start = 30, r_end = 10 WHERE id = 1")
            try db.execute(sql: """
                UPDATE documents SET text = eventgraph_pack('abc' || char(0) || 'def ' || eventgraph_text(text)), title_chars = 0 WHERE id = 2
                """)
            try db.execute(sql: "UPDATE events SET r_start = -5, r_end = 3 WHERE id = 2")
            try db.execute(sql: "UPDATE events SET r_evidence = 'a copy', r_start = 0, r_end = 0 WHERE id = 3")
        }
        #expect(try store.writer.read { db in try String.fetchOne(db, sql: "SELECT typeof(text) FROM documents WHERE id = 2") } == "blob")
        try TextSliceTests().expectSameSources(store, count: count)
    }

    @Test("Events of one compressed document each read their own evidence and title on the timeline and in talks")
    func eventsOfOneDocument() throws {
        // Given a bulk load that compresses its texts, with documents that report two or three events
        // each, on a day of their own (so that no event of one is an event of the other)
        func sentences(_ n: Int) -> [String] {
            ["Kerry met Zarif (\(n)).", "Lavrov called Shoukry (\(n)).", "Kerry visited Lavrov (\(n))."].prefix(n).map { $0 }
        }
        var batch = StoredTextTests.documents(StoredText.minimumTexts + 20)
        for n in 2...3 {
            let text = sentences(n).joined(separator: " ")
            var document = Fixture.document(text, published: "2016-03-0\(2 * n + 2)")
            document.title = String(text.prefix(9 + n))
            let names = [("Kerry", "t:Kerry"), ("Zarif", "t:Zarif"), ("Lavrov", "t:Lavrov"), ("Shoukry", "t:Shoukry")]
            let actors = names.enumerated().map { Fixture.actor("a\($0)", $1.0, key: $1.1, in: text) }
            var start = 0
            let events = sentences(n).enumerated().map { i, sentence -> NewsEvent in
                let end = start + sentence.unicodeScalars.count
                defer { start = end + 1 }
                let parties = [["a0", "a1"], ["a2", "a3"], ["a0", "a2"]][i]
                return NewsEvent(id: "e\(i + 1)", type: [.meet, .call, .visit][i], participants: parties, source: parties[0],
                                 target: parties[1], date: "2016-03-0\(2 * n + 1)", confidence: 0.9,
                                 evidence: TextSpan(start: start, end: end, text: sentence))
            }
            batch.append((document, Fixture.extraction(document, actors, events)))
        }
        let store = try GraphStore.inMemory()
        #expect(try store.beginBulkLoad())
        _ = try store.ingest(batch: batch)
        try store.finishBulkLoad()
        #expect(try StoredTextTests.types(store) == ["blob"])
        // Then each event has its own sentence as evidence, and its document's title
        let two = sentences(2), three = sentences(3)
        let days = try store.events(EventFilter(from: "2016-03-05", to: "2016-03-07"))
        #expect(days.map { $0.sources.map(\.evidence) } == [[two[0]], [two[1]], [three[0]], [three[1]], [three[2]]])
        #expect(days.map { $0.sources.map(\.title) } == [["Kerry met Z"], ["Kerry met Z"], ["Kerry met Za"], ["Kerry met Za"], ["Kerry met Za"]])
        let kerry = try store.talks(TalkFilter(actor: "t:Kerry", from: "2016-03-05", to: "2016-03-07"))
        #expect(kerry.map { $0.sources.map(\.evidence) } == [[two[0]], [three[0]], [three[2]]])
    }

    @Test("A BLOB that is not a compressed text fails the timeline and talks with eventgraph_text's message")
    func notAFrame() throws {
        // Given a compressed store whose texts are BLOBs that are not frames
        let store = try Self.compressedStore()
        try store.writer.write { db in try db.execute(sql: "UPDATE documents SET text = x'00ff00ff'") }
        // Then SQL, the timeline and talks fail with the same message
        let message = "SQLite error 1: eventgraph_text: a stored text is not a compressed text"
        #expect { try store.writer.read { db in try String.fetchOne(db, sql: "SELECT eventgraph_text(text) FROM documents") } } throws: {
            "\($0)".contains(message)
        }
        #expect { try store.events(EventFilter(limit: 5)) } throws: { "\($0)".hasSuffix(message) }
        #expect { try store.talks(TalkFilter(actor: "t:Lavrov")) } throws: { "\($0)".hasSuffix(message) }
    }

    @Test("eventgraph_codec() is NULL to SQL: the codec's pointer is for the reader alone")
    func codecHidden() throws {
        let store = try GraphStore.inMemory()
        let value = try store.writer.read { db in try DatabaseValue.fetchOne(db, sql: "SELECT eventgraph_codec()") }
        #expect(value == .null)
    }
}
