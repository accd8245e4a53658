import Foundation
import Testing
import TextAnalysis

/// `containsText` answers on bytes where it can; every answer must be Foundation's `contains`,
/// also next to combining marks, line ends and text in other scripts.
@Suite("Text search · the answers of Foundation's contains")
struct TextSearchTests {
    static let strings = [
        "", " ", "U.S.-Japan", "Franco-German", "-", "a-\u{301}b", "-\u{338}", "\u{2260}", "a\r\nb", "a\nb", "\r\n",
        " , ", "\u{060C} ", ", ", "(", " (", "a (b)", "x:", "en.call.manner.phone", "ar.meet.damma", "en.call.called",
        ".call.manner", "e\u{301}", "\u{E9}", "Kelvin \u{212A}", "\u{37E}", "x\u{1FEF}", "\u{226E}\u{226F}",
        "الرياض - واس", "واشنطن (رويترز)", "\t", "a\u{200D}-b", "ＵＳ－Japan", "\u{FE63}", "-\u{301}", ",\u{301}",
    ]
    static let needles = ["-", ",", "(", ":", "\n", ".", ".call.manner.", "call", ";", "`", "=", "<", ">", "e", "K", "\u{060C}", "\u{2013}", "", "a\u{301}"]

    @Test("containsText is contains", arguments: strings)
    func answers(_ s: String) {
        for n in Self.needles { #expect(s.containsText(n) == s.contains(n), "\(s.unicodeScalars.map(\.value)) / \(n)") }
    }

    /// The characters the byte test trusts are in no other scalar's canonical decomposition.
    @Test("no scalar decomposes to a character answered by its byte")
    func decompositions() {
        let trusted = (0..<0x80).map(UInt8.init).filter(TextSearch.decomposesFromNothing)
        #expect(trusted.contains(UInt8(ascii: "-")) && !trusted.contains(UInt8(ascii: ";")))
        for v in 0x80..<0x30000 {
            guard let u = Unicode.Scalar(v) else { continue }
            let d = String(u).decomposedStringWithCanonicalMapping
            #expect(!d.utf8.contains(where: trusted.contains), "U+\(String(v, radix: 16))")
        }
    }
}
