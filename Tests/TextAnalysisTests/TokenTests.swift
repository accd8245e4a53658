import Testing
@testable import TextAnalysis

/// A token keeps its fields in one shared object; what it answers must not depend on that.
@Suite("Token · fields, equality and capitals", .tags(.arabic))
struct TokenTests {
    static let words = ["NATO", "Nato", "U.S.", "UN-sponsored", "ÉLYSÉE", "Élysée", "ΑΘΗΝΑ", "ПУТИН", "123", "B2", "والرئيس", "ＮＡＴＯ", "X\u{301}Y", ""]

    @Test("isAllCaps: every letter upper case, at least one letter", arguments: words)
    func allCaps(_ word: String) {
        let token = Token(start: 0, end: word.unicodeScalars.count, text: word, form: MatchingForm.of(word), script: .latin, isCapitalized: false)
        let letters = word.unicodeScalars.filter { $0.properties.isAlphabetic }
        #expect(token.isAllCaps == (!letters.isEmpty && letters.allSatisfy { $0.properties.isUppercase }))
    }

    @Test("Fields, readings and equality are those it was made with")
    func fields() {
        let a = Token(start: 3, end: 10, text: "والرئيس", form: "والرئيس", script: .arabic, isCapitalized: false)
        let b = Token(start: 3, end: 10, text: "والرئيس", form: "والرئيس", script: .arabic, isCapitalized: false)
        #expect(a == b && a.hashValue == b.hashValue)
        #expect(a.start == 3 && a.end == 10 && a.text == "والرئيس" && a.script == .arabic && !a.isCapitalized)
        #expect(a.stems == ArabicClitics.readings(of: "والرئيس"))
        #expect(a.stemForms == a.stems.map(\.stem))
        let latin = Token(start: 0, end: 5, text: "Putin", form: "putin", script: .latin, isCapitalized: true)
        #expect(latin.stemForms == ["putin"] && latin.stems.map(\.stem) == ["putin"])
        let c = Token(start: 3, end: 10, text: "والرئيس", form: "والرئيس", script: .arabic, isCapitalized: true)
        #expect(a != c)
    }

    @Test("The tokenizer's tokens are the tokens made from their text and matching form")
    func tokenizerTokens() {
        let text = "أجرى الرئيسُ اتصالاً بوزيرة الخارجية والسفير في إيران، وسيزور NATO و U.S. عام ٢٠٢٢ Chirac's بد"
        let scalars = Array(text.unicodeScalars)
        let tokens = Tokenizer.tokens(scalars: scalars)
        #expect(tokens.count == 16)
        for t in tokens {
            let written = String(String.UnicodeScalarView(scalars[t.start..<t.end]))
            let made = Token(start: t.start, end: t.end, text: written, form: MatchingForm.of(written), script: t.script,
                             isCapitalized: t.isCapitalized)
            #expect(t == made && t.stems == made.stems && t.stemForms == made.stemForms, "\(written)")
            #expect(t.stemForms == t.stems.map(\.stem))
        }
    }
}
