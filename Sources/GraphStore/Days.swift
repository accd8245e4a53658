/// Day arithmetic on `YYYY-MM-DD` strings (proleptic Gregorian), for date windows and spans.
enum Days {
    /// Days since 0000-03-01, or `nil` when `day` is not `YYYY-MM-DD`.
    static func number(_ day: String) -> Int? {
        let parts = day.split(separator: "-")
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        let yy = m <= 2 ? y - 1 : y
        let era = (yy >= 0 ? yy : yy - 399) / 400
        let yoe = yy - era * 400
        let mp = (m + 9) % 12
        let doy = (153 * mp + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe
    }

    /// The `YYYY-MM-DD` of a day number.
    static func string(_ n: Int) -> String {
        let era = (n >= 0 ? n : n - 146_096) / 146_097
        let doe = n - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        let ys = String(y)
        return String(repeating: "0", count: max(0, 4 - ys.count)) + ys + "-" + (m < 10 ? "0" : "") + String(m)
            + "-" + (d < 10 ? "0" : "") + String(d)
    }

    /// `day` moved by `delta` days (unchanged when it is not a day).
    static func shift(_ day: String, by delta: Int) -> String {
        guard let n = number(day) else { return day }
        return string(n + delta)
    }

    /// The first day covered by an ISO prefix of any grain (`2022-03` → `2022-03-01`).
    static func first(of value: String?) -> String? {
        guard let value, !value.isEmpty else { return nil }
        return DateWindow.value(value).firstDay
    }

    /// The last day covered by an ISO prefix of any grain (`2022-03` → `2022-03-31`).
    static func last(of value: String?) -> String? {
        guard let value, !value.isEmpty else { return nil }
        return DateWindow.value(value).lastDay
    }
}

import EventGraphModel

/// A date window of a query, as first and last days (open ends when a bound is missing).
struct DateWindow {
    var from: String?
    var to: String?

    init(from: String?, to: String?) {
        self.from = Days.first(of: from)
        self.to = Days.last(of: to)
    }

    var isOpen: Bool { from == nil && to == nil }

    static func value(_ s: String) -> DateValue { DateValue(s) }
}
