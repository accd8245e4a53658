import Foundation

/// The normalisation EventGraph matches on; evidence and output always keep the original text.
///
/// For Arabic: tashkeel (U+064B–065F, U+0670, U+06D6–06ED) and tatweel (U+0640) are dropped,
/// أ إ آ ٱ become ا, ى becomes ي, ة becomes ه; Arabic-Indic and Persian digits become ASCII;
/// typographic quotes and dashes become ASCII ones; letters are lower-cased (Latin script).
/// Presentation forms (U+FB50–FEFF) are decomposed with NFKC first, so lexicon entries written
/// in them still match.
public enum MatchingForm {
    /// Whether a scalar is an Arabic diacritic (haraka, superscript alef, Quranic mark) or tatweel.
    @inline(__always)
    public static func isIgnorable(_ v: UInt32) -> Bool {
        (0x064B...0x065F).contains(v) || v == 0x0670 || (0x06D6...0x06ED).contains(v) || v == 0x0640
            || v == 0x200C || v == 0x200D || v == 0x200E || v == 0x200F || v == 0x00AD
    }

    /// The matching form of one scalar, or `nil` when the scalar is dropped.
    @inline(__always)
    public static func fold(_ u: Unicode.Scalar) -> Unicode.Scalar? {
        let v = u.value
        if v < 0x80 {
            if v >= 0x41 && v <= 0x5A { return Unicode.Scalar(v + 0x20) }
            return u
        }
        if isIgnorable(v) { return nil }
        switch v {
        case 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673: return "\u{0627}"
        case 0x0649, 0x06CC: return "\u{064A}"
        case 0x0629: return "\u{0647}"
        case 0x06A9: return "\u{0643}"                                   // keheh → kaf
        case 0x0660...0x0669: return Unicode.Scalar(v - 0x0660 + 0x30)
        case 0x06F0...0x06F9: return Unicode.Scalar(v - 0x06F0 + 0x30)
        case 0x066B: return "."                                            // Arabic decimal separator
        case 0x066C: return ","                                            // Arabic thousands separator
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032: return "'"
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2033: return "\""
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212: return "-"
        case 0x00A0, 0x2002...0x200A, 0x202F, 0x205F, 0x3000: return " "
        default:
            // Arabic, Syriac, Thaana and CJK have no case: skip the property look-ups (hot path).
            if (0x0600...0x08FF).contains(v) || v >= 0x3000 { return u }
            guard u.properties.changesWhenLowercased else { return u }
            let lower = u.properties.lowercaseMapping.unicodeScalars
            return lower.count == 1 ? lower.first : u
        }
    }

    /// The matching form of a string (no offsets kept); use it for lexicon entries and keys.
    public static func of(_ s: String) -> String {
        let source = needsCompatibilityMapping(s) ? s.precomposedStringWithCompatibilityMapping : s
        // Through UTF-8 bytes: appending to a `String.UnicodeScalarView` costs far more.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(source.utf8.count)
        for u in source.unicodeScalars {
            if let f = fold(u) { UTF8Buffer.append(f, to: &bytes) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The matching form with runs of white space collapsed and the ends trimmed.
    public static func key(_ s: String) -> String {
        if let plain = plainKey(s) { return plain }
        let folded = of(s)
        return collapsingPlainSpaces(folded) ?? folded.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// ``key(_:)`` in one pass when the folded scalars are ASCII and Arabic letters (what
    /// ``collapsingPlainSpaces(_:)`` answers for) and no scalar needs a compatibility mapping:
    /// folding and collapsing the spaces together, one string made. `nil` for any other string.
    static func plainKey(_ s: String) -> String? { plainWords(s, folding: true) }

    /// `s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")`: the words of `s`
    /// with single spaces between them, read scalar by scalar when `s` is ASCII and Arabic letters.
    public static func joinedWords(_ s: String) -> String {
        collapsingPlainSpaces(s) ?? s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// `s` split at white space and joined with single spaces, as ``key(_:)`` does, when every
    /// scalar is ASCII or an Arabic letter (U+0621–U+063A, U+0641–U+064A): then each scalar is a
    /// `Character` of its own (but CR LF, white space either way), so splitting at white-space
    /// scalars splits at white-space characters. `nil` for any other string.
    static func collapsingPlainSpaces(_ s: String) -> String? { plainWords(s, folding: false) }

    /// The one pass behind ``plainKey(_:)`` (`folding`) and ``collapsingPlainSpaces(_:)``: white
    /// space collapsed to single spaces, `nil` at the first scalar that is neither ASCII nor an
    /// Arabic letter (or, folding, that needs a compatibility mapping).
    private static func plainWords(_ s: String, folding: Bool) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        var space = false
        for u in s.unicodeScalars {
            var f = u
            if folding {
                if needsCompatibilityMapping(u.value) { return nil }
                guard let g = fold(u) else { continue }
                f = g
            }
            let v = f.value
            if v == 0x20 || (0x09...0x0D).contains(v) {
                space = !out.isEmpty
                continue
            }
            guard v < 0x80 || (0x0621...0x063A).contains(v) || (0x0641...0x064A).contains(v) else { return nil }
            if space {
                out.append(0x20)
                space = false
            }
            UTF8Buffer.append(f, to: &out)
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func needsCompatibilityMapping(_ s: String) -> Bool {
        s.unicodeScalars.contains { needsCompatibilityMapping($0.value) }
    }

    /// Whether a scalar is an Arabic presentation form or full-width Latin (U+FB50–FEFE,
    /// U+FF01–FF5E), which match as the letters they show. (U+FEFF, the byte-order mark, is not.)
    @inline(__always)
    static func needsCompatibilityMapping(_ v: UInt32) -> Bool {
        (0xFB50...0xFEFE).contains(v) || (0xFF01...0xFF5E).contains(v)
    }
}
