import EventGraphModel
import Foundation
import TextAnalysis

/// One place where a document names an actor (by name, short name, role or metonym).
public struct ActorMention: Hashable, Sendable {
    /// The actor's id in ``RecognizedActors/actors``.
    public var actorID: String
    /// Scalar offset of the first scalar of the mention.
    public var start: Int
    /// Scalar offset one past the mention.
    public var end: Int
    /// The text of the mention, as written.
    public var text: String
    /// How the mention names the actor.
    public var form: Form

    /// How a mention names its actor.
    public enum Form: Hashable, Sendable {
        /// The full name (`جيك سوليفان`, `Jacques Chirac`, `روسيا`).
        case name
        /// A short form: surname, acronym (`سوليفان`, `Chirac`, `NATO`).
        case shortName
        /// A role or title standing for a person named elsewhere (`the secretary`).
        case role
        /// A pronoun-role (`نظيره الروسي`, `his Russian counterpart`).
        case pronoun
        /// A place or building acting for a government (`موسكو`, `the Kremlin`).
        case metonym
        /// A nationality adjective or noun standing for a country (`الروسي`, `Soviet`).
        case demonym
    }

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
    /// The actors, with ids `a1`, `a2`, … in order of first mention.
    public var actors: [NewsActor]
    /// Every mention, sorted by start, without overlaps.
    public var mentions: [ActorMention]
    public init(actors: [NewsActor] = [], mentions: [ActorMention] = []) {
        self.actors = actors
        self.mentions = mentions
    }
}

/// Finds the actors of a document: gazetteer entries, title and role patterns, outlets, and
/// in-document coreference (surnames, roles, counterparts).
///
/// ```swift
/// let recognizer = try ActorRecognizer.shipped()
/// let found = recognizer.recognize(AnalyzedText(text), language: .ar, outlet: "مأرب برس")
/// for actor in found.actors { print(actor.id, actor.kind, actor.name) }
/// ```
public struct ActorRecognizer: Sendable {
    /// The gazetteer: shipped entries plus the user's.
    public let gazetteer: Gazetteer
    let lexicons: [LanguageCode: Lexicon]

    init(gazetteer: Gazetteer, lexicons: [LanguageCode: Lexicon]) {
        self.gazetteer = gazetteer
        self.lexicons = lexicons
    }

    /// An empty recognizer (no gazetteer, no patterns); it finds nothing.
    public init() {
        self.gazetteer = Gazetteer(entries: [:], order: [])
        self.lexicons = [:]
    }

    /// The shipped gazetteer files (`Resources/gazetteer/*.jsonl`), sorted by name.
    public static func shippedGazetteerFiles() throws -> [URL] {
        guard let folder = Bundle.module.url(forResource: "Resources", withExtension: nil) else {
            throw ResourceError(code: .unreadable, path: "Resources", line: 0, reason: "the ActorRecognizer resource bundle is missing")
        }
        let dir = folder.appendingPathComponent("gazetteer")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasSuffix(".jsonl") }.sorted().map { dir.appendingPathComponent($0) }
    }

    /// Loads the shipped gazetteer and patterns, plus user gazetteer files in the same format.
    ///
    /// - Parameter extraGazetteers: Paths of JSONL files of ``GazetteerEntry`` lines; their ids
    ///   must not repeat shipped ids.
    /// - Returns: A recognizer ready for both languages.
    /// - Throws: ``ResourceError`` (`path:line: reason`) when a file is unreadable or an entry is invalid.
    public static func shipped(extraGazetteers: [String] = []) throws -> ActorRecognizer {
        guard let folder = Bundle.module.url(forResource: "Resources", withExtension: nil) else {
            throw ResourceError(code: .unreadable, path: "Resources", line: 0, reason: "the ActorRecognizer resource bundle is missing")
        }
        let files = try shippedGazetteerFiles() + extraGazetteers.map { URL(fileURLWithPath: $0) }
        let gazetteer = try Gazetteer.load(files: files)
        var lexicons: [LanguageCode: Lexicon] = [:]
        for language in LanguageCode.allCases {
            lexicons[language] = try Lexicon.load(language, from: folder)
        }
        return ActorRecognizer(gazetteer: gazetteer, lexicons: lexicons)
    }

    /// Recognises the actors of a text.
    ///
    /// - Parameters:
    ///   - text: The analysed document text; offsets of the result point into it.
    ///   - language: The document's language (decides which patterns run).
    ///   - outlet: The outlet that published the document, when known; it becomes an actor
    ///     where the text names it.
    /// - Returns: The actors and their mentions, in text order.
    ///   - published: The publication day (`YYYY-MM-DD`), when known: a surname alone with a title
    ///     (`President Bush`) is linked to the one known person of that name and role in office then.
    public func recognize(_ text: AnalyzedText, language: LanguageCode, outlet: String?, published: String? = nil) -> RecognizedActors {
        guard let lexicon = lexicons[language] else { return RecognizedActors() }
        var state = DocumentState(text: text)
        let context = Context(recognizer: self, language: language, lexicon: lexicon, outlet: outlet,
                              year: published.flatMap { Int($0.prefix(4)) })
        context.claimEponymousPlaces(&state)
        context.claimGazetteerHits(&state)
        context.claimDocumentOutlet(&state)
        switch language {
        case .ar: context.findArabicNames(&state)
        case .en: context.findEnglishNames(&state)
        }
        context.resolveShortForms(&state)
        context.resolveKinReferences(&state)
        context.linkDatedSurnames(&state)
        context.redateBareSurnames(&state)
        context.resolveRoles(&state)
        context.attachAffiliations(&state)
        return context.assemble(state)
    }
}
