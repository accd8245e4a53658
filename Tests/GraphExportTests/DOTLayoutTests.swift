import EventGraphModel
import GraphExport
import Testing

/// Graphs that Graphviz 2.42/2.43 mishandles, and the size rules that keep diagrams readable.
enum LayoutFixtures {
    /// The three-node shape that makes Graphviz 2.43's `dot` abort (`class2.c` `merge_chain`:
    /// `ED_to_virt(e) == NULL`): an outlet and an actor in one country cluster, and two reports by
    /// the outlet of events of an actor in another cluster, once drawn as parallel
    /// `constraint=false` edges.
    static let mergeChain = GraphSnapshot(
        nodes: [GraphNode(id: "gz:saudi-press-agency", label: "واس", labelEN: "Saudi Press Agency", kind: .outlet,
                          country: "gz:saudi-arabia"),
                GraphNode(id: "gz:mohammed-bin-salman", label: "محمد بن سلمان", labelEN: "Mohammed bin Salman",
                          kind: .person, country: "gz:saudi-arabia"),
                GraphNode(id: "gz:saad-hariri", label: "سعد الحريري", labelEN: "Saad Hariri", kind: .person,
                          country: "gz:lebanon")],
        edges: [GraphEdge(source: "gz:saudi-press-agency", target: "gz:mohammed-bin-salman", kind: .reported,
                          type: .visit, date: "2018-03", weight: 2),
                GraphEdge(source: "gz:saudi-press-agency", target: "gz:saad-hariri", kind: .reported, type: .meet,
                          date: "2018-02-28", weight: 2),
                GraphEdge(source: "gz:saudi-press-agency", target: "gz:saad-hariri", kind: .reported,
                          type: .statement)])

    /// `n` actors in a ring with a chord every third actor, countries in turn.
    static func ring(_ n: Int) -> GraphSnapshot {
        let nodes = (0..<n).map { i in
            GraphNode(id: "a\(i)", label: "Actor \(i)", kind: i % 7 == 0 ? .government : .person,
                      country: "gz:c\(i % 5)")
        }
        var edges = (0..<n).map { i in
            GraphEdge(source: "a\(i)", target: "a\((i + 1) % n)", kind: .interaction, type: .talk, date: "2022-11")
        }
        edges += stride(from: 0, to: n, by: 3).map { i in
            GraphEdge(source: "a\(i)", target: "a\((i * 7 + 5) % n)", kind: .event, type: .statement)
        }
        return GraphSnapshot(nodes: nodes, edges: edges)
    }

    /// The `->` statements of a DOT text, without the legend's.
    static func edgeLines(_ dot: String) -> [Substring] {
        dot.split(separator: "\n").filter { $0.contains(" -> ") && !$0.contains("legend:") }
    }
}

@Suite("DOT · layout settings that Graphviz 2.42/2.43 needs")
struct DOTLayoutTests {
    /// With country clusters and labelled edges between them, Graphviz 2.42's default ranking
    /// fails ("trouble in init_rank", then "triangulation failed") and frees memory twice,
    /// which aborts the process. The cluster-aware ranker (`newrank=true`) lays the same graph out.
    @Test("Graphs with clusters use the cluster-aware ranker")
    func clustersUseNewRank() {
        let graph = GraphSnapshot(
            nodes: [GraphNode(id: "a", label: "A", kind: .person, country: "gz:russia"),
                    GraphNode(id: "b", label: "B", kind: .person, country: "gz:egypt")],
            edges: [GraphEdge(source: "a", target: "b", kind: .interaction, type: .talk, date: "2022-11")])
        #expect(DOTExporter.dot(graph).contains("newrank=true"))
    }

    @Test("The merge_chain graph has one edge per pair and no constraint=false, in every layout",
          arguments: DiagramLayout.allCases)
    func noParallelUnconstrainedEdges(_ layout: DiagramLayout) {
        let dot = DOTExporter.dot(LayoutFixtures.mergeChain, style: DiagramStyle(layout: layout))
        #expect(!dot.contains("constraint=false"))
        let toHariri = LayoutFixtures.edgeLines(dot).filter { $0.contains("\"gz:saad-hariri\"") }
        #expect(toHariri.count == 1, "\(toHariri)")
        #expect(toHariri.first?.contains("meet ×2 · statement") == true)
        #expect(dot.contains("layout=\(layout.rawValue)"))
    }

    @Test("Repeated and mixed links between two actors are one edge, wider and counted")
    func repeatedLinksAreOneWeightedEdge() {
        let graph = GraphSnapshot(
            nodes: [GraphNode(id: "a", label: "Lavrov", kind: .person), GraphNode(id: "b", label: "Kerry", kind: .person)],
            edges: [GraphEdge(source: "a", target: "b", kind: .interaction, type: .talk, date: "2015-08-03", weight: 3),
                    GraphEdge(source: "b", target: "a", kind: .interaction, type: .meet, date: "2015-08-05"),
                    GraphEdge(source: "a", target: "b", kind: .event, type: .statement, date: "2015-07")])
        let lines = LayoutFixtures.edgeLines(DOTExporter.dot(graph))
        #expect(lines.count == 1)
        let line = String(lines.first ?? "")
        #expect(line.contains("label=\"talk ×3 · meet · statement\\n5 August 2015\""), "\(line)")
        #expect(line.contains("penwidth=4"))          // 5 events: 1 + 4 × 0.75
        #expect(line.contains("dir=none"))            // the links run both ways
    }

    @Test("The engine follows the size of what is drawn", arguments: [
        (5, DiagramLayout.dot), (30, .dot), (31, .neato), (400, .neato), (401, .sfdp),
    ])
    func layoutBySize(_ row: (nodes: Int, expected: DiagramLayout)) {
        let graph = LayoutFixtures.ring(row.nodes)
        // The ring has 1⅓ edges per actor: within dot's edge budget up to 30 actors.
        #expect(DOTExporter.layout(of: graph) == row.expected)
        #expect(DOTExporter.dot(graph).contains("layout=\(row.expected.rawValue)"))
        #expect(DOTExporter.layout(of: graph, style: DiagramStyle(layout: .sfdp)) == .sfdp)
    }

    @Test("Large drawings are spread without clusters, with the legend in the caption, capped at 40 inches")
    func largeDrawingSettings() {
        let dot = DOTExporter.dot(LayoutFixtures.ring(60), style: DiagramStyle(title: "Sixty actors"))
        #expect(!dot.contains("subgraph"))
        #expect(dot.contains("overlap=prism"))
        #expect(dot.contains("size=\"40,40\""))
        #expect(dot.contains("label=\"Sixty actors\\nellipse: person · box: government · line width: number of events\""))
    }

    @Test("Actors without any edge are left out, unless nothing is linked")
    func isolatedActorsLeftOut() {
        var graph = LayoutFixtures.ring(4)
        graph.nodes.append(GraphNode(id: "alone", label: "Nobody's contact", kind: .person))
        #expect(!DOTExporter.dot(graph).contains("Nobody's contact"))
        let unlinked = GraphSnapshot(nodes: [GraphNode(id: "alone", label: "Nobody's contact", kind: .person)])
        #expect(DOTExporter.dot(unlinked).contains("Nobody's contact"))
    }

    @Test("Labels take the chosen language, the other script on a second line when ranked", arguments: [
        (LanguageCode?.none, "يوري أوشاكوف\\nYuri Ushakov"),
        (.en, "Yuri Ushakov\\nيوري أوشاكوف"),
        (.ar, "يوري أوشاكوف\\nYuri Ushakov"),
    ])
    func labelLanguage(_ row: (language: LanguageCode?, label: String)) {
        let graph = GraphSnapshot(
            nodes: [GraphNode(id: "u", label: "يوري أوشاكوف", labelEN: "Yuri Ushakov", labelAR: "يوري أوشاكوف",
                              kind: .person),
                    GraphNode(id: "s", label: "Jake Sullivan", labelEN: "Jake Sullivan", kind: .person)],
            edges: [GraphEdge(source: "s", target: "u", kind: .interaction, type: .talk)])
        let dot = DOTExporter.dot(graph, style: DiagramStyle(language: row.language))
        #expect(dot.contains("\"u\" [label=\"\(row.label)\""), "\(dot)")
        let large = DOTExporter.dot(graph, style: DiagramStyle(layout: .neato, language: row.language))
        let first = row.label.components(separatedBy: "\\n")[0]
        #expect(large.contains("\"u\" [label=\"\(first)\""), "\(large)")
    }
}
