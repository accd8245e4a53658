import Foundation
import EventGraphModel
import TextAnalysis

/// `two days later`, `the next day`: a day counted from the event told before, not from the day
/// of publication (the temporal tagger counts from publication; the event's story counts on).
extension EventDating {
    /// Whether the expression ends with a `sequel` word (`two days later`, `في اليوم التالي`; not
    /// `later on Tuesday`, which names its own day).
    func isSequel(_ t: TemporalExpression) -> Bool {
        guard let tok = text.tokens(in: t.start, t.end).last else { return false }
        return sequelWords.contains(tok.form) || tok.stems.contains { sequelWords.contains($0.stem) }
    }

    /// Whether a candidate is dated to a day of its own and not only planned: the day a sequel
    /// after it counts from (`attach` keeps the last such candidate as it goes).
    static func isOwnDay(_ c: EventCandidate) -> Bool {
        c.isDateOwn && c.grain == .day && !c.isPlanned
    }

    /// The sequel's day counted from `previous`: the tagger's offset moved onto the previous
    /// event's day. The tagger counts `two days later` from the last date the text named (its
    /// `reference`) and `the next day` from publication, so the offset is taken from that same
    /// reference. `nil` when the expression is no sequel or not a day.
    func sequelValue(_ t: TemporalExpression, _ u: (value: String, grain: DateGrain), after previous: String) -> String? {
        guard u.grain == .day, isSequel(t), let reference = taggerReference(before: t),
              let from = Self.day(reference), let to = Self.day(u.value), let base = Self.day(previous) else { return nil }
        let calendar = Self.utc
        guard let offset = calendar.dateComponents([.day], from: from, to: to).day,
              let moved = calendar.date(byAdding: .day, value: offset, to: base) else { return nil }
        return Self.dayString(moved)
    }

    /// A date at midnight UTC as `YYYY-MM-DD`.
    static func dayString(_ date: Date) -> String? {
        let c = utc.dateComponents([.year, .month, .day], from: date)
        guard let y = c.year, let m = c.month, let d = c.day else { return nil }
        return String(format: "%04d-%02d-%02d", y, m, d)
    }

    /// The day the tagger counted a sequel from: the date it names as its reference, else the
    /// publication day; `nil` when that reference is no day.
    func taggerReference(before t: TemporalExpression) -> String? {
        guard let reference = t.reference else { return published.map { String($0.prefix(10)) } }
        return reference.count == 10 ? reference : nil
    }

    static var utc: Calendar {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = TimeZone(identifier: "UTC") ?? c.timeZone
        return c
    }

    /// A `YYYY-MM-DD` day as a date at midnight UTC.
    static func day(_ s: String) -> Date? {
        let p = s.prefix(10).split(separator: "-").compactMap { Int($0) }
        guard p.count == 3 else { return nil }
        return utc.date(from: DateComponents(year: p[0], month: p[1], day: p[2]))
    }

    /// `a 1987-88 farm price package`, `the 2014/15 season`: a year joined to the next one names
    /// a season or budget year, which labels a thing and dates no event.
    func isSeasonLabel(_ t: TemporalExpression) -> Bool {
        let after = Array(text.substring(t.end, min(text.scalars.count, t.end + 3)).unicodeScalars)
        guard after.count == 3, "-–/".unicodeScalars.contains(after[0]) else { return false }
        return after[1].properties.numericType != nil && after[2].properties.numericType != nil
    }
}
