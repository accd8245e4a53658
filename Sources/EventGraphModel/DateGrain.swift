/// How precise a date value is; the length of its ISO 8601 prefix.
public enum DateGrain: String, Codable, Sendable, Hashable, CaseIterable, Comparable {
    case century, decade, year, half, quarter, season, month, week, day, time
    /// A value that is not a calendar position (`PAST_REF`, durations, unresolved `XXXX-…`).
    case unknown

    private var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }
    public static func < (lhs: DateGrain, rhs: DateGrain) -> Bool { lhs.rank < rhs.rank }
}
