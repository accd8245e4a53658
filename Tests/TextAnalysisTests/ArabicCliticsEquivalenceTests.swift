import Testing
import TextAnalysis

/// The readings of `ArabicClitics` are on the recognizer's hot path; the fast version must give
/// exactly what the plain definition below gives, in the same order.
@Suite("Clitics · the fast readings equal the plain definition", .tags(.arabic))
struct ArabicCliticsEquivalenceTests {
    static let prefixes: [(String, Bool)] = [
        ("وبال", false), ("وكال", false), ("فبال", false), ("وال", false), ("فال", false),
        ("بال", false), ("كال", false), ("ولل", true), ("فلل", true), ("لل", true),
        ("وب", false), ("ول", false), ("وك", false), ("فب", false), ("فل", false),
        ("و", false), ("ف", false), ("ب", false), ("ل", false), ("ك", false),
    ]

    /// The definition: every proclitic sequence the word starts with, longest first.
    static func plainReadings(_ form: String) -> [ArabicClitics.Reading] {
        var out = [ArabicClitics.Reading(prefix: "", stem: form)]
        var seen: [String] = [form]
        func add(_ prefix: String, _ stem: String) {
            guard stem.unicodeScalars.count >= 2, !seen.contains(stem) else { return }
            seen.append(stem)
            out.append(ArabicClitics.Reading(prefix: prefix, stem: stem))
        }
        func starts(_ s: String, _ p: String) -> Bool { s.unicodeScalars.starts(with: p.unicodeScalars) }
        for (surface, restores) in prefixes where starts(form, surface) {
            let rest = String(String.UnicodeScalarView(form.unicodeScalars.dropFirst(surface.unicodeScalars.count)))
            if restores {
                add(surface, "ال" + rest)
                add(surface, rest)
            } else if surface.unicodeScalars.reversed().starts(with: "ال".unicodeScalars.reversed()) {
                add(String(String.UnicodeScalarView(surface.unicodeScalars.dropLast(2))), "ال" + rest)
                add(surface, rest)
            } else {
                add(surface, rest)
                if starts(rest, "ال") {
                    add(surface + "ال", String(String.UnicodeScalarView(rest.unicodeScalars.dropFirst(2))))
                }
            }
        }
        if starts(form, "ال") { add("ال", String(String.UnicodeScalarView(form.unicodeScalars.dropFirst(2)))) }
        return out
    }

    static let words: [String] = MatchingForm.of("""
        وسوليفان لبوتين والسبت للرئيس بالرئيس وزير فالتقى وبالتالي وكالة كالسيل ولللجنة فللوزير وبوزير \
        ولوزير وكذلك فبكل فلم و ف ب ال الي بال وال لل ولل استقبل الخارجية والخارجية بالخارجية \
        كييف بايدن فلاديمير والمملكة للمملكة باتروشيف أوشاكوف لأوكرانيا وأمريكا ببيروت \
        وcnn لل2022 فالله كال وال١ بالـرئيس والإمارات لإيران
        """).split(separator: " ").map(String.init)

    @Test("Every word gets the same readings", arguments: words)
    func sameReadings(_ word: String) {
        #expect(ArabicClitics.readings(of: word) == Self.plainReadings(word))
    }
}
