import EventGraphModel
import ExtractionPipeline
import Testing

/// A text run through the whole shipped pipeline, with the parties one of its interactions must
/// have: the case of the full-pipeline suites, where the recognizer's roles and affiliations
/// decide who a title, a possessive or a group stands for.
struct PipelineCase: Sendable, CustomTestStringConvertible {
    var language: LanguageCode = .en
    let text: String
    /// The names of the parties of one interaction, or empty when a suite says what may not come out.
    let parties: Set<String>
    var testDescription: String { text }
}

enum PipelineParties {
    static let pipeline = try? ExtractionPipeline.shipped()

    /// The names of the parties of each interaction (of `type`, when given) the pipeline finds.
    static func interactions(_ c: PipelineCase, published: String, type: EventType? = nil) throws -> [Set<String>] {
        let pipeline = try #require(Self.pipeline)
        let extraction = pipeline.extract(Document(text: c.text, published: published, language: c.language))
        let names = Dictionary(uniqueKeysWithValues: extraction.actors.map { ($0.id, $0.name) })
        return extraction.events.filter { event in type.map { event.type == $0 } ?? event.type.isInteraction }
            .map { Set($0.participants.compactMap { names[$0] }) }
    }
}
