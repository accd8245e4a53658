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

    @Test("A surname a title introduced names the same person again alone, linked by date or not",
          arguments: [("1990-05-01", "gz:george-h-w-bush", "President Bush met Kohl on Monday. Bush said it went well. Later Bush phoned Kohl."),
                      ("1990-05-01", "person:kerimov", "Mayor Kerimov met Putin on Monday. Kerimov said it went well. Later Kerimov phoned Kohl.")])
    func laterBareSurname(_ published: String, _ key: String, _ text: String) throws {
        let recognizer = try #require(Shipped.recognizer)
        let found = recognizer.recognize(AnalyzedText(text), language: .en, outlet: nil, published: published)
        let person = try #require(found.actors.first { $0.key == key })
        #expect(person.mentions.count == 3)
    }

    @Test("A one-word person without a title claims no later word")
    func untitledClaimsNothing() throws {
        let recognizer = try #require(Shipped.recognizer)
        let found = recognizer.recognize(AnalyzedText("Kerimov said it went well. Kerimov Street was closed."),
                                         language: .en, outlet: nil, published: "1990-05-01")
        #expect(found.actors.allSatisfy { $0.mentions.count <= 1 })
    }

    @Test("A surname alone names the one person of it who held a named office that year, or no one",
          arguments: [("1997-03-12", "Clinton shook hands with Arafat on Monday.", "Clinton", "gz:bill-clinton"),
                      ("2015-03-12", "Clinton said on Monday that she would run.", "Clinton", nil),
                      ("1997-03-12", "Talks\nJohn Clinton met Arafat. Later Clinton shook hands with Arafat.", "John Clinton", nil),
                      ("2000-01-28", "Granma compared Elian with Ernesto ``Che'' Guevara on Friday.", "Guevara", nil),
                      ("1989-12-04", "On Saturday, Bush met Gorbachev in Malta.", "Bush", "gz:george-h-w-bush"),
                      ("1991-04-17", "Baker arrived on Monday. After his meeting with Assad, Baker flew to Amman.", "Assad", "gz:hafez-al-assad"),
                      ("2021-04-17", "Blinken arrived on Monday. After his meeting with Assad, Blinken flew to Amman.", "Assad", "gz:bashar-al-assad")])
    func bareSurnameByOffice(_ published: String, _ text: String, _ mention: String, _ key: String?) throws {
        let recognizer = try #require(Shipped.recognizer)
        let found = recognizer.recognize(AnalyzedText(text), language: .en, outlet: nil, published: published)
        let gazetteerPeople = found.actors.filter { $0.key.hasPrefix("gz:") && $0.kind == .person && $0.mentions.contains { $0.text == mention } }
        if let key {
            #expect(gazetteerPeople.map(\.key) == [key])
        } else {
            #expect(gazetteerPeople.isEmpty, "\(gazetteerPeople.map(\.key))")
        }
    }
}
