import EventGraphModel
import GRDB
import Testing
@testable import GraphStore

/// Titles and evidence sliced from a document's text in Swift (``TextSlice``, ``Hydration/ownSource(_:at:names:)``)
/// are what SQLite's `substr` gives, byte for byte.
@Suite("Graph store · text slices")
struct TextSliceTests {
    static let texts: [[UInt8]] = [
        Array("Lavrov called Kerry on March 14.".utf8),
        Array("اتصل لافروف بكيري أمس، وقال إن المحادثات كانت بناءة.".utf8),
        Array("Emoji 🇸🇦 and é (e\u{301}) mixed with عربي".utf8),
        Array("before\u{0}after".utf8),
        Array("a run of ASCII longer than eight\u{0}and more after the NUL".utf8),
        Array("ASCII then العربية then ASCII again, then 🇸🇦, then a long ASCII tail to skip in blocks".utf8),
        [],
        [0x41, 0xC3, 0x28, 0xE2, 0x82, 0x41, 0xF0, 0x9F, 0x98, 0x80, 0xFF, 0x80, 0x42],   // invalid UTF-8
    ]

    @Test("substr on text bytes is SQLite's, for every position and length", arguments: texts.indices)
    func sameAsSQLite(index: Int) throws {
        let text = Self.texts[index]
        let queue = try DatabaseQueue()
        try queue.read { db in
            let statement = RawStatement(try db.cachedStatement(sql: "SELECT CAST(?1 AS TEXT), substr(CAST(?1 AS TEXT), ?2, ?3)"))
            let n = Int64(text.count)
            // Around zero and both ends one by one, the middle in steps, and values past 32 bits.
            var positions = Set<Int64>(-3...3)
            positions.formUnion((n - 3)...(n + 3))
            positions.formUnion((-n - 3)...(-n + 3))
            positions.formUnion(stride(from: -n, through: n, by: 5))
            let wide: [Int64] = [Int64(Int32.max), Int64(Int32.min), 1 << 32 | 2, -(1 << 40)]
            positions.formUnion(wide)
            for start in positions.sorted() {
                for length in positions.sorted() {
                    try statement.forEach({ b in
                        b.blob(text)
                        b.int(start)
                        b.int(length)
                    }) { row in
                        let whole = try #require(row.bytes(0))
                        let expected = Array(try #require(row.bytes(1)))
                        let slice = Array(whole[TextSlice.substr(whole, start: start, length: length)])
                        #expect(slice == expected, "text \(index), substr(_, \(start), \(length))")
                        return false
                    }
                }
            }
        }
    }

    @Test("An event's own report reads the same from its parts as from the SQL expressions")
    func ownSourceParts() throws {
        // Given documents with and without a title line, in both scripts, with evidence inside the text
        let store = try GraphStore.inMemory()
        let texts = [
            ("Lavrov and Kerry", "Lavrov and Kerry\nMOSCOW — Lavrov called Kerry on March 14, officials said.", LanguageCode.en),
            ("لافروف وكيري", "لافروف وكيري\nموسكو — اتصل لافروف بكيري أمس، وقال إن المحادثات كانت بناءة.", .ar),
            ("Not the first line", "Kerry met Lavrov in Geneva 🇨🇭 on Friday.", .en),
        ]
        for (i, (title, text, language)) in texts.enumerated() {
            let doc = Document(path: "t\(i).txt", title: title, text: text, published: "2015-0\(i + 3)-20", outlet: "Test Wire",
                               language: language)
            let (a, b) = language == .ar ? ("لافروف", "كيري") : ("Lavrov", "Kerry")
            let sentence = text.split(separator: "\n").last.map(String.init) ?? text
            let start = text.unicodeScalars.count - sentence.unicodeScalars.count
            // Three events: another month each.
            let event = NewsEvent(id: "e1", type: .call, participants: ["a1", "a2"], source: "a1", target: "a2",
                                  date: "2015-0\(i + 3)-14", confidence: 0.9,
                                  evidence: TextSpan(start: start, end: text.unicodeScalars.count, text: sentence))
            _ = try store.ingest(doc, Fixture.extraction(doc, [Fixture.actor("a1", a, key: "gz:lavrov", in: text),
                                                               Fixture.actor("a2", b, key: "gz:kerry", in: text)], [event]))
        }
        // Then every event's report reads the same both ways
        try expectSameSources(store, count: 3)
        // And so do rows with references past the text, reversed or negative spans, a NUL in the
        // text and an evidence stored as a copy
        try store.writer.write { db in
            try db.execute(sql: "UPDATE documents SET title = NULL, title_chars = 500 WHERE id = 1")
            try db.execute(sql: "UPDATE events SET r_start = 30, r_end = 10 WHERE id = 1")
            try db.execute(sql: "UPDATE documents SET text = 'abc' || char(0) || 'def ' || text, title_chars = 0 WHERE id = 2")
            try db.execute(sql: "UPDATE events SET r_start = -5, r_end = 3 WHERE id = 2")
            try db.execute(sql: "UPDATE events SET r_evidence = 'a copy', r_start = 0, r_end = 0 WHERE id = 3")
        }
        try expectSameSources(store, count: 3)
        try store.writer.write { db in try db.execute(sql: "UPDATE events SET r_end = NULL WHERE id = 1") }
        try expectSameSources(store, count: 3)
    }

    func expectSameSources(_ store: GraphStore, count: Int) throws {
        try store.writer.read { db in
            func read(_ columns: String, _ source: (RawStatement.Columns, inout SourceNames, Int64) throws -> EventSource) throws
                -> [EventSource] {
                var names = SourceNames(db: db)
                var out: [EventSource] = []
                try RawStatement(db.makeStatement(sql: """
                    SELECT \(columns) FROM events e JOIN documents k ON k.id = e.document ORDER BY e.id
                    """)).forEach({ _ in }) { row in
                    out.append(try source(row, &names, Int64(out.count)))
                    return true
                }
                return out
            }
            let expected = try read(Hydration.ownSourceColumns) { row, names, _ in try Hydration.source(row, at: 0, names: &names) }
            var texts = TextReader(db)
            var sliced = try read(Hydration.ownSourceParts) { row, names, i in
                try Hydration.ownSource(row, at: 0, names: &names, texts: &texts, owner: i)
            }
            try texts.resolve { i, slices in sliced[Int(i)].fill(slices) }
            #expect(expected.count == count)
            #expect(sliced == expected)
        }
    }
}
