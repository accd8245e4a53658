import EventGraphModel
import Foundation

/// The output formats of the listing commands (`events`, `talks`, `actors`).
public enum ListingFormat: String, CaseIterable, Sendable {
    /// Aligned plain-text columns for a terminal.
    case table
    /// A JSON array of the model records.
    case json
    /// RFC 4180 CSV with a header.
    case csv
    /// A Markdown table.
    case md
}

/// The listing commands' output in each `ListingFormat`.
///
/// `json` encodes the model records themselves (their `Codable` form, keys sorted); the other
/// formats show the same columns, except that CSV gives the date as its ISO value (`date`) with the
/// readable form beside it (`date_label`), where tables show the readable form alone. Terminal
/// tables drop control characters and bidi controls (no escape sequence or override reaches the
/// terminal), isolate right-to-left cells (see ``TerminalText``) and shorten long evidence.
public enum ListingExporter {
    /// Lists timeline entries (the `events` command), sorted by date.
    public static func events(_ e: [TimelineEntry], as format: ListingFormat) -> String {
        let sorted = TimelineOrder.sorted(e)
        if format == .json { return json(sorted) }
        let header = ["date", "date_label", "type", "participants", "participants_other", "outlets", "documents",
                      "note", "evidence"]
        let rows = sorted.map { entry in
            [entry.date ?? "", DateLabel.readable(entry.date, grain: entry.grain), entry.type.rawValue,
             entry.participants.joined(separator: "; "), Labels.otherNames(entry),
             TimelineOrder.outlets(entry.sources).joined(separator: "; "),
             TimelineOrder.documents(entry.sources).joined(separator: "; "),
             TimelineOrder.marks(entry).joined(separator: "; "),
             entry.sources.map(\.evidence).joined(separator: " / ")]
        }
        return render(dated: header, rows: rows, as: format, csvOnly: ["participants_other"])
    }

    /// Lists interactions (the `talks` command), sorted by date.
    public static func talks(_ t: [TalkRecord], as format: ListingFormat) -> String {
        let sorted = TalksExporter.sorted(t)
        if format == .json { return json(sorted) }
        let header = ["date", "date_label", "type", "a", "b", "a_other", "b_other", "outlets", "documents", "evidence"]
        let rows = sorted.map { talk in
            [talk.date ?? "", DateLabel.readable(talk.date, grain: talk.grain), talk.type.rawValue, talk.aName, talk.bName,
             Labels.other(talk.aNames, shown: talk.aName) ?? "", Labels.other(talk.bNames, shown: talk.bName) ?? "",
             TimelineOrder.outlets(talk.sources).joined(separator: "; "),
             TimelineOrder.documents(talk.sources).joined(separator: "; "),
             talk.sources.map(\.evidence).joined(separator: " / ")]
        }
        return render(dated: header, rows: rows, as: format, csvOnly: ["a_other", "b_other"])
    }

    /// Lists actors (the `actors` command) in the given order.
    public static func actors(_ a: [ActorRecord], as format: ListingFormat) -> String {
        if format == .json { return json(a) }
        let header = ["id", "name", "name_en", "name_ar", "kind", "documents", "languages", "aliases"]
        let rows = a.map { actor in
            [actor.id, actor.name, actor.nameEN ?? "", actor.nameAR ?? "", actor.kind.rawValue,
             String(actor.documents), actor.languages.map(\.rawValue).joined(separator: ","),
             actor.aliases.joined(separator: "; ")]
        }
        return render(header: header, rows: rows, as: format)
    }

    // MARK: Formats

    static func json<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value), let text = String(data: data, encoding: .utf8) else {
            return "[]\n"
        }
        return text + "\n"
    }

    /// Renders rows whose first two columns are the ISO date and its readable label: CSV keeps both
    /// and the `csvOnly` columns (names in the other script), the other formats show the label under
    /// the name `date` and leave those columns out.
    static func render(dated header: [String], rows: [[String]], as format: ListingFormat,
                       csvOnly: Set<String> = []) -> String {
        if format == .csv { return render(header: header, rows: rows, as: format) }
        let keep = header.indices.filter { $0 != 0 && !csvOnly.contains(header[$0]) }
        let shownHeader = keep.map { $0 == 1 ? "date" : header[$0] }
        return render(header: shownHeader, rows: rows.map { row in keep.map { row[$0] } }, as: format)
    }

    static func render(header: [String], rows: [[String]], as format: ListingFormat) -> String {
        switch format {
        case .json: return json(rows)
        case .csv: return ([header] + rows).map(TextEscaping.csvRecord).joined()
        case .md:
            var out = "| " + header.map(TextEscaping.markdown).joined(separator: " | ") + " |\n"
            out += "|" + String(repeating: "---|", count: header.count) + "\n"
            for row in rows { out += "| " + row.map(TextEscaping.markdown).joined(separator: " | ") + " |\n" }
            return out
        case .table: return table(header: header, rows: rows)
        }
    }

    /// Plain columns separated by two spaces; cells are single-line, at most 60 characters, isolated
    /// when right to left.
    static func table(header: [String], rows: [[String]]) -> String {
        let cells = ([header] + rows).map { row in
            row.map { cell -> String in
                let line = TerminalText.plain(cell)
                return TerminalText.isolated(line.count > 60 ? String(line.prefix(59)) + "…" : line)
            }
        }
        var widths = Array(repeating: 0, count: header.count)
        for row in cells { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], width(cell)) } }
        var out = ""
        for (r, row) in cells.enumerated() {
            var line = ""
            for (i, cell) in row.enumerated() {
                line += cell
                if i < row.count - 1 { line += String(repeating: " ", count: widths[i] - width(cell) + 2) }
            }
            out += line + "\n"
            if r == 0 { out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n" }
        }
        return out
    }

    /// Display columns of a cell: combining marks, bidi controls and zero-width characters take none.
    static func width(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { n, s in
            let cat = s.properties.generalCategory
            return n + (cat == .nonspacingMark || cat == .enclosingMark || cat == .format ? 0 : 1)
        }
    }
}
