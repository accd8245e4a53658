import EventGraphModel
import Foundation
import Testing
@testable import GraphExport

/// One hostile label, printed by name in the test report.
struct Hostile: CustomTestStringConvertible, Sendable {
    var name: String
    var text: String
    var testDescription: String { name }
    static let all = Fixtures.hostile.map { Hostile(name: $0.name, text: $0.text) }
}

private let lri = "\u{2066}", pdi = "\u{2069}"

private func stripIsolates(_ s: String) -> String {
    s.replacingOccurrences(of: lri, with: "").replacingOccurrences(of: pdi, with: "")
}

private func entry(_ text: String) -> TimelineEntry {
    TimelineEntry(event: "ev:\(text)", type: .talk, cameo: "040", date: "2022-11-05", grain: .day,
                  isReportDate: false, participants: [text, "B"],
                  sources: [EventSource(document: "d", title: text, outlet: text, published: "2022-11-08",
                                        evidence: text)])
}

@Suite("Escaping of hostile labels in every format")
struct EscapingTests {
    @Test("DOT: every string stays closed and reads back as the label", arguments: Hostile.all)
    func dot(_ h: Hostile) throws {
        let graph = GraphSnapshot(
            nodes: [GraphNode(id: "id:" + h.text, label: h.text, kind: .person, country: h.text)],
            edges: [GraphEdge(source: "id:" + h.text, target: "other", kind: .interaction, type: .talk,
                              date: "2022-11")])
        let dot = DOTExporter.dot(graph, title: h.text)
        let strings = try #require(Readers.dotStrings(dot), "unterminated string in\n\(dot)")
        let expected = Readers.visible(h.text).split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: "\n")
        #expect(strings.map(stripIsolates).contains(expected), "\(strings)")
        // The id appears in both the node and the edge statement, in the same safe form.
        let id = TextEscaping.dotID("id:" + h.text)
        #expect(dot.components(separatedBy: id).count == 3)
        #expect(!id.dropFirst().dropLast().contains { $0 == "\\" || $0 == "\"" || $0.isNewline })
        #expect(!dot.contains("<script>") || !h.text.contains("<script>") || dot.contains("\"<script>"))
    }

    @Test("DOT: LTR runs inside Arabic labels are isolated so bidi keeps 2022-11 in order")
    func dotIsolatesDates() {
        let graph = GraphSnapshot(nodes: [GraphNode(id: "x", label: "محادثات 2022-11 في جنيف", kind: .person)])
        let dot = DOTExporter.dot(graph)
        #expect(dot.contains("محادثات \(lri)2022-11\(pdi) في جنيف"))
        #expect(!DOTExporter.dot(GraphSnapshot(nodes: [GraphNode(id: "y", label: "talks 2022-11", kind: .person)]))
            .contains(lri))
    }

    @Test("GraphML: well-formed XML whose data reads back as the label", arguments: Hostile.all)
    func graphML(_ h: Hostile) throws {
        let graph = GraphSnapshot(nodes: [GraphNode(id: h.text, label: h.text, kind: .person)],
                                  edges: [GraphEdge(source: h.text, target: h.text, kind: .event, date: h.text)])
        let parsed = Readers.xml(GraphMLExporter.graphML(graph))
        #expect(parsed.error == nil)
        let expected = String(String.UnicodeScalarView(h.text.unicodeScalars.filter(TextEscaping.isXMLChar)))
        #expect(parsed.elements.contains { $0.name == "data" && $0.attributes["key"] == "label" && $0.text == expected })
        #expect(parsed.elements.contains { $0.name == "node" && $0.attributes["id"] == expected })
        #expect(parsed.elements.contains { $0.name == "data" && $0.attributes["key"] == "date" && $0.text == expected })
    }

    @Test("GEXF: well-formed XML whose attributes read back as the label", arguments: Hostile.all)
    func gexf(_ h: Hostile) throws {
        let graph = GraphSnapshot(nodes: [GraphNode(id: h.text, label: h.text, kind: .person, country: h.text)])
        let parsed = Readers.xml(GEXFExporter.gexf(graph))
        #expect(parsed.error == nil)
        let expected = String(String.UnicodeScalarView(h.text.unicodeScalars.filter(TextEscaping.isXMLChar)))
        #expect(parsed.elements.contains { $0.name == "node" && $0.attributes["label"] == expected })
        #expect(parsed.elements.contains { $0.name == "attvalue" && $0.attributes["value"] == expected })
    }

    @Test("CSV: RFC 4180 fields read back as the label", arguments: Hostile.all)
    func csv(_ h: Hostile) throws {
        let records = try #require(Readers.csv(TimelineExporter.csv([entry(h.text)])))
        #expect(records.count == 2)
        #expect(records.allSatisfy { $0.count == records[0].count })
        let expected = Readers.visible(h.text, keep: ["\n", "\r", "\t"], unify: false)
        let participants = try #require(records[0].firstIndex(of: "participants"))
        let evidence = try #require(records[0].firstIndex(of: "evidence"))
        #expect(records[1][participants] == expected + "; B")
        #expect(records[1][evidence] == expected)
        let listing = try #require(Readers.csv(ListingExporter.events([entry(h.text)], as: .csv)))
        let column = try #require(listing[0].firstIndex(of: "participants"))
        #expect(listing.count == 2 && listing[1][column] == expected + "; B")
    }

    @Test("Markdown: table rows keep their cell count and one line", arguments: Hostile.all)
    func markdownTables(_ h: Hostile) throws {
        let talk = TalkRecord(event: "e", type: .talk, cameo: "040", date: "2022", grain: .year, a: "a", b: "b",
                              aName: h.text, bName: "B", sources: [EventSource(document: "d", outlet: h.text,
                                                                              published: nil, evidence: h.text)])
        for text in [TalksExporter.markdown([talk]), ListingExporter.talks([talk], as: .md)] {
            let rows = text.split(separator: "\n").filter { $0.hasPrefix("|") }
            #expect(rows.count == 3, "\(text)")
            let cells = rows.map { unescapedPipes(in: $0) }
            #expect(Set(cells).count == 1, "\(rows)")
            #expect(!text.contains("<script>"))
        }
    }

    @Test("Markdown: timeline text escapes markup", arguments: Hostile.all)
    func markdownTimeline(_ h: Hostile) {
        let md = TimelineExporter.markdown([entry(h.text)], title: h.text)
        for raw in ["<script>", "*bold*", "[link]", "\u{1B}", "a | b"] where h.text.contains(raw) {
            #expect(!md.contains(raw))
        }
        #expect(md.split(separator: "\n").filter { $0.hasPrefix("# ") }.count == 1)
    }

    @Test("HTML: no markup from labels, every text escaped", arguments: Hostile.all)
    func html(_ h: Hostile) {
        let html = TimelineExporter.html([entry(h.text)], title: h.text)
        #expect(html.components(separatedBy: "<script>").count == 2)
        #expect(html.components(separatedBy: "</script>").count == 2)
        if h.text.contains("<script>") { #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")) }
        if h.text.contains("\"") { #expect(html.contains("&quot;yes&quot;")) }
        #expect(!html.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" })
        #expect(html.contains("<option value=\"\(TextEscaping.html(h.text))\""))
    }

    @Test("TimelineJS JSON: headline and text read back after JSON and HTML decoding", arguments: Hostile.all)
    func timelineJSON(_ h: Hostile) throws {
        let data = Data(TimelineExporter.json([entry(h.text)]).utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let events = try #require(object["events"] as? [[String: Any]])
        let text = try #require(events.first?["text"] as? [String: String])
        #expect(Readers.htmlUnescape(text["headline"] ?? "") == "talk: " + TextEscaping.html(h.text)
            .replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&#39;", with: "'") + " — B")
        #expect(!(text["text"] ?? "").contains("<script>"))
    }

    @Test("Listing JSON round-trips the records exactly", arguments: Hostile.all)
    func listingJSON(_ h: Hostile) throws {
        let actor = ActorRecord(id: h.text, name: h.text, nameEN: nil, nameAR: h.text, kind: .person,
                                aliases: [h.text], documents: 1, languages: [.ar])
        let decoded = try JSONDecoder().decode([ActorRecord].self,
                                               from: Data(ListingExporter.actors([actor], as: .json).utf8))
        #expect(decoded == [actor])
    }

    @Test("Terminal table: one line per row, no control characters", arguments: Hostile.all)
    func table(_ h: Hostile) {
        let out = ListingExporter.events([entry(h.text)], as: .table)
        #expect(out.split(separator: "\n", omittingEmptySubsequences: false).count == 4)
        #expect(!out.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    @Test("iCalendar: folded CRLF lines whose SUMMARY reads back as the label", arguments: Hostile.all)
    func ics(_ h: Hostile) throws {
        let lines = try #require(Readers.icsLines(TimelineExporter.ics([entry(h.text)])))
        let summary = try #require(lines.first { $0.hasPrefix("SUMMARY:") })
        let expected = Readers.visible(h.text).replacingOccurrences(of: "\t", with: " ")
        #expect(Readers.icsText(summary.dropFirst("SUMMARY:".count)) == "talk: \(expected) — B")
        #expect(lines.first == "BEGIN:VCALENDAR" && lines.last == "END:VCALENDAR")
    }

    @Test("iCalendar folds long Arabic lines at 75 octets without splitting a character")
    func icsFolding() throws {
        let long = String(repeating: "محادثات سوليفان وأوشاكوف ", count: 10)
        let text = TimelineExporter.ics([entry(long)])
        let lines = try #require(Readers.icsLines(text))
        let summary = try #require(lines.first { $0.hasPrefix("SUMMARY:") })
        #expect(Readers.icsText(summary.dropFirst(8)) == "talk: \(long) — B")
        #expect(text.components(separatedBy: "\r\n ").count > 3)
    }
}

/// The positions of the unescaped `|` in a Markdown row, as a count.
private func unescapedPipes(in row: Substring) -> Int {
    var count = 0, escaped = false
    for c in row {
        if escaped { escaped = false; continue }
        if c == "\\" { escaped = true } else if c == "|" { count += 1 }
    }
    return count
}
