import EventGraphModel
import Foundation
import GraphExport
import Testing

/// What users' tools read from EventGraph's exports: TimelineJS, iCalendar, CSV, interchange formats.
@Suite("Exports for users' tools")
struct ExportFormatTests {
    static func entry(_ i: Int, sources: Int, type: EventType = .statement, date: String = "2022-11-05") -> TimelineEntry {
        TimelineEntry(event: "ev:\(i)", type: type, cameo: type.defaultCAMEO, date: date, grain: DateValue(date).grain,
                      isReportDate: false, participants: ["A\(i)"],
                      sources: (0..<sources).map { s in
                          EventSource(document: "doc-\(i)-\(s)", outlet: "Wire \(s)", published: "2022-11-08",
                                      evidence: "Sentence \(i).\(s).")
                      })
    }

    static func slides(_ json: String) throws -> (title: [String: Any], events: [[String: Any]]) {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let title = try #require(object["title"] as? [String: Any])
        return (title, object["events"] as? [[String: Any]] ?? [])
    }

    @Test("TimelineJS has a title slide and keeps the most reported events when there are too many")
    func timelineJSTitleAndLimit() throws {
        // 150 events: every tenth reported by three outlets, the rest by one.
        let entries = (0..<150).map { Self.entry($0, sources: $0.isMultiple(of: 10) ? 3 : 1) }
        let json = TimelineExporter.json(entries, title: "Gulf diplomacy · دبلوماسية الخليج", maxSlides: 20)
        let (title, events) = try Self.slides(json)
        #expect(events.count == 20)
        let ids = Set(events.compactMap { $0["unique_id"] as? String })
        for i in stride(from: 0, to: 150, by: 10) { #expect(ids.contains("ev:\(i)"), "ev:\(i) reported three times") }
        let text = try #require(title["text"] as? [String: String])
        #expect(text["headline"]?.contains("Gulf diplomacy · دبلوماسية الخليج") == true)
        #expect(text["text"]?.contains("The 20 most reported of 150 dated events are shown") == true)
        // Within the limit nothing is left out, and the default limit is TimelineJS-sized.
        #expect(try Self.slides(TimelineExporter.json(Array(entries.prefix(5)))).events.count == 5)
        #expect(try Self.slides(TimelineExporter.json(entries)).events.count == TimelineExporter.timelineJSSlides)
    }

    @Test("Dates far from their reports or known only to the century are marked uncertain", arguments: [
        ("1946-03-05", "1990-03-02", "date uncertain: 44 years before the report"),
        ("10", "1998-02-10", "date uncertain: only the 11th century is known"),
        ("199", "1998-02-10", "date uncertain: only the 1990s is known"),
        ("2031", "2022-11-08", "date uncertain: 9 years after the report"),
        ("2015-08-03", "2015-08-04", ""),
        ("1990", "1998-01-08", ""),
    ])
    func uncertainDates(_ row: (date: String, published: String, note: String)) {
        let entry = TimelineEntry(event: "e", type: .attack, cameo: "190", date: row.date, grain: DateValue(row.date).grain,
                                  isReportDate: false, participants: ["X"],
                                  sources: [EventSource(document: "d", outlet: "Wire", published: row.published, evidence: "…")])
        #expect((DateCertainty.note(entry) ?? "") == row.note)
        let markdown = TimelineExporter.markdown([entry])
        #expect(markdown.contains("date uncertain") == !row.note.isEmpty)
        let csv = TimelineExporter.csv([entry])
        #expect(csv.contains(",\(!row.note.isEmpty),attack,"), "\(csv)")
        #expect(TimelineExporter.html([entry]).contains("class=\"entry uncertain-date\"") == !row.note.isEmpty)
    }

    @Test("Listing CSV gives the ISO date and the label beside it; tables the label alone")
    func listingDates() throws {
        let entries = [Self.entry(1, sources: 1, date: "2022-11"), Self.entry(2, sources: 1, date: "2022-11-05")]
        let csv = try #require(Readers.csv(ListingExporter.events(entries, as: .csv)))
        #expect(Array(csv[0].prefix(2)) == ["date", "date_label"])
        #expect(csv.dropFirst().map { Array($0.prefix(2)) } == [["2022-11", "November 2022"], ["2022-11-05", "5 November 2022"]])
        let talks = try #require(Readers.csv(ListingExporter.talks(Fixtures.talks, as: .csv)))
        #expect(talks.dropFirst().map(\.first) == ["2022", "2022-11"])
        #expect(ListingExporter.events(entries, as: .table).hasPrefix("date  "))
        let timeline = try #require(Readers.csv(TimelineExporter.csv(entries)))
        let start = try #require(timeline[0].firstIndex(of: "start")), end = try #require(timeline[0].firstIndex(of: "end"))
        #expect(timeline[1][start] == "2022-11-01" && timeline[1][end] == "2022-11-30")
    }

    @Test("In HTML the date beside an Arabic outlet keeps its order")
    func htmlAttributionIsolated() {
        let entry = TimelineEntry(event: "e", type: .call, cameo: "040", date: "2022-11-08", grain: .day,
                                  isReportDate: false, participants: ["أ", "ب"],
                                  sources: [EventSource(document: "seed-ar-01", outlet: "مأرب برس", cited: ["واشنطن بوست"],
                                                        published: "2022-11-08", evidence: "تحدث الوزيران")])
        let html = TimelineExporter.html([entry])
        #expect(html.contains("<p class=\"source\" dir=\"ltr\"><bdi>مأرب برس</bdi>, <bdi dir=\"ltr\">8 November 2022</bdi>, citing <bdi>واشنطن بوست</bdi> (<bdi dir=\"ltr\">seed-ar-01</bdi>)"), "\(html)")
        #expect(TimelineExporter.json([entry]).contains("<bdi dir=\\\"ltr\\\">8 November 2022</bdi>"))
    }

    static let evidenceEdge = GraphSnapshot(
        nodes: [GraphNode(id: "gz:sergey-lavrov", label: "Sergey Lavrov", kind: .person),
                GraphNode(id: "gz:john-kerry", label: "John Kerry", kind: .person)],
        edges: [GraphEdge(source: "gz:sergey-lavrov", target: "gz:john-kerry", kind: .interaction, type: .meet,
                          date: "2015-08-03", weight: 1, events: ["ev:abc:e1"],
                          sources: [EventSource(document: "en-21", key: "abc", outlet: "Xinhua", cited: ["Interfax"],
                                                published: "2015-08-03", evidence: "Lavrov met Kerry in Doha & talked.")])])

    @Test("GraphML, GEXF and JSON edges carry their events, sources, publishers and evidence")
    func edgesCarryEvidence() throws {
        let graphml = Readers.xml(GraphMLExporter.graphML(Self.evidenceEdge))
        #expect(graphml.error == nil)
        let data = Dictionary(graphml.elements.filter { $0.name == "data" }.map { ($0.attributes["key"] ?? "", $0.text) },
                              uniquingKeysWith: { a, _ in a })
        #expect(data["evidence"] == "en-21: Lavrov met Kerry in Doha & talked.")
        #expect(data["sources"] == "en-21" && data["outlets"] == "Xinhua" && data["events"] == "ev:abc:e1")
        let gexf = Readers.xml(GEXFExporter.gexf(Self.evidenceEdge))
        #expect(gexf.error == nil)
        #expect(gexf.elements.contains { $0.name == "attvalue" && $0.attributes["for"] == "evidence"
            && $0.attributes["value"] == "en-21: Lavrov met Kerry in Doha & talked." })
        let json = try #require(try JSONSerialization.jsonObject(with: Data(GraphJSONExporter.json(Self.evidenceEdge).utf8)) as? [String: Any])
        let edge = try #require((json["edges"] as? [[String: Any]])?.first)
        let source = try #require((edge["sources"] as? [[String: Any]])?.first)
        #expect(source["evidence"] as? String == "Lavrov met Kerry in Doha & talked.")
        #expect(source["cited"] as? [String] == ["Interfax"])
        #expect(edge["cameo"] as? String == "043")
        #expect((json["nodes"] as? [[String: Any]])?.count == 2)
    }
}
