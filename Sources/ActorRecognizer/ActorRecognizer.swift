import EventGraphModel
import TextAnalysis

/// One place where a document names an actor (by name, short form, role or metonym).
public struct ActorMention: Hashable, Sendable {
    /// The actor's id in ``RecognizedActors/actors``.
    public var actorID: String
    public var start: Int
    public var end: Int
    public var text: String
    /// How the mention names the actor.
    public var form: Form

    public enum Form: Hashable, Sendable { case name, shortName, role, pronoun, metonym, demonym }

    public init(actorID: String, start: Int, end: Int, text: String, form: Form) {
        self.actorID = actorID
        self.start = start
        self.end = end
        self.text = text
        self.form = form
    }
}

/// The actors of one document and every mention of them, in text order.
public struct RecognizedActors: Sendable {
    public var actors: [NewsActor]
    public var mentions: [ActorMention]
    public init(actors: [NewsActor] = [], mentions: [ActorMention] = []) {
        self.actors = actors
        self.mentions = mentions
    }
}

/// Finds the actors of a document: gazetteer entries, title and role patterns, outlets, and
/// in-document coreference. (Interface placeholder.)
public struct ActorRecognizer: Sendable {
    public init() {}

    /// Loads the shipped gazetteer and patterns, plus user gazetteer files.
    public static func shipped(extraGazetteers: [String] = []) throws -> ActorRecognizer { ActorRecognizer() }

    /// Recognises the actors of a text.
    public func recognize(_ text: AnalyzedText, language: LanguageCode, outlet: String?) -> RecognizedActors {
        RecognizedActors()
    }
}
