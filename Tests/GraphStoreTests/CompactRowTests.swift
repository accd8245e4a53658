import EventGraphModel
import GRDB
import Testing
@testable import GraphStore

/// `v7` stores a document's title and a report's date text as references into the same row (or the
/// report's evidence) where it can; every read gives back the text it was given.
@Suite("Graph store · compact rows (v7)")
struct CompactRowTests {
    @Test("A title is stored as its length when the text starts with it", arguments: [
        ("Talks in Cairo", "Talks in Cairo\nCAIRO — The ministers met.", "14"),
        ("محادثات في القاهرة", "محادثات في القاهرة\nالقاهرة — التقى الوزيران.", "18"),
        ("Talks in Cairo", "Ministers met in Cairo.", "Talks in Cairo"),
        ("Talks in Cairo, long", "Talks in Cairo", "Talks in Cairo, long"),
        ("", "Anything", ""),
        ("Nul\u{0}", "Nul\u{0} in the text", "Nul\u{0}"),
    ])
    func titles(title: String, text: String, stored: String) {
        #expect(describe(SchemaV7.storedTitle(title, text: text)) == stored)
        #expect(SchemaV7.storedTitle(nil, text: text) == nil)
    }

    @Test("A date text is stored as offset << 8 | length when the evidence holds it", arguments: [
        ("on March 14", "Lavrov called Kerry on March 14.", "\(20 << 8 | 11)"),
        ("أمس", "اتصل لافروف بكيري أمس.", "\(18 << 8 | 3)"),
        ("yesterday", "Lavrov called Kerry on March 14.", "yesterday"),
        ("March", "March talks; March again", "\(0 << 8 | 5)"),
        (String(repeating: "x", count: 256), String(repeating: "x", count: 300), String(repeating: "x", count: 256)),
    ])
    func dateTexts(dateText: String, evidence: String, stored: String) {
        #expect(describe(SchemaV7.storedDateText(dateText, evidence: evidence)) == stored)
        #expect(describe(SchemaV7.storedDateText(dateText, evidence: nil)) == dateText)
    }

    @Test("Every read gives back the titles and date texts as given", arguments: [false, true])
    func readsBack(bulk: Bool) throws {
        // Given two reports of one call, the first with a title line and a date text in its
        // evidence, the second with neither, stored one by one or by a bulk load
        let store = try GraphStore.inMemory()
        let first = "Lavrov and Kerry\nLavrov called Kerry on March 14."
        let second = "Lavrov phoned Kerry, officials said."
        func pair(_ text: String, title: String, evidence: String, dateText: String, published: String) -> (Document, Extraction) {
            let doc = Document(path: "t-\(published).txt", title: title, text: text, published: published, outlet: "Test Wire",
                               language: .en)
            let start = text.unicodeScalars.count - evidence.unicodeScalars.count
            let event = NewsEvent(id: "e1", type: .call, participants: ["a1", "a2"], source: "a1", target: "a2",
                                  date: "2015-03-14", dateText: dateText, confidence: 0.9,
                                  evidence: TextSpan(start: start, end: text.unicodeScalars.count, text: evidence))
            return (doc, Fixture.extraction(doc, [Fixture.actor("a1", "Lavrov", key: "gz:lavrov", in: text),
                                                  Fixture.actor("a2", "Kerry", key: "gz:kerry", in: text)], [event]))
        }
        if bulk { #expect(try store.beginBulkLoad()) }
        _ = try store.ingest(batch: [
            pair(first, title: "Lavrov and Kerry", evidence: "Lavrov called Kerry on March 14.", dateText: "on March 14",
                 published: "2015-03-15"),
            pair(second, title: "A call", evidence: second, dateText: "Saturday", published: "2015-03-16"),
        ])
        if bulk { try store.finishBulkLoad() }
        // Then the rows hold references where they can
        let stored = try store.writer.read { db in
            try String.fetchAll(db, sql: "SELECT typeof(title) || '|' || coalesce(title_chars, '-') FROM documents ORDER BY id")
        }
        #expect(stored == ["null|16", "text|-"])
        let dateTexts = try store.writer.read { db in
            try String.fetchAll(db, sql: """
                SELECT typeof(r_date_text) || '|' || coalesce(r_date_at, '-') FROM events
                UNION ALL SELECT typeof(date_text) || '|' || coalesce(date_at, '-') FROM reports
                """)
        }
        #expect(dateTexts == ["null|\(20 << 8 | 11)", "text|-"])
        // And reading them gives the texts back
        let read = try store.writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT \(SchemaV7.title("d")), d.key FROM documents d ORDER BY id
                """).map { [$0[0] as String, $0[1] as String] }
        }
        #expect(read.map { $0[0] } == ["Lavrov and Kerry", "A call"])
        let texts = try store.writer.read { db in
            try String.fetchAll(db, sql: """
                SELECT \(SchemaV7.dateText("e.r_date_text", at: "e.r_date_at", evidence: SchemaV5.evidence(event: "e", document: "d")))
                  FROM events e JOIN documents d ON d.id = e.document
                UNION ALL
                SELECT \(SchemaV7.dateText("r.date_text", at: "r.date_at", evidence: "COALESCE(r.evidence, substr(d.text, r.evidence_start + 1, r.evidence_end - r.evidence_start))"))
                  FROM reports r JOIN documents d ON d.id = r.document
                """)
        }
        #expect(texts == ["on March 14", "Saturday"])
        // And the answers carry the titles and keys
        let sources = try store.events(EventFilter()).flatMap(\.sources)
        #expect(sources.map(\.title) == ["Lavrov and Kerry", "A call"])
        #expect(sources.map(\.key) == read.map { $0[1] })
        let event = try #require(try store.events(EventFilter()).first?.event)
        #expect(try store.writer.read { db in try Identity.event(forKey: event, db: db) } == 1)
        // And the full-text index keeps no token counts but ranks as before
        let tables = try store.writer.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE name LIKE 'evidence_fts%' ORDER BY name")
        }
        #expect(!tables.contains("evidence_fts_docsize"))
        #expect(try Set(store.search("Kerry").map(\.source.title)) == ["Lavrov and Kerry", "A call"])
    }

    @Test("Day numbers of plain days are read from their bytes as CivilDays reads them", arguments: [
        "2015-03-14", "0000-03-01", "9999-12-31", "2024-02-29", "1999-13-40", "2015-3-14", "+015-03-14", "2015-03",
        "2015_03_14", "", "２０１５-03-14", "2015-03-1a",
    ])
    func dayNumbers(day: String) {
        #expect(Days.number(day) == CivilDays.number(day))
    }

    @Test("A window bound that is a plain day covers that day, as its date value says", arguments: [
        "2015-03-14", "2024-02-29", "2023-02-29", "2015-02-30", "0000-03-01", "9999-12-31", "2015-13-01", "2015-03-1",
        "2015-03", "2015", "2015-W11", "2015-03-14T10:00", "+015-03-14",
    ])
    func windowBounds(value: String) {
        #expect(Days.first(of: value) == DateValue(value).firstDay)
        #expect(Days.last(of: value) == DateValue(value).lastDay)
    }

    func describe(_ value: Either<Int, String>?) -> String? {
        switch value {
        case .left(let n): "\(n)"
        case .right(let s): s
        case nil: nil
        }
    }
}

/// `v8` stores an event's type, CAMEO code and grain as codes; the generated columns read them back.
@Suite("Graph store · event codes (v8)")
struct EventCodeTests {
    @Test("Every type and grain of the model has a code of one character, each its own")
    func tables() {
        #expect(Set(SchemaV8.types.map(\.name)) == Set(EventType.allCases.map(\.rawValue)))
        #expect(Set(SchemaV8.grains.map(\.name)) == Set(DateGrain.allCases.map(\.rawValue)))
        #expect(Set(SchemaV8.types.map(\.code)).count == SchemaV8.types.count)
        #expect(Set(SchemaV8.grains.map(\.code)).count == SchemaV8.grains.count)
        #expect((SchemaV8.types.map(\.code) + SchemaV8.grains.map(\.code)).allSatisfy { $0.count == 1 })
        for type in SchemaV8.types { #expect(EventType(rawValue: type.name)?.defaultCAMEO == type.cameo) }
    }

    @Test("Types, CAMEO codes and grains read back as written", arguments: [
        (EventType.statement, nil as String?, "2015-03-14" as String?), (.statement, "012", "2015-03"), (.meet, "043", "2015"),
        (.attack, "", "2015-03-14"), (.protest, "=x", "2015-W11"), (.other, "=", nil), (.declineComment, "014", "2015-Q1"),
    ])
    func roundTrip(type: EventType, cameo: String?, date: String?) throws {
        // Given an event of that type, CAMEO code and date, stored one way or the other
        for bulk in [false, true] {
            let store = try GraphStore.inMemory()
            if bulk { #expect(try store.beginBulkLoad()) }
            let text = "Lavrov said something."
            let doc = Fixture.document(text, published: "2015-03-20")
            let event = NewsEvent(id: "e1", type: type, cameo: cameo, participants: ["a1"], source: "a1", date: date,
                                  confidence: 0.9, evidence: TextSpan(start: 0, end: text.unicodeScalars.count, text: text))
            _ = try store.ingest(batch: [(doc, Fixture.extraction(doc, [Fixture.actor("a1", "Lavrov", in: text)], [event]))])
            if bulk { try store.finishBulkLoad() }
            // Then the timeline gives them back, and the row holds codes of one character
            let entry = try #require(try store.events(EventFilter()).first)
            #expect(entry.type == type)
            #expect(entry.cameo == event.cameo)
            #expect(entry.grain == (date == nil ? .day : event.grain))
            let stored = try store.writer.read { db in
                try Row.fetchOne(db, sql: "SELECT type_code, cameo_code, grain_code, type, cameo, grain FROM events")
            }
            #expect((stored?[0] as String?)?.count == 1)
            #expect((stored?[1] as String?) == (cameo == nil || cameo == type.defaultCAMEO ? "" : SchemaV8.cameoCode(event.cameo, type: type.rawValue)))
            #expect((stored?[4] as String?) == event.cameo)
            #expect((stored?[5] as String?) == (date == nil ? nil : event.grain?.rawValue))
        }
    }
}
