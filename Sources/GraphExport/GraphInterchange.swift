import EventGraphModel

/// Helpers shared by the XML graph formats.
enum GraphInterchange {
    /// The snapshot's nodes plus a bare node (its id as label) for every edge endpoint not among
    /// them, so that the document never references a missing node.
    static func completeNodes(_ graph: GraphSnapshot) -> [(id: String, node: GraphNode?)] {
        var seen = Set<String>()
        var out: [(id: String, node: GraphNode?)] = []
        for node in graph.nodes where seen.insert(node.id).inserted { out.append((node.id, node)) }
        for edge in graph.edges {
            for id in [edge.source, edge.target] where seen.insert(id).inserted { out.append((id, nil)) }
        }
        return out
    }

    /// What an edge's reports say, for the interchange formats: event keys, documents, publishers and
    /// the sentences (`document: sentence`, one per line); `nil` where the edge has none.
    static func evidence(_ edge: GraphEdge) -> (events: String?, documents: String?, outlets: String?, text: String?) {
        func joined(_ parts: [String], _ separator: String) -> String? { parts.isEmpty ? nil : parts.joined(separator: separator) }
        let sentences = edge.sources.filter { !$0.evidence.isEmpty }.map { "\($0.document): \($0.evidence)" }
        return (joined(edge.events, " "), joined(TimelineOrder.documents(edge.sources), "; "),
                joined(TimelineOrder.outlets(edge.sources), "; "), joined(sentences, "\n"))
    }

    /// The display label of an edge: type (or kind) and readable date.
    static func edgeLabel(_ edge: GraphEdge) -> String {
        let what = edge.type?.rawValue ?? edge.kind.rawValue
        guard let date = edge.date else { return what }
        return "\(what), \(DateLabel.readable(date, grain: nil))"
    }
}

/// GraphML (yEd, networkx, igraph) for a graph snapshot.
///
/// Node data: `label`, `label_en`, `label_ar`, `kind`, `country`, `documents`; edge data: `label`,
/// `kind`, `type`, `cameo`, `date`, `weight`, and when the snapshot carries evidence `events` (keys),
/// `sources` (documents), `outlets` (publishers) and `evidence` (`document: sentence` per line).
/// Values are XML-escaped and characters XML 1.0 does not allow are dropped.
public enum GraphMLExporter {
    /// Renders the snapshot as a GraphML document.
    ///
    /// - Parameter graph: The nodes and edges; endpoints missing from `nodes` are added bare.
    /// - Returns: A UTF-8 XML document.
    public static func graphML(_ graph: GraphSnapshot) -> String {
        let x = TextEscaping.xml
        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
        xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

        """
        let keys: [(id: String, domain: String, type: String)] = [
            ("label", "node", "string"), ("label_en", "node", "string"), ("label_ar", "node", "string"),
            ("kind", "node", "string"), ("country", "node", "string"), ("documents", "node", "int"),
            ("e_label", "edge", "string"), ("e_kind", "edge", "string"), ("type", "edge", "string"),
            ("cameo", "edge", "string"), ("date", "edge", "string"), ("weight", "edge", "int"),
            ("events", "edge", "string"), ("sources", "edge", "string"), ("outlets", "edge", "string"),
            ("evidence", "edge", "string"),
        ]
        for key in keys {
            let name = key.id.hasPrefix("e_") ? String(key.id.dropFirst(2)) : key.id
            out += "  <key id=\"\(key.id)\" for=\"\(key.domain)\" attr.name=\"\(name)\" attr.type=\"\(key.type)\"/>\n"
        }
        out += "  <graph id=\"G\" edgedefault=\"directed\">\n"
        func data(_ key: String, _ value: String?) -> String {
            guard let value else { return "" }
            return "      <data key=\"\(key)\">\(x(value))</data>\n"
        }
        for (id, node) in GraphInterchange.completeNodes(graph) {
            out += "    <node id=\"\(x(id))\">\n"
            out += data("label", node?.label ?? id)
            if let node {
                out += data("label_en", node.labelEN) + data("label_ar", node.labelAR)
                out += data("kind", node.kind.rawValue) + data("country", node.country)
                out += data("documents", String(node.documents))
            }
            out += "    </node>\n"
        }
        for (index, edge) in graph.edges.enumerated() {
            out += "    <edge id=\"e\(index)\" source=\"\(x(edge.source))\" target=\"\(x(edge.target))\">\n"
            out += data("e_label", GraphInterchange.edgeLabel(edge)) + data("e_kind", edge.kind.rawValue)
            out += data("type", edge.type?.rawValue) + data("cameo", edge.type?.defaultCAMEO)
            out += data("date", edge.date) + data("weight", String(edge.weight))
            let said = GraphInterchange.evidence(edge)
            out += data("events", said.events) + data("sources", said.documents) + data("outlets", said.outlets)
            out += data("evidence", said.text)
            out += "    </edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }
}

/// GEXF 1.3 (Gephi) for a graph snapshot, dynamic so that Gephi's timeline can play it.
///
/// Edge attributes as in GraphML: `kind`, `type`, `cameo`, `date`, and with evidence `events`,
/// `sources`, `outlets`, `evidence`.
///
/// An edge with a date spans the days its value covers (`start`/`end`, `timeformat="date"`); a
/// node starts at the first day of its earliest dated edge. Undated edges and nodes are always present.
public enum GEXFExporter {
    /// Renders the snapshot as a GEXF document.
    ///
    /// - Parameter graph: The nodes and edges; endpoints missing from `nodes` are added bare.
    /// - Returns: A UTF-8 XML document.
    public static func gexf(_ graph: GraphSnapshot) -> String {
        let x = TextEscaping.xml
        var firstSeen: [String: String] = [:]
        for edge in graph.edges {
            guard let first = DateValue(edge.date ?? "").firstDay else { continue }
            for id in [edge.source, edge.target] where firstSeen[id].map({ first < $0 }) ?? true {
                firstSeen[id] = first
            }
        }
        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
        xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
          <meta>
            <creator>EventGraph</creator>
            <description>Actors and the events that link them</description>
          </meta>
          <graph mode="dynamic" defaultedgetype="directed" timeformat="date">
            <attributes class="node" mode="static">
              <attribute id="kind" title="kind" type="string"/>
              <attribute id="country" title="country" type="string"/>
              <attribute id="label_en" title="label_en" type="string"/>
              <attribute id="label_ar" title="label_ar" type="string"/>
              <attribute id="documents" title="documents" type="integer"/>
            </attributes>
            <attributes class="edge" mode="static">
              <attribute id="kind" title="kind" type="string"/>
              <attribute id="type" title="type" type="string"/>
              <attribute id="cameo" title="cameo" type="string"/>
              <attribute id="date" title="date" type="string"/>
              <attribute id="events" title="events" type="string"/>
              <attribute id="sources" title="sources" type="string"/>
              <attribute id="outlets" title="outlets" type="string"/>
              <attribute id="evidence" title="evidence" type="string"/>
            </attributes>
            <nodes>

        """
        func value(_ key: String, _ v: String?) -> String {
            guard let v else { return "" }
            return "          <attvalue for=\"\(key)\" value=\"\(x(v))\"/>\n"
        }
        for (id, node) in GraphInterchange.completeNodes(graph) {
            let start = firstSeen[id].map { " start=\"\($0)\"" } ?? ""
            out += "      <node id=\"\(x(id))\" label=\"\(x(node?.label ?? id))\"\(start)>\n"
            if let node {
                out += "        <attvalues>\n"
                out += value("kind", node.kind.rawValue) + value("country", node.country)
                out += value("label_en", node.labelEN) + value("label_ar", node.labelAR)
                out += value("documents", String(node.documents))
                out += "        </attvalues>\n"
            }
            out += "      </node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for (index, edge) in graph.edges.enumerated() {
            let date = DateValue(edge.date ?? "")
            var span = ""
            if let first = date.firstDay, let last = date.lastDay { span = " start=\"\(first)\" end=\"\(last)\"" }
            out += "      <edge id=\"e\(index)\" source=\"\(x(edge.source))\" target=\"\(x(edge.target))\""
            out += " label=\"\(x(GraphInterchange.edgeLabel(edge)))\" weight=\"\(max(edge.weight, 1))\"\(span)>\n"
            out += "        <attvalues>\n"
            out += value("kind", edge.kind.rawValue) + value("type", edge.type?.rawValue)
            out += value("cameo", edge.type?.defaultCAMEO) + value("date", edge.date)
            let said = GraphInterchange.evidence(edge)
            out += value("events", said.events) + value("sources", said.documents) + value("outlets", said.outlets)
            out += value("evidence", said.text)
            out += "        </attvalues>\n      </edge>\n"
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return out
    }
}
