import EventGraphModel
import Foundation
import Testing
@testable import ActorRecognizer
import TextAnalysis

/// One row of an actor corpus file, printed as `file:line «sentence»`.
struct ActorCorpusRow: CustomTestStringConvertible, Sendable {
    var file: String
    var line: Int
    var phenomenon: String
    var sentence: String
    var expected: String
    var language: LanguageCode

    var testDescription: String { "\(file):\(line) \(phenomenon) «\(sentence.prefix(60))»" }

    /// Loads `Corpus/<lang>/<name>`: a header, `#` comments, three tab-separated columns;
    /// `\n` in a sentence stands for a line break.
    static func load(_ language: LanguageCode, _ name: String) throws -> [ActorCorpusRow] {
        guard let corpus = Bundle.module.url(forResource: "Corpus", withExtension: nil) else { return [] }
        let url = corpus.appendingPathComponent(language.rawValue).appendingPathComponent(name)
        let text = try String(contentsOf: url, encoding: .utf8)
        var rows: [ActorCorpusRow] = []
        var header = true
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            if header { header = false; continue }
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            rows.append(ActorCorpusRow(file: "\(language.rawValue)/\(name)", line: n + 1, phenomenon: cols[0],
                                       sentence: cols.count > 1 ? cols[1].replacingOccurrences(of: "\\n", with: "\n") : "",
                                       expected: cols.count > 2 ? cols[2] : "", language: language))
        }
        return rows
    }
}

/// The shipped recognizer, loaded once for all tests.
enum Shipped {
    static let recognizer: ActorRecognizer? = try? ActorRecognizer.shipped()

    static func recognize(_ sentence: String, _ language: LanguageCode, outlet: String? = nil) throws -> RecognizedActors {
        let r = try #require(recognizer, "the shipped gazetteer and lexicons load")
        return r.recognize(AnalyzedText(sentence), language: language, outlet: outlet)
    }
}

extension Tag {
    @Tag static var arabic: Self
    @Tag static var english: Self
    @Tag static var corpus: Self
}
