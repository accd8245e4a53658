import ArticleReader
import EventGraphModel
import Foundation
import Testing

/// One row of `Corpus/<lang>/datelines.tsv`.
struct DatelineRow: CustomTestStringConvertible, Sendable {
    let file: String
    let line: Int
    let id: String
    let header: String
    let published: String?
    let outlet: String?

    var testDescription: String { "\(file):\(line) \(id)" }

    static func load(_ language: String) throws -> [DatelineRow] {
        guard let corpus = Bundle.module.url(forResource: "Corpus", withExtension: nil) else { return [] }
        let url = corpus.appendingPathComponent("\(language)/datelines.tsv")
        let text = try String(contentsOf: url, encoding: .utf8)
        var rows: [DatelineRow] = []
        var sawHeader = false
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            if !sawHeader { sawHeader = true; continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard columns.count == 4 else {
                throw CorpusError(message: "\(language)/datelines.tsv:\(index + 1): expected 4 columns, found \(columns.count)")
            }
            rows.append(DatelineRow(file: "\(language)/datelines.tsv", line: index + 1, id: columns[0],
                                    header: columns[1].replacingOccurrences(of: "\\n", with: "\n"),
                                    published: columns[2] == "-" ? nil : columns[2],
                                    outlet: columns[3] == "-" ? nil : columns[3]))
        }
        return rows
    }
}

struct CorpusError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}

@Suite("Reader · dateline and outlet corpus")
struct DatelineCorpusTests {
    static let reader = ArticleReader(dateResolver: FakeResolver.resolve)

    @Test("Arabic rows give their publication day and outlet", arguments: try DatelineRow.load("ar"))
    func arabic(_ row: DatelineRow) throws {
        try check(row, language: .ar)
    }

    @Test("English rows give their publication day and outlet", arguments: try DatelineRow.load("en"))
    func english(_ row: DatelineRow) throws {
        try check(row, language: .en)
    }

    @Test("Both languages have corpus rows")
    func corporaAreNotEmpty() throws {
        #expect(try DatelineRow.load("ar").count >= 10)
        #expect(try DatelineRow.load("en").count >= 10)
    }

    private func check(_ row: DatelineRow, language: LanguageCode) throws {
        let results = Self.reader.read(data: Data(row.header.utf8), path: "\(row.id).txt")
        let document = try #require(results.first?.value, "\(row)")
        #expect(document.published == row.published, "\(row)")
        #expect(document.outlet == row.outlet, "\(row)")
        #expect(document.language == language, "\(row)")
    }
}
