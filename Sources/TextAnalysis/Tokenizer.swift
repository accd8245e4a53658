/// Splits text into word and number tokens with scalar offsets.
///
/// A token is a run of letters, combining marks, digits and word-internal apostrophes, periods
/// in initials and abbreviations (`U.S.`, `H.`) and hyphens between letters. Arabic diacritics stay
/// inside their word; tatweel never splits a word.
public enum Tokenizer {
    @inline(__always)
    static func isWordScalar(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        if v < 0x80 {
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        if MatchingForm.isIgnorable(v) && v != 0x200E && v != 0x200F { return true }
        if (0x0660...0x0669).contains(v) || (0x06F0...0x06F9).contains(v) { return true }
        if v == 0x060C || v == 0x061B || v == 0x061F || v == 0x066A || v == 0x066B || v == 0x066C || v == 0x06D4 { return false }
        let p = u.properties
        return p.isAlphabetic || p.generalCategory == .nonspacingMark || p.generalCategory == .decimalNumber
    }

    /// The tokens of a text, in order.
    public static func tokens(scalars: [Unicode.Scalar]) -> [Token] {
        var out: [Token] = []
        var i = 0
        let n = scalars.count
        while i < n {
            guard isWordScalar(scalars[i]) else { i += 1; continue }
            let start = i
            i += 1
            while i < n {
                if isWordScalar(scalars[i]) { i += 1; continue }
                // Joiners inside a word: apostrophe (Chirac's), hyphen between letters, period in U.S.
                let c = scalars[i]
                if (c == "'" || c == "\u{2019}" || c == "-"), i + 1 < n, isWordScalar(scalars[i + 1]),
                   scalars[i - 1].value < 0x0600 || scalars[i - 1].value > 0x06FF {
                    i += 1
                    continue
                }
                if c == ".", i - start == 1 || (i >= 2 && scalars[i - 2] == "."),
                   scalars[i - 1].properties.isUppercase {
                    i += 1                                     // U.S. / H. W. keep their periods
                    continue
                }
                break
            }
            out.append(make(scalars, start, i))
        }
        return out
    }

    static func make(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> Token {
        var text = String.UnicodeScalarView()
        var form = String.UnicodeScalarView()
        var arabic = 0, latin = 0, digits = 0
        for u in scalars[start..<end] {
            text.append(u)
            if let f = MatchingForm.fold(u) { form.append(f) }
            let v = u.value
            if (0x0600...0x06FF).contains(v) || (0x0750...0x077F).contains(v) || (0xFB50...0xFEFF).contains(v) {
                if !((0x0660...0x0669).contains(v) || (0x06F0...0x06F9).contains(v)) { arabic += 1 } else { digits += 1 }
            } else if v >= 0x30 && v <= 0x39 {
                digits += 1
            } else if u.properties.isAlphabetic {
                latin += 1
            }
        }
        let script: Token.Script = arabic > 0 ? .arabic : latin > 0 ? .latin : digits > 0 ? .digits : .other
        let first = scalars[start]
        return Token(start: start, end: end, text: String(text), form: String(form), script: script,
                     isCapitalized: first.properties.isUppercase)
    }
}
