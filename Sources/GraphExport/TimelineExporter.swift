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
                    out += "  - \(TextEscaping.markdown(Bidi.isolatingLTRRuns(TimelineOrder.attribution(source))))"
                    if !source.evidence.isEmpty { out += ": “\(TextEscaping.markdown(source.evidence))”" }
                    out += "\n"
                }
            }
        }
        return out
    }

    /// How many slides ``json(_:title:maxSlides:)`` writes by default: TimelineJS slows down and its
    /// navigation stops being usable well before a few hundred.
    public static let timelineJSSlides = 100

    /// TimelineJS JSON: a title slide and one slide per event
    /// (`{"title":{"text":…},"events":[{"start_date":{"year":…},"text":{"headline":…,"text":…},"group":…}]}`).
    ///
    /// When there are more dated events than `maxSlides`, the most reported ones are kept (then
    /// interactions before other events, dates without doubt before uncertain ones, finer dates
    /// before coarser ones), in date order, and the title slide says how many were left out.
    /// TimelineJS renders `headline` and `text` as HTML, so both are HTML-escaped before JSON
    /// encoding; Arabic evidence is wrapped in `<p dir="rtl" lang="ar">`. Entries without a
    /// calendar date cannot be placed and are left out.
    ///
    /// - Parameters:
    ///   - entries: The events, in any order.
    ///   - title: The headline of the title slide; "Timeline" when `nil`.
    ///   - maxSlides: At most this many event slides; `nil` for all.
    /// - Returns: Pretty-printed JSON with sorted keys.
    public static func json(_ entries: [TimelineEntry], title: String? = nil,
                            maxSlides: Int? = timelineJSSlides) -> String {
        let placeable = TimelineOrder.sorted(entries).compactMap { entry in TimelineJS.Event(entry).map { (entry, $0) } }
        var kept = placeable
        if let maxSlides, placeable.count > maxSlides {
            let chosen = Set(placeable.enumerated().sorted { l, r in
                TimelineJS.priority(l.element.0, l.offset) > TimelineJS.priority(r.element.0, r.offset)
            }.prefix(max(maxSlides, 0)).map(\.offset))
            kept = placeable.enumerated().filter { chosen.contains($0.offset) }.map(\.element)
        }
        let slide = TimelineJS.titleSlide(title ?? "Timeline", shown: kept.map(\.0), dated: placeable.count,
                                          total: entries.count)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(TimelineJS(title: slide, events: kept.map(\.1))),
              let text = String(data: data, encoding: .utf8) else { return "{\"events\":[]}\n" }
        return text + "\n"
    }

    /// CSV per RFC 4180 with a header row, one record per event, CRLF line ends.
    ///
    /// Columns: `date,date_label,start,end,grain,report_date,planned,date_uncertain,type,cameo,participants,participants_other,outlets,published,documents,evidence,event`.
    /// `date` is the TimeML value (`2022-11-05`, `2022-11`, `2022-W45`), `start` and `end` the first and
    /// last ISO day it covers (empty when it covers none), `date_label` the date as a person says it;
    /// `participants_other` names the participants in the other script, where known.
    /// Multiple participants and sources are joined with `; `, evidence of several sources with a line break.
    public static func csv(_ entries: [TimelineEntry]) -> String {
        var out = TextEscaping.csvRecord(["date", "date_label", "start", "end", "grain", "report_date", "planned",
                                          "date_uncertain", "type", "cameo", "participants", "participants_other",
                                          "outlets", "published",
                                          "documents", "evidence", "event"])
        for e in TimelineOrder.sorted(entries) {
            let value = DateValue(e.date ?? "")
            out += TextEscaping.csvRecord([
                e.date ?? "", DateLabel.readable(e.date, grain: e.grain), value.firstDay ?? "", value.lastDay ?? "",
                e.grain?.rawValue ?? "", e.isReportDate ? "true" : "false", e.isPlanned ? "true" : "false",
                DateCertainty.isUncertain(e) ? "true" : "false",
                e.type.rawValue, e.cameo, e.participants.joined(separator: "; "), Labels.otherNames(e),
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
                html += "<p dir=\"ltr\"><small>\(TimelineOrder.attributionHTML(source))</small></p>"
            }
            return html
        }
    }

    /// The title slide: the headline, the span of dates, and what was left out.
    struct Title: Encodable { var text: Text }

    var title: Title
    var events: [Event]

    /// The order in which events earn a slide: most reported, interactions, certain dates, finer grains,
    /// then earlier ones (higher is better).
    static func priority(_ entry: TimelineEntry, _ index: Int) -> (Int, Int, Int, Int, Int) {
        let grain = DateValue(entry.date ?? "").grain
        let fine = [DateGrain.day, .time].contains(grain) ? 2 : (grain == .week || grain == .month ? 1 : 0)
        return (entry.sources.count, entry.type.isInteraction ? 1 : 0, DateCertainty.isUncertain(entry) ? 0 : 1,
                fine, -index)
    }

    static func titleSlide(_ title: String, shown: [TimelineEntry], dated: Int, total: Int) -> Title {
        var text = ""
        let days = shown.compactMap { DateLabel.sortKey($0.date) }
        if let first = days.map(\.first).min(), let last = days.map(\.last).max() {
            text += "<p>\(shown.count) events, \(DateLabel.readable(first, grain: .day)) to \(DateLabel.readable(last, grain: .day)).</p>"
        } else {
            text += "<p>No dated events.</p>"
        }
        if shown.count < dated {
            text += "<p>The \(shown.count) most reported of \(dated) dated events are shown; "
                + "filter by actor, type or dates to see the others.</p>"
        }
        if dated < total { text += "<p>\(total - dated) events without a calendar date are not shown.</p>" }
        let d = Bidi.direction(of: title)
        let lang = d.lang.map { " lang=\"\($0)\"" } ?? ""
        return Title(text: Text(headline: "<span dir=\"\(d.dir)\"\(lang)>\(TextEscaping.html(title))</span>", text: text))
    }
}
