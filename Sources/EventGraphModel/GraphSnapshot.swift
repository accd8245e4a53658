/// A part of the knowledge graph, as the store's queries return it and the exporters draw it.
public struct GraphSnapshot: Codable, Hashable, Sendable {
    public var nodes: [GraphNode]
    public var edges: [GraphEdge]

    public init(nodes: [GraphNode] = [], edges: [GraphEdge] = []) {
        self.nodes = nodes
        self.edges = edges
    }
}

/// An actor node of the graph.
public struct GraphNode: Codable, Hashable, Sendable {
    /// The stable identity key (`gz:russia`, `person:جيك سوليفان`).
    public var id: String
    /// The display label.
    public var label: String
    public var labelEN: String?
    public var labelAR: String?
    public var kind: ActorKind
    /// The key of the country the actor belongs to (for colours and clusters), when known.
    public var country: String?
    /// How many documents mention the actor.
    public var documents: Int

    public init(id: String, label: String, labelEN: String? = nil, labelAR: String? = nil,
                kind: ActorKind, country: String? = nil, documents: Int = 1) {
        self.id = id
        self.label = label
        self.labelEN = labelEN
        self.labelAR = labelAR
        self.kind = kind
        self.country = country
        self.documents = documents
    }
}

/// What an edge of the graph says.
public enum GraphEdgeKind: String, Codable, Hashable, Sendable {
    /// Two actors communicated (talk, meet, call, visit, negotiate, letter).
    case interaction
    /// Another event links the actors (statement addressed to, attack on, agreement with…).
    case event
    /// A person belongs to a country or body.
    case affiliation
    /// An outlet reported an event involving the actor.
    case reported
}

/// An edge of the graph between two actor nodes.
public struct GraphEdge: Codable, Hashable, Sendable {
    public var source: String
    public var target: String
    public var kind: GraphEdgeKind
    /// The event type for interaction and event edges.
    public var type: EventType?
    /// The date value of the event (TimeML), when known.
    public var date: String?
    /// How many events this edge stands for.
    public var weight: Int
    /// The keys of those events, when the query asked for evidence.
    public var events: [String]
    /// Every report of those events (document, publisher, date, sentence), when the query asked for evidence.
    public var sources: [EventSource]

    public init(source: String, target: String, kind: GraphEdgeKind, type: EventType? = nil,
                date: String? = nil, weight: Int = 1, events: [String] = [], sources: [EventSource] = []) {
        self.source = source
        self.target = target
        self.kind = kind
        self.type = type
        self.date = date
        self.weight = weight
        self.events = events
        self.sources = sources
    }
}
