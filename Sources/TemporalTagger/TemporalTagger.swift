import EventGraphModel
import TextAnalysis

/// Finds date expressions in news text and resolves them against the publication date.
///
/// (Interface placeholder: the rules engine replaces the body of `tag`.)
public struct TemporalTagger: Sendable {
    /// Loads the shipped rules and lexicons of every language.
    public static func shipped() throws -> TemporalTagger { TemporalTagger() }

    /// Tags a text.
    ///
    /// - Parameters:
    ///   - text: The analysed text; offsets of the results point into it (code points).
    ///   - language: The text's language.
    ///   - anchor: The publication day `YYYY-MM-DD`, or `nil` to leave relative forms unresolved.
    /// - Returns: Expressions in text order.
    public func tag(_ text: AnalyzedText, language: LanguageCode, anchor: String?) -> [TemporalExpression] {
        []
    }

    /// Tags a plain string (convenience for tests and the `dates` command).
    public func tag(_ text: String, language: LanguageCode, anchor: String?) -> [TemporalExpression] {
        tag(AnalyzedText(text), language: language, anchor: anchor)
    }
}
