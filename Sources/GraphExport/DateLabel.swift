import EventGraphModel

/// Human-readable forms of TimeML date values, in English, for every export.
public enum DateLabel {
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                         "September", "October", "November", "December"]

    /// Reads a TimeML value as a person would say it.
    ///
    /// `2022-03` → "March 2022", `2022-11-05` → "5 November 2022", `2022` → "2022",
    /// `2022-Q3` → "Q3 2022", `2022-H1` → "first half of 2022", `2022-SU` → "summer 2022",
    /// `2022-W45` → "week 45 of 2022", `202` → "the 2020s", `2022-11-05T14:00` →
    /// "5 November 2022, 14:00", `PAST_REF` → "in the past", `nil` → "undated".
    /// Values that are no calendar position are returned as written.
    ///
    /// - Parameters:
    ///   - value: The ISO prefix or TimeML token, or `nil`.
    ///   - grain: The grain the store recorded; the form of `value` decides when they disagree.
    /// - Returns: The readable label.
    public static func readable(_ value: String?, grain: DateGrain?) -> String {
        guard let value, !value.isEmpty else { return "undated" }
        let parsed = DateValue(value)
        let parts = value.split(separator: "T", maxSplits: 1)
        let fields = (parts.first ?? "").split(separator: "-")
        func num(_ i: Int) -> Int? { i < fields.count ? Int(fields[i]) : nil }
        switch parsed.grain {
        case .day, .time:
            guard let y = num(0), let m = num(1), let d = num(2) else { return value }
            let day = "\(d) \(months[m - 1]) \(y)"
            return parts.count == 2 ? "\(day), \(parts[1])" : day
        case .month:
            guard let y = num(0), let m = num(1) else { return value }
            return "\(months[m - 1]) \(y)"
        case .year:
            return value
        case .quarter:
            return "\(fields[1]) \(fields[0])"
        case .half:
            return "\(fields[1] == "H1" ? "first" : "second") half of \(fields[0])"
        case .season:
            let names = ["SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"]
            return "\(names[String(fields[1])] ?? String(fields[1])) \(fields[0])"
        case .week:
            guard let w = Int(fields[1].dropFirst()) else { return value }
            return "week \(w) of \(fields[0])"
        case .decade:
            return "the \(value)0s"
        case .century:
            guard let c = Int(value) else { return value }
            return "the \(ordinal(c + 1)) century"
        case .unknown:
            switch value {
            case "PAST_REF": return "in the past"
            case "PRESENT_REF": return "now"
            case "FUTURE_REF": return "in the future"
            default: return value
            }
        }
    }

    static func ordinal(_ n: Int) -> String {
        let suffix: String
        switch (n % 10, n % 100) {
        case (_, 11...13): suffix = "th"
        case (1, _): suffix = "st"
        case (2, _): suffix = "nd"
        case (3, _): suffix = "rd"
        default: suffix = "th"
        }
        return "\(n)\(suffix)"
    }

    /// The sort key of a value: its first day, then its last day (coarser first), or `nil`.
    static func sortKey(_ value: String?) -> (first: String, last: String)? {
        guard let value else { return nil }
        let parsed = DateValue(value)
        guard let first = parsed.firstDay, let last = parsed.lastDay else { return nil }
        return (first, last)
    }
}

extension DateLabel {
    /// How many days `first` through `last` cover (both `YYYY-MM-DD`, inclusive), or `nil`.
    static func days(from first: String, to last: String) -> Int? {
        guard let a = dayNumber(first), let b = dayNumber(last) else { return nil }
        return b - a + 1
    }

    /// Days since 0000-03-01 in the proleptic Gregorian calendar (only differences matter).
    static func dayNumber(_ day: String) -> Int? {
        let f = day.split(separator: "-").compactMap { Int($0) }
        guard f.count == 3, (1...12).contains(f[1]), (1...31).contains(f[2]) else { return nil }
        let y = f[1] <= 2 ? f[0] - 1 : f[0]
        let m = f[1] <= 2 ? f[1] + 9 : f[1] - 3
        return 365 * y + y / 4 - y / 100 + y / 400 + (153 * m + 2) / 5 + f[2] - 1
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
