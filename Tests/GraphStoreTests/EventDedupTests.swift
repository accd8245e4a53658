import EventGraphModel
import Testing
@testable import GraphStore

/// One report of an event for the dedup table.
struct Report: Sendable {
    var type: EventType
    var participants: [String]
    var date: String?
    var published: String
    var planned = false
}

/// Two reports and whether they are one real-world event.
struct DedupCase: Sendable, CustomTestStringConvertible {
    var name: String
    var first: Report
    var second: Report
    var isOneEvent: Bool
    var testDescription: String { name }
}

@Suite("Graph store · one event, many reports")
struct EventDedupTests {
    static let ab = ["gz:joe-biden", "gz:vladimir-putin"]

    static let cases: [DedupCase] = [
        DedupCase(name: "same call, same date, reported a week apart",
                  first: Report(type: .call, participants: ab, date: "2022-11-01", published: "2022-11-01"),
                  second: Report(type: .call, participants: ab, date: "2022-11-01", published: "2022-11-08"), isOneEvent: true),
        DedupCase(name: "a dated call and an undated report of it a week later",
                  first: Report(type: .call, participants: ab, date: "2022-11-01", published: "2022-11-01"),
                  second: Report(type: .call, participants: ab, date: nil, published: "2022-11-08"), isOneEvent: true),
        DedupCase(name: "an undated meeting report, then a dated one",
                  first: Report(type: .meet, participants: ab, date: nil, published: "2022-11-05"),
                  second: Report(type: .meet, participants: ab, date: "2022-11-03", published: "2022-11-06"), isOneEvent: true),
        DedupCase(name: "a day inside a month",
                  first: Report(type: .talk, participants: ab, date: "2022-03", published: "2022-04-01"),
                  second: Report(type: .talk, participants: ab, date: "2022-03-14", published: "2022-03-15"), isOneEvent: true),
        DedupCase(name: "talk and meet are one family",
                  first: Report(type: .talk, participants: ab, date: "2022-11-01", published: "2022-11-02"),
                  second: Report(type: .meet, participants: ab, date: "2022-11-01", published: "2022-11-02"), isOneEvent: true),
        DedupCase(name: "participants in another order",
                  first: Report(type: .call, participants: ab, date: "2022-11-01", published: "2022-11-02"),
                  second: Report(type: .call, participants: ab.reversed(), date: "2022-11-01", published: "2022-11-02"), isOneEvent: true),
        DedupCase(name: "two undated reports three days apart",
                  first: Report(type: .visit, participants: ab, date: nil, published: "2022-11-01"),
                  second: Report(type: .visit, participants: ab, date: nil, published: "2022-11-04"), isOneEvent: true),
        DedupCase(name: "different participants",
                  first: Report(type: .call, participants: ab, date: "2022-11-01", published: "2022-11-02"),
                  second: Report(type: .call, participants: ["gz:joe-biden", "gz:xi-jinping"], date: "2022-11-01",
                                 published: "2022-11-02"), isOneEvent: false),
        DedupCase(name: "a third participant",
                  first: Report(type: .meet, participants: ab, date: "2022-11-01", published: "2022-11-02"),
                  second: Report(type: .meet, participants: ab + ["gz:xi-jinping"], date: "2022-11-01",
                                 published: "2022-11-02"), isOneEvent: false),
        DedupCase(name: "incompatible dates",
                  first: Report(type: .call, participants: ab, date: "2022-11-01", published: "2022-11-02"),
                  second: Report(type: .call, participants: ab, date: "2022-03-05", published: "2022-11-02"), isOneEvent: false),
        DedupCase(name: "an undated report more than a week after a dated call",
                  first: Report(type: .call, participants: ab, date: "2022-11-01", published: "2022-11-01"),
                  second: Report(type: .call, participants: ab, date: nil, published: "2022-11-20"), isOneEvent: false),
        DedupCase(name: "two undated reports a month apart",
                  first: Report(type: .visit, participants: ab, date: nil, published: "2022-10-01"),
                  second: Report(type: .visit, participants: ab, date: nil, published: "2022-11-01"), isOneEvent: false),
        DedupCase(name: "a day at the end of a year-long event stored first",
                  first: Report(type: .talk, participants: ab, date: "2022", published: "2022-01-10"),
                  second: Report(type: .talk, participants: ab, date: "2022-12-28", published: "2022-12-29"), isOneEvent: true),
        DedupCase(name: "an undated report seven days after the end of a month-long event",
                  first: Report(type: .talk, participants: ab, date: "2022-10", published: "2022-10-02"),
                  second: Report(type: .talk, participants: ab, date: nil, published: "2022-11-07"), isOneEvent: true),
        DedupCase(name: "an undated report eight days after the end of a month-long event",
                  first: Report(type: .talk, participants: ab, date: "2022-10", published: "2022-10-02"),
                  second: Report(type: .talk, participants: ab, date: nil, published: "2022-11-08"), isOneEvent: false),
        DedupCase(name: "a dated day the day after a stored day",
                  first: Report(type: .call, participants: ab, date: "2022-11-01", published: "2022-11-02"),
                  second: Report(type: .call, participants: ab, date: "2022-11-02", published: "2022-11-03"), isOneEvent: false),
        DedupCase(name: "a call and a statement are different families",
                  first: Report(type: .call, participants: ab, date: "2022-11-01", published: "2022-11-02"),
                  second: Report(type: .threat, participants: ab, date: "2022-11-01", published: "2022-11-02"), isOneEvent: false),
        DedupCase(name: "a planned visit is not the visit",
                  first: Report(type: .visit, participants: ab, date: "2022-11-01", published: "2022-11-02"),
                  second: Report(type: .visit, participants: ab, date: "2022-11-01", published: "2022-10-20", planned: true),
                  isOneEvent: false),
    ]

    static func pair(_ report: Report, index: Int) -> (Document, Extraction) {
        let text = "Report \(index): \(report.type.rawValue) between \(report.participants.joined(separator: " and ")) "
            + "(\(report.date ?? "undated"), published \(report.published))."
        let doc = Fixture.document(text, published: report.published)
        let actors = report.participants.enumerated().map { i, key in
            Fixture.actor("a\(i + 1)", String(key.dropFirst(3)), key: key, in: text)
        }
        let event = Fixture.event("e1", report.type, actors.map(\.id), date: report.date, planned: report.planned, text: text)
        return (doc, Fixture.extraction(doc, actors, [event]))
    }

    @Test("Reports are merged into one event exactly when type family, participants and dates agree", arguments: cases)
    func dedup(_ c: DedupCase) throws {
        // Given a store holding the first report
        let store = try GraphStore.inMemory()
        try store.ingest(Self.pair(c.first, index: 1))
        // When the second report is ingested
        let report = try store.ingest(Self.pair(c.second, index: 2))
        // Then it is one event with two sources, or two events
        let events = try store.events(EventFilter())
        if c.isOneEvent {
            #expect(report.eventsMerged == 1)
            #expect(events.count == 1)
            #expect(events.first?.sources.count == 2)
        } else {
            #expect(report.eventsAdded == 1)
            #expect(events.count == 2)
        }
    }

    @Test("The match query skips only stored events that end too early to be compatible")
    func earliestEndIsABound() throws {
        // Given stored datings of every kind (days, spans up to a year, report days) around mid-2022
        let base = try #require(Days.number("2022-06-15"))
        var stored: [EventDating] = []
        for first in stride(from: base - 400, through: base + 40, by: 1) {
            for span in [0, 6, 7, 8, 30, 364] {
                stored.append(EventDating(date: Days.string(first), dateEnd: nil, grain: .day, firstDay: first,
                                          lastDay: first + span, isReportDate: false))
            }
            stored.append(EventDating(date: nil, dateEnd: nil, grain: nil, firstDay: first, lastDay: first, isReportDate: true))
        }
        let new = [
            EventDating(date: "2022-06-15", dateEnd: nil, grain: .day, start: "2022-06-15", end: "2022-06-15", isReportDate: false),
            EventDating(date: "2022-06", dateEnd: nil, grain: .month, start: "2022-06-01", end: "2022-06-30", isReportDate: false),
            EventDating(date: "2022", dateEnd: nil, grain: .year, start: "2022-01-01", end: "2022-12-31", isReportDate: false),
            EventDating(date: nil, dateEnd: nil, grain: nil, start: "2022-06-15", end: "2022-06-15", isReportDate: true),
        ]
        for dating in new {
            // Then every compatible stored event ends on or after the bound, and some end on it
            let bound = try #require(EventWriter.earliestEnd(of: dating))
            let compatible = stored.filter { dating.isCompatible(with: $0) }
            #expect(!compatible.isEmpty)
            #expect(compatible.allSatisfy { ($0.lastDay ?? .min) >= bound })
            #expect(compatible.contains { $0.lastDay == bound })
        }
        // A dated first day that is not a plain four-digit-year day gives no bound
        let odd = EventDating(date: "12022-06-15", dateEnd: nil, grain: .day, start: "12022-06-15", end: "12022-06-15",
                              isReportDate: false)
        #expect(EventWriter.earliestEnd(of: odd) == nil)
    }

    @Test("A dated report gives its date to an event first reported undated")
    func dateRefined() throws {
        let store = try GraphStore.inMemory()
        try store.ingest(Self.pair(Report(type: .meet, participants: Self.ab, date: nil, published: "2022-11-05"), index: 1))
        try store.ingest(Self.pair(Report(type: .meet, participants: Self.ab, date: "2022-11-03", published: "2022-11-06"), index: 2))
        let entry = try #require(try store.events(EventFilter()).first)
        #expect(entry.date == "2022-11-03")
        #expect(entry.grain == .day)
        #expect(!entry.isReportDate)
        #expect(try store.talks(TalkFilter(actor: "gz:joe-biden", from: "2022-11-03", to: "2022-11-03")).count == 1)
    }

    @Test("An English and an Arabic report of the same talks are one event")
    func bilingual() throws {
        // Given an English report of Sullivan's talks with Ushakov in 2022
        let store = try GraphStore.inMemory()
        let en = "Jake Sullivan has held talks with Yuri Ushakov in recent months, the Wall Street Journal reported."
        let docEN = Fixture.document(en, published: "2022-11-07", language: .en)
        try store.ingest(docEN, Fixture.extraction(docEN, [
            Fixture.actor("a1", "Jake Sullivan", key: "person:jake sullivan", ar: "جيك سوليفان", in: en),
            Fixture.actor("a2", "Yuri Ushakov", key: "gz:yuri-ushakov", in: en),
        ], [Fixture.event("e1", .talk, ["a1", "a2"], date: "2022", text: en)]))
        // When an Arabic report of the same talks comes the next day
        let ar = "أجرى جيك سوليفان محادثات مع يوري أوشاكوف خلال الأشهر الأخيرة."
        let docAR = Fixture.document(ar, published: "2022-11-08", language: .ar)
        let report = try store.ingest(docAR, Fixture.extraction(docAR, [
            Fixture.actor("a1", "جيك سوليفان", key: "person:جيك سوليفان", en: "Jake Sullivan", in: ar),
            Fixture.actor("a2", "يوري أوشاكوف", key: "gz:yuri-ushakov", in: ar),
        ], [Fixture.event("e1", .talk, ["a1", "a2"], date: "2022", text: ar)]))
        // Then the actors and the event are shared, with one source per language
        #expect(report.actorsAdded == 0)
        #expect(report.eventsMerged == 1)
        let talks = try store.talks(TalkFilter(actor: "Jake Sullivan"))
        #expect(talks.count == 1)
        #expect(talks.first?.sources.map(\.language) == [.en, .ar])
        #expect(talks.first?.b == "gz:yuri-ushakov")
    }
}
