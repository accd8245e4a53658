/// A day of the proleptic Gregorian calendar, with the arithmetic the resolver needs.
struct CivilDay: Hashable, Sendable, Comparable {
    let year: Int
    let month: Int
    let day: Int

    /// Reads `YYYY-MM-DD`; `nil` for anything else.
    init?(iso: String) {
        let parts = iso.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]),
              let d = Int(parts[2]), (1...12).contains(m), (1...CivilDay.daysIn(month: m, year: y)).contains(d)
        else { return nil }
        self.init(y, m, d)
    }

    init(_ year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Days since 1970-01-01.
    init(serial: Int) {
        let z = serial + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// Days since 1970-01-01.
    var serial: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// ISO weekday, 1 = Monday … 7 = Sunday.
    var weekday: Int { ((serial % 7 + 7) % 7 + 3) % 7 + 1 }

    /// ISO week-numbering year and week.
    var isoWeek: (year: Int, week: Int) {
        let thursday = CivilDay(serial: serial - weekday + 4)
        let jan1 = CivilDay(thursday.year, 1, 1).serial
        return (thursday.year, (thursday.serial - jan1) / 7 + 1)
    }

    func adding(days: Int) -> CivilDay { CivilDay(serial: serial + days) }

    /// Adds months, clamping the day to the month's length.
    func adding(months: Int) -> CivilDay {
        let total = year * 12 + (month - 1) + months
        let y = total >= 0 ? total / 12 : (total - 11) / 12
        let m = total - y * 12 + 1
        return CivilDay(y, m, min(day, CivilDay.daysIn(month: m, year: y)))
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func < (a: CivilDay, b: CivilDay) -> Bool { a.serial < b.serial }

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    var iso: String { "\(CivilDay.pad(year, 4))-\(CivilDay.pad(month, 2))-\(CivilDay.pad(day, 2))" }
    var isoMonth: String { "\(CivilDay.pad(year, 4))-\(CivilDay.pad(month, 2))" }
    var isoWeekString: String {
        let (y, w) = isoWeek
        return "\(CivilDay.pad(y, 4))-W\(CivilDay.pad(w, 2))"
    }
}
