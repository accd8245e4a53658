import EventGraphModel
import Testing

@Suite("DateValue · grains and the days a value covers")
struct DateValueTests {
    struct Row: Sendable, CustomTestStringConvertible {
        let value: String, grain: DateGrain, first: String?, last: String?
        var testDescription: String { value }
    }

    static let rows: [Row] = [
        Row(value: "2022-11-05", grain: .day, first: "2022-11-05", last: "2022-11-05"),
        Row(value: "2022-11", grain: .month, first: "2022-11-01", last: "2022-11-30"),
        Row(value: "2024-02", grain: .month, first: "2024-02-01", last: "2024-02-29"),
        Row(value: "1900-02", grain: .month, first: "1900-02-01", last: "1900-02-28"),
        Row(value: "2022", grain: .year, first: "2022-01-01", last: "2022-12-31"),
        Row(value: "2022-Q3", grain: .quarter, first: "2022-07-01", last: "2022-09-30"),
        Row(value: "2022-H1", grain: .half, first: "2022-01-01", last: "2022-06-30"),
        Row(value: "2022-SU", grain: .season, first: "2022-06-01", last: "2022-08-31"),
        Row(value: "2022-W45", grain: .week, first: "2022-11-07", last: "2022-11-13"),
        Row(value: "2021-W01", grain: .week, first: "2021-01-04", last: "2021-01-10"),
        Row(value: "2020-W53", grain: .week, first: "2020-12-28", last: "2021-01-03"),
        Row(value: "2022-W44-WE", grain: .week, first: "2022-11-05", last: "2022-11-06"),
        Row(value: "198", grain: .decade, first: "1980-01-01", last: "1989-12-31"),
        Row(value: "2022-11-05T14:00", grain: .time, first: "2022-11-05", last: "2022-11-05"),
        Row(value: "PAST_REF", grain: .unknown, first: nil, last: nil),
        Row(value: "XXXX-11-05", grain: .unknown, first: nil, last: nil),
        Row(value: "2022-02-30", grain: .unknown, first: nil, last: nil),
        Row(value: "2022-13", grain: .unknown, first: nil, last: nil),
        // Plain numeric values, which take a byte-level path: bounds of months and days, short years.
        Row(value: "2024-02-29", grain: .day, first: "2024-02-29", last: "2024-02-29"),
        Row(value: "2022-04-31", grain: .unknown, first: nil, last: nil),
        Row(value: "2022-11-00", grain: .unknown, first: nil, last: nil),
        Row(value: "2022-00", grain: .unknown, first: nil, last: nil),
        Row(value: "2022-12", grain: .month, first: "2022-12-01", last: "2022-12-31"),
        Row(value: "0999", grain: .year, first: "0999-01-01", last: "0999-12-31"),
        Row(value: "0045-03-01", grain: .day, first: "0045-03-01", last: "0045-03-01"),
        Row(value: "2022-1a", grain: .unknown, first: nil, last: nil),
        Row(value: "20a2", grain: .unknown, first: nil, last: nil),
    ]

    @Test("Each value has its grain and its first and last day", arguments: rows)
    func grainAndDays(_ row: Row) {
        let v = DateValue(row.value)
        #expect(v.grain == row.grain)
        #expect(v.firstDay == row.first)
        #expect(v.lastDay == row.last)
    }

    /// Values where a byte-by-byte reading could go wrong: where `T` and `-` fall, empty pieces,
    /// letters after `Q`/`H`/`W`, numbers too long for an `Int`, and values that are not ASCII.
    static let grainEdgeCases = rows.map(\.value) + [
        "", "T", "TT", "2022T", "T2022", "2022TT", "2022-11-05T", "2022-11-05TMO", "TMO", "PT4H", "P3D",
        "XXXX-WXX-1", "2022-11-05T14:00-T", "2022--11", "-2022", "2022-", "2022-11-", "2022-1", "2022-011",
        "2022-Q", "2022-Q5", "2022-Q0", "2022-QQ", "2022-H3", "2022-W54", "2022-W00", "2022-W7", "2022-SP", "2022-W44-WX", "2022-W54-WE", "2022-W44-WE-1", "2022-W44-we",
        "2022-WI", "2022-wi", "2022-S", "2022-SPR", "2022-02-29", "2024-02-29", "2022-11-5", "2022-11-05-01",
        "20", "2", "20222", "99999999999999999999", "2022-99999999999999999999", "+2022", "2022 11",
        "٢٠٢٢", "2022-١١", "2022-11-05T14:00\u{301}", "2022\u{301}-11", "\r\n",
    ]

    @Test("grain(of:) gives the grain DateValue computes", arguments: grainEdgeCases)
    func grainOf(_ value: String) {
        #expect(DateValue.grain(of: value) == DateValue(value).grain)
    }

    @Test("A month contains its days and overlaps its year; other months do not")
    func overlaps() {
        let march = DateValue("2022-03")
        #expect(march.contains(DateValue("2022-03-14")))
        #expect(march.overlaps(DateValue("2022")))
        #expect(!march.overlaps(DateValue("2022-04-01")))
        #expect(!DateValue("PAST_REF").overlaps(march))
    }
}
