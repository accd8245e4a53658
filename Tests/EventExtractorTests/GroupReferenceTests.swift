import EventGraphModel
import ExtractionPipeline
import Testing

/// References to a group of parties through the whole pipeline, where the recognizer's
/// affiliations decide who they are: `the Israeli and Syrian leaders` after each was named.
@Suite("Group references · countries' adjectives before a plural title")
struct GroupReferenceTests {
    static let cases: [PipelineCase] = [
        // Each country named its leader before: the leaders met.
        PipelineCase(text: "Prime Minister Halvard Lunde of Norland arrived in Geneva on Thursday. Norlandic Foreign Minister Tomas Brevik was there too. "
                 + "Israeli Prime Minister Ehud Barak arrived in Washington on Thursday. Syrian Foreign Minister Farouk al-Sharaa also arrived. "
                 + "The Israeli and Syrian leaders met on Friday.",
             parties: ["Ehud Barak", "Farouk al-Sharaa"]),
        // Nobody named for them: the countries met.
        PipelineCase(text: "The Israeli and Syrian leaders met on Friday.", parties: ["Israel", "Syria"]),
    ]

    @Test("Each country's one person named before is its party, or else the country", arguments: cases)
    func parties(_ c: PipelineCase) throws {
        let meetings = try PipelineParties.interactions(c, published: "1999-12-18", type: .meet)
        #expect(meetings.contains(c.parties), "\(meetings)")
    }
}
