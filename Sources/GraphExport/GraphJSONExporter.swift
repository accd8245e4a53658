import EventGraphModel
import Foundation

/// The graph as JSON, for scripts: nodes, and edges with the events and reports behind them.
///
/// ```json
/// {"nodes": [{"id": "gz:sergey-lavrov", "label": "Sergey Lavrov", "label_en": "Sergey Lavrov",
///             "label_ar": "سيرغي لافروف", "kind": "person", "country": "gz:russia", "documents": 4}],
///  "edges": [{"source": "gz:sergey-lavrov", "target": "gz:john-kerry", "kind": "interaction",
///             "type": "meet", "cameo": "044", "date": "2015-08-03", "weight": 2,
///             "events": ["ev:…"], "sources": [{"document": "en-21", "key": "…", "outlet": "Xinhua",
///             "cited": ["Interfax"], "published": "2015-08-03", "evidence": "…"}]}]}
/// ```
public enum GraphJSONExporter {
    struct Node: Encodable {
        var id: String
        var label: String
        var labelEN: String?
        var labelAR: String?
        var kind: ActorKind?
        var country: String?
        var documents: Int?

        enum CodingKeys: String, CodingKey {
            case id, label, labelEN = "label_en", labelAR = "label_ar", kind, country, documents
        }
    }

    struct Edge: Encodable {
        var source: String
        var target: String
        var kind: GraphEdgeKind
        var type: EventType?
        var cameo: String?
        var date: String?
        var weight: Int
        var events: [String]
        var sources: [EventSource]
    }

    struct Document: Encodable {
        var nodes: [Node]
        var edges: [Edge]
    }

    /// Renders the snapshot as one JSON object with `nodes` and `edges`.
    ///
    /// - Parameter graph: The nodes and edges; endpoints missing from `nodes` are added bare.
    /// - Returns: Pretty-printed JSON with sorted keys.
    public static func json(_ graph: GraphSnapshot) -> String {
        let nodes = GraphInterchange.completeNodes(graph).map { id, node in
            Node(id: id, label: node?.label ?? id, labelEN: node?.labelEN, labelAR: node?.labelAR, kind: node?.kind,
                 country: node?.country, documents: node?.documents)
        }
        let edges = graph.edges.map { e in
            Edge(source: e.source, target: e.target, kind: e.kind, type: e.type, cameo: e.type?.defaultCAMEO,
                 date: e.date, weight: e.weight, events: e.events, sources: e.sources)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(Document(nodes: nodes, edges: edges)) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
