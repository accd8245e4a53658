import EventGraphModel
import ExtractionPipeline
import Testing

/// `his government`, `her administration` through the whole pipeline: the country of the person
/// the sentence named last before it, when the text gives that person one.
@Suite("Own government · a person's state by a possessive")
struct OwnGovernmentTests {
    static let pipeline = try? ExtractionPipeline.shipped()

    struct Case: Sendable, CustomTestStringConvertible {
        var language: LanguageCode = .en
        let text: String
        /// The names of the parties of the interaction, or empty when none may be found.
        let parties: Set<String>
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        Case(text: "Chilean President Anton Vasko said on Tuesday that his government held talks with Peruvian officials.",
             parties: ["Chile", "Peru"]),
        Case(text: "Chilean President Anton Vasko said on Tuesday his government had told Peruvian officials it was worried.",
             parties: ["Chile", "Peru"]),
        // No country given to the person: the possessive names none.
        Case(text: "Anton Vasko said on Tuesday that his government held talks with Peruvian officials.",
             parties: ["Anton Vasko", "Peru"]),
        // Arabic: the pronoun on the word (`بلاده`, his country).
        Case(language: .ar, text: "وقال وزير الخارجية التشيلي أنطون فاسكو إن بلاده بحثت مع بيرو سبل التعاون يوم الثلاثاء.",
             parties: ["تشيلي", "بيرو"]),
    ]

    @Test("The possessive names the person's country", arguments: cases)
    func parties(_ c: Case) throws {
        let pipeline = try #require(Self.pipeline)
        let extraction = pipeline.extract(Document(text: c.text, published: "2000-03-28", language: c.language))
        let names = Dictionary(uniqueKeysWithValues: extraction.actors.map { ($0.id, $0.name) })
        let talks = extraction.events.filter { $0.type.isInteraction }.map { Set($0.participants.compactMap { names[$0] }) }
        #expect(talks.contains(c.parties), "\(talks)")
    }
}
