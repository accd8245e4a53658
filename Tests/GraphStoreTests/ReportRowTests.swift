import EventGraphModel
import GRDB
import Testing
@testable import GraphStore

/// An event's first report lives in its `events` row, later reports in `reports`: every read
/// (sources of events and talks, search, counts) sees all of them, the same after a bulk load.
@Suite("Graph store · the reports of one event")
struct ReportRowTests {
    static let lavrov = ("Lavrov", "gz:sergey-lavrov"), kerry = ("Kerry", "gz:john-kerry")

    /// One call reported by three documents, the first of them published last.
    static let documents = [
        Fixture.interaction("Lavrov called Kerry in March.", lavrov, kerry, date: "2015-03", published: "2015-04-02"),
        Fixture.interaction("Lavrov called Kerry on March 14.", lavrov, kerry, date: "2015-03-14", published: "2015-03-15"),
        Fixture.interaction("Lavrov phoned Kerry on March 14, officials said.", lavrov, kerry, date: "2015-03-14",
                            published: "2015-03-16"),
    ]

    @Test("Each report is kept once and read everywhere", arguments: [false, true])
    func everyReportRead(bulk: Bool) throws {
        // Given the three reports, stored one by one or by a bulk load, and the first one offered again
        let store = try GraphStore.inMemory()
        if bulk { #expect(try store.beginBulkLoad()) }
        _ = try store.ingest(batch: Self.documents)
        if bulk { try store.finishBulkLoad() }
        #expect(try store.ingest(Self.documents[0]).isDuplicate)
        // Then there is one event with three reports, by publication date
        let stats = try store.statistics()
        #expect(stats.events == 1 && stats.reports == 3)
        let published = try store.events(EventFilter()).flatMap(\.sources).map(\.published)
        #expect(published == ["2015-03-15", "2015-03-16", "2015-04-02"])
        let talks = try store.talks(TalkFilter(actor: "gz:sergey-lavrov"))
        #expect(talks.map { $0.sources.map(\.evidence) } == [[
            "Lavrov called Kerry on March 14.", "Lavrov phoned Kerry on March 14, officials said.", "Lavrov called Kerry in March.",
        ]])
        #expect(try store.talks(TalkFilter()).map(\.sources.count) == [3])
        // And search finds the report in the event's row as well as those in `reports`
        #expect(try store.search("phoned").map(\.source.published) == ["2015-03-16"])
        #expect(try Set(store.search("called").map(\.source.published)) == ["2015-03-15", "2015-04-02"])
        #expect(try store.search("Kerry").count == 3)
        // And only the later documents' reports are rows of `reports`
        let rows = try store.writer.read { db in
            try Row.fetchOne(db, sql: "SELECT (SELECT COUNT(*) FROM reports), more, r_start IS NOT NULL FROM events")
        }
        #expect(rows.map { [$0[0], $0[1], $0[2]] as [Int] } == [2, 2, 1])
        // And the full-text index holds the event's own report at the event's id, the others above every event id
        let rowids = try store.writer.read { db in
            try Int64.fetchAll(db, sql: "SELECT rowid FROM evidence_fts WHERE evidence_fts MATCH 'Kerry' ORDER BY rowid")
        }
        #expect(rowids == [1, SchemaV6.rowOffset + (1 << 16 | 1), SchemaV6.rowOffset + (1 << 16 | 2)])
        // And the event's row stores a 31-bit signature and no copy of its own confidence
        let narrow = try store.writer.read { db in
            try Row.fetchOne(db, sql: "SELECT sig BETWEEN 0 AND 2147483647, r_confidence IS NULL, confidence FROM events")
        }
        #expect(narrow.map { [$0[0], $0[1], $0[2]] as [Int] } == [1, 1, 900])
    }

    static let zarif = ("Zarif", "gz:javad-zarif")

    /// Besides the call: a meeting with Zarif reported twice (the later report published first) and
    /// a visit reported once, on other days.
    static let others = [
        Fixture.interaction("Lavrov met Zarif on June 2.", lavrov, zarif, type: .meet, date: "2015-06-02", published: "2015-06-05"),
        Fixture.interaction("Lavrov and Zarif met in Vienna on June 2.", lavrov, zarif, type: .meet, date: "2015-06-02",
                            published: "2015-06-03"),
        Fixture.interaction("Lavrov visited Kerry on May 9.", lavrov, kerry, type: .visit, date: "2015-05-09", published: "2015-05-10"),
    ]

    @Test("Later reports go to their own event on a page of several", arguments: [false, true])
    func laterReportsByEvent(bulk: Bool) throws {
        // Given three events, two of them reported more than once, stored one by one or by a bulk load
        let store = try GraphStore.inMemory()
        if bulk { #expect(try store.beginBulkLoad()) }
        _ = try store.ingest(batch: Self.documents + Self.others)
        if bulk { try store.finishBulkLoad() }
        // Then the timeline gives each event its own reports, by publication date
        let timeline = try store.events(EventFilter()).map { $0.sources.map(\.published) }
        #expect(timeline == [["2015-03-15", "2015-03-16", "2015-04-02"], ["2015-05-10"], ["2015-06-03", "2015-06-05"]])
        // And so do talks, of the actor alone, with one other party, and with a limit
        let talks = try store.talks(TalkFilter(actor: "gz:sergey-lavrov"))
        #expect(talks.map(\.b) == ["gz:john-kerry", "gz:john-kerry", "gz:javad-zarif"])
        #expect(talks.map { $0.sources.map(\.evidence) } == [
            ["Lavrov called Kerry on March 14.", "Lavrov phoned Kerry on March 14, officials said.", "Lavrov called Kerry in March."],
            ["Lavrov visited Kerry on May 9."],
            ["Lavrov and Zarif met in Vienna on June 2.", "Lavrov met Zarif on June 2."],
        ])
        let withZarif = try store.talks(TalkFilter(actor: "gz:sergey-lavrov", with: "gz:javad-zarif"))
        #expect(withZarif.map { $0.sources.map(\.published) } == [["2015-06-03", "2015-06-05"]])
        let first = try store.talks(TalkFilter(actor: "gz:javad-zarif", limit: 1))
        #expect(first.map { $0.sources.count } == [2])
        // And talks without an actor read the same reports
        #expect(try store.talks(TalkFilter()).map(\.sources.count) == [3, 1, 2])
    }
}
