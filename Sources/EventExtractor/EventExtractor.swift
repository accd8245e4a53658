import ActorRecognizer
import EventGraphModel
import TextAnalysis

/// Turns trigger words and their clauses into typed, dated events with participants.
/// (Interface placeholder.)
public struct EventExtractor: Sendable {
    public init() {}

    /// Loads the shipped trigger lexicons and patterns.
    public static func shipped() throws -> EventExtractor { EventExtractor() }

    /// Extracts the events of a text.
    ///
    /// - Parameters:
    ///   - text: The analysed text.
    ///   - language: Its language.
    ///   - actors: The recognised actors and mentions.
    ///   - dates: The tagged date expressions, resolved against the publication date.
    ///   - published: The publication day, when known.
    /// - Returns: Events in text order with ids `e1`, `e2`, …
    public func extract(_ text: AnalyzedText, language: LanguageCode, actors: RecognizedActors,
                        dates: [TemporalExpression], published: String?) -> [NewsEvent] {
        []
    }
}
