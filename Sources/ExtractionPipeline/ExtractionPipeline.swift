import ActorRecognizer
import EventExtractor
import EventGraphModel
import TemporalTagger
import TextAnalysis

/// The extraction of DESIGN.md as one pure function: a document in, an ``Extraction`` out.
///
/// Resources (rules, lexicons, the gazetteer) load once into this immutable value, which is
/// `Sendable` so that a batch can extract documents in parallel.
///
/// ```swift
/// let pipeline = try ExtractionPipeline.shipped()
/// let extraction = pipeline.extract(document)
/// ```
public struct ExtractionPipeline: Sendable {
    public let tagger: TemporalTagger
    public let recognizer: ActorRecognizer
    public let extractor: EventExtractor

    public init(tagger: TemporalTagger, recognizer: ActorRecognizer, extractor: EventExtractor) {
        self.tagger = tagger
        self.recognizer = recognizer
        self.extractor = extractor
    }

    /// Loads the shipped resources of every stage, plus the user's gazetteer files.
    ///
    /// - Parameter gazetteers: Paths of extra gazetteer files (JSONL, the shipped format).
    /// - Throws: The loader's error, naming `file:line` and the reason, when a resource is malformed.
    public static func shipped(gazetteers: [String] = []) throws -> ExtractionPipeline {
        try ExtractionPipeline(tagger: .shipped(),
                               recognizer: .shipped(extraGazetteers: gazetteers),
                               extractor: .shipped())
    }

    /// Extracts actors, events and dates from one document.
    ///
    /// - Parameter document: The document, with its publication date when known (relative dates
    ///   resolve against it; without it they stay unresolved).
    /// - Returns: The extraction contract of `eventgraph extract`.
    public func extract(_ document: Document) -> Extraction {
        let text = AnalyzedText(document.text)
        let dates = tagger.tag(text, language: document.language, anchor: document.published)
        let actors = recognizer.recognize(text, language: document.language, outlet: document.outlet, published: document.published)
        let events = extractor.extract(text, language: document.language, actors: actors, dates: dates,
                                       published: document.published)
        return Extraction(document: .init(document), actors: actors.actors, events: events, dates: dates)
    }
}
