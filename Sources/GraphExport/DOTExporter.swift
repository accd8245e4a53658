import Foundation
import EventGraphModel

/// Graphviz DOT for a graph snapshot: a shape per actor kind, a colour and a cluster per country,
/// edge labels with event type and readable date, edge weight as pen width.
///
/// Every label is escaped for DOT (quotes, backslashes, `&`, line breaks, control characters), and
/// left-to-right runs inside Arabic labels are wrapped in Unicode isolates so that a date such as
/// `2022-11` is not displayed as `11-2022`. The font is pinned to one with Arabic glyphs.
public enum DOTExporter {
    /// The font list handed to Graphviz (Pango takes the first family that has a glyph).
    public static let fontName = "Noto Sans Arabic,DejaVu Sans"

    /// Renders the snapshot as a `digraph`.
    ///
    /// ```swift
    /// let dot = DOTExporter.dot(snapshot, title: "Who spoke to whom, November 2022")
    /// let png = try GraphvizRenderer.render(dot: dot, format: .png)
    /// ```
    ///
    /// - Parameters:
    ///   - graph: The nodes and edges to draw; edges whose endpoints are missing still draw.
    ///   - title: A caption drawn above the graph, or `nil` for none.
    /// - Returns: DOT source text (UTF-8).
    public static func dot(_ graph: GraphSnapshot, title: String? = nil) -> String {
        let font = TextEscaping.dotID(fontName)
        var out = "digraph \"EventGraph\" {\n"
        out += "  graph [charset=\"UTF-8\", rankdir=LR, newrank=true, fontname=\(font), fontsize=12, nodesep=0.4, ranksep=0.8"
        if let title, !title.isEmpty {
            out += ", label=\(label(lines: [title])), labelloc=t, fontsize=16"
        }
        out += "];\n"
        out += "  node [fontname=\(font), fontsize=11, style=filled, fillcolor=\"#ffffff\", penwidth=1.2];\n"
        out += "  edge [fontname=\(font), fontsize=9, color=\"#555555\", fontcolor=\"#333333\"];\n"

        // Clusters per country, in order of first appearance; nodes without a country stay outside.
        let names = Dictionary(graph.nodes.map { ($0.id, $0.label) }, uniquingKeysWith: { a, _ in a })
        var order: [String] = []
        var members: [String: [GraphNode]] = [:]
        var loose: [GraphNode] = []
        for node in graph.nodes {
            guard let country = countryKey(of: node) else { loose.append(node); continue }
            if members[country] == nil { order.append(country) }
            members[country, default: []].append(node)
        }
        for (index, country) in order.enumerated() {
            let colour = palette(for: country)
            let title = names[country] ?? displayName(ofCountry: country)
            out += "  subgraph \"cluster_\(index)\" {\n"
            out += "    label=\(label(lines: [title])); style=\"rounded,filled\"; color=\"\(colour.border)\";"
            out += " fillcolor=\"\(colour.cluster)\"; fontsize=12;\n"
            for node in members[country] ?? [] { out += "    " + statement(for: node) + "\n" }
            out += "  }\n"
        }
        for node in loose { out += "  " + statement(for: node) + "\n" }
        // Endpoints missing from `nodes` get a bare node labelled with their key, not the DOT id.
        for (id, node) in GraphInterchange.completeNodes(graph) where node == nil {
            out += "  \(TextEscaping.dotID(id)) [label=\(label(lines: [id])), shape=ellipse, style=dashed];\n"
        }
        for edge in graph.edges { out += "  " + statement(for: edge) + "\n" }
        out += legend(kinds: graph.nodes.map(\.kind))
        out += "}\n"
        return out
    }

    // MARK: Nodes

    /// The Graphviz shape of an actor kind.
    public static func shape(of kind: ActorKind) -> String {
        switch kind {
        case .person: "ellipse"
        case .government: "box"
        case .organization: "hexagon"
        case .outlet: "note"
        case .country: "doubleoctagon"
        }
    }

    static func countryKey(of node: GraphNode) -> String? {
        if let country = node.country, !country.isEmpty { return country }
        return node.kind == .country ? node.id : nil
    }

    static func displayName(ofCountry key: String) -> String {
        guard let colon = key.firstIndex(of: ":") else { return key }
        return String(key[key.index(after: colon)...])
    }

    static func statement(for node: GraphNode) -> String {
        var lines: [String] = []
        for candidate in [node.label, node.labelEN, node.labelAR] {
            guard let text = candidate?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty,
                  !lines.contains(text) else { continue }
            lines.append(text)
        }
        if lines.isEmpty { lines = [node.id] }
        let fill = countryKey(of: node).map { palette(for: $0).node } ?? "#f2f2f2"
        var attributes = "label=\(label(lines: lines)), shape=\(shape(of: node.kind)), fillcolor=\"\(fill)\""
        attributes += ", tooltip=\(label(lines: ["\(node.kind.rawValue) · \(node.documents) document(s)"]))"
        if node.kind == .person { attributes += ", style=\"filled\"" }
        if node.kind == .organization || node.kind == .government { attributes += ", style=\"filled,bold\"" }
        return "\(TextEscaping.dotID(node.id)) [\(attributes)];"
    }

    // MARK: Edges

    static func statement(for edge: GraphEdge) -> String {
        var first = edge.type?.rawValue ?? edge.kind.rawValue
        if edge.weight > 1 { first += " ×\(edge.weight)" }
        var lines = [first]
        if let date = edge.date { lines.append(DateLabel.readable(date, grain: nil)) }
        let width = min(1.0 + Double(max(edge.weight, 1) - 1) * 0.75, 6.0)
        // Interactions and other events carry their type and date on the edge. Affiliations and
        // reports are context: unlabelled (the text is in the tooltip), light, and left out of the
        // ranking so that they do not pull the layout apart.
        let labelled = edge.kind == .interaction || edge.kind == .event
        var attributes = labelled ? "label=\(label(lines: lines)), " : "tooltip=\(label(lines: [edge.kind.rawValue] + lines)), "
        attributes += "penwidth=\(format(labelled ? width : 0.8))"
        switch edge.kind {
        case .interaction: attributes += ", color=\"#1f4e99\", fontcolor=\"#1f4e99\""
        case .event: attributes += ", style=dashed"
        case .affiliation: attributes += ", style=dotted, arrowhead=none, color=\"#999999\""
        case .reported: attributes += ", style=dashed, color=\"#c8a86a\", arrowhead=open, constraint=false"
        }
        return "\(TextEscaping.dotID(edge.source)) -> \(TextEscaping.dotID(edge.target)) [\(attributes)];"
    }

    static func format(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let frac = hundredths % 100
        return frac == 0 ? "\(hundredths / 100)" : "\(hundredths / 100).\(String(frac).leftPadded(to: 2))"
    }

    // MARK: Labels, legend, colours

    /// A quoted DOT label of several lines, each line isolated for bidi when it holds Arabic.
    static func label(lines: [String]) -> String {
        let body = lines.flatMap { $0.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) }
            .map { TextEscaping.dotLabel(Bidi.isolatingLTRRuns(String($0))) }
            .joined(separator: "\\n")
        return "\"\(body)\""
    }

    static func legend(kinds: [ActorKind]) -> String {
        let present = ActorKind.allCases.filter(kinds.contains)
        guard !present.isEmpty else { return "" }
        var out = "  subgraph \"cluster_legend\" {\n"
        out += "    label=\"Legend\"; style=\"dashed\"; color=\"#aaaaaa\"; fontsize=10;\n"
        for kind in present {
            out += "    \"legend:\(kind.rawValue)\" [label=\"\(kind.rawValue)\", shape=\(shape(of: kind)),"
            out += " fillcolor=\"#ffffff\", fontsize=9];\n"
        }
        for (a, b) in zip(present, present.dropFirst()) {
            out += "    \"legend:\(a.rawValue)\" -> \"legend:\(b.rawValue)\" [style=invis];\n"
        }
        return out + "  }\n"
    }

    /// Pastel fill colours, cluster backgrounds and borders, picked by a stable hash of the country key.
    static let colours: [(node: String, cluster: String, border: String)] = [
        ("#aec7e8", "#eef4fb", "#1f77b4"), ("#ffbb78", "#fff3e6", "#ff7f0e"), ("#98df8a", "#eefaec", "#2ca02c"),
        ("#ff9896", "#fff0f0", "#d62728"), ("#c5b0d5", "#f5f0f8", "#9467bd"), ("#c49c94", "#f6efed", "#8c564b"),
        ("#f7b6d2", "#fdf0f6", "#e377c2"), ("#dbdb8d", "#f9f9e6", "#bcbd22"), ("#9edae5", "#eefafc", "#17becf"),
        ("#d9d9d9", "#f6f6f6", "#7f7f7f"),
    ]

    static func palette(for country: String) -> (node: String, cluster: String, border: String) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325          // FNV-1a, stable across runs and platforms
        for byte in country.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return colours[Int(hash % UInt64(colours.count))]
    }
}
