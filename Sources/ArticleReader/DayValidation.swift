/// Checks publication dates given as metadata.
enum DayValidation {
    /// The day `YYYY-MM-DD` of `value` when it is a calendar day or an ISO 8601 timestamp, else `nil`.
    ///
    /// `2022-11-08` and `2022-11-08T10:30:00+03:00` give `2022-11-08`; `08/11/2022`, `2022-13-01`
    /// and `2022-02-30` give `nil`.
    static func day(_ value: String) -> String? {
        let s = value.trimmingWhitespace
        let scalars = Array(s.unicodeScalars)
        guard scalars.count >= 10 else { return nil }
        func digits(_ range: Range<Int>) -> Int? {
            var n = 0
            for k in range {
                guard let d = scalars[k].properties.numericType == .decimal ? Int(String(scalars[k])) : nil,
                      scalars[k].isASCII else { return nil }
                n = n * 10 + d
            }
            return n
        }
        guard let year = digits(0..<4), scalars[4] == "-", let month = digits(5..<7), scalars[7] == "-",
              let day = digits(8..<10) else { return nil }
        if scalars.count > 10 {
            guard scalars[10] == "T" || scalars[10] == " " || scalars[10] == "t", scalars.count > 11,
                  scalars[11].isASCII, scalars[11].properties.numericType == .decimal else { return nil }
        }
        guard (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year) else { return nil }
        return String(String.UnicodeScalarView(scalars[0..<10]))
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
