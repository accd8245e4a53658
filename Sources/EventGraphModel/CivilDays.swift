/// Day numbers in the proleptic Gregorian calendar, for arithmetic on `YYYY-MM-DD` days.
///
/// Day 0 is 0000-03-01; consecutive days have consecutive numbers, so a difference of numbers is
/// a number of days.
public enum CivilDays {
    /// The number of a calendar day.
    public static func number(year y: Int, month m: Int, day d: Int) -> Int {
        let yy = m <= 2 ? y - 1 : y
        let era = (yy >= 0 ? yy : yy - 399) / 400
        let yoe = yy - era * 400
        let mp = (m + 9) % 12
        let doy = (153 * mp + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe
    }

    /// The number of a `YYYY-MM-DD` day, or `nil` when the text is not of that form.
    public static func number(_ day: String) -> Int? {
        let parts = day.split(separator: "-")
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        return number(year: y, month: m, day: d)
    }

    /// The calendar day of a number.
    public static func date(_ n: Int) -> (year: Int, month: Int, day: Int) {
        let era = (n >= 0 ? n : n - 146_096) / 146_097
        let doe = n - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// The `YYYY-MM-DD` text of a number.
    public static func string(_ n: Int) -> String {
        let (y, m, d) = date(n)
        return DateValue.day(y, m, d)
    }
}
