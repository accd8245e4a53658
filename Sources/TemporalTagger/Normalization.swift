/// How a rule turns its captured slots into a TIMEX3 value: a function of the engine and arguments.
///
/// Written in `patterns.tsv` as `date($4, $3, $2)`: `$n` is the n-th pattern element (1-based),
/// `_` an absent argument, anything else a literal (`past`, `-1`, `PAST_REF`).
struct Normalization: Sendable {
    /// The functions the engine knows, with what their arguments mean.
    enum Function: String, Sendable, CaseIterable {
        /// `date(year, month, day)`: absolute; a missing year comes from the anchor (news semantics).
        case date
        /// `dayof(month, day, news|past|next|this)`: a day and month with a modifier (`12 يونيو المقبل`).
        case dayof
        /// `month(month, news|past|next|this)`: a month without a year.
        case month
        /// `monthof(month, yearOffset)`: `June last year`.
        case monthof
        /// `weekday(weekday, news|past|next|this, [part])`.
        case weekday
        /// `shift(D|W|M|Y|Q|H|DE, offset, [part])`: the anchor's day/week/… moved by `offset`.
        case shift
        /// `back(count, unit)` / `ahead(count, unit)`: `three days ago`, `in two weeks`.
        case back, ahead
        /// `duration(count, unit)`: `P3D`, `P2M`, `PT4H`.
        case duration
        /// `halfmore(count, unit)`: a count and a half, the half in the next smaller unit
        /// (`2 1/2 years` → `P2Y6M`, `5 1/2 hours` → `PT5H30M`, `a minute and a half` → `PT1M30S`).
        case halfmore
        /// `lit(VALUE)`: a fixed value (`PAST_REF`, `P1W`).
        case lit
        /// `quarter(q, [year])`, `half(h, [year])`.
        case quarter, half
        /// `quarterrel(q, yearOffset)`: `this year's third quarter`, `next year's first quarter`.
        case quarterrel
        /// `season(SU|…, [year], news|past|next|this)`.
        case season
        /// `year(y)`, `decade(y)`, `century(ordinal)`.
        case year, decade, century
        /// `hijri(day, month, [year], [news|past|next|this])`: converted with the Umm al-Qura
        /// calendar; without a year the direction picks the occurrence (`رمضان المقبل`).
        case hijri
        /// `time(hour, [minute], [am|pm], [weekday], [month, day, [year]])`: a clock time on the
        /// anchor day, on a weekday (`10 p.m. Wednesday`) or on a date (`5 p.m. EST Nov. 9`,
        /// `2022-11-05T14:00Z`).
        case time
        /// `refquarter(yearOffset, [year])`: the quarter the text last named (else the last complete
        /// one), moved by whole years or put in a named year: `the quarter`, `the year-earlier
        /// quarter`, `the 1988 quarter`.
        case refquarter
        /// `prior(count, unit)`: like `back`, but a year back from a quarter the text last named
        /// gives that quarter a year earlier (`… in the third quarter, up from a year ago`).
        case prior
        /// `yearof(century, yy, [month|season])`: `nineteen ninety-six` → 1996; with a month number
        /// or a season code, `January nineteen ninety-seven` → 1997-01, `the winter of nineteen
        /// ninety-four` → 1994-WI.
        case yearof
        /// `setweekday(weekday, [part])`: `every Monday` → `XXXX-WXX-1`.
        case setweekday
        /// `setmonth(month)`: `each July` → `XXXX-07`.
        case setmonth
        /// `nthweekday(n, weekday, month, [news|past|next|this])`: a holiday fixed as the n-th
        /// weekday of a month (`Thanksgiving` = 4th Thursday of November), in the year the
        /// direction gives.
        case nthweekday
        /// `weekofmonth(n, month, [year])`: the n-th week of a month (`the first week of December`,
        /// `الأسبوع الأول من ديسمبر`) as the ISO week holding its day 1 + 7(n − 1); without a year
        /// the month is resolved like a bare month.
        case weekofmonth
        /// `monthday(day, monthOffset)`: a day of the anchor's month moved by whole months
        /// (`الثالث من الشهر الجاري`, `the 15th of next month`).
        case monthday
        /// `later(count, unit, [named])` / `earlier(count, unit, [named])`: counted from the last
        /// date the text named before (`appointed in 2019 … three years later` → 2022), else from
        /// the anchor, or left unknown with `named` (`the next day` after no date); `earlier` by
        /// whole years from a quarter the text named gives that quarter (`a year earlier`).
        case later, earlier
        /// `hhmm(digits, [weekday])`: a four-digit clock time (`0600 GMT`, `1430 local time`) on the
        /// anchor day or on a weekday.
        case hhmm
        /// `reject()`: a negative rule.
        case reject

        var arity: ClosedRange<Int> {
            switch self {
            case .date: return 3...3
            case .duration, .halfmore, .back, .ahead, .quarter, .half, .month, .monthof, .prior, .quarterrel: return 2...2
            case .yearof: return 2...3
            case .refquarter: return 1...2
            case .setmonth: return 1...1
            case .nthweekday: return 3...4
            case .weekofmonth: return 2...3
            case .monthday: return 2...2
            case .later, .earlier: return 2...3
            case .hhmm: return 1...2
            case .weekday, .shift: return 2...3
            case .lit, .year, .decade, .century: return 1...1
            case .season, .dayof: return 3...3
            case .hijri: return 3...4
            case .time: return 4...7
            case .setweekday: return 1...2
            case .reject: return 0...0
            }
        }
    }

    /// An argument: a slot of the pattern, a literal or nothing.
    enum Argument: Sendable {
        case slot(Int)
        case literal(String)
        case absent
    }

    let function: Function
    let arguments: [Argument]

    /// Whether the value depends on what the text said before (re-resolved in text order).
    var usesDiscourse: Bool { [.refquarter, .prior, .later, .earlier].contains(function) }

    /// Whether a calendar value it gives is counted from the last date the text named.
    var countsFromNamedDate: Bool { function == .later || function == .earlier }

    static func parse(_ text: String, slots: Int, fail: (String) -> ResourceError) throws -> Normalization {
        guard let open = text.firstIndex(of: "("), text.hasSuffix(")") else {
            throw fail("normalisation «\(text)» must look like name(arg, …)")
        }
        let name = String(text[..<open])
        guard let function = Function(rawValue: name) else {
            throw fail("unknown function «\(name)» (known: \(Function.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        let inner = text[text.index(after: open)..<text.index(before: text.endIndex)]
        var arguments: [Argument] = []
        if !inner.trimmingSpaces.isEmpty {
            for raw in inner.split(separator: ",", omittingEmptySubsequences: false) {
                let arg = raw.trimmingSpaces
                if arg.isEmpty { throw fail("empty argument in «\(text)»") }
                if arg == "_" {
                    arguments.append(.absent)
                } else if arg.hasPrefix("$") {
                    guard let n = Int(arg.dropFirst()), (1...slots).contains(n) else {
                        throw fail("slot «\(arg)» is not one of $1…$\(slots)")
                    }
                    arguments.append(.slot(n - 1))
                } else {
                    arguments.append(.literal(String(arg)))
                }
            }
        }
        guard function.arity.contains(arguments.count) else {
            throw fail("\(name) takes \(function.arity.lowerBound)…\(function.arity.upperBound) arguments, found \(arguments.count)")
        }
        return Normalization(function: function, arguments: arguments)
    }
}

extension Substring {
    var trimmingSpaces: Substring {
        var s = self
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return s
    }
}
