/// Day arithmetic on `YYYY-MM-DD` strings (proleptic Gregorian), for date windows and spans.
enum Days {
    /// Days since 0000-03-01, or `nil` when `day` is not `YYYY-MM-DD`.
    static func number(_ day: String) -> Int? { CivilDays.number(day) }

    /// The `YYYY-MM-DD` of a day number.
    static func string(_ n: Int) -> String { CivilDays.string(n) }

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
