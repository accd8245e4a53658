import EventGraphModel

/// The Graphviz layout engine a diagram is drawn with.
public enum DiagramLayout: String, Sendable, Hashable, CaseIterable {
    /// Ranked left to right, one cluster per country: the clearest picture of a small graph.
    case dot
    /// Force-directed and multiscale, overlaps removed: fast on thousands of actors, but its picture
    /// depends on what the process laid out before (Graphviz 2.43 keeps state between calls).
    case sfdp
    /// Force-directed (stress majorisation), overlaps removed: the same picture every time.
    case neato

    /// The most actors ``automatic(nodes:edges:)`` still draws with `dot`.
    public static let rankedLimit = 30
    /// The most actors ``automatic(nodes:edges:)`` still draws with `neato`.
    public static let stressLimit = 400

    /// The engine for a diagram of `nodes` actors and `edges` drawn edges: `dot` while its ranks stay
    /// short enough to read (at most ``rankedLimit`` actors and twice as many edges), `neato` up to
    /// ``stressLimit`` actors, `sfdp` above.
    ///
    /// `dot` ranks every edge and stacks country clusters, so its drawing grows with the number of
    /// actors in one direction: 150 actors made a picture 12,548 pt tall. `neato` and `sfdp` spread
    /// them in two dimensions and remove overlaps; `neato` is slower on large graphs but repeatable.
    public static func automatic(nodes: Int, edges: Int) -> DiagramLayout {
        if nodes <= rankedLimit && edges <= 2 * rankedLimit { return .dot }
        return nodes <= stressLimit ? .neato : .sfdp
    }
}

/// How an actor graph is drawn: engine, label language, caption.
public struct DiagramStyle: Sendable, Hashable {
    /// The engine, or `nil` to choose by size with ``DiagramLayout/automatic(nodes:edges:)``.
    public var layout: DiagramLayout?
    /// The script node labels are shown in (the name in that language when the actor has one);
    /// `nil` shows the stored label.
    public var language: LanguageCode?
    /// A caption drawn above the graph, or `nil` for none.
    public var title: String?

    public init(layout: DiagramLayout? = nil, language: LanguageCode? = nil, title: String? = nil) {
        self.layout = layout
        self.language = language
        self.title = title
    }
}

/// A graph snapshot as a diagram draws it: at most one edge per pair of actors, actors without
/// any edge left out (unless nothing is linked at all).
///
/// Repeated and mixed links between two actors (three talks and a meeting, a statement and a
/// report) become one edge whose width grows with the number of events and whose label counts them
/// by type. Parallel edges are what Graphviz 2.43's `dot` asserts on when they lead into clusters
/// (`class2.c` `merge_chain`), and they make dense pictures unreadable.
struct DiagramGraph {
    /// One drawn edge between two actors.
    struct Edge {
        var source: String
        var target: String
        /// Whether every merged edge runs from `source` to `target` (else it is drawn without arrow).
        var isDirected: Bool
        /// The strongest kind merged in: interaction, then event, reported, affiliation.
        var kind: GraphEdgeKind
        /// What the events were, most frequent first: `(talk, 3)`, `(meet, 1)`.
        var parts: [(what: String, count: Int)]
        /// The latest date among the merged edges.
        var date: String?

        /// Events the edge stands for (affiliations count once).
        var weight: Int { parts.reduce(0) { $0 + $1.count } }
    }

    var nodes: [GraphNode]
    /// Endpoints missing from the snapshot's nodes (drawn bare, labelled with their key).
    var bareNodes: [String]
    var edges: [Edge]

    /// Kinds from the strongest to the weakest, for the style of a merged edge.
    static let strength: [GraphEdgeKind] = [.interaction, .event, .reported, .affiliation]

    init(_ graph: GraphSnapshot) {
        struct Pair: Hashable { var a: String; var b: String }
        var order: [Pair] = []
        var merged: [Pair: [GraphEdge]] = [:]
        for edge in graph.edges where edge.source != edge.target {
            let pair = Pair(a: min(edge.source, edge.target), b: max(edge.source, edge.target))
            if merged[pair] == nil { order.append(pair) }
            merged[pair, default: []].append(edge)
        }
        edges = order.map { pair in
            let group = merged[pair] ?? []
            let kind = Self.strength.first { k in group.contains { $0.kind == k } } ?? .interaction
            let first = group.first { $0.kind == kind } ?? group[0]
            let sameWay = group.allSatisfy { $0.source == first.source && $0.target == first.target }
            let directed = sameWay && kind != .interaction
            var counts: [String: Int] = [:]
            var whatOrder: [String] = []
            for edge in group {
                let what = edge.kind == .affiliation ? "affiliation" : (edge.type?.rawValue ?? edge.kind.rawValue)
                if counts[what] == nil { whatOrder.append(what) }
                counts[what, default: 0] += edge.kind == .affiliation ? 1 : max(edge.weight, 1)
            }
            let parts = whatOrder.map { ($0, counts[$0] ?? 1) }
                .enumerated().sorted { ($0.element.1, -$0.offset) > ($1.element.1, -$1.offset) }.map(\.element)
            let date = group.compactMap(\.date).max()
            return Edge(source: first.source, target: first.target, isDirected: directed, kind: kind,
                        parts: parts, date: date)
        }
        var linked = Set<String>()
        for edge in edges { linked.insert(edge.source); linked.insert(edge.target) }
        nodes = edges.isEmpty ? graph.nodes : graph.nodes.filter { linked.contains($0.id) }
        let known = Set(graph.nodes.map(\.id))
        var bare: [String] = []
        var seen = Set<String>()
        for edge in edges {
            for id in [edge.source, edge.target] where !known.contains(id) && seen.insert(id).inserted { bare.append(id) }
        }
        bareNodes = bare
    }
}
