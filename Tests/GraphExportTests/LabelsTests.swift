import EventGraphModel
import GraphExport
import Testing

@Suite("Labels in the chosen language")
struct LabelsTests {
    static let lavrov = ActorNames(en: "Sergey Lavrov", ar: "سيرغي لافروف")
    static let anonymous = ActorNames(en: nil, ar: "مسؤول سعودي")

    static let talk = TalkRecord(event: "e", type: .call, cameo: "040", date: "2022-07", grain: .month,
                                 a: "gz:sergey-lavrov", b: "person:x", aName: "لافروف", bName: "مسؤول سعودي",
                                 aNames: lavrov, bNames: anonymous, sources: [])

    @Test("Each language names each actor in it where it can, the stored label otherwise", arguments: [
        (LanguageCode?.none, "لافروف", "مسؤول سعودي"), (.en, "Sergey Lavrov", "مسؤول سعودي"),
        (.ar, "سيرغي لافروف", "مسؤول سعودي"),
    ])
    func talks(_ row: (language: LanguageCode?, a: String, b: String)) {
        let named = Labels.apply(row.language, to: [Self.talk])
        #expect(named.map(\.aName) == [row.a])
        #expect(named.map(\.bName) == [row.b])
    }

    @Test("CSV gives the name in the other script beside it; tables do not")
    func otherScriptColumn() throws {
        let csv = try #require(Readers.csv(ListingExporter.talks(Labels.apply(.en, to: [Self.talk]), as: .csv)))
        let a = try #require(csv[0].firstIndex(of: "a_other")), b = try #require(csv[0].firstIndex(of: "b_other"))
        #expect(csv[1][a] == "سيرغي لافروف" && csv[1][b] == "")
        #expect(!ListingExporter.talks([Self.talk], as: .table).contains("a_other"))
        let entry = TimelineEntry(event: "e", type: .call, cameo: "040", date: "2022-07", grain: .month,
                                  isReportDate: false, participants: ["لافروف", "مسؤول سعودي"],
                                  participantNames: [Self.lavrov, Self.anonymous], sources: [])
        let events = try #require(Readers.csv(ListingExporter.events(Labels.apply(.en, to: [entry]), as: .csv)))
        let names = try #require(events[0].firstIndex(of: "participants")), other = try #require(events[0].firstIndex(of: "participants_other"))
        #expect(events[1][names] == "Sergey Lavrov; مسؤول سعودي")
        #expect(events[1][other] == "سيرغي لافروف; ")
    }

    @Test("Graph nodes and actors take the language too")
    func nodesAndActors() {
        let graph = GraphSnapshot(nodes: [GraphNode(id: "gz:sergey-lavrov", label: "لافروف", labelEN: "Sergey Lavrov",
                                                    labelAR: "سيرغي لافروف", kind: .person)])
        #expect(Labels.apply(.en, to: graph).nodes.map(\.label) == ["Sergey Lavrov"])
        let actor = ActorRecord(id: "gz:sergey-lavrov", name: "لافروف", nameEN: "Sergey Lavrov", nameAR: nil, kind: .person,
                                aliases: [], documents: 1, languages: [.ar])
        #expect(Labels.apply(.en, to: [actor]).map(\.name) == ["Sergey Lavrov"])
        #expect(Labels.apply(.ar, to: [actor]).map(\.name) == ["لافروف"])
    }
}
