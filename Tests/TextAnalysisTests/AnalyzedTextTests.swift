import Foundation
import Testing
@testable import TextAnalysis

/// The analysis the temporal tagger takes on a plain string (no word tokens) and the one-pass
/// scalar decoding must give exactly what the general analysis gives.
@Suite("Analysed text · scalars, substrings and the analysis without tokens", .tags(.arabic, .english))
struct AnalyzedTextTests {
    static let texts = [
        "",
        "On March 3, 1987, the talks resumed.",
        "وصل الوفد السبت ٥ نوفمبر ٢٠٢٢ إلى القاهرةَ.",
        "\u{FEFB}\u{FEF7} presentation forms, tatweel جـــيك",
        "CJK 日本語, emoji 🇺🇳👍🏽 and é / e\u{301}",
        "line one\r\nline two\n\nU.S. officials said.",
    ]

    @Test("Scalars are the text's Unicode scalars", arguments: texts)
    func scalars(_ text: String) {
        #expect(AnalyzedText(text).scalars == Array(text.unicodeScalars))
        #expect(AnalyzedText.scalars(of: text) == Array(text.unicodeScalars))
    }

    @Test("A substring is the text between two scalar offsets", arguments: texts)
    func substrings(_ text: String) {
        let analysed = AnalyzedText(text)
        let scalars = Array(text.unicodeScalars)
        for (start, end) in [(0, scalars.count), (1, 4), (3, 3), (2, scalars.count + 5), (-1, 2)] {
            let s = max(0, min(start, scalars.count)), e = max(s, min(end, scalars.count))
            #expect(analysed.substring(start, end) == String(String.UnicodeScalarView(scalars[s..<e])))
        }
    }

    @Test("Without tokens the analysis is the same but for the tokens", arguments: texts)
    func withoutTokens(_ text: String) {
        let full = AnalyzedText(text), lean = AnalyzedText(text, tokenizing: false)
        #expect(lean.scalars == full.scalars)
        #expect(lean.folded == full.folded)
        #expect(lean.origin == full.origin)
        #expect(lean.sentences == full.sentences)
        #expect(lean.tokens.isEmpty)
    }

    /// Arabic presentation forms (text copied from PDFs) and full-width Latin match as the
    /// letters they show; every folded scalar points back at the scalar it came from.
    @Test("Presentation forms fold to the letters they show", arguments: [
        ("\u{FE8D}\u{FEDF}\u{FEB4}\u{FE92}\u{FE96}", "السبت"),
        ("\u{FEFB}\u{FEA3}\u{FEAA}", "لاحد"),
        ("\u{FF2D}\u{FF41}\u{FF52}\u{FF43}\u{FF48}", "March"),
    ])
    func presentationForms(_ shown: String, _ plain: String) {
        let analysed = AnalyzedText(shown)
        #expect(String(String.UnicodeScalarView(analysed.folded)) == MatchingForm.of(plain))
        #expect(analysed.origin.allSatisfy { (0..<analysed.scalars.count).contains($0) })
        #expect(analysed.origin == analysed.origin.sorted())
    }

    @Test("A trimmed substring is Foundation's trimming of the substring", arguments: texts + [" \t and\u{3000}", "\u{A0}, and \u{2009}", "\u{200B}and\u{200B}\u{200C}"])
    func trimmedSubstrings(_ text: String) {
        let analysed = AnalyzedText(text)
        let n = analysed.scalars.count
        for start in -1...n + 1 {
            for end in start...n + 2 {
                #expect(analysed.trimmedSubstring(start, end) == analysed.substring(start, end).trimmingCharacters(in: .whitespaces))
            }
        }
    }

    @Test("Blank scalars are Foundation's whitespaces, every one below U+110000")
    func blanks() {
        var differ: [UInt32] = []
        for v in UInt32(0)...0x10FFFF {
            guard let u = Unicode.Scalar(v) else { continue }
            if AnalyzedText.isBlank(u) != CharacterSet.whitespaces.contains(u) { differ.append(v) }
        }
        #expect(differ.isEmpty)
    }
}
