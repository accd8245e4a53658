import EventGraphModel
import GraphExport
import Testing

@Suite("DOT · layout settings that Graphviz 2.42 needs")
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
}
