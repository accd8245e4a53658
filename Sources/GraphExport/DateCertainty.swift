import EventGraphModel

/// Which timeline dates a reader should check before trusting them.
///
/// News reports recent events. A date far from the report's own date (a statement dated 44 years
/// before the article, an attack in "the 11th century") is more often a misread reference than the
/// event's date, and a decade or a century is no date for a meeting. Such dates stay on the timeline,
/// marked, so that nothing is hidden and nothing is taken on trust.
public enum DateCertainty {
    /// How many years before its earliest report an event's date may lie before it is marked.
    public static let yearsBefore = 10
    /// How many years after its latest report an event's date may lie (planned events excepted).
    public static let yearsAfter = 1

    /// Why the entry's date is uncertain, or `nil` when nothing speaks against it.
    ///
    /// - Parameter entry: A timeline entry with its sources.
    /// - Returns: An English note such as `date uncertain: 44 years before the report`.
    public static func note(_ entry: TimelineEntry) -> String? {
        guard !entry.isReportDate, let date = entry.date else { return nil }
        let value = DateValue(date)
        switch value.grain {
        case .century, .decade:
            return "date uncertain: only \(DateLabel.readable(date, grain: entry.grain)) is known"
        default: break
        }
        guard let first = value.firstDay, let last = value.lastDay, let start = year(first), let end = year(last) else {
            return nil
        }
        let published = entry.sources.compactMap { $0.published.flatMap(year) }
        guard let earliest = published.min(), let latest = published.max() else { return nil }
        if end < earliest - yearsBefore {
            let years = earliest - end
            return "date uncertain: \(years) years before the report"
        }
        if !entry.isPlanned, start > latest + yearsAfter {
            let years = start - latest
            return "date uncertain: \(years) years after the report"
        }
        return nil
    }

    /// Whether ``note(_:)`` has something to say.
    public static func isUncertain(_ entry: TimelineEntry) -> Bool { note(entry) != nil }

    static func year(_ day: String) -> Int? { Int(day.prefix(4)) }
}
