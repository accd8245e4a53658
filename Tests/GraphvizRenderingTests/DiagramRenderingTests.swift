import EventGraphModel
import Foundation
import GraphExport
import Testing
@testable import GraphvizRendering

/// The width and height of a PNG, from its IHDR chunk.
func pngSize(_ bytes: [UInt8]) -> (width: Int, height: Int)? {
    guard bytes.count >= 24, bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) else { return nil }
    func int(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
    return (int(16), int(20))
}

/// Diagrams from the exporter, laid out and rendered by Graphviz in this process: an abort here
/// fails the whole run, which is the point.
@Suite("Graphviz renderer · diagrams from the exporter")
struct DiagramRenderingTests {
    /// An outlet and an actor in one country, two reports of another country's actor: drawn as
    /// parallel `constraint=false` edges, Graphviz 2.43's `dot` asserted in `class2.c` `merge_chain`
    /// and killed the process.
    static let mergeChain = GraphSnapshot(
        nodes: [GraphNode(id: "o", label: "واس", labelEN: "Saudi Press Agency", kind: .outlet, country: "gz:saudi-arabia"),
                GraphNode(id: "m", label: "محمد بن سلمان", kind: .person, country: "gz:saudi-arabia"),
                GraphNode(id: "h", label: "سعد الحريري", kind: .person, country: "gz:lebanon")],
        edges: [GraphEdge(source: "o", target: "m", kind: .reported, type: .visit, date: "2018-03"),
                GraphEdge(source: "o", target: "h", kind: .reported, type: .meet, date: "2018-02-28"),
                GraphEdge(source: "o", target: "h", kind: .reported, type: .statement)])

    @Test("The merge_chain graph renders with every engine", arguments: DiagramLayout.allCases)
    func mergeChainRenders(_ layout: DiagramLayout) throws {
        let style = DiagramStyle(layout: layout, title: "Outlets included")
        let svg = try GraphvizRenderer.render(dot: DOTExporter.dot(Self.mergeChain, style: style), format: .svg,
                                              engine: layout.rawValue)
        #expect(String(decoding: svg, as: UTF8.self).contains("سعد الحريري"))
    }

    @Test("150 actors in a ring with chords fit in 4,000 pixels each way at full size")
    func largeGraphFitsAScreenSet() throws {
        let nodes = (0..<150).map { i in
            GraphNode(id: "a\(i)", label: i.isMultiple(of: 2) ? "Actor number \(i)" : "الفاعل رقم \(i)",
                      kind: i % 7 == 0 ? .government : .person, country: "gz:c\(i % 6)")
        }
        var edges = (0..<150).map { i in
            GraphEdge(source: "a\(i)", target: "a\((i + 1) % 150)", kind: .interaction, type: .meet, date: "2022-11")
        }
        edges += stride(from: 0, to: 150, by: 2).map { i in
            GraphEdge(source: "a\(i)", target: "a\((i * 7 + 11) % 150)", kind: .event, type: .statement)
        }
        let graph = GraphSnapshot(nodes: nodes, edges: edges)
        let style = DiagramStyle(title: "150 actors")
        let layout = DOTExporter.layout(of: graph, style: style)
        let png = try GraphvizRenderer.render(dot: DOTExporter.dot(graph, style: style), format: .png,
                                              engine: layout.rawValue)
        keep(png, as: "ring-150.png")
        let size = try #require(pngSize(png))
        #expect(size.width <= 4000 && size.height <= 4000, "\(size)")
        // Not shrunk to fit either: at 96 dpi, 150 labelled actors need more than a thumbnail.
        #expect(size.width >= 1000 || size.height >= 1000, "\(size)")
    }
}
