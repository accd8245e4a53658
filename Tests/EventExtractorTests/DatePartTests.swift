import Testing
@testable import EventExtractor

/// The date part of a tagger value is read on bytes for ASCII values; it must be what splitting
/// at `T` gives (empty pieces dropped, so a leading `T` is skipped).
@Suite("EventDating.datePart · the value before its time")
struct DatePartTests {
    @Test("datePart is the first piece of the value split at T", arguments: [
        "2022-11-05T14:00", "2022-11-05", "TMO", "T", "", "TT", "2022T", "T2022", "TT2022T5", "PT4H", "XXXX-WXX-1",
        "2022-11-05TMO", "٢٠٢٢T١١", "2022\u{301}T1", "T\u{301}2022",
    ])
    func datePart(_ value: String) {
        #expect(EventDating.datePart(of: value) == String(value.split(separator: "T", maxSplits: 1).first ?? ""))
    }
}
