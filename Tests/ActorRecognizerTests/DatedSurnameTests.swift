import EventGraphModel
import Testing
@testable import ActorRecognizer
import TextAnalysis

@Suite("Actor recognizer · a surname with a title, by the article's date", .tags(.english))
struct DatedSurnameTests {
    @Test("President Bush is the Bush in office when the article was written",
          arguments: [("1990-05-01", "gz:george-h-w-bush"), ("2005-05-01", "gz:george-w-bush")])
    func presidentBushByYear(_ published: String, _ key: String) throws {
        let recognizer = try #require(Shipped.recognizer)
        let found = recognizer.recognize(AnalyzedText("Talks\nPresident Bush met Prime Minister Thatcher on Monday."),
                                         language: .en, outlet: nil, published: published)
        let bush = try #require(found.actors.first { $0.mentions.contains { $0.text == "Bush" } })
        #expect(bush.key == key)
    }

    @Test("Without a date or a title the surname stays a person of its own")
    func noDateNoLink() throws {
        let recognizer = try #require(Shipped.recognizer)
        let found = recognizer.recognize(AnalyzedText("Talks\nPresident Bush met Prime Minister Thatcher on Monday."),
                                         language: .en, outlet: nil)
        #expect(found.actors.contains { $0.key == "person:bush" })
    }
}
