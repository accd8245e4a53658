import EventGraphModel
import Testing
@testable import GraphStore

@Suite("Graph store · queries")
struct QueryTests {
    /// Biden–Putin call 2022-03 (month), Biden–Xi meeting 2022-03-14, Biden–Scholz visit 2022-05-01,
    /// an undated Putin–Xi talk reported 2022-03-20, a Biden statement 2022-03-02, and a three-party meeting.
    static func seeded() throws -> GraphStore {
        let store = try GraphStore.inMemory()
        let biden = ("Biden", "gz:joe-biden"), putin = ("Putin", "gz:vladimir-putin"), xi = ("Xi", "gz:xi-jinping")
        let scholz = ("Scholz", "gz:olaf-scholz")
        try store.ingest(Fixture.interaction("Biden called Putin in March.", biden, putin, type: .call, date: "2022-03",
                                             published: "2022-04-02"))
        try store.ingest(Fixture.interaction("Biden met Xi on March 14.", biden, xi, type: .meet, date: "2022-03-14",
                                             published: "2022-03-15"))
        try store.ingest(Fixture.interaction("Biden visited Scholz on May 1.", biden, scholz, type: .visit, date: "2022-05-01",
                                             published: "2022-05-02"))
        try store.ingest(Fixture.interaction("Putin and Xi held talks.", putin, xi, type: .talk, date: nil, published: "2022-03-20"))
        let s = "Biden said sanctions would follow."
        let d = Fixture.document(s, published: "2022-03-02")
        try store.ingest(d, Fixture.extraction(d, [Fixture.actor("a1", "Biden", key: "gz:joe-biden", in: s)],
                                               [Fixture.event("e1", .statement, ["a1"], date: "2022-03-02", text: s)]))
        let m = "Scholz, Macron and Draghi met in Kyiv."
        let md = Fixture.document(m, published: "2022-06-17")
        try store.ingest(md, Fixture.extraction(md, [
            Fixture.actor("a1", "Scholz", key: "gz:olaf-scholz", in: m), Fixture.actor("a2", "Macron", key: "gz:emmanuel-macron", in: m),
            Fixture.actor("a3", "Draghi", key: "gz:mario-draghi", in: m),
        ], [Fixture.event("e1", .meet, ["a1", "a2", "a3"], date: "2022-06-16", text: m)]))
        return store
    }

    @Test("Events come by date, undated ones at their report date and marked so")
    func timelineOrder() throws {
        let store = try Self.seeded()
        let entries = try store.events(EventFilter())
        #expect(entries.map(\.date) == ["2022-03", "2022-03-02", "2022-03-14", "2022-03-20", "2022-05-01", "2022-06-16"])
        let undated = try #require(entries.first { $0.type == .talk })
        #expect(undated.isReportDate)
        #expect(undated.participants == ["Putin", "Xi"])
        #expect(entries.first?.grain == .month)
        #expect(entries.first?.sources.first?.outlet == "Test Wire")
    }

    struct Window: Sendable, CustomTestStringConvertible {
        var from: String?
        var to: String?
        var dates: [String]
        var testDescription: String { "\(from ?? "…")–\(to ?? "…")" }
    }

    @Test("Windows are grain-aware", arguments: [
        Window(from: "2022-03", to: "2022-03", dates: ["2022-03", "2022-03-02", "2022-03-14", "2022-03-20"]),
        Window(from: "2022-03-10", to: "2022-03-12", dates: ["2022-03"]),
        Window(from: "2022-03-14", to: "2022-03-14", dates: ["2022-03", "2022-03-14"]),
        Window(from: "2022-04", to: nil, dates: ["2022-05-01", "2022-06-16"]),
        Window(from: nil, to: "2022-02", dates: []),
        Window(from: "2022", to: "2022", dates: ["2022-03", "2022-03-02", "2022-03-14", "2022-03-20", "2022-05-01", "2022-06-16"]),
    ])
    func windows(_ w: Window) throws {
        let store = try Self.seeded()
        #expect(try store.events(EventFilter(from: w.from, to: w.to)).map(\.date) == w.dates)
    }

    @Test("Events filter by actor and type, and page")
    func eventFilters() throws {
        let store = try Self.seeded()
        #expect(try store.events(EventFilter(actor: "gz:xi-jinping")).map(\.type) == [.meet, .talk])
        #expect(try store.events(EventFilter(actor: "Xi")).count == 2)
        #expect(try store.events(EventFilter(type: .statement)).map(\.date) == ["2022-03-02"])
        #expect(try store.events(EventFilter(limit: 2, offset: 1)).map(\.date) == ["2022-03-02", "2022-03-14"])
        #expect(try store.events(EventFilter(actor: "nobody at all")).isEmpty)
    }

    @Test("The timeline names every participant of an event, in order, whatever their number")
    func timelineParticipants() throws {
        // Given events of one, two and three participants
        let store = try Self.seeded()
        // Then each entry names all of them, source first, in each language
        let entries = try store.events(EventFilter())
        #expect(entries.map(\.participants) == [["Biden", "Putin"], ["Biden"], ["Biden", "Xi"], ["Putin", "Xi"], ["Biden", "Scholz"],
                                                  ["Scholz", "Macron", "Draghi"]])
        #expect(entries.map(\.participantNames.count) == entries.map(\.participants.count))
        #expect(entries.last?.participantNames.map(\.en) == ["Scholz", "Macron", "Draghi"])
        // And a participant whose node is gone is left out, as before
        try store.writer.write { db in try db.execute(sql: "DELETE FROM nodes WHERE key IN ('gz:vladimir-putin', 'gz:mario-draghi')") }
        #expect(try store.events(EventFilter()).map(\.participants) == [["Biden"], ["Biden"], ["Biden", "Xi"], ["Xi"], ["Biden", "Scholz"],
                                                                        ["Scholz", "Macron"]])
    }

    @Test("Talks list interactions only, one per pair of parties, by date, with filters")
    func talks() throws {
        let store = try Self.seeded()
        let biden = try store.talks(TalkFilter(actor: "gz:joe-biden"))
        #expect(biden.map(\.b) == ["gz:vladimir-putin", "gz:xi-jinping", "gz:olaf-scholz"])
        #expect(biden.allSatisfy { $0.a == "gz:joe-biden" && $0.aName == "Biden" })
        #expect(biden.map(\.type) == [.call, .meet, .visit])
        #expect(try store.talks(TalkFilter(actor: "gz:joe-biden", with: "Xi")).map(\.date) == ["2022-03-14"])
        #expect(try store.talks(TalkFilter(actor: "gz:joe-biden", from: "2022-03-10", to: "2022-03-31")).count == 2)
        #expect(try store.talks(TalkFilter(actor: "gz:joe-biden", type: .visit)).map(\.b) == ["gz:olaf-scholz"])
        // The three-party meeting gives Scholz two partners, and the undated talk has no date of its own
        #expect(try store.talks(TalkFilter(actor: "gz:olaf-scholz", from: "2022-06")).map(\.b)
                == ["gz:emmanuel-macron", "gz:mario-draghi"])
        let all = try store.talks(TalkFilter())
        #expect(all.count == 7)
        #expect(all.filter { $0.type == .meet && $0.date == "2022-06-16" }.map { [$0.a, $0.b] } == [
            ["gz:olaf-scholz", "gz:emmanuel-macron"], ["gz:olaf-scholz", "gz:mario-draghi"],
            ["gz:emmanuel-macron", "gz:mario-draghi"],
        ])
        #expect(all.first { $0.type == .talk }?.date == nil)
    }

    @Test("Talks of an actor list every partner that --with finds, for every actor of a multi-party meeting",
          arguments: ["gz:olaf-scholz", "gz:emmanuel-macron", "gz:mario-draghi", "gz:joe-biden", "gz:xi-jinping"])
    func talksAgreeWithWith(_ actor: String) throws {
        // Given the seeded store, with a meeting of three
        let store = try Self.seeded()
        // When the actor's talks are listed, and then asked of each other actor with --with
        let listed = Set(try store.talks(TalkFilter(actor: actor)).map { "\($0.event) \($0.b)" })
        var found = Set<String>()
        for other in try store.actors().map(\.id) where other != actor {
            for talk in try store.talks(TalkFilter(actor: actor, with: other)) { found.insert("\(talk.event) \(talk.b)") }
        }
        // Then the listing and --with agree, record for record
        #expect(listed == found)
        #expect(!listed.isEmpty)
    }

    @Test("Path finds the shortest chain of interactions within the depth")
    func path() throws {
        let store = try Self.seeded()
        // Putin – Biden – Scholz – Macron
        let steps = try #require(try store.path(from: "gz:vladimir-putin", to: "gz:emmanuel-macron"))
        #expect(steps.count == 3)
        #expect(steps.first?.from == "gz:vladimir-putin")
        #expect(steps.last?.to == "gz:emmanuel-macron")
        for (x, y) in zip(steps, steps.dropFirst()) { #expect(x.to == y.from) }
        #expect(try store.path(from: "gz:vladimir-putin", to: "gz:emmanuel-macron", maxDepth: 2) == nil)
        #expect(try store.path(from: "Xi", to: "Biden")?.count == 1)
        #expect(try store.path(from: "gz:xi-jinping", to: "gz:xi-jinping") == [])
        #expect(try store.path(from: "gz:xi-jinping", to: "nobody") == nil)
    }

    @Test("Neighbours grow with depth")
    func neighbours() throws {
        let store = try Self.seeded()
        let one = try store.neighbours(of: "gz:olaf-scholz", depth: 1)
        #expect(Set(one.nodes.map(\.id)) == ["gz:olaf-scholz", "gz:joe-biden", "gz:emmanuel-macron", "gz:mario-draghi"])
        #expect(one.nodes.first?.id == "gz:olaf-scholz")
        #expect(one.edges.contains { Set([$0.source, $0.target]) == ["gz:emmanuel-macron", "gz:mario-draghi"] })
        let two = try store.neighbours(of: "gz:olaf-scholz", depth: 2)
        #expect(two.nodes.count == 6)
        let window = try store.graph(GraphFilter(actor: "gz:joe-biden", depth: 1, from: "2022-05", to: "2022-05"))
        #expect(Set(window.nodes.map(\.id)) == ["gz:joe-biden", "gz:olaf-scholz"])
        let capped = try store.graph(GraphFilter(maxNodes: 2))
        #expect(capped.nodes.count == 2)
    }

    @Test("Search finds Arabic evidence with or without diacritics and clitics", arguments: [
        ("محادثات", true), ("والمحادثات", true), ("المحادثات", true), ("مُحَادَثَات", true), ("بالمحادثات", true),
        ("موسكو", true), ("وموسكو", true), ("سوليفان", true), ("مفاوضات", false),
    ])
    func searchArabic(_ query: String, found: Bool) throws {
        let store = try GraphStore.inMemory()
        let text = "أجرى سوليفان محادثات مع مسؤولين في موسكو."
        try store.ingest(Fixture.interaction(text, ("سوليفان", "person:سوليفان"), ("موسكو", "gz:russia"), type: .talk,
                                             date: "2022", published: "2022-11-08", language: .ar))
        #expect(try !store.search(query).isEmpty == found)
    }

    @Test("Search finds clitic forms in the evidence from the bare word, and quotes user syntax")
    func searchEvidenceClitics() throws {
        let store = try GraphStore.inMemory()
        let text = "وقالت الصحيفة إن والمحادثات بين الجانبين استمرت. Talks went \"well\"."
        try store.ingest(Fixture.interaction(text, ("الصحيفة", "outlet:الصحيفة"), ("الجانبين", "person:الجانبين"), type: .talk,
                                             date: nil, published: "2022-11-08", language: .ar))
        #expect(try store.search("محادثات").count == 1)
        #expect(try store.search("talks").first?.type == .talk)
        #expect(try store.search("\"-:").isEmpty)
        #expect(try store.search("well").first?.source.key?.count == 12)
    }
}
