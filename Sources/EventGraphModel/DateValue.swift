/// A calendar position as an ISO 8601 prefix: `2022-11-05`, `2022-11`, `2022`, `2022-W45`,
/// `2022-Q3`, `2022-H1`, `2022-SU`, `202` (a decade), `20` (a century) or a time `2022-11-05T14:00`.
///
/// The grain is read off the form. `firstDay` and `lastDay` give the days the value covers, so that
/// a query for March finds an event dated `2022-03` and one dated `2022-03-14` alike.
public struct DateValue: Hashable, Sendable, CustomStringConvertible {
    /// The value as written.
    public let value: String
    /// Its precision.
    public let grain: DateGrain
    /// The first day the value covers (`YYYY-MM-DD`), or `nil` when it is not a calendar position.
    public let firstDay: String?
    /// The last day the value covers (`YYYY-MM-DD`), or `nil` when it is not a calendar position.
    public let lastDay: String?

    public var description: String { value }

    /// Reads an ISO prefix; anything unrecognised gets grain `.unknown` and no days.
    public init(_ value: String) {
        self.value = value
        let parsed = DateValue.parse(value, days: true)
        grain = parsed.grain
        firstDay = parsed.first
        lastDay = parsed.last
    }

    /// The grain of a value, as `DateValue(value).grain` gives it, without computing its days
    /// (the temporal tagger asks this of every expression it finds).
    public static func grain(of value: String) -> DateGrain {
        var value = value
        if let grain = value.withUTF8({ asciiGrain($0) }) { return grain }
        return parse(value, days: false).grain
    }

    /// Whether the days of the two values overlap (a month contains its days, a year its months).
    public func overlaps(_ other: DateValue) -> Bool {
        guard let a0 = firstDay, let a1 = lastDay, let b0 = other.firstDay, let b1 = other.lastDay else {
            return false
        }
        return a0 <= b1 && b0 <= a1
    }

    /// Whether every day of `other` lies within this value.
    public func contains(_ other: DateValue) -> Bool {
        guard let a0 = firstDay, let a1 = lastDay, let b0 = other.firstDay, let b1 = other.lastDay else {
            return false
        }
        return a0 <= b0 && b1 <= a1
    }

    private static func int(_ s: Substring) -> Int? {
        guard !s.isEmpty, s.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(s)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func day(_ y: Int, _ m: Int, _ d: Int) -> String {
        if (0...9999).contains(y), (0...99).contains(m), (0...99).contains(d) {
            // Four digits, two, two, written as bytes: what the general formatting below gives
            // for these ranges, without interpolating strings.
            return String(unsafeUninitializedCapacity: 10) { b in
                b[0] = UInt8(0x30 + y / 1000)
                b[1] = UInt8(0x30 + y / 100 % 10)
                b[2] = UInt8(0x30 + y / 10 % 10)
                b[3] = UInt8(0x30 + y % 10)
                b[4] = UInt8(ascii: "-")
                b[5] = UInt8(0x30 + m / 10)
                b[6] = UInt8(0x30 + m % 10)
                b[7] = UInt8(ascii: "-")
                b[8] = UInt8(0x30 + d / 10)
                b[9] = UInt8(0x30 + d % 10)
                return 10
            }
        }
        let ys = String(y), ms = m < 10 ? "0\(m)" : "\(m)", ds = d < 10 ? "0\(d)" : "\(d)"
        return String(repeating: "0", count: max(0, 4 - ys.count)) + ys + "-" + ms + "-" + ds
    }

    /// The grain of a value and, when `days` is true, its first and last days.
    private static func parse(_ raw: String, days: Bool) -> (grain: DateGrain, first: String?, last: String?) {
        func day(_ y: Int, _ m: Int, _ d: Int) -> String? { days ? DateValue.day(y, m, d) : nil }
        if let plain = plainNumeric(raw) {
            // `YYYY`, `YYYY-MM`, `YYYY-MM-DD` in ASCII digits: the answers of the general reading
            // below, without splitting into `Substring`s and testing `Character`s.
            switch plain {
            case let (y, nil, nil):
                return (.year, day(y, 1, 1), day(y, 12, 31))
            case let (y, m?, nil):
                guard (1...12).contains(m) else { return (.unknown, nil, nil) }
                return (.month, day(y, m, 1), day(y, m, daysIn(month: m, year: y)))
            case let (y, m?, d?):
                guard (1...12).contains(m), (1...daysIn(month: m, year: y)).contains(d) else { return (.unknown, nil, nil) }
                let s = day(y, m, d)
                return (.day, s, s)
            default:
                break
            }
        }
        let v = raw.split(separator: "T", maxSplits: 1)
        let datePart = v.first ?? ""
        let hasTime = v.count == 2
        let parts = datePart.split(separator: "-", omittingEmptySubsequences: false)
        guard let head = parts.first else { return (.unknown, nil, nil) }
        if parts.count == 1 {
            guard let n = int(head) else { return (.unknown, nil, nil) }
            switch head.count {
            case 4: return (.year, day(n, 1, 1), day(n, 12, 31))
            case 3: return (.decade, day(n * 10, 1, 1), day(n * 10 + 9, 12, 31))
            case 2: return (.century, day(n * 100, 1, 1), day(n * 100 + 99, 12, 31))
            default: return (.unknown, nil, nil)
            }
        }
        guard head.count == 4, let y = int(head) else { return (.unknown, nil, nil) }
        let second = parts[1]
        if parts.count == 2 {
            if let m = int(second), second.count == 2, (1...12).contains(m) {
                return (.month, day(y, m, 1), day(y, m, daysIn(month: m, year: y)))
            }
            if second.first == "Q", let q = int(second.dropFirst()), (1...4).contains(q) {
                let m0 = (q - 1) * 3 + 1
                return (.quarter, day(y, m0, 1), day(y, m0 + 2, daysIn(month: m0 + 2, year: y)))
            }
            if second.first == "H", let h = int(second.dropFirst()), (1...2).contains(h) {
                return (.half, day(y, h == 1 ? 1 : 7, 1), day(y, h == 1 ? 6 : 12, h == 1 ? 30 : 31))
            }
            if second.first == "W", let w = int(second.dropFirst()), (1...53).contains(w) {
                guard days else { return (.week, nil, nil) }
                let (first, last) = isoWeek(year: y, week: w)
                return (.week, first, last)
            }
            switch second {
            case "SP": return (.season, day(y, 3, 1), day(y, 5, 31))
            case "SU": return (.season, day(y, 6, 1), day(y, 8, 31))
            case "FA": return (.season, day(y, 9, 1), day(y, 11, 30))
            case "WI": return (.season, day(y, 12, 1), day(y + 1, 2, daysIn(month: 2, year: y + 1)))
            default: return (.unknown, nil, nil)
            }
        }
        // A week's weekend (`2022-W44-WE`): its Saturday and Sunday.
        if parts.count == 3, !hasTime, parts[2] == "WE", second.first == "W",
           let w = int(second.dropFirst()), (1...53).contains(w) {
            guard days else { return (.week, nil, nil) }
            let monday = isoWeekMonday(year: y, week: w)
            return (.week, CivilDays.string(monday + 5), CivilDays.string(monday + 6))
        }
        guard parts.count == 3, let m = int(second), (1...12).contains(m),
              let d = int(parts[2]), parts[2].count == 2, (1...daysIn(month: m, year: y)).contains(d)
        else { return (.unknown, nil, nil) }
        let s = day(y, m, d)
        return (hasTime ? .time : .day, s, s)
    }

    /// The numbers of a value written `DDDD`, `DDDD-DD` or `DDDD-DD-DD` in ASCII digits, else `nil`.
    private static func plainNumeric(_ raw: String) -> (year: Int, month: Int?, day: Int?)? {
        var raw = raw
        return raw.withUTF8 { b -> (year: Int, month: Int?, day: Int?)? in
            guard b.count == 4 || b.count == 7 || b.count == 10 else { return nil }
            func number(_ lo: Int, _ hi: Int) -> Int? {
                var n = 0
                for i in lo..<hi {
                    guard b[i] >= 0x30 && b[i] <= 0x39 else { return nil }
                    n = n * 10 + Int(b[i] - 0x30)
                }
                return n
            }
            guard let y = number(0, 4) else { return nil }
            if b.count == 4 { return (y, nil, nil) }
            guard b[4] == UInt8(ascii: "-"), let m = number(5, 7) else { return nil }
            if b.count == 7 { return (y, m, nil) }
            guard b[7] == UInt8(ascii: "-"), let d = number(8, 10) else { return nil }
            return (y, m, d)
        }
    }

    /// `parse(_:days:).grain` read off the bytes of a value of printable ASCII (what the temporal
    /// tagger writes), or `nil` for any other value. There every character is one byte, so the
    /// same splits, counts and tests on bytes give the same answer, without `Character` work.
    private static func asciiGrain(_ b: UnsafeBufferPointer<UInt8>) -> DateGrain? {
        guard b.allSatisfy({ $0 >= 0x21 && $0 <= 0x7E }) else { return nil }
        /// `split(separator:maxSplits:omittingEmptySubsequences:)` on byte offsets, step for step.
        func split(_ r: Range<Int>, on separator: UInt8, maxSplits: Int, omitting: Bool) -> [Range<Int>] {
            var result: [Range<Int>] = []
            var start = r.lowerBound
            func append(_ end: Int) -> Bool {
                if start == end && omitting { return false }
                result.append(start..<end)
                return true
            }
            if maxSplits == 0 || r.isEmpty { _ = append(r.upperBound); return result }
            var end = start
            while end != r.upperBound {
                if b[end] == separator {
                    let didAppend = append(end)
                    end += 1
                    start = end
                    if didAppend && result.count == maxSplits { break }
                    continue
                }
                end += 1
            }
            if start != r.upperBound || !omitting { result.append(start..<r.upperBound) }
            return result
        }
        /// `int(_:)`: all ASCII digits, and a value that fits an `Int`.
        func int(_ r: Range<Int>) -> Int? {
            guard !r.isEmpty else { return nil }
            var n = 0
            for i in r {
                guard b[i] >= 0x30, b[i] <= 0x39 else { return nil }
                let (times, o1) = n.multipliedReportingOverflow(by: 10)
                let (sum, o2) = times.addingReportingOverflow(Int(b[i] - 0x30))
                if o1 || o2 { return nil }
                n = sum
            }
            return n
        }
        func int(_ r: Range<Int>, after letter: UInt8) -> Int? {
            guard !r.isEmpty, b[r.lowerBound] == letter else { return nil }
            return int(r.dropFirst())
        }
        let v = split(0..<b.count, on: 0x54, maxSplits: 1, omitting: true)      // "T"
        let datePart = v.first ?? 0..<0
        let hasTime = v.count == 2
        let parts = split(datePart, on: 0x2D, maxSplits: Int.max, omitting: false)   // "-"
        guard let head = parts.first else { return .unknown }
        if parts.count == 1 {
            guard int(head) != nil else { return .unknown }
            switch head.count {
            case 4: return .year
            case 3: return .decade
            case 2: return .century
            default: return .unknown
            }
        }
        guard head.count == 4, let y = int(head) else { return .unknown }
        let second = parts[1]
        if parts.count == 2 {
            if let m = int(second), second.count == 2, (1...12).contains(m) { return .month }
            if let q = int(second, after: 0x51), (1...4).contains(q) { return .quarter }     // "Q"
            if let h = int(second, after: 0x48), (1...2).contains(h) { return .half }        // "H"
            if let w = int(second, after: 0x57), (1...53).contains(w) { return .week }       // "W"
            guard second.count == 2 else { return .unknown }
            switch (b[second.lowerBound], b[second.lowerBound + 1]) {
            case (0x53, 0x50), (0x53, 0x55), (0x46, 0x41), (0x57, 0x49): return .season    // SP SU FA WI
            default: return .unknown
            }
        }
        if parts.count == 3, !hasTime, parts[2].count == 2, b[parts[2].lowerBound] == 0x57, b[parts[2].lowerBound + 1] == 0x45,
           let w = int(second, after: 0x57), (1...53).contains(w) {                      // "-WE"
            return .week
        }
        guard parts.count == 3, let m = int(second), (1...12).contains(m),
              let d = int(parts[2]), parts[2].count == 2, (1...daysIn(month: m, year: y)).contains(d)
        else { return .unknown }
        return hasTime ? .time : .day
    }

    private static func isoWeek(year: Int, week: Int) -> (String, String) {
        let monday = isoWeekMonday(year: year, week: week)
        return (CivilDays.string(monday), CivilDays.string(monday + 6))
    }

    /// The day number of an ISO week's Monday.
    private static func isoWeekMonday(year: Int, week: Int) -> Int {
        // ISO week 1 holds January 4th; weeks start on Monday. 0000-03-01 was a Wednesday.
        let jan4 = CivilDays.number(year: year, month: 1, day: 4)
        let weekday = ((jan4 + 2) % 7 + 7) % 7          // 0 = Monday
        return jan4 - weekday + (week - 1) * 7
    }
}
