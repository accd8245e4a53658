import Foundation

/// What resolution knows besides the captured slots.
struct ResolutionContext: Sendable {
    /// The publication day, or `nil` to leave relative values unresolved.
    let anchor: CivilDay?
    /// Whether the wording or tense around the expression points forward (`will`, `المقبل`).
    let isForward: Bool
    /// Whether a perfect-tense marker (`had`, `كان قد`) points back: no near-future reading then.
    var isPast = false
    /// The last quarter the text named before the expression (`1989-Q3`), for anaphoric rules.
    var quarter: String? = nil
    /// The last calendar date the text named before the expression (`2019`, `2022-11`,
    /// `2022-11-04`), for `three years later`.
    var lastDate: String? = nil
}

extension Normalization {
    /// The TIMEX3 value for the captured slots, or `nil` when they do not make a valid value
    /// (31 February, hour 27) so that the match is dropped.
    func evaluate(_ captures: [String?], _ context: ResolutionContext) -> String? {
        func arg(_ i: Int) -> String? {
            guard i < arguments.count else { return nil }
            switch arguments[i] {
            case .slot(let n): return captures[n]
            case .literal(let s): return s
            case .absent: return nil
            }
        }
        func int(_ i: Int) -> Int? { arg(i).flatMap { Int($0) } }
        let anchor = context.anchor
        switch function {
        case .reject:
            return nil
        case .lit:
            return arg(0)
        case .date:
            guard let m = int(1), (1...12).contains(m) else { return nil }
            let d = int(2)
            if let y = int(0).map(Self.fullYear) {
                guard let d else { return CivilDay(y, m, 1).isoMonth }
                guard (1...CivilDay.daysIn(month: m, year: y)).contains(d) else { return nil }
                return CivilDay(y, m, d).iso
            }
            guard let d else { return resolveMonth(m, "news", context) }
            return resolveDay(m, d, context)
        case .dayof:
            guard let m = int(0), (1...12).contains(m), let d = int(1), (1...31).contains(d) else { return nil }
            guard let a = anchor else { return "XXXX-\(CivilDay.pad(m, 2))-\(CivilDay.pad(d, 2))" }
            let y = yearOfOccurrence(CivilDay(a.year, m, min(d, CivilDay.daysIn(month: m, year: a.year))),
                                     arg(2) ?? "news", a, context.isForward)
            guard d <= CivilDay.daysIn(month: m, year: y) else { return nil }
            return CivilDay(y, m, d).iso
        case .month:
            guard let m = int(0), (1...12).contains(m) else { return nil }
            return resolveMonth(m, arg(1) ?? "news", context)
        case .monthof:
            guard let m = int(0), (1...12).contains(m), let offset = int(1) else { return nil }
            guard let anchor else { return "XXXX-\(CivilDay.pad(m, 2))" }
            return CivilDay(anchor.year + offset, m, 1).isoMonth
        case .weekday:
            guard let w = int(0), (1...7).contains(w) else { return nil }
            let part = arg(2).map { "T" + $0 } ?? ""
            guard let anchor else { return "XXXX-WXX-\(w)" + part }
            return resolveWeekday(w, arg(1) ?? "news", anchor, context.isForward).iso + part
        case .quarterrel:
            guard let q = int(0), (1...4).contains(q), let offset = int(1) else { return nil }
            guard let anchor else { return "XXXX-Q\(q)" }
            return "\(CivilDay.pad(anchor.year + offset, 4))-Q\(q)"
        case .refquarter:
            guard let offset = int(0) else { return nil }
            let named = int(1).map(Self.fullYear)
            guard let q = context.quarter ?? Self.shift(anchor, unit: "Q", by: -1), let y = Int(q.prefix(4)) else {
                return named.map { CivilDay.pad($0, 4) + "-QX" } ?? "XXXX-QX"
            }
            return CivilDay.pad((named ?? y) + offset, 4) + q.dropFirst(4)
        case .prior:
            guard let (count, unit) = Self.quantity(int(0), arg(1)) else { return nil }
            guard let count else { return "PAST_REF" }
            if unit == "Y", let q = context.quarter, let y = Int(q.prefix(4)) {
                return CivilDay.pad(y - count, 4) + q.dropFirst(4)
            }
            return Self.shift(anchor, unit: unit, by: -count)
        case .yearof:
            guard let c = int(0), let yy = int(1), (0...99).contains(yy) else { return nil }
            let year = CivilDay.pad(c * 100 + yy, 4)
            guard let part = arg(2) else { return year }
            if let m = Int(part) { return (1...12).contains(m) ? year + "-" + CivilDay.pad(m, 2) : nil }
            return year + "-" + part
        case .setweekday:
            guard let w = int(0), (1...7).contains(w) else { return nil }
            return "XXXX-WXX-\(w)" + (arg(1).map { "T" + $0 } ?? "")
        case .nthweekday:
            guard let n = int(0), (1...5).contains(n), let w = int(1), (1...7).contains(w),
                  let m = int(2), (1...12).contains(m) else { return nil }
            func day(_ year: Int) -> CivilDay? {
                let first = CivilDay(year, m, 1)
                let d = 1 + (w - first.weekday + 7) % 7 + 7 * (n - 1)
                return d <= CivilDay.daysIn(month: m, year: year) ? CivilDay(year, m, d) : nil
            }
            guard let a = anchor, let this = day(a.year) else { return nil }
            return day(yearOfOccurrence(this, arg(3) ?? "news", a, context.isForward))?.iso
        case .weekofmonth:
            guard let n = int(0), (1...5).contains(n), let m = int(1), (1...12).contains(m) else { return nil }
            let month = int(2).map { CivilDay.pad(Self.fullYear($0), 4) + "-" + CivilDay.pad(m, 2) }
                ?? resolveMonth(m, "news", context)
            guard let y = Int(month.prefix(4)) else { return "XXXX-WXX" }
            let day = 1 + 7 * (n - 1)
            guard day <= CivilDay.daysIn(month: m, year: y) else { return nil }
            return CivilDay(y, m, day).isoWeekString
        case .later, .earlier:
            guard let (count, unit) = Self.quantity(int(0), arg(1)) else { return nil }
            guard let count else { return function == .earlier ? "PAST_REF" : "FUTURE_REF" }
            let n = function == .earlier ? -count : count
            if function == .earlier, unit == "Y", let q = context.quarter, let y = Int(q.prefix(4)) {
                return CivilDay.pad(y + n, 4) + q.dropFirst(4)
            }
            guard let named = context.lastDate else {
                // `the next day` with no date named before it is counted from an event the text
                // did not date: unknown, not the day after the report.
                return arg(2) == "named" ? Self.shift(nil, unit: unit, by: n) : Self.shift(anchor, unit: unit, by: n)
            }
            return Self.shift(named, unit: unit, by: n)
        case .hhmm:
            guard let digits = arg(0), digits.utf8.count == 4, let n = Int(digits) else { return nil }
            let (h, m) = (n / 100, n % 100)
            guard (0...24).contains(h), (0...59).contains(m), h < 24 || m == 0 else { return nil }
            let clock = "T\(CivilDay.pad(h, 2)):\(CivilDay.pad(m, 2))"
            guard let anchor else { return "XXXX-XX-XX" + clock }
            if let w = int(1), (1...7).contains(w) {
                return resolveWeekday(w, "news", anchor, context.isForward).iso + clock
            }
            return anchor.iso + clock
        case .monthday:
            guard let d = int(0), (1...31).contains(d), let offset = int(1) else { return nil }
            guard let anchor else { return "XXXX-XX-" + CivilDay.pad(d, 2) }
            let month = CivilDay(anchor.year, anchor.month, 1).adding(months: offset)
            guard d <= CivilDay.daysIn(month: month.month, year: month.year) else { return nil }
            return CivilDay(month.year, month.month, d).iso
        case .setmonth:
            guard let m = int(0), (1...12).contains(m) else { return nil }
            return "XXXX-" + CivilDay.pad(m, 2)
        case .shift:
            guard let unit = arg(0), let n = int(1) else { return nil }
            let part = arg(2).map { $0.hasPrefix("-") ? $0 : "T" + $0 } ?? ""
            // `the weekend` is the last one, or this week's when the wording points forward.
            let weeks = unit == "W" && part == "-WE" && n < 0 && context.isForward ? 0 : n
            return Self.shift(anchor, unit: unit, by: weeks).map { $0 + part }
        case .back, .ahead:
            guard let (count, unit) = Self.quantity(int(0), arg(1)) else { return nil }
            guard let count else { return function == .back ? "PAST_REF" : "FUTURE_REF" }
            return Self.shift(anchor, unit: unit, by: function == .back ? -count : count)
        case .duration:
            guard let (count, unit) = Self.quantity(int(0), arg(1)) else { return nil }
            let n = count.map(String.init) ?? "X"
            return unit.hasPrefix("T") ? "PT\(n)\(unit.dropFirst())" : "P\(n)\(unit)"
        case .halfmore:
            guard let (count, unit) = Self.quantity(int(0), arg(1)), let n = count else { return nil }
            switch unit {
            case "Y": return "P\(n)Y6M"
            case "D": return "P\(n)DT12H"
            case "TH": return "PT\(n)H30M"
            case "TM": return "PT\(n)M30S"
            default: return nil
            }
        case .quarter, .half:
            let letter = function == .quarter ? "Q" : "H", limit = function == .quarter ? 4 : 2
            guard let q = int(0), (1...limit).contains(q) else { return nil }
            if let y = int(1).map(Self.fullYear) { return "\(CivilDay.pad(y, 4))-\(letter)\(q)" }
            guard let anchor else { return "XXXX-\(letter)\(q)" }
            let startMonth = (q - 1) * (12 / limit) + 1
            let y = startMonth <= anchor.month || context.isForward ? anchor.year : anchor.year - 1
            return "\(CivilDay.pad(y, 4))-\(letter)\(q)"
        case .season:
            guard let s = arg(0) else { return nil }
            if let y = int(1).map(Self.fullYear) { return "\(CivilDay.pad(y, 4))-\(s)" }
            guard let anchor else { return "XXXX-\(s)" }
            let start = ["SP": 3, "SU": 6, "FA": 9, "WI": 12][s] ?? 1
            var y = anchor.year
            switch Self.direction(arg(2) ?? "news") {
            case "past": if start >= anchor.month - 1 { y -= 1 }
            case "next": if start <= anchor.month { y += 1 }
            case "this": break
            default: if start > anchor.month, !context.isForward { y -= 1 }
            }
            return "\(CivilDay.pad(y, 4))-\(s)"
        case .year:
            guard let y = int(0).map(Self.fullYear) else { return nil }
            return CivilDay.pad(y, 4)
        case .decade:
            guard let raw = arg(0), let y = Int(raw) else { return nil }
            let full = raw.count <= 2 ? 1900 + y : y
            return String(CivilDay.pad(full, 4).prefix(3))
        case .century:
            guard let n = int(0), (1...30).contains(n) else { return nil }
            return CivilDay.pad(n - 1, 2)
        case .hijri:
            if int(0) == nil, int(1) == nil, let y = int(2) {
                return Hijri.gregorian(day: 1, month: 7, year: y, anchor: anchor).map { String($0.prefix(4)) }
            }
            guard let m = int(1), (1...12).contains(m) else { return nil }
            var direction = Self.direction(arg(3) ?? "news")
            if direction == "news", context.isForward { direction = "next" }
            guard let d = int(0) else {
                return Hijri.gregorian(day: 15, month: m, year: int(2), anchor: anchor, direction: direction)
                    .map { String($0.prefix(7)) }
            }
            guard (1...30).contains(d) else { return nil }
            return Hijri.gregorian(day: d, month: m, year: int(2), anchor: anchor, direction: direction)
        case .time:
            guard var h = int(0), (0...24).contains(h) else { return nil }
            let minute = int(1) ?? 0
            guard (0...59).contains(minute) else { return nil }
            if let ampm = arg(2) {
                guard (1...12).contains(h) else { return nil }
                if ampm == "pm", h < 12 { h += 12 }
                if ampm == "am", h == 12 { h = 0 }
            }
            let clock = "T\(CivilDay.pad(h, 2)):\(CivilDay.pad(minute, 2))"
            if let m = int(4), (1...12).contains(m), let d = int(5) {
                if let y = int(6).map(Self.fullYear) {
                    guard (1...CivilDay.daysIn(month: m, year: y)).contains(d) else { return nil }
                    return CivilDay(y, m, d).iso + clock
                }
                return resolveDay(m, d, context).map { $0 + clock }
            }
            guard let anchor else { return "XXXX-XX-XX" + clock }
            if let w = int(3), (1...7).contains(w) {
                return resolveWeekday(w, "news", anchor, context.isForward).iso + clock
            }
            return anchor.iso + clock
        }
    }

    /// How far past the anchor a day-month without year may fall when nothing points forward.
    static let futureHorizonDays = 61

    /// A day of a month without a year, in news semantics: the publication year, the next one when
    /// the wording points forward and the day is past, the last one when it lies far ahead without
    /// a cue, and the nearest one just across the new year (`payable Jan. 2` in November).
    func resolveDay(_ m: Int, _ d: Int, _ context: ResolutionContext) -> String? {
        guard (1...31).contains(d) else { return nil }
        guard let anchor = context.anchor else { return "XXXX-\(CivilDay.pad(m, 2))-\(CivilDay.pad(d, 2))" }
        var y = anchor.year
        let guess = CivilDay(y, m, min(d, 28))
        if context.isForward {
            if guess < anchor, anchor.month != m { y += 1 }
        } else if guess.serial - anchor.serial > Self.futureHorizonDays {
            y -= 1
        } else if guess < anchor, !context.isPast,
                  CivilDay(y + 1, m, min(d, 28)).serial - anchor.serial <= Self.futureHorizonDays {
            y += 1
        }
        guard d <= CivilDay.daysIn(month: m, year: y) else { return nil }
        return CivilDay(y, m, d).iso
    }

    /// How many months ahead a bare month without a cue may fall (it is the nearest one then).
    /// News semantics: none — a bare month is the latest one at or before the report unless the
    /// wording or tense points forward (`next`, `will`, `المقبل`); TempEval annotators sometimes
    /// read forward, which costs a few value matches there.
    static let futureHorizonMonths = 0

    /// Two-digit years: `87` → 1987, `05` → 2005.
    static func fullYear(_ y: Int) -> Int { y >= 100 ? y : (y < 40 ? 2000 + y : 1900 + y) }

    /// A count and a unit code from a `units` value (`D`, `2D` for a dual, `D*` for a plural).
    static func quantity(_ count: Int?, _ unitValue: String?) -> (Int?, String)? {
        guard var unit = unitValue, !unit.isEmpty else { return nil }
        var implied: Int? = 1
        if unit.hasSuffix("*") { unit.removeLast(); implied = nil }
        if let first = unit.first, first.isNumber {
            implied = Int(String(first))
            unit.removeFirst()
        }
        return (count ?? implied, unit)
    }

    /// The anchor moved by `n` units, written at that unit's grain.
    static func shift(_ anchor: CivilDay?, unit: String, by n: Int) -> String? {
        guard let a = anchor else {
            switch unit {
            case "D", "TH", "TM", "TS": return "XXXX-XX-XX"
            case "W": return "XXXX-WXX"
            case "M": return "XXXX-XX"
            case "Q": return "XXXX-QX"
            case "H": return "XXXX-HX"
            case "Y": return "XXXX"
            case "DE": return "XXX"
            case "CE": return "XX"
            default: return nil
            }
        }
        switch unit {
        case "D": return a.adding(days: n).iso
        case "TH", "TM", "TS": return a.iso
        case "W": return a.adding(days: 7 * n).isoWeekString
        case "M": return a.adding(months: n).isoMonth
        case "Q":
            let q = (a.month - 1) / 3 + n, y = a.year + (q >= 0 ? q / 4 : (q - 3) / 4)
            return "\(CivilDay.pad(y, 4))-Q\(((q % 4) + 4) % 4 + 1)"
        case "H":
            let h = (a.month - 1) / 6 + n, y = a.year + (h >= 0 ? h / 2 : (h - 1) / 2)
            return "\(CivilDay.pad(y, 4))-H\(((h % 2) + 2) % 2 + 1)"
        case "Y": return CivilDay.pad(a.year + n, 4)
        case "DE": return String(CivilDay.pad(a.year + 10 * n, 4).prefix(3))
        case "CE": return String(CivilDay.pad(a.year + 100 * n, 4).prefix(2))
        default: return nil
        }
    }

    /// A named date (`2019`, `2019-03`, `2019-03-04`) moved by `n` units, written at the coarser of
    /// the date's grain and the unit's (`2019` + 2 months is still `2019`; weeks from a day give a
    /// week, as they do from the anchor).
    static func shift(_ named: String, unit: String, by n: Int) -> String? {
        let parts = named.split(separator: "-").compactMap { Int($0) }
        guard let y = parts.first, (1...3).contains(parts.count) else { return nil }
        let day = CivilDay(y, parts.count > 1 ? parts[1] : 1, parts.count > 2 ? parts[2] : 1)
        let moved: CivilDay, unitGrain: Int
        switch unit {
        case "Y": (moved, unitGrain) = (day.adding(months: 12 * n), 1)
        case "DE": (moved, unitGrain) = (day.adding(months: 120 * n), 1)
        case "CE": (moved, unitGrain) = (day.adding(months: 1200 * n), 1)
        case "H": (moved, unitGrain) = (day.adding(months: 6 * n), 2)
        case "Q": (moved, unitGrain) = (day.adding(months: 3 * n), 2)
        case "M": (moved, unitGrain) = (day.adding(months: n), 2)
        case "W": (moved, unitGrain) = (day.adding(days: 7 * n), 3)
        case "D": (moved, unitGrain) = (day.adding(days: n), 3)
        case "TH", "TM", "TS": (moved, unitGrain) = (day, 3)
        default: return nil
        }
        switch min(parts.count, unitGrain) {
        case 1: return CivilDay.pad(moved.year, 4)
        case 2: return moved.isoMonth
        default: return unit == "W" ? moved.isoWeekString : moved.iso
        }
    }

    /// Directions may be written as words or as the offsets of the `modifiers` list (-1, 1, 0).
    static func direction(_ raw: String) -> String {
        switch raw {
        case "-1": return "past"
        case "1", "+1": return "next"
        case "0": return "this"
        default: return raw
        }
    }

    func resolveMonth(_ m: Int, _ direction: String, _ context: ResolutionContext) -> String {
        guard let a = context.anchor else { return "XXXX-\(CivilDay.pad(m, 2))" }
        var y = a.year
        switch Self.direction(direction) {
        case "past": if m >= a.month { y -= 1 }
        case "next": if m <= a.month { y += 1 }
        case "this": break
        default:
            // Without a cue the nearest month wins when it lies at most `futureHorizonMonths` ahead
            // (`closing is expected in December` in November); otherwise the last one.
            let ahead = (m - a.month + 12) % 12
            if context.isForward || (!context.isPast && ahead > 0 && ahead <= Self.futureHorizonMonths) {
                if m < a.month { y += 1 }
            } else if m > a.month {
                y -= 1
            }
        }
        return CivilDay(y, m, 1).isoMonth
    }

    /// The year of a day that recurs every year (`12 يونيو المقبل`, `last Thanksgiving`), given
    /// its occurrence in the anchor's year: the last one for `past`, the next for `next`, this
    /// year's for `this`, and for `news` the most recent one unless the wording points forward.
    func yearOfOccurrence(_ this: CivilDay, _ direction: String, _ a: CivilDay, _ isForward: Bool) -> Int {
        switch Self.direction(direction) {
        case "past": return this >= a ? a.year - 1 : a.year
        case "next": return this <= a ? a.year + 1 : a.year
        case "this": return a.year
        default: return this > a && !isForward ? a.year - 1 : a.year
        }
    }

    func resolveWeekday(_ w: Int, _ direction: String, _ a: CivilDay, _ isForward: Bool) -> CivilDay {
        let delta = w - a.weekday
        switch Self.direction(direction) {
        case "past": return a.adding(days: delta < 0 ? delta : delta - 7)
        case "next": return a.adding(days: delta > 0 ? delta : delta + 7)
        case "this": return a.adding(days: delta)
        default:
            if isForward { return a.adding(days: delta >= 0 ? delta : delta + 7) }
            return a.adding(days: delta <= 0 ? delta : delta - 7)
        }
    }
}
