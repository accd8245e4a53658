import EventGraphModel
import ExtractionPipeline
import Testing

/// A bare weekday of a scheduled event is the next one, whatever the tagger's past-leaning reading
/// of news; a done event keeps the last one. Through the whole pipeline (the tagger's rule ids).
@Suite("Event dating · the weekday of a scheduled event")
struct ScheduledWeekdayTests {
    static let pipeline = try? ExtractionPipeline.shipped()

    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        let language: LanguageCode
        /// The report's day: a Friday.
        let published: String
        let date: String
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        // Told in the present outside a headline: a schedule, so next Monday.
        Case(text: "Prime Minister Halvard Lunde spoke on Friday.\n\nLunde and Adil Farouk meet separately Monday with Secretary of State Jane Holloway.",
             language: .en, published: "1998-05-01", date: "1998-05-04"),
        // Done: last Monday.
        Case(text: "Prime Minister Halvard Lunde spoke on Friday.\n\nLunde met Secretary of State Jane Holloway on Monday.",
             language: .en, published: "1998-05-01", date: "1998-04-27"),
    ]

    @Test("The event takes the weekday on the side its tense tells", arguments: cases)
    func weekday(_ c: Case) throws {
        let pipeline = try #require(Self.pipeline)
        let extraction = pipeline.extract(Document(text: c.text, published: c.published, language: c.language))
        let holloway = try #require(extraction.actors.first { $0.name.hasSuffix("Holloway") })
        let event = try #require(extraction.events.first { $0.participants.contains(holloway.id) && $0.participants.count >= 2 })
        #expect(event.date == c.date, "\(extraction.events.map { "\($0.type.rawValue) \($0.date ?? "-")" })")
    }
}
