import EventGraphModel
import Foundation
import TextAnalysis

/// Finds date expressions in news text and resolves them against the publication date.
///
/// Rules and word lists are data (`Resources/<lang>/patterns.tsv` and `*.tsv`); this type loads
/// them once and runs them. A bare weekday or month means the most recent one at or before the
/// publication day unless the wording points forward (`المقبل`, `next`, `will`).
///
/// ```swift
/// let tagger = try TemporalTagger.shipped()
/// let dates = tagger.tag("وصل الوفد السبت", language: .ar, anchor: "2022-11-08")
/// // dates[0].value == "2022-11-05", dates[0].rule == "ar.date.weekday"
/// ```
public struct TemporalTagger: Sendable {
    let languages: [LanguageCode: LanguageRules]

    /// The folder of the shipped rules (one sub-folder per language), if the bundle is present.
    public static var resourceURL: URL? { Bundle.module.url(forResource: "Resources", withExtension: nil) }

    private static let shippedResult: Result<TemporalTagger, ResourceError> = {
        guard let url = resourceURL else {
            return .failure(ResourceError(.missing, path: "Resources", line: 0,
                                          reason: "the TemporalTagger resource bundle is missing; ship it next to the binary"))
        }
        do { return .success(try load(from: url)) } catch let error as ResourceError {
            return .failure(error)
        } catch {
            return .failure(ResourceError(.missing, path: "Resources", line: 0, reason: "\(error)"))
        }
    }()

    /// Loads the shipped rules and lexicons of every language (once per process).
    ///
    /// - Throws: `ResourceError` when a shipped file is missing or malformed.
    public static func shipped() throws -> TemporalTagger { try shippedResult.get() }

    /// Loads rules and lexicons from a folder with one sub-folder per language (`ar/`, `en/`).
    ///
    /// - Parameter directory: The folder holding the language folders.
    /// - Throws: `ResourceError` (`file:line: reason`) for the first bad file or line.
    public static func load(from directory: URL) throws -> TemporalTagger {
        var languages: [LanguageCode: LanguageRules] = [:]
        for language in LanguageCode.allCases {
            languages[language] = try LanguageRules.load(directory.appendingPathComponent(language.rawValue),
                                                         language: language)
        }
        return TemporalTagger(languages: languages)
    }

    /// The ids of every rule of a language, in file order (for coverage tests and `--debug`).
    public func ruleIDs(_ language: LanguageCode) -> [String] {
        languages[language]?.rules.map(\.id) ?? []
    }

    /// Tags a text.
    ///
    /// - Parameters:
    ///   - text: The analysed text; offsets of the results point into it (code points).
    ///   - language: The text's language.
    ///   - anchor: The publication day `YYYY-MM-DD`, or `nil` to leave relative forms unresolved.
    /// - Returns: Expressions in text order, never overlapping (the longest match wins).
    /// - Complexity: O(n) in the length of the text.
    public func tag(_ text: AnalyzedText, language: LanguageCode, anchor: String?) -> [TemporalExpression] {
        guard let rules = languages[language] else { return [] }
        let tokens = Scanner.tokens(text, vocabulary: rules.compiled.vocabulary)
        guard !tokens.isEmpty else { return [] }
        var matcher = Matcher(rules: rules, tokens: tokens)
        matcher.sentenceStarts = Self.sentenceStarts(tokens, text.sentences)
        let day = anchor.flatMap { CivilDay(iso: String($0.prefix(10))) }
        var chosen = Matcher.select(matcher.candidates(anchor: day), tokens: tokens)
        // Anaphoric rules (`the quarter`, `a year earlier`, `three days later`) read the last
        // quarter and the last calendar date named before them.
        var quarter: String?
        let currentQuarter = day.map { "\(CivilDay.pad($0.year, 4))-Q\(($0.month - 1) / 3 + 1)" }
        var lastDate: String?
        for i in chosen.indices {
            let rule = rules.rules[chosen[i].rule]
            let normalization = rule.normalization
            if normalization.usesDiscourse {
                var context = ResolutionContext(anchor: day, isForward: chosen[i].isForward)
                context.quarter = quarter
                context.lastDate = lastDate
                chosen[i].value = normalization.evaluate(chosen[i].captures, context) ?? chosen[i].value
                if normalization.countsFromNamedDate, let v = chosen[i].value, Self.isCalendarDate(v) {
                    chosen[i].reference = lastDate
                }
            }
            guard let v = chosen[i].value else { continue }
            // A quarter after the report's own (`losses through the third quarter of 1990`) is a
            // forecast, not the period the report compares with. (The current calendar quarter
            // stays: fiscal quarters ended before the report carry its number.)
            if !normalization.usesDiscourse, v.count == 7, v.dropFirst(4).hasPrefix("-Q"),
               currentQuarter.map({ v <= $0 }) ?? true {
                quarter = v
            }
            if rule.type == .date, Self.isCalendarDate(v) { lastDate = v }
        }
        return chosen.compactMap { c in
            guard let value = c.value else { return nil }
            let rule = rules.rules[c.rule]
            let start = tokens[c.first].start, end = tokens[c.end - 1].end
            var expression = TemporalExpression(start: start, end: end, text: text.substring(start, end), value: value,
                                                grain: DateValue.grain(of: value), type: rule.type, rule: rule.id)
            expression.reference = c.reference
            return expression
        }
    }

    /// Whether a value is a plain year, month or day (`2019`, `2019-03`, `2019-03-04`).
    static func isCalendarDate(_ v: String) -> Bool {
        [.year, .month, .day].contains(DateValue.grain(of: v))
    }

    /// For each token, the start of the sentence it lies in (its own start when between sentences).
    static func sentenceStarts(_ tokens: [ScanToken], _ sentences: [Sentence]) -> [Int] {
        var out: [Int] = []
        out.reserveCapacity(tokens.count)
        var k = 0
        for t in tokens.indices {
            let start = tokens[t].start                // not the whole token: no copy of its form
            while k < sentences.count, sentences[k].end <= start { k += 1 }
            out.append(k < sentences.count && sentences[k].start <= start ? sentences[k].start : start)
        }
        return out
    }

    /// Tags a plain string (convenience for tests and the `dates` command).
    public func tag(_ text: String, language: LanguageCode, anchor: String?) -> [TemporalExpression] {
        tag(AnalyzedText(text, tokenizing: false), language: language, anchor: anchor)   // the scanner makes its own
    }
}
