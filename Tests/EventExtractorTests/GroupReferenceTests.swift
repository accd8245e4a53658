import EventGraphModel
import ExtractionPipeline
import Testing

/// References to a group of parties through the whole pipeline, where the recognizer's
/// affiliations decide who they are: `the Israeli and Syrian leaders` after each was named.
@Suite("Group references · countries' adjectives before a plural title")
struct GroupReferenceTests {
    static let pipeline = try? ExtractionPipeline.shipped()

    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        /// The names of the parties of the meeting.
        let parties: Set<String>
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        // Each country named its leader before: the leaders met.
        Case(text: "Prime Minister Halvard Lunde of Norland arrived in Geneva on Thursday. Norlandic Foreign Minister Tomas Brevik was there too. "
                 + "Israeli Prime Minister Ehud Barak arrived in Washington on Thursday. Syrian Foreign Minister Farouk al-Sharaa also arrived. "
                 + "The Israeli and Syrian leaders met on Friday.",
             parties: ["Ehud Barak", "Farouk al-Sharaa"]),
        // Nobody named for them: the countries met.
        Case(text: "The Israeli and Syrian leaders met on Friday.", parties: ["Israel", "Syria"]),
    ]

    @Test("Each country's one person named before is its party, or else the country", arguments: cases)
    func parties(_ c: Case) throws {
        let pipeline = try #require(Self.pipeline)
        let extraction = pipeline.extract(Document(text: c.text, published: "1999-12-18", language: .en))
        let names = Dictionary(uniqueKeysWithValues: extraction.actors.map { ($0.id, $0.name) })
        let meetings = extraction.events.filter { $0.type == .meet }.map { Set($0.participants.compactMap { names[$0] }) }
        #expect(meetings.contains(c.parties), "\(meetings)")
    }
}
