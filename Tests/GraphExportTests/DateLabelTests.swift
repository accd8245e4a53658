import EventGraphModel
import Testing
@testable import GraphExport

@Suite("Readable dates")
struct DateLabelTests {
    @Test("TimeML values read as a person says them", arguments: [
        ("2022-03", DateGrain.month, "March 2022"),
        ("2022-11-05", .day, "5 November 2022"),
        ("2022", .year, "2022"),
        ("2022-Q3", .quarter, "Q3 2022"),
        ("2022-H1", .half, "first half of 2022"),
        ("2022-H2", .half, "second half of 2022"),
        ("2022-SU", .season, "summer 2022"),
        ("2022-W45", .week, "week 45 of 2022"),
        ("202", .decade, "the 2020s"),
        ("20", .century, "the 21st century"),
        ("2022-11-05T14:00", .time, "5 November 2022, 14:00"),
        ("PAST_REF", .unknown, "in the past"),
        ("XXXX-11", .unknown, "XXXX-11"),
        ("2022-02-30", .unknown, "2022-02-30"),
    ])
    func readable(_ value: String, _ grain: DateGrain, _ expected: String) {
        #expect(DateLabel.readable(value, grain: grain) == expected)
        #expect(DateLabel.readable(value, grain: nil) == expected)
    }

    @Test("No value reads as undated")
    func undated() {
        #expect(DateLabel.readable(nil, grain: nil) == "undated")
        #expect(DateLabel.readable("", grain: .day) == "undated")
    }
}

@Suite("Timeline order and marks")
struct TimelineBehaviourTests {
    @Test("Entries are sorted by first day, coarser first, undated last")
    func order() {
        let events = TimelineOrder.sorted(Fixtures.entries).map(\.event)
        #expect(events == ["ev:1", "ev:4", "ev:3", "ev:2", "ev:5"])
    }

    @Test("Markdown groups under readable dates and marks report-date and planned entries")
    func markdownMarks() {
        let md = TimelineExporter.markdown(Fixtures.entries)
        let headings = md.split(separator: "\n").filter { $0.hasPrefix("## ") }
        #expect(headings == ["## 2022", "## March 2022", "## 5 November 2022", "## 8 November 2022", "## Undated"])
        #expect(md.contains("reported 8 November 2022, no date of its own"))
        #expect(md.contains("_planned_"))
    }

    @Test("HTML sets dir and lang per entry from its own text")
    func htmlDirection() {
        let html = TimelineExporter.html(Fixtures.entries, title: "خط زمني")
        #expect(html.contains("<h1 dir=\"rtl\">خط زمني</h1>"))
        #expect(html.contains("data-type=\"talk\" dir=\"rtl\" lang=\"ar\""))
        #expect(html.contains("data-type=\"call\" dir=\"ltr\" lang=\"en\""))
        #expect(html.contains("<blockquote dir=\"rtl\" lang=\"ar\">أجرى سوليفان"))
        #expect(!html.contains("http://") && !html.contains("https://"))
    }

    @Test("TimelineJS JSON places each dated entry at its grain and leaves undated ones out")
    func timelineJS() {
        let json = TimelineExporter.json(Fixtures.entries)
        #expect(json.components(separatedBy: "\"unique_id\"").count == 5)
        #expect(json.contains("\"display_date\" : \"March 2022\""))
        #expect(!json.contains("ev:5"))
    }

    @Test("iCalendar: a day is one day, a week its days, a month or a year one day marked with its date")
    func icsSpan() {
        let ics = TimelineExporter.ics(Fixtures.entries)
        #expect(ics.contains("DTSTART;VALUE=DATE:20220301\r\nDTEND;VALUE=DATE:20220302\r\nSUMMARY:[March 2022] visit"))
        #expect(ics.contains("DTSTART;VALUE=DATE:20220101\r\nDTEND;VALUE=DATE:20220102\r\nSUMMARY:[2022] talk"))
        #expect(ics.contains("X-EVENTGRAPH-GRAIN:year"))
        #expect(ics.contains("DTSTART;VALUE=DATE:20221108\r\nDTEND;VALUE=DATE:20221109\r\nSUMMARY:call"))
        let week = TimelineEntry(event: "w", type: .meet, cameo: "044", date: "2022-W45", grain: .week,
                                 isReportDate: false, participants: ["A", "B"], sources: [])
        let weekICS = TimelineExporter.ics([week])
        #expect(weekICS.contains("DTSTART;VALUE=DATE:20221107\r\nDTEND;VALUE=DATE:20221114\r\nSUMMARY:meet: A — B"))
        #expect(!weekICS.contains("X-EVENTGRAPH-GRAIN"))
        #expect(ics.contains("STATUS:TENTATIVE"))
        #expect(TimelineExporter.dayAfter("2024-02-28") == "2024-02-29")
        #expect(TimelineExporter.dayAfter("2022-12-31") == "2023-01-01")
    }

    @Test("Country colours are stable and clusters group actors by country")
    func dotClusters() {
        let dot = DOTExporter.dot(Fixtures.snapshot)
        #expect(DOTExporter.palette(for: "gz:russia") == DOTExporter.palette(for: "gz:russia"))
        #expect(dot.components(separatedBy: "subgraph \"cluster_").count == 4)   // usa, russia, legend
        #expect(dot.contains("label=\"talk ×3\\n2022\", tooltip=\"talk ×3\\n2022\", penwidth=2.5"))
        for kind in ActorKind.allCases { #expect(dot.contains("shape=\(DOTExporter.shape(of: kind))")) }
        #expect(dot.contains("fontname=\"Noto Sans Arabic,DejaVu Sans\""))
    }
}
