import EventGraphModel
import ExtractionPipeline
import Testing

/// A title with a country's adjective that says only that the person leads (`the Russian leader`,
/// `الزعيم الروسي`), through the whole pipeline: among several people of that country the
/// recognizer gave roles to, it names the one whose role is a head of state's or government's.
@Suite("Leader titles · the head among the country's people")
struct LeaderTitleTests {
    static let cases: [PipelineCase] = [
        PipelineCase(language: .en,
             text: "Finnish President Halvard Lunde and Finnish Foreign Minister Tomas Brevik arrived on Monday. "
                 + "The Finnish leader spoke with Chilean President Anton Vasko on Tuesday.",
             parties: ["Halvard Lunde", "Anton Vasko"]),
        // `the Finnish foreign minister` is the one whose role has those words.
        PipelineCase(language: .en,
             text: "Finnish President Halvard Lunde and Finnish Foreign Minister Tomas Brevik arrived on Monday. "
                 + "The Finnish foreign minister spoke with Chilean President Anton Vasko on Tuesday.",
             parties: ["Tomas Brevik", "Anton Vasko"]),
        // Two heads of that country: the leader is neither.
        PipelineCase(language: .en,
             text: "Finnish President Halvard Lunde and Finnish Prime Minister Tomas Brevik arrived on Monday. "
                 + "The Finnish leader spoke with Chilean President Anton Vasko on Tuesday.",
             parties: []),
        // Arabic: the title names the one whose role has its words, before a counterpart.
        PipelineCase(language: .ar,
             text: "وصل الرئيس الفنلندي هالفارد لوندي ووزير الخارجية الفنلندي توماس بريفيك إلى جنيف يوم الاثنين. "
                 + "واستقبل الرئيس الفنلندي نظيره التشيلي أنطون فاسكو يوم الثلاثاء.",
             parties: ["هالفارد لوندي", "أنطون فاسكو"]),
        PipelineCase(language: .ar,
             text: "وصل الرئيس الفنلندي هالفارد لوندي ووزير الخارجية الفنلندي توماس بريفيك إلى جنيف يوم الاثنين. "
                 + "وبحث الزعيم الفنلندي مع الرئيس التشيلي أنطون فاسكو يوم الثلاثاء سبل التعاون.",
             parties: ["هالفارد لوندي", "أنطون فاسكو"]),
        // `the Finnish monarch` says only that the person leads: the king.
        PipelineCase(language: .en,
             text: "Finnish King Halvard and Finnish Foreign Minister Tomas Brevik arrived in Santiago on Monday. "
                 + "The Finnish monarch met with Chilean President Anton Vasko on Tuesday.",
             parties: ["Halvard", "Anton Vasko"]),
        // A minister's title is not the one head of government named: the unnamed minister acts for
        // the country, and the prime minister is no party.
        PipelineCase(language: .ar,
             text: "وكان رئيس الوزراء الفنلندي هالفارد لوندي قد تحدث أمس. "
                 + "واستقبل وزير الخارجية الفنلندي يوم الثلاثاء الرئيس التشيلي أنطون فاسكو.",
             parties: ["فنلندا", "أنطون فاسكو"]),
        // After a role its country's adjective closes, a role in و is another person's
        // (`وزير الخارجية الفنلندي ورئيس الوزراء هالفارد لوندي`): the name is the prime minister's only.
        PipelineCase(language: .ar,
             text: "وصل وزير الخارجية الفنلندي ورئيس الوزراء هالفارد لوندي إلى جنيف يوم الاثنين. "
                 + "واستقبل وزير الخارجية الفنلندي يوم الثلاثاء الرئيس التشيلي أنطون فاسكو.",
             parties: ["فنلندا", "أنطون فاسكو"]),
    ]

    @Test("The leader is the country's one head told of", arguments: cases)
    func parties(_ c: PipelineCase) throws {
        let talks = try PipelineParties.interactions(c, published: "2015-06-26")
        if c.parties.isEmpty {
            #expect(!talks.contains { $0.contains("Anton Vasko") && $0.count >= 2 && !$0.isSubset(of: ["Anton Vasko", "Finland"]) }, "\(talks)")
        } else {
            #expect(talks.contains(c.parties), "\(talks)")
        }
    }
}
