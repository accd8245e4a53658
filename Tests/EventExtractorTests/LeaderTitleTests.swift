import EventGraphModel
import ExtractionPipeline
import Testing

/// A title with a country's adjective that says only that the person leads (`the Russian leader`,
/// `الزعيم الروسي`), through the whole pipeline: among several people of that country the
/// recognizer gave roles to, it names the one whose role is a head of state's or government's.
@Suite("Leader titles · the head among the country's people")
struct LeaderTitleTests {
    static let pipeline = try? ExtractionPipeline.shipped()

    struct Case: Sendable, CustomTestStringConvertible {
        let language: LanguageCode
        let text: String
        /// The names of the parties of the interaction, or empty when none may be found.
        let parties: Set<String>
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        Case(language: .en,
             text: "Finnish President Halvard Lunde and Finnish Foreign Minister Tomas Brevik arrived on Monday. "
                 + "The Finnish leader spoke with Chilean President Anton Vasko on Tuesday.",
             parties: ["Halvard Lunde", "Anton Vasko"]),
        // `the Finnish foreign minister` is the one whose role has those words.
        Case(language: .en,
             text: "Finnish President Halvard Lunde and Finnish Foreign Minister Tomas Brevik arrived on Monday. "
                 + "The Finnish foreign minister spoke with Chilean President Anton Vasko on Tuesday.",
             parties: ["Tomas Brevik", "Anton Vasko"]),
        // Two heads of that country: the leader is neither.
        Case(language: .en,
             text: "Finnish President Halvard Lunde and Finnish Prime Minister Tomas Brevik arrived on Monday. "
                 + "The Finnish leader spoke with Chilean President Anton Vasko on Tuesday.",
             parties: []),
        // Arabic: the title names the one whose role has its words, before a counterpart.
        Case(language: .ar,
             text: "وصل الرئيس الفنلندي هالفارد لوندي ووزير الخارجية الفنلندي توماس بريفيك إلى جنيف يوم الاثنين. "
                 + "واستقبل الرئيس الفنلندي نظيره التشيلي أنطون فاسكو يوم الثلاثاء.",
             parties: ["هالفارد لوندي", "أنطون فاسكو"]),
        Case(language: .ar,
             text: "وصل الرئيس الفنلندي هالفارد لوندي ووزير الخارجية الفنلندي توماس بريفيك إلى جنيف يوم الاثنين. "
                 + "وبحث الزعيم الفنلندي مع الرئيس التشيلي أنطون فاسكو يوم الثلاثاء سبل التعاون.",
             parties: ["هالفارد لوندي", "أنطون فاسكو"]),
        // `the Finnish monarch` says only that the person leads: the king.
        Case(language: .en,
             text: "Finnish King Halvard and Finnish Foreign Minister Tomas Brevik arrived in Santiago on Monday. "
                 + "The Finnish monarch met with Chilean President Anton Vasko on Tuesday.",
             parties: ["Halvard", "Anton Vasko"]),
        // A minister's title is not the one head of government named: the unnamed minister acts for
        // the country, and the prime minister is no party.
        Case(language: .ar,
             text: "وكان رئيس الوزراء الفنلندي هالفارد لوندي قد تحدث أمس. "
                 + "واستقبل وزير الخارجية الفنلندي يوم الثلاثاء الرئيس التشيلي أنطون فاسكو.",
             parties: ["فنلندا", "أنطون فاسكو"]),
        // After a role its country's adjective closes, a role in و is another person's
        // (`وزير الخارجية الفنلندي ورئيس الوزراء هالفارد لوندي`): the name is the prime minister's only.
        Case(language: .ar,
             text: "وصل وزير الخارجية الفنلندي ورئيس الوزراء هالفارد لوندي إلى جنيف يوم الاثنين. "
                 + "واستقبل وزير الخارجية الفنلندي يوم الثلاثاء الرئيس التشيلي أنطون فاسكو.",
             parties: ["فنلندا", "أنطون فاسكو"]),
    ]

    @Test("The leader is the country's one head told of", arguments: cases)
    func parties(_ c: Case) throws {
        let pipeline = try #require(Self.pipeline)
        let extraction = pipeline.extract(Document(text: c.text, published: "2015-06-26", language: c.language))
        let names = Dictionary(uniqueKeysWithValues: extraction.actors.map { ($0.id, $0.name) })
        let talks = extraction.events.filter { $0.type.isInteraction }.map { Set($0.participants.compactMap { names[$0] }) }
        if c.parties.isEmpty {
            #expect(!talks.contains { $0.contains("Anton Vasko") && $0.count >= 2 && !$0.isSubset(of: ["Anton Vasko", "Finland"]) }, "\(talks)")
        } else {
            #expect(talks.contains(c.parties), "\(talks)")
        }
    }
}
