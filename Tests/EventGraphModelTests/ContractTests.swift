import EventGraphModel
import Foundation
import Testing

@Suite("The extraction contract · JSON field names")
struct ContractTests {
    static func sample() -> Extraction {
        let actor = NewsActor(id: "a1", name: "جيك سوليفان", nameEN: "Jake Sullivan", kind: .person,
                              key: "gz:jake-sullivan", aliases: ["سوليفان"], roles: ["مستشار الأمن القومي"],
                              affiliation: "a2", mentions: [TextSpan(start: 3, end: 14, text: "جيك سوليفان")])
        let event = NewsEvent(id: "e1", type: .talk, participants: ["a1", "a3"], source: "a1", target: "a3",
                              date: "2022", dateText: "خلال الأشهر الأخيرة", reportedBy: ["a7"], confidence: 0.9,
                              evidence: TextSpan(start: 0, end: 20, text: "…"))
        return Extraction(document: .init(title: "t", published: "2022-11-08", language: .ar, outlet: "مأرب برس"),
                          actors: [actor], events: [event],
                          dates: [TemporalExpression(start: 1, end: 5, text: "2022", value: "2022", grain: .year,
                                                     type: .date, rule: "ar.date.year")])
    }

    @Test("Encoding uses the contract's names and decoding gives the same value back")
    func roundTrip() throws {
        let data = try JSONEncoder().encode(Self.sample())
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let actor = try #require((object["actors"] as? [[String: Any]])?.first)
        #expect(actor["name_en"] as? String == "Jake Sullivan")
        #expect(actor["affiliation"] as? String == "a2")
        let event = try #require((object["events"] as? [[String: Any]])?.first)
        #expect(event["cameo"] as? String == "040")
        #expect(event["date_text"] as? String == "خلال الأشهر الأخيرة")
        #expect(event["reported_by"] as? [String] == ["a7"])
        let date = try #require((object["dates"] as? [[String: Any]])?.first)
        #expect(date["rule"] == nil)
        #expect(date["grain"] as? String == "year")
        var back = try JSONDecoder().decode(Extraction.self, from: data)
        back.dates[0].rule = "ar.date.year"
        #expect(back == Self.sample())
    }

    @Test("Interaction types are exactly the six that answer who spoke to whom")
    func interactionTypes() {
        #expect(Set(EventType.allCases.filter(\.isInteraction)) == [.talk, .meet, .call, .visit, .negotiate, .letter])
    }
}
