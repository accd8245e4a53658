import EventGraphModel
import ExtractionPipeline
import Testing

/// Unnamed officials named with their country's adjective act for the country, through the whole
/// pipeline: `Egyptian senior officials`, `مسؤولين سودانيين`, `المسؤولين المصريين`, `الرئيسان
/// السوداني والمصري` (each the one person named before, where both were); a body's leaders stay
/// the body's (`Kenyan police leaders`).
@Suite("Acting groups · officials named by their country")
struct ActingGroupTests {
    static let cases: [PipelineCase] = [
        PipelineCase(language: .en, text: "Amos Gilad held talks with Egyptian senior officials on Monday.",
             parties: ["Amos Gilad", "Egypt"]),
        PipelineCase(language: .en, text: "Amos Gilad met with Kenyan police leaders on Friday morning.",
             parties: ["Amos Gilad", "Kenyan police"]),
        PipelineCase(language: .ar, text: "التقى سامح شكري مسؤولين سودانيين يوم الأحد.",
             parties: ["سامح شكري", "السودان"]),
        PipelineCase(language: .ar, text: "وأجرى السودان يوم الأحد محادثات مع المسؤولين المصريين.",
             parties: ["السودان", "مصر"]),
        // Two unnamed titles joined by و on the second title: both countries are the subject.
        PipelineCase(language: .ar, text: "وأجرى الرئيس السوداني والرئيس المصري يوم الأحد محادثات في القاهرة.",
                     parties: ["السودان", "مصر"]),
        // A dual title and two countries' adjectives: the countries, or the two people named before.
        PipelineCase(language: .ar, text: "وعقد الرئيسان السوداني والمصري يوم الأحد محادثات في القاهرة.",
                     parties: ["السودان", "مصر"]),
        PipelineCase(language: .ar, text: "وصل الرئيس السوداني عمر حسن إلى جنيف يوم السبت. وتحدث الرئيس المصري عبد الفتاح السيسي للصحفيين. "
                         + "وعقد الرئيسان السوداني والمصري يوم الأحد محادثات في القاهرة.",
                     parties: ["عمر حسن", "عبد الفتاح السيسي"]),
    ]

    @Test("The officials' country is the party", arguments: cases)
    func parties(_ c: PipelineCase) throws {
        let talks = try PipelineParties.interactions(c, published: "2021-05-13")
        #expect(talks.contains(c.parties), "\(talks)")
    }
}
