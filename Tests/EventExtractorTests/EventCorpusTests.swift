import ActorRecognizer
import EventGraphModel
import Foundation
import Testing
import TextAnalysis
@testable import EventExtractor

extension Tag {
    @Tag static var arabic: Self
    @Tag static var english: Self
    @Tag static var corpus: Self
}

/// The shipped rules, loaded once for the suites.
let shippedExtractor: EventExtractor? = try? EventExtractor.shipped()

func extract(_ row: CorpusRow, language: LanguageCode) throws -> [NewsEvent] {
    let extractor = try #require(shippedExtractor, "the shipped rules load")
    return extractor.extract(AnalyzedText(row.sentence), language: language, actors: row.actors,
                             dates: row.dates, published: row.published)
}

/// Whether the events hold one of the row's expected type, parties and date.
func matches(_ events: [NewsEvent], _ row: CorpusRow) -> Bool {
    events.contains { e in
        e.type.rawValue == row.type && Set(e.participants) == row.participants && e.date == row.date
    }
}

/// Whether an event says two parties or more spoke to each other (a visit to a place alone does not).
func isPair(_ e: NewsEvent) -> Bool { e.type.isInteraction && e.participants.count >= 2 }

/// Whether two interactions of one type join the same parties: one event told once is one event.
func hasDuplicate(_ events: [NewsEvent]) -> Bool {
    let keys = events.filter(isPair).map { "\($0.type.rawValue) \(Set($0.participants).sorted())" }
    return Set(keys).count != keys.count
}

func describe(_ events: [NewsEvent]) -> String {
    events.map { "\($0.type.rawValue)(\($0.participants.joined(separator: "+")), \($0.date ?? "-"))\($0.isPlanned ? " planned" : "")" }
        .joined(separator: "; ")
}

@Suite("Event extractor · Arabic corpus", .tags(.arabic, .corpus))
struct ArabicEventCorpusTests {
    @Test("Each row yields its event with its parties and date", arguments: try CorpusRow.load("ar/events.tsv"))
    func yieldsEvent(_ row: CorpusRow) throws {
        let events = try extract(row, language: .ar)
        #expect(matches(events, row), "\(row.testDescription) → \(describe(events))")
        #expect(!hasDuplicate(events), "\(row.testDescription): one event told twice → \(describe(events))")
    }

    @Test("No pair who spoke comes out of a negative row", arguments: try CorpusRow.load("ar/negative.tsv"))
    func noInteraction(_ row: CorpusRow) throws {
        let events = try extract(row, language: .ar)
        #expect(!events.contains(where: isPair), "\(row.testDescription) → \(describe(events))")
    }
}

@Suite("Event extractor · English corpus", .tags(.english, .corpus))
struct EnglishEventCorpusTests {
    @Test("Each row yields its event with its parties and date", arguments: try CorpusRow.load("en/events.tsv"))
    func yieldsEvent(_ row: CorpusRow) throws {
        let events = try extract(row, language: .en)
        #expect(matches(events, row), "\(row.testDescription) → \(describe(events))")
        #expect(!hasDuplicate(events), "\(row.testDescription): one event told twice → \(describe(events))")
    }

    @Test("No pair who spoke comes out of a negative row", arguments: try CorpusRow.load("en/negative.tsv"))
    func noInteraction(_ row: CorpusRow) throws {
        let events = try extract(row, language: .en)
        #expect(!events.contains(where: isPair), "\(row.testDescription) → \(describe(events))")
    }
}
