import Testing
import TextAnalysis

/// `hasLetterPrefix` and `hasLetterSuffix` answer on bytes where they can; every answer must be
/// the one `hasPrefix` and `hasSuffix` give, also where a combining mark, a prepended scalar or
/// another script sits next to the affix.
@Suite("Letter affixes · the answers of hasPrefix and hasSuffix", .tags(.arabic))
struct LetterAffixTests {
    static let strings = [
        "", "ا", "ال", "الرئيس", "والرئيس", "للرئيس", "بال", "وبال", "سيلتقي", "وسيزور", "فستعقد",
        "ال\u{064E}رئيس", "الً", "ال\u{0301}", "\u{0600}ال", "x ال", "زال", "قال", "ال ", "الx", "ﺍﻝ",
        "ا\u{0653}ل", "آل", "ال\u{200D}", "\u{200D}ال", "سس", "س", "وس", "فسا", "رسال", "لل", "ولل", "الله",
    ]
    static let affixes = ["ال", "لل", "س", "وس", "فس", "ب", "بال", "ه", "يه", "x", "", "ال\u{064E}", "é"]

    @Test("hasLetterPrefix is hasPrefix", arguments: strings)
    func prefixes(_ s: String) {
        for p in Self.affixes { #expect(s.hasLetterPrefix(p) == s.hasPrefix(p), "\(s) / \(p)") }
    }

    @Test("hasLetterSuffix is hasSuffix", arguments: strings)
    func suffixes(_ s: String) {
        for p in Self.affixes { #expect(s.hasLetterSuffix(p) == s.hasSuffix(p), "\(s) / \(p)") }
    }
}
