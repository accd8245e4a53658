import EventGraphModel
import ExtractionPipeline
import Testing

/// `his government`, `her administration` through the whole pipeline: the country of the person
/// the sentence named last before it, when the text gives that person one.
@Suite("Own government · a person's state by a possessive")
struct OwnGovernmentTests {
    static let cases: [PipelineCase] = [
        PipelineCase(text: "Chilean President Anton Vasko said on Tuesday that his government held talks with Peruvian officials.",
             parties: ["Chile", "Peru"]),
        PipelineCase(text: "Chilean President Anton Vasko said on Tuesday his government had told Peruvian officials it was worried.",
             parties: ["Chile", "Peru"]),
        // No country given to the person: the possessive names none.
        PipelineCase(text: "Anton Vasko said on Tuesday that his government held talks with Peruvian officials.",
             parties: ["Anton Vasko", "Peru"]),
        // Arabic: the pronoun on the word (`بلاده`, his country).
        PipelineCase(language: .ar, text: "وقال وزير الخارجية التشيلي أنطون فاسكو إن بلاده بحثت مع بيرو سبل التعاون يوم الثلاثاء.",
             parties: ["تشيلي", "بيرو"]),
    ]

    @Test("The possessive names the person's country", arguments: cases)
    func parties(_ c: PipelineCase) throws {
        let talks = try PipelineParties.interactions(c, published: "2000-03-28")
        #expect(talks.contains(c.parties), "\(talks)")
    }
}
