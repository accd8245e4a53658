import EventGraphModel

extension TimelineExporter {
    /// The longest span, in days, that an iCalendar entry covers; coarser dates become one day.
    static let longestICSSpan = 7

    /// An iCalendar file (RFC 5545) with one all-day event per dated entry, at the entry's grain.
    ///
    /// A day is a one-day event; a week, a weekend or a range of at most a week spans its days
    /// (`DTEND` is exclusive). A month, a season, a year or a century is no day in a calendar:
    /// such an entry is one all-day event on its first day, its summary starting with the date as
    /// written (`[March 2022]`) and `X-EVENTGRAPH-GRAIN` naming the grain, so that a year-dated
    /// event does not fill a whole year of the calendar. Text values are escaped (`\`, `;`, `,`,
    /// line breaks) and content lines are folded at 75 octets; lines end with CRLF. Planned events
    /// are `STATUS:TENTATIVE`. Entries without a calendar date are left out. `DTSTAMP` is derived
    /// from the entry's date so the output is reproducible.
    ///
    /// - Parameter entries: The events, in any order.
    /// - Returns: A `VCALENDAR` document.
    public static func ics(_ entries: [TimelineEntry]) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//EventGraph//Timeline//EN", "CALSCALE:GREGORIAN"]
        for entry in TimelineOrder.sorted(entries) {
            let value = DateValue(entry.date ?? "")
            guard let first = value.firstDay, var last = value.lastDay else { continue }
            let label = DateLabel.readable(entry.date, grain: entry.grain)
            let spansDays = DateLabel.days(from: first, to: last).map { $0 <= Self.longestICSSpan } ?? false
            var summary = TimelineOrder.headline(entry)
            if !spansDays {
                last = first
                summary = "[\(label)] " + summary
            }
            let start = first.replacingOccurrences(of: "-", with: "")
            let end = dayAfter(last).replacingOccurrences(of: "-", with: "")
            var description = TimelineOrder.marks(entry)
            description.append("when: \(label)")
            for source in entry.sources {
                description.append("\(TimelineOrder.attribution(source)): \(source.evidence)")
            }
            lines += [
                "BEGIN:VEVENT",
                "UID:\(TextEscaping.icsText(uidPart(entry.event)))@eventgraph",
                "DTSTAMP:\(start)T000000Z",
                "DTSTART;VALUE=DATE:\(start)",
                "DTEND;VALUE=DATE:\(end)",
                "SUMMARY:\(TextEscaping.icsText(summary))",
                "DESCRIPTION:\(TextEscaping.icsText(description.joined(separator: "\n")))",
                "CATEGORIES:\(TextEscaping.icsText(entry.type.rawValue))",
            ]
            if !spansDays { lines.append("X-EVENTGRAPH-GRAIN:\(TextEscaping.icsText(value.grain.rawValue))") }
            if entry.isPlanned { lines.append("STATUS:TENTATIVE") }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(TextEscaping.icsFold).joined()
    }

    /// The event key with anything but ASCII letters, digits, `-`, `_` and `.` percent-encoded.
    static func uidPart(_ key: String) -> String {
        var out = ""
        for byte in key.utf8 {
            let s = Unicode.Scalar(byte)
            if s.properties.isASCIIHexDigit || ("a"..."z").contains(s) || ("A"..."Z").contains(s)
                || s == "-" || s == "_" || s == "." {
                out.unicodeScalars.append(s)
            } else {
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }

    /// The ISO day after `day` (`YYYY-MM-DD`).
    static func dayAfter(_ day: String) -> String {
        let f = day.split(separator: "-").compactMap { Int($0) }
        guard f.count == 3 else { return day }
        var (y, m, d) = (f[0], f[1], f[2] + 1)
        if d > DateLabel.daysIn(month: m, year: y) { d = 1; m += 1 }
        if m > 12 { m = 1; y += 1 }
        return "\(String(y).leftPadded(to: 4))-\(String(m).leftPadded(to: 2))-\(String(d).leftPadded(to: 2))"
    }
}

extension String {
    /// The string with leading zeros up to `width` characters.
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
