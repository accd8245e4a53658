import EventGraphModel
import Foundation
import GRDB
import Testing
@testable import GraphStore

/// `v9` stores the offsets of an actor's mentions in a document as bytes (``SchemaV9``); they read
/// back as the extraction's spans, joined in order when two actors or two nodes become one.
@Suite("Graph store · mention offsets (v9)")
struct MentionOffsetTests {
    @Test("Offsets read back as the spans they were made of",
          arguments: [[], [(0, 0)], [(19, 28)], [(0, 6), (147, 160), (577, 583), (1004, 1010)],
                      [(63, 64), (64, 127), (8191, 8192), (8192, 16_384), (1 << 40, (1 << 40) + 3)],
                      [(5, 2), (-1, 3), (Int.max, Int.max), (Int.min, Int.min)]] as [[(Int, Int)]])
    func roundTrip(spans: [(Int, Int)]) throws {
        let bytes = SchemaV9.offsets(spans.map { (start: $0.0, end: $0.1) })
        let want: [[Int]] = spans.map { [$0.0, $0.1] }
        let back = Self.pairs(SchemaV9.spans(bytes))
        #expect(back == want)
    }

    /// Spans as `[start, end]` lists, which compare.
    static func pairs(_ spans: [(start: Int, end: Int)]?) -> [[Int]]? {
        spans?.map { [$0.start, $0.end] }
    }

    @Test("Two lists joined are the bytes of both, one after the other; a cut list reads as none")
    func joined() throws {
        let a: [UInt8] = SchemaV9.offsets([(start: 19, end: 28)]), b: [UInt8] = SchemaV9.offsets([(start: 300, end: 312)])
        let both: [[Int]]? = Self.pairs(SchemaV9.spans(a + b))
        #expect(both == [[19, 28], [300, 312]])
        let cut: [[Int]]? = Self.pairs(SchemaV9.spans(Array(b.dropLast())))
        #expect(cut == nil)
        let half: [[Int]]? = Self.pairs(SchemaV9.spans(a + Array(b.prefix(2))))
        #expect(half == nil)
        #expect(a.count == 2)
        #expect(b.count == 3)
    }

    @Test("The v8 text reads as its spans, empty parts skipped; anything else is not a list")
    func fromText() {
        let two: [[Int]]? = Self.pairs(SchemaV9.spans(text: "39-51;256-268"))
        #expect(two == [[39, 51], [256, 268]])
        let ends: [[Int]]? = Self.pairs(SchemaV9.spans(text: ";0-6;"))
        #expect(ends == [[0, 6]])
        let empty: [[Int]]? = Self.pairs(SchemaV9.spans(text: ""))
        #expect(empty == [])
        let number: [[Int]]? = Self.pairs(SchemaV9.spans(text: "12"))
        #expect(number == nil)
        let letters: [[Int]]? = Self.pairs(SchemaV9.spans(text: "a-b"))
        #expect(letters == nil)
    }

    /// The spans stored for a node's key in the document whose text starts with `prefix`.
    static func stored(_ store: GraphStore, key: String, text prefix: String) throws -> [[Int]]? {
        let bytes = try store.writer.read { db in
            try Data.fetchOne(db, sql: """
                SELECT m.offsets FROM mentions m JOIN nodes n ON n.id = m.node JOIN documents d ON d.id = m.document
                WHERE n.key = ? AND substr(d.text, 1, ?) = ?
                """, arguments: [key, prefix.count, prefix])
        }
        return pairs(bytes.flatMap { SchemaV9.spans($0) })
    }

    @Test("An ingest stores each node's mentions in a document as bytes: two actors of one key joined in order")
    func ingested() throws {
        // Given a document naming Putin through two actors of one key, and Xi
        let text = "Vladimir Putin and Putin's aide called Xi Jinping."
        let document = Fixture.document(text)
        let putin = Fixture.actor("a1", "Vladimir Putin", key: "gz:putin", in: text)
        let aide = Fixture.actor("a2", "Putin", key: "gz:putin", in: text)
        let xi = Fixture.actor("a3", "Xi Jinping", key: "gz:xi", in: text)
        // When it is ingested, alone and in a batch
        let one = try GraphStore.inMemory(), batch = try GraphStore.inMemory()
        let pair = (document, Fixture.extraction(document, [putin, aide, xi],
                                                  [Fixture.event("e1", .call, ["a1", "a3"], date: "2022-11-03", text: text)]))
        try one.ingest(pair)
        _ = try batch.ingest(batch: [pair])
        // Then each node's row holds its actors' spans in the order of the actors
        let want: [[Int]] = (putin.mentions + aide.mentions).map { [$0.start, $0.end] }
        let wantXi: [[Int]] = xi.mentions.map { [$0.start, $0.end] }
        #expect(want.count == 3)
        for store in [one, batch] {
            let got = try Self.stored(store, key: "gz:putin", text: "Vladimir")
            #expect(got == want)
            let gotXi = try Self.stored(store, key: "gz:xi", text: "Vladimir")
            #expect(gotXi == wantXi)
        }
        #expect(try one.statistics().mentions == 4)
    }

    @Test("Merging two actors joins their spans in a document both are named in")
    func merged() throws {
        // Given a document naming Putin and Xi
        let text = "Putin met Xi in Moscow."
        let document = Fixture.document(text)
        let putin = Fixture.actor("a1", "Putin", key: "gz:putin", in: text), xi = Fixture.actor("a2", "Xi", key: "gz:xi", in: text)
        let store = try GraphStore.inMemory()
        try store.ingest(document, Fixture.extraction(document, [putin, xi],
                                                     [Fixture.event("e1", .meet, ["a1", "a2"], date: "2022-11-01", text: text)]))
        // When Xi is merged into Putin
        try store.merge("gz:xi", into: "gz:putin")
        // Then Putin's row holds his spans, then Xi's
        let got = try Self.stored(store, key: "gz:putin", text: "Putin")
        #expect(got == [[0, 5], [10, 12]])
    }
}
