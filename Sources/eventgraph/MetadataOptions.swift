import ArgumentParser
import ArticleReader
import EventGraphModel
import Foundation
import TemporalTagger

extension LanguageCode: ExpressibleByArgument {}

/// The language option: a language code or `auto` (detect from the text).
enum LanguageChoice: String, ExpressibleByArgument, CaseIterable {
    case ar, en, auto
    var code: LanguageCode? { LanguageCode(rawValue: rawValue) }
}

/// Metadata that overrides what the reader detects.
struct MetadataOptions: ParsableArguments {
    @Option(help: "Publication date of the input(s), YYYY-MM-DD (relative dates resolve against it).")
    var published: String?

    @Option(help: "The outlet that published the input(s).")
    var outlet: String?

    @Option(help: "Language: ar, en or auto.")
    var lang: LanguageChoice = .auto

    @Option(name: .customLong("gazetteer"), help: "An extra gazetteer file (JSONL); may be repeated.")
    var gazetteers: [String] = []

    mutating func validate() throws {
        if let published, !DayFormat.isValid(published) {
            throw ValidationError("--published: '\(published)' is not a date of the form YYYY-MM-DD")
        }
    }

    func readerOptions() -> ReaderOptions {
        ReaderOptions(published: published, outlet: outlet, language: lang.code)
    }

    /// A reader whose dateline dates come from the temporal tagger.
    func makeReader(tagger: TemporalTagger) -> ArticleReader {
        ArticleReader(options: readerOptions()) { line, language in
            tagger.tag(line, language: language, anchor: nil)
                .first { $0.grain == .day && $0.type == .date && DayFormat.isValid($0.value) }?.value
        }
    }
}

/// `YYYY-MM-DD` checks.
enum DayFormat {
    static func isValid(_ s: String) -> Bool {
        let v = DateValue(s)
        return v.grain == .day && s.count == 10
    }
}
