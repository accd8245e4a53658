import Foundation
import TextAnalysis

/// One entry of a word list: a form of one or more tokens and the value it stands for.
struct LexiconEntry: Sendable {
    /// The token forms, in matching form (`["كانون", "الثاني"]`).
    let tokens: [Form]
    /// The value (`11`, `past`, `D`).
    let value: String
    /// The first token must be capitalised in the text (English `May`, `March`).
    let needsCapital: Bool
}

/// A word list (one TSV file): a class of words that patterns refer to as `@name`.
struct Lexicon: Sendable {
    /// The class name (the file name without `.tsv`).
    let name: String
    /// Entries by the form of their first token, longest first.
    let byFirst: [Form: [LexiconEntry]]
    /// The most tokens an entry spans.
    var maxTokens: Int { byFirst.values.lazy.flatMap { $0 }.map(\.tokens.count).max() ?? 1 }

    /// The TSV header every word list starts with.
    static let header = ["form", "value", "flags", "note"]

    /// Reads a word list.
    ///
    /// - Throws: `ResourceError` naming the line of a bad header, a wrong column count, a form not
    ///   in matching form, an unknown flag or a duplicate form.
    static func parse(_ content: String, name: String, path: String) throws -> Lexicon {
        var byFirst: [Form: [LexiconEntry]] = [:]
        var seen: Set<String> = []
        for (line, cols) in try TSVLines.rows(content, header: header, path: path, emptyReason: "empty word list (no header)") {
            guard (2...4).contains(cols.count) else {
                throw ResourceError(.columns, path: path, line: line,
                                    reason: "expected 2 to 4 columns (form, value, flags, note), found \(cols.count)")
            }
            let form = cols[0], value = cols[1]
            guard !form.isEmpty, !value.isEmpty else {
                throw ResourceError(.badEntry, path: path, line: line, reason: "empty form or value")
            }
            guard MatchingForm.key(form) == form else {
                throw ResourceError(.badEntry, path: path, line: line,
                                    reason: "«\(form)» is not in matching form; write «\(MatchingForm.key(form))»")
            }
            var needsCapital = false
            if cols.count > 2 {
                for flag in cols[2].split(separator: ",") {
                    switch flag {
                    case "cap": needsCapital = true
                    default:
                        throw ResourceError(.badEntry, path: path, line: line, reason: "unknown flag «\(flag)» (known: cap)")
                    }
                }
            }
            guard seen.insert(form).inserted else {
                throw ResourceError(.duplicate, path: path, line: line, reason: "«\(form)» is listed twice")
            }
            let tokens = Scanner.tokens(AnalyzedText(form)).map(\.key)
            guard let first = tokens.first else {
                throw ResourceError(.badEntry, path: path, line: line, reason: "«\(form)» has no tokens")
            }
            byFirst[first, default: []].append(LexiconEntry(tokens: tokens, value: value, needsCapital: needsCapital))
        }
        for key in byFirst.keys { byFirst[key]?.sort { $0.tokens.count > $1.tokens.count } }
        return Lexicon(name: name, byFirst: byFirst)
    }
}
