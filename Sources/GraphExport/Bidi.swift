/// Script detection and bidirectional-text helpers for labels that mix Arabic and Latin.
enum Bidi {
    /// LEFT-TO-RIGHT ISOLATE (U+2066).
    static let lri: Unicode.Scalar = "\u{2066}"
    /// POP DIRECTIONAL ISOLATE (U+2069).
    static let pdi: Unicode.Scalar = "\u{2069}"

    /// Whether the scalar is an Arabic-script letter (Arabic, Supplement, Extended, presentation forms).
    static func isArabicLetter(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0620...0x064A, 0x066E...0x06D3, 0x06D5, 0x06EE...0x06EF, 0x06FA...0x06FF,
             0x0750...0x077F, 0x08A0...0x08FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF: true
        default: false
        }
    }

    /// Whether the scalar starts or continues a left-to-right run (Latin letters, European digits).
    static func isStrongLTR(_ s: Unicode.Scalar) -> Bool {
        (s.value < 0x80 && (s.properties.isAlphabetic || ("0"..."9").contains(s)))
            || (0x00C0...0x024F).contains(s.value)
    }

    /// Whether the text holds any Arabic letter.
    static func containsArabic(_ text: String) -> Bool {
        text.unicodeScalars.contains(where: isArabicLetter)
    }

    /// Whether Arabic letters outnumber Latin ones (the text reads right to left).
    static func isMostlyArabic(_ text: String) -> Bool {
        var arabic = 0, latin = 0
        for s in text.unicodeScalars {
            if isArabicLetter(s) { arabic += 1 } else if s.properties.isAlphabetic && isStrongLTR(s) { latin += 1 }
        }
        return arabic > 0 && arabic >= latin
    }

    /// The HTML `dir`/`lang` pair for a text: `rtl`/`ar` when mostly Arabic, `ltr`/`en` when it has
    /// no Arabic, `auto` (no language) when mixed.
    static func direction(of text: String) -> (dir: String, lang: String?) {
        guard containsArabic(text) else { return ("ltr", "en") }
        var latin = 0, arabic = 0
        for s in text.unicodeScalars {
            if isArabicLetter(s) { arabic += 1 } else if s.properties.isAlphabetic && isStrongLTR(s) { latin += 1 }
        }
        return latin * 4 <= arabic ? ("rtl", "ar") : ("auto", nil)
    }

    /// Wraps each left-to-right run (dates, numbers, Latin words) of an Arabic line in LRI…PDI.
    ///
    /// Without the isolate the bidi algorithm turns `محادثات 2022-11` into `11-2022 محادثات`.
    /// A run starts and ends with a Latin letter or digit and may hold `-/:.,` and spaces inside.
    /// Only runs after the first Arabic letter are wrapped: a line that starts in Latin keeps its
    /// left-to-right paragraph direction (the bidi algorithm skips isolates when it picks the
    /// direction). Lines without Arabic are returned unchanged.
    static func isolatingLTRRuns(_ line: String) -> String {
        guard containsArabic(line) else { return line }
        let scalars = Array(line.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        var seenArabic = false
        while i < scalars.count {
            if isArabicLetter(scalars[i]) { seenArabic = true }
            guard seenArabic, isStrongLTR(scalars[i]) else {
                out.append(scalars[i])
                i += 1
                continue
            }
            // Extend over LTR scalars and inner punctuation, then trim back to the last strong one.
            var j = i, lastStrong = i
            while j < scalars.count {
                let s = scalars[j]
                if isStrongLTR(s) {
                    lastStrong = j
                } else if !["-", "/", ":", ".", ",", " ", "\u{2013}"].contains(s) {
                    break
                }
                j += 1
            }
            out.append(lri)
            out.append(contentsOf: scalars[i...lastStrong])
            out.append(pdi)
            i = lastStrong + 1
        }
        return String(out)
    }
}
