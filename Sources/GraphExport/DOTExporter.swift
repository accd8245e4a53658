import Foundation
import EventGraphModel

/// Graphviz DOT for a graph snapshot: a shape per actor kind, a colour per country, one edge per
/// pair of actors whose width and label count the events between them, and a layout engine chosen
/// by size.
///
/// Small graphs are ranked by `dot` with one cluster per country; larger ones are spread by `sfdp`
/// with overlaps removed, so that a few hundred actors still fit a screen. Whatever the engine,
/// there is at most one edge per pair of actors and no `constraint=false` edge: parallel
/// `constraint=false` edges into clustered nodes make Graphviz 2.43 abort (`class2.c`
/// `merge_chain`). The drawing is capped at 40 inches a side (under 4,000 pixels at 96 dpi).
///
/// Every label is escaped for DOT (quotes, backslashes, `&`, line breaks, control characters), and
/// left-to-right runs inside Arabic labels are wrapped in Unicode isolates so that a date such as
/// `2022-11` is not displayed as `11-2022`. The font is pinned to one with Arabic glyphs.
public enum DOTExporter {
    /// The font list handed to Graphviz (Pango takes the first family that has a glyph).
    public static let fontName = "Noto Sans Arabic,DejaVu Sans"

    /// The largest drawing, in inches (`size`): 40 × 96 dpi = 3,840 pixels.
    public static let maximumInches = 40

    /// Renders the snapshot as a `digraph`, with a caption and the engine chosen by size.
    ///
    /// - Parameters:
    ///   - graph: The nodes and edges to draw; edges whose endpoints are missing still draw.
    ///   - title: A caption drawn above the graph, or `nil` for none.
    /// - Returns: DOT source text (UTF-8).
    public static func dot(_ graph: GraphSnapshot, title: String? = nil) -> String {
        dot(graph, style: DiagramStyle(title: title))
    }

    /// The engine ``dot(_:style:)`` uses for a snapshot: the style's, or the one its size calls for.
    ///
    /// - Parameters:
    ///   - graph: The snapshot to draw.
    ///   - style: The drawing options.
    /// - Returns: The layout engine named in the DOT text's `layout` attribute.
    public static func layout(of graph: GraphSnapshot, style: DiagramStyle = DiagramStyle()) -> DiagramLayout {
        layout(of: DiagramGraph(graph), style: style)
    }

    static func layout(of drawn: DiagramGraph, style: DiagramStyle) -> DiagramLayout {
        style.layout ?? DiagramLayout.automatic(nodes: drawn.nodes.count + drawn.bareNodes.count,
                                                edges: drawn.edges.count)
    }

    /// Renders the snapshot as a `digraph`.
    ///
    /// ```swift
    /// let style = DiagramStyle(language: .en, title: "Who spoke to whom, November 2022")
    /// let dot = DOTExporter.dot(snapshot, style: style)
    /// let png = try GraphvizRenderer.render(dot: dot, format: .png,
    ///                                       engine: DOTExporter.layout(of: snapshot, style: style).rawValue)
    /// ```
    ///
    /// - Parameters:
    ///   - graph: The nodes and edges to draw; edges whose endpoints are missing still draw, actors
    ///     without any edge are left out when others are linked.
    ///   - style: Engine (or by size), label language and caption.
    /// - Returns: DOT source text (UTF-8) whose `layout` attribute names the engine.
    public static func dot(_ graph: GraphSnapshot, style: DiagramStyle) -> String {
        let drawn = DiagramGraph(graph)
        let layout = layout(of: drawn, style: style)
        let ranked = layout == .dot
        let font = TextEscaping.dotID(fontName)
        let present = ActorKind.allCases.filter(Set(drawn.nodes.map(\.kind)).contains)
        var out = "digraph \"EventGraph\" {\n"
        out += "  graph [charset=\"UTF-8\", layout=\(layout.rawValue), fontname=\(font), fontsize=12, "
        out += "size=\"\(maximumInches),\(maximumInches)\", outputorder=edgesfirst, pad=0.2"
        switch layout {
        case .dot: out += ", rankdir=LR, newrank=true, nodesep=0.4, ranksep=0.8"
        case .sfdp: out += ", overlap=prism, overlap_scaling=-4, sep=\"+6\", splines=false, K=0.6, repulsiveforce=1.5"
        case .neato: out += ", overlap=prism, sep=\"+6\", splines=false, mode=major, maxiter=600"
        }
        var caption: [String] = []
        if let title = style.title, !title.isEmpty { caption.append(title) }
        if !ranked, !present.isEmpty { caption.append(legendLine(present)) }
        if !caption.isEmpty { out += ", label=\(label(lines: caption)), labelloc=t, fontsize=16" }
        out += "];\n"
        out += "  node [fontname=\(font), fontsize=\(ranked ? 11 : 12), style=filled, fillcolor=\"#ffffff\", penwidth=1.2"
        if !ranked { out += ", margin=\"0.06,0.03\"" }
        out += "];\n"
        out += "  edge [fontname=\(font), fontsize=\(ranked ? 9 : 10), color=\"#555555\", fontcolor=\"#333333\"];\n"

        let names = Dictionary(graph.nodes.map { ($0.id, primaryName(of: $0, language: style.language)) },
                               uniquingKeysWith: { a, _ in a })
        if ranked {
            // Clusters per country, in order of first appearance; nodes without a country stay outside.
            var order: [String] = []
            var members: [String: [GraphNode]] = [:]
            var loose: [GraphNode] = []
            for node in drawn.nodes {
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
                for node in members[country] ?? [] {
                    out += "    " + statement(for: node, language: style.language, bilingual: true) + "\n"
                }
                out += "  }\n"
            }
            for node in loose { out += "  " + statement(for: node, language: style.language, bilingual: true) + "\n" }
        } else {
            for node in drawn.nodes { out += "  " + statement(for: node, language: style.language, bilingual: false) + "\n" }
        }
        // Endpoints missing from `nodes` get a bare node labelled with their key, not the DOT id.
        for id in drawn.bareNodes {
            out += "  \(TextEscaping.dotID(id)) [label=\(label(lines: [id])), shape=ellipse, style=dashed];\n"
        }
        for edge in drawn.edges { out += "  " + statement(for: edge, ranked: ranked) + "\n" }
        if ranked { out += legend(kinds: present) }
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

    /// A readable name from a country key when its node is not drawn: `gz:united-states` → `United States`.
    static func displayName(ofCountry key: String) -> String {
        let name = key.firstIndex(of: ":").map { String(key[key.index(after: $0)...]) } ?? key
        guard !Bidi.containsArabic(name) else { return name }
        return name.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }

    /// The node's name in `language` when it has one, else its stored label.
    public static func primaryName(of node: GraphNode, language: LanguageCode?) -> String {
        let preferred: String? = switch language {
        case .en: node.labelEN
        case .ar: node.labelAR
        case nil: nil
        }
        return nonEmpty(preferred) ?? nonEmpty(node.label) ?? node.id
    }

    /// The node's name in the other script than `primary`, when it has one that differs.
    static func otherName(of node: GraphNode, primary: String) -> String? {
        let other = Bidi.containsArabic(primary) ? nonEmpty(node.labelEN) : nonEmpty(node.labelAR)
        return other == primary ? nil : other
    }

    static func nonEmpty(_ text: String?) -> String? {
        guard let t = text?.trimmingCharacters(in: .whitespacesAndNewlines), !t.isEmpty else { return nil }
        return t
    }

    /// A node: its name (and, when `bilingual`, the name in the other script on a second line); the
    /// tooltip holds every name, the kind and the number of documents.
    static func statement(for node: GraphNode, language: LanguageCode?, bilingual: Bool) -> String {
        let primary = primaryName(of: node, language: language)
        let other = otherName(of: node, primary: primary)
        var lines = [primary]
        if bilingual, let other { lines.append(other) }
        var names: [String] = []
        for candidate in [primary, node.label, node.labelEN, node.labelAR] {
            if let text = nonEmpty(candidate), !names.contains(text) { names.append(text) }
        }
        let fill = countryKey(of: node).map { palette(for: $0).node } ?? "#f2f2f2"
        var attributes = "label=\(label(lines: lines)), shape=\(shape(of: node.kind)), fillcolor=\"\(fill)\""
        attributes += ", tooltip=\(label(lines: [names.joined(separator: " · "), "\(node.kind.rawValue) · \(node.documents) document(s)"]))"
        if node.kind == .organization || node.kind == .government { attributes += ", style=\"filled,bold\"" }
        return "\(TextEscaping.dotID(node.id)) [\(attributes)];"
    }

    // MARK: Edges

    /// An edge: what it stands for (`talk ×3 · meet`) and, when ranked, its latest date; width
    /// grows with the number of events. Affiliations and reports are context: unlabelled (the text
    /// is in the tooltip) and light.
    static func statement(for edge: DiagramGraph.Edge, ranked: Bool) -> String {
        let what = edge.parts.map { $0.count > 1 ? "\($0.what) ×\($0.count)" : $0.what }.joined(separator: " · ")
        var lines = [what]
        if let date = edge.date { lines.append(DateLabel.readable(date, grain: nil)) }
        let weight = edge.weight
        let width = min(1.0 + Double(max(weight, 1) - 1) * 0.75, 6.0)
        let labelled = edge.kind == .interaction || edge.kind == .event
        var attributes: String
        if labelled {
            // Large drawings keep the type (and count) on the edge and the date in the tooltip.
            attributes = "label=\(label(lines: ranked ? lines : [what])), tooltip=\(label(lines: lines)), "
        } else {
            attributes = "tooltip=\(label(lines: [edge.kind.rawValue] + lines)), "
        }
        attributes += "penwidth=\(format(labelled ? width : 0.8))"
        if labelled, weight > 1 { attributes += ", weight=\(min(weight, 10))" }
        switch edge.kind {
        case .interaction: attributes += ", color=\"#1f4e99\", fontcolor=\"#1f4e99\""
        case .event: attributes += ", style=dashed"
        case .affiliation: attributes += ", style=dotted, arrowhead=none, color=\"#999999\""
        case .reported: attributes += ", style=dashed, color=\"#c8a86a\", arrowhead=open"
        }
        if !edge.isDirected { attributes += ", dir=none" }
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

    /// The legend of a force-directed drawing, as one caption line (shapes cannot float in place).
    static func legendLine(_ kinds: [ActorKind]) -> String {
        let shapes: [ActorKind: String] = [.person: "ellipse", .government: "box", .organization: "hexagon",
                                           .outlet: "note", .country: "double octagon"]
        let parts = kinds.map { "\(shapes[$0] ?? $0.rawValue): \($0.rawValue)" }
        return parts.joined(separator: " · ") + " · line width: number of events"
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
