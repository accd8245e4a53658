import EventGraphModel

/// What ``GraphStore/ingest(_:_:)`` did with one document.
public struct IngestReport: Sendable, Hashable {
    /// Whether the same text was already stored (nothing was written).
    public var isDuplicate: Bool
    /// The document's key: the first 12 hex digits of the SHA-256 of its text.
    public var document: String
    /// The document's path, as given.
    public var path: String?
    /// Actor nodes created by this document.
    public var actorsAdded: Int
    /// Actors of the document that joined an existing node.
    public var actorsMatched: Int
    /// Event nodes created by this document.
    public var eventsAdded: Int
    /// Events of the document that became one more report of an existing event.
    public var eventsMerged: Int
    /// Edges written by this document (participant, interaction, event, affiliation, reported).
    public var edgesAdded: Int
    /// Mentions written by this document.
    public var mentionsAdded: Int

    public init(isDuplicate: Bool, document: String, path: String? = nil, actorsAdded: Int = 0,
                actorsMatched: Int = 0, eventsAdded: Int = 0, eventsMerged: Int = 0, edgesAdded: Int = 0,
                mentionsAdded: Int = 0) {
        self.isDuplicate = isDuplicate
        self.document = document
        self.path = path
        self.actorsAdded = actorsAdded
        self.actorsMatched = actorsMatched
        self.eventsAdded = eventsAdded
        self.eventsMerged = eventsMerged
        self.edgesAdded = edgesAdded
        self.mentionsAdded = mentionsAdded
    }
}

/// Which events ``GraphStore/events(_:)`` returns.
///
/// `from` and `to` are ISO prefixes of any grain (`2022`, `2022-03`, `2022-03-14`): the window runs
/// from the first day of `from` to the last day of `to`, and an event is inside when the days it
/// covers overlap the window (an event dated `2022-03` is inside March and inside 2022-03-10…20).
public struct EventFilter: Sendable, Hashable {
    public var from: String?
    public var to: String?
    /// An actor key or a name (resolved with ``GraphStore/resolveActor(_:)``).
    public var actor: String?
    public var type: EventType?
    public var limit: Int?
    public var offset: Int

    public init(from: String? = nil, to: String? = nil, actor: String? = nil, type: EventType? = nil,
                limit: Int? = nil, offset: Int = 0) {
        self.from = from
        self.to = to
        self.actor = actor
        self.type = type
        self.limit = limit
        self.offset = offset
    }
}

/// Which interactions ``GraphStore/talks(_:)`` returns.
public struct TalkFilter: Sendable, Hashable {
    /// An actor key or a name; `nil` lists every interaction.
    public var actor: String?
    /// Only interactions with this other actor (key or name).
    public var with: String?
    public var from: String?
    public var to: String?
    /// One interaction type (talk, meet, call, visit, negotiate, letter).
    public var type: EventType?
    public var limit: Int?

    public init(actor: String? = nil, with: String? = nil, from: String? = nil, to: String? = nil,
                type: EventType? = nil, limit: Int? = nil) {
        self.actor = actor
        self.with = with
        self.from = from
        self.to = to
        self.type = type
        self.limit = limit
    }
}

/// Which part of the graph ``GraphStore/graph(_:)`` returns: the whole graph or an ego network.
public struct GraphFilter: Sendable, Hashable {
    /// The centre of an ego network (key or name); `nil` for the whole graph.
    public var actor: String?
    /// Hops from `actor`.
    public var depth: Int
    public var from: String?
    public var to: String?
    /// Keep at most this many actors (the best connected, the centre always).
    public var maxNodes: Int?
    /// Whether outlets come with `reported` edges to the actors of the events they reported.
    public var outlets: Bool
    /// Whether each edge carries the keys and the reports (sources, evidence) of its events.
    public var evidence: Bool

    public init(actor: String? = nil, depth: Int = 1, from: String? = nil, to: String? = nil,
                maxNodes: Int? = nil, outlets: Bool = true, evidence: Bool = false) {
        self.actor = actor
        self.depth = depth
        self.from = from
        self.to = to
        self.maxNodes = maxNodes
        self.outlets = outlets
        self.evidence = evidence
    }
}

/// One hop of a path between two actors: an interaction event that links them.
public struct PathStep: Sendable, Hashable, Codable {
    public var from: String
    public var to: String
    /// The key of the event node.
    public var event: String
    public var type: EventType
    /// The event's date (TimeML value), or `nil` when undated.
    public var date: String?

    public init(from: String, to: String, event: String, type: EventType, date: String?) {
        self.from = from
        self.to = to
        self.event = event
        self.type = type
        self.date = date
    }
}

/// One report whose evidence matches a text search.
public struct SearchHit: Sendable, Hashable, Codable {
    /// The key of the event the evidence reports.
    public var event: String
    public var type: EventType
    public var source: EventSource
    /// FTS5's bm25 rank: lower is better.
    public var rank: Double

    public init(event: String, type: EventType, source: EventSource, rank: Double) {
        self.event = event
        self.type = type
        self.source = source
        self.rank = rank
    }
}

/// Two actors that may be the same one, for a reviewable merge list.
public struct SuspectPair: Sendable, Hashable, Codable {
    public var a: String
    public var b: String
    public var aName: String
    public var bName: String
    public var kind: ActorKind
    /// Why they look alike: `shared alias «…»`, `close names`, `name contained`.
    public var reason: String
    /// From 0 to 1, higher is more likely.
    public var score: Double

    public init(a: String, b: String, aName: String, bName: String, kind: ActorKind, reason: String,
                score: Double) {
        self.a = a
        self.b = b
        self.aName = aName
        self.bName = bName
        self.kind = kind
        self.reason = reason
        self.score = score
    }
}

/// How much the store holds.
public struct StoreStatistics: Sendable, Hashable, Codable {
    public var documents: Int
    public var actors: Int
    public var events: Int
    public var edges: Int
    public var reports: Int
    public var mentions: Int
    public var aliases: Int

    public init(documents: Int, actors: Int, events: Int, edges: Int, reports: Int, mentions: Int,
                aliases: Int) {
        self.documents = documents
        self.actors = actors
        self.events = events
        self.edges = edges
        self.reports = reports
        self.mentions = mentions
        self.aliases = aliases
    }
}
