import EventGraphModel
import ExtractionPipeline
import Testing

/// Unnamed officials named with their country's adjective act for the country, through the whole
/// pipeline: `Egyptian senior officials`, `مسؤولين سودانيين`, `المسؤولين المصريين`; a body's
/// leaders stay the body's (`Kenyan police leaders`).
@Suite("Acting groups · officials named by their country")
struct ActingGroupTests {
    static let pipeline = try? ExtractionPipeline.shipped()

    struct Case: Sendable, CustomTestStringConvertible {
        let language: LanguageCode
        let text: String
        let parties: Set<String>
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        Case(language: .en, text: "Amos Gilad held talks with Egyptian senior officials on Monday.",
             parties: ["Amos Gilad", "Egypt"]),
        Case(language: .en, text: "Amos Gilad met with Kenyan police leaders on Friday morning.",
             parties: ["Amos Gilad", "Kenyan police"]),
        Case(language: .ar, text: "التقى سامح شكري مسؤولين سودانيين يوم الأحد.",
             parties: ["سامح شكري", "السودان"]),
        Case(language: .ar, text: "وأجرى السودان يوم الأحد محادثات مع المسؤولين المصريين.",
             parties: ["السودان", "مصر"]),
    ]

    @Test("The officials' country is the party", arguments: cases)
    func parties(_ c: Case) throws {
        let pipeline = try #require(Self.pipeline)
        let extraction = pipeline.extract(Document(text: c.text, published: "2021-05-13", language: c.language))
        let names = Dictionary(uniqueKeysWithValues: extraction.actors.map { ($0.id, $0.name) })
        let talks = extraction.events.filter { $0.type.isInteraction }.map { Set($0.participants.compactMap { names[$0] }) }
        #expect(talks.contains(c.parties), "\(talks)")
    }
}
