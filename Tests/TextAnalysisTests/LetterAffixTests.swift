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

    @Test("sameText is ==", arguments: strings)
    func equality(_ s: String) {
        let others = Self.strings + ["e\u{301}", "\u{E9}", "ﻻ", "لا", "ا\u{654}", "أ", "Kelvin \u{212A}", "Kelvin K", "abc", "ABC"]
        for t in others { #expect(s.sameText(t) == (s == t), "\(s) / \(t)") }
        #expect("e\u{301}".sameText("\u{E9}") && "ا\u{654}".sameText("أ") && "\u{212A}".sameText("K"))
    }

    @Test("hasLetterSuffix is hasSuffix", arguments: strings)
    func suffixes(_ s: String) {
        for p in Self.affixes { #expect(s.hasLetterSuffix(p) == s.hasSuffix(p), "\(s) / \(p)") }
    }
}

@Suite("MatchingForm.joinedWords · the words with single spaces", .tags(.arabic))
struct JoinedWordsTests {
    @Test("joinedWords is split at white space, joined with spaces", arguments: [
        "", " ", "Jake  Sullivan", " جيك\tسوليفان \n", "a\r\nb", "e\u{301} x", "Wang\u{3000}Yi", "\u{A0}x\u{A0}", "x\u{85}y", "ﻻ ﺍ",
    ])
    func joined(_ s: String) {
        #expect(MatchingForm.joinedWords(s) == s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " "))
    }
}
