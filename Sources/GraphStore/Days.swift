/// Day arithmetic on `YYYY-MM-DD` strings (proleptic Gregorian), for date windows and spans.
enum Days {
    /// Days since 0000-03-01, or `nil` when `day` is not `YYYY-MM-DD`.
    ///
    /// Ten ASCII bytes `DDDD-DD-DD` (what the store writes and reads) are read from their bytes;
    /// anything else goes through ``CivilDays/number(_:)``, which gives the same number for them.
    static func number(_ day: String) -> Int? {
        var text = day
        return text.withUTF8(plainDay) ?? CivilDays.number(day)
    }

    /// The day number of `DDDD-DD-DD`, or nil when the bytes are not of that form.
    private static func plainDay(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return nil }
        func digits(_ range: Range<Int>) -> Int? {
            var v = 0
            for i in range {
                let d = b[i] &- UInt8(ascii: "0")
                guard d < 10 else { return nil }
                v = v * 10 + Int(d)
            }
            return v
        }
        guard let y = digits(0..<4), let m = digits(5..<7), let d = digits(8..<10) else { return nil }
        return CivilDays.number(year: y, month: m, day: d)
    }

    /// The `YYYY-MM-DD` of a day number.
    static func string(_ n: Int) -> String {
        let (y, m, d) = CivilDays.date(n)
        guard (0...9999).contains(y) else { return CivilDays.string(n) }
        // Ten ASCII bytes: a small string, built without intermediate strings.
        return String(unsafeUninitializedCapacity: 10) { buffer in
            func put(_ value: Int, _ width: Int, at start: Int) {
                var v = value
                for i in stride(from: start + width - 1, through: start, by: -1) {
                    buffer[i] = UInt8(ascii: "0") + UInt8(v % 10)
                    v /= 10
                }
            }
            put(y, 4, at: 0)
            buffer[4] = UInt8(ascii: "-")
            put(m, 2, at: 5)
            buffer[7] = UInt8(ascii: "-")
            put(d, 2, at: 8)
            return 10
        }
    }

    /// `day` moved by `delta` days (unchanged when it is not a day).
    static func shift(_ day: String, by delta: Int) -> String {
        guard let n = number(day) else { return day }
        return string(n + delta)
    }

    /// The first day covered by an ISO prefix of any grain (`2022-03` → `2022-03-01`).
    static func first(of value: String?) -> String? {
        guard let value, !value.isEmpty else { return nil }
        if isPlainDay(value) { return value }
        return DateWindow.value(value).firstDay
    }

    /// The last day covered by an ISO prefix of any grain (`2022-03` → `2022-03-31`).
    static func last(of value: String?) -> String? {
        guard let value, !value.isEmpty else { return nil }
        if isPlainDay(value) { return value }
        return DateWindow.value(value).lastDay
    }

    /// Whether `value` is a calendar day written `YYYY-MM-DD` (it covers itself alone), told
    /// without parsing it as a date value.
    static func isPlainDay(_ value: String) -> Bool {
        guard value.utf8.count == 10, let n = number(value) else { return false }
        return string(n) == value
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
