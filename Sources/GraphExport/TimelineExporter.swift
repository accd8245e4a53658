import EventGraphModel
import Foundation

/// Chronological timelines of events: Markdown, self-contained HTML, TimelineJS JSON, CSV, iCalendar.
///
/// Every format sorts entries by date (undated ones last), shows the grain readably
/// ("March 2022"), marks planned events and events placed at their report date.
public enum TimelineExporter {
    /// A Markdown timeline grouped under readable dates.
    ///
    /// - Parameters:
    ///   - entries: The events, in any order.
    ///   - title: The top heading; "Timeline" when `nil`.
    /// - Returns: CommonMark text with every user string escaped.
    public static func markdown(_ entries: [TimelineEntry], title: String? = nil) -> String {
        var out = "# \(TextEscaping.markdown(title ?? "Timeline"))\n"
        if entries.isEmpty { out += "\nNo events.\n" }
        for group in TimelineOrder.grouped(entries) {
            out += "\n## \(TextEscaping.markdown(group.label))\n\n"
            for entry in group.entries {
                let who = entry.participants.map(TextEscaping.markdown).joined(separator: " — ")
                var line = "- **\(entry.type.rawValue)**"
                if !who.isEmpty { line += ": \(who)" }
                line += " (CAMEO \(TextEscaping.markdown(entry.cameo)))"
                let marks = TimelineOrder.marks(entry)
                if !marks.isEmpty { line += " — _\(marks.map(TextEscaping.markdown).joined(separator: "; "))_" }
                out += line + "\n"
                for source in entry.sources {
                    out += "  - \(TextEscaping.markdown(TimelineOrder.attribution(source)))"
                    if !source.evidence.isEmpty { out += ": “\(TextEscaping.markdown(source.evidence))”" }
                    out += "\n"
                }
            }
        }
        return out
    }

    /// TimelineJS JSON (`{"events":[{"start_date":{"year":…},"text":{"headline":…,"text":…},"group":…}]}`).
    ///
    /// TimelineJS renders `headline` and `text` as HTML, so both are HTML-escaped before JSON
    /// encoding; Arabic evidence is wrapped in `<p dir="rtl" lang="ar">`. Entries without a
    /// calendar date cannot be placed and are left out.
    ///
    /// - Parameter entries: The events, in any order.
    /// - Returns: Pretty-printed JSON with sorted keys.
    public static func json(_ entries: [TimelineEntry]) -> String {
        let events = TimelineOrder.sorted(entries).compactMap(TimelineJS.Event.init)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(TimelineJS(events: events)),
              let text = String(data: data, encoding: .utf8) else { return "{\"events\":[]}\n" }
        return text + "\n"
    }

    /// CSV per RFC 4180 with a header row, one record per event, CRLF line ends.
    ///
    /// Columns: `date,date_label,grain,report_date,planned,type,cameo,participants,outlets,published,documents,evidence,event`.
    /// Multiple participants and sources are joined with `; `, evidence of several sources with a line break.
    public static func csv(_ entries: [TimelineEntry]) -> String {
        var out = TextEscaping.csvRecord(["date", "date_label", "grain", "report_date", "planned", "type", "cameo",
                                          "participants", "outlets", "published", "documents", "evidence", "event"])
        for e in TimelineOrder.sorted(entries) {
            out += TextEscaping.csvRecord([
                e.date ?? "", DateLabel.readable(e.date, grain: e.grain), e.grain?.rawValue ?? "",
                e.isReportDate ? "true" : "false", e.isPlanned ? "true" : "false",
                e.type.rawValue, e.cameo, e.participants.joined(separator: "; "),
                TimelineOrder.outlets(e.sources).joined(separator: "; "),
                e.sources.compactMap(\.published).joined(separator: "; "),
                TimelineOrder.documents(e.sources).joined(separator: "; "),
                e.sources.map(\.evidence).joined(separator: "\n"), e.event,
            ])
        }
        return out
    }
}

/// The TimelineJS 3 document shape.
struct TimelineJS: Encodable {
    struct StartDate: Encodable { var year: Int; var month: Int?; var day: Int? }
    struct Text: Encodable { var headline: String; var text: String }
    struct Event: Encodable {
        var startDate: StartDate
        var endDate: StartDate?
        var displayDate: String
        var text: Text
        var group: String
        var uniqueID: String

        enum CodingKeys: String, CodingKey {
            case startDate = "start_date", endDate = "end_date", displayDate = "display_date", text, group,
                 uniqueID = "unique_id"
        }

        init?(_ entry: TimelineEntry) {
            let value = DateValue(entry.date ?? "")
            guard let first = value.firstDay, let last = value.lastDay,
                  let start = Self.date(first, grain: value.grain) else { return nil }
            startDate = start
            endDate = first == last || value.grain == .month || value.grain == .year
                ? nil : Self.date(last, grain: .day)
            displayDate = DateLabel.readable(entry.date, grain: entry.grain)
            text = Text(headline: TextEscaping.html(TimelineOrder.headline(entry)), text: Self.body(entry))
            group = entry.type.rawValue
            uniqueID = entry.event
        }

        static func date(_ day: String, grain: DateGrain) -> StartDate? {
            let f = day.split(separator: "-").compactMap { Int($0) }
            guard f.count == 3 else { return nil }
            switch grain {
            case .year, .decade, .century: return StartDate(year: f[0], month: nil, day: nil)
            case .month, .quarter, .half, .season: return StartDate(year: f[0], month: f[1], day: nil)
            default: return StartDate(year: f[0], month: f[1], day: f[2])
            }
        }

        static func body(_ entry: TimelineEntry) -> String {
            var html = ""
            let marks = TimelineOrder.marks(entry)
            if !marks.isEmpty { html += "<p><em>\(TextEscaping.html(marks.joined(separator: "; ")))</em></p>" }
            for source in entry.sources {
                let d = Bidi.direction(of: source.evidence)
                let lang = d.lang.map { " lang=\"\($0)\"" } ?? ""
                html += "<p dir=\"\(d.dir)\"\(lang)>\(TextEscaping.html(source.evidence))</p>"
                html += "<p><small>\(TextEscaping.html(TimelineOrder.attribution(source)))</small></p>"
            }
            return html
        }
    }

    var events: [Event]
}
