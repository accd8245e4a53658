import EventGraphModel
import Foundation

/// A row of a positive corpus: a sentence whose `[bracketed]` part must be tagged with a value.
struct CorpusRow: CustomTestStringConvertible, Sendable {
    let file: String
    let line: Int
    /// The sentence without brackets.
    let text: String
    /// The expected span in code points.
    let start: Int
    let end: Int
    let anchor: String
    let value: String
    let grain: String
    let rule: String
    let language: LanguageCode

    var testDescription: String { "\(file):\(line) «\(text)»" }
}

/// A row of a negative corpus: a sentence in which nothing may be tagged.
struct NegativeRow: CustomTestStringConvertible, Sendable {
    let file: String
    let line: Int
    let text: String
    let anchor: String
    /// The negative rule that blocks the trap, or `-`.
    let rule: String
    let language: LanguageCode

    var testDescription: String { "\(file):\(line) «\(text)»" }
}

import Testing

enum Corpus {
    static var root: URL? { Bundle.module.url(forResource: "Corpus", withExtension: nil) }

    /// Data lines of a TSV corpus file (after the header), with their line numbers.
    static func lines(_ path: String) -> [(Int, [String])] {
        guard let url = root?.appendingPathComponent(path),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        var out: [(Int, [String])] = []
        var sawHeader = false
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            if !sawHeader { sawHeader = true; continue }
            out.append((i + 1, line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)))
        }
        return out
    }

    static func positives(_ language: LanguageCode) -> [CorpusRow] {
        let path = "\(language.rawValue)/dates.tsv"
        return lines(path).compactMap { line, cols in
            guard cols.count == 5 else { return nil }
            let scalars = Array(cols[0].unicodeScalars)
            guard let open = scalars.firstIndex(of: "["), let close = scalars.firstIndex(of: "]"), open < close else { return nil }
            var plain = String.UnicodeScalarView()
            plain.append(contentsOf: scalars[..<open])
            plain.append(contentsOf: scalars[(open + 1)..<close])
            plain.append(contentsOf: scalars[(close + 1)...])
            return CorpusRow(file: path, line: line, text: String(plain), start: open, end: close - 1,
                             anchor: cols[1], value: cols[2], grain: cols[3], rule: cols[4], language: language)
        }
    }

    static func negatives(_ language: LanguageCode) -> [NegativeRow] {
        let path = "\(language.rawValue)/negative.tsv"
        return lines(path).compactMap { line, cols in
            guard cols.count == 3 else { return nil }
            return NegativeRow(file: path, line: line, text: cols[0], anchor: cols[1], rule: cols[2], language: language)
        }
    }

    /// Rows that do not parse (wrong column count or no brackets), so a broken row fails a test.
    static func malformed(_ language: LanguageCode) -> [String] {
        var bad: [String] = []
        let path = "\(language.rawValue)/dates.tsv"
        let good = Set(positives(language).map(\.line))
        for (line, _) in lines(path) where !good.contains(line) { bad.append("\(path):\(line)") }
        let negGood = Set(negatives(language).map(\.line))
        for (line, _) in lines("\(language.rawValue)/negative.tsv") where !negGood.contains(line) {
            bad.append("\(language.rawValue)/negative.tsv:\(line)")
        }
        return bad
    }
}
