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
        if v < ScalarTable.limit { return ScalarTable.flags[Int(v)] & ScalarTable.word != 0 }
        return ScalarTable.isWordByProperties(u)
    }

    @inline(__always)
    static func isUppercase(_ u: Unicode.Scalar) -> Bool {
        u.value < 0x80 ? (u.value >= 0x41 && u.value <= 0x5A)
            : u.value < ScalarTable.limit ? ScalarTable.flags[Int(u.value)] & ScalarTable.upper != 0 : u.properties.isUppercase
    }

    /// The tokens of a text, in order.
    public static func tokens(scalars: [Unicode.Scalar]) -> [Token] {
        var out: [Token] = []
        out.reserveCapacity(scalars.count / 5)
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
                if c == ".", i - start == 1 || (i >= 2 && (scalars[i - 2] == "." || scalars[i - 2] == "-")),
                   isUppercase(scalars[i - 1]) {
                    i += 1                                     // U.S. / H. W. / Japan-U.S. keep their periods
                    continue
                }
                break
            }
            out.append(make(scalars, start, i))
        }
        return out
    }

    /// Builds a token. Its text's and form's UTF-8 are written through a pointer into scratch
    /// space on the stack (appending to an array byte by byte costs a uniqueness check per byte).
    static func make(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> Token {
        var arabic = 0, latin = 0, digits = 0
        var ascii = true
        for k in start..<end {
            let v = scalars[k].value
            if v < 0x80 {
                if v >= 0x30 && v <= 0x39 { digits += 1 } else if (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A { latin += 1 }
                continue
            }
            ascii = false
            if (0x0600...0x06FF).contains(v) || (0x0750...0x077F).contains(v) || (0xFB50...0xFEFF).contains(v) {
                if !((0x0660...0x0669).contains(v) || (0x06F0...0x06F9).contains(v)) { arabic += 1 } else { digits += 1 }
            } else if v < ScalarTable.limit ? ScalarTable.flags[Int(v)] & ScalarTable.alphabetic != 0
                        : scalars[k].properties.isAlphabetic {
                latin += 1
            }
        }
        // At most four bytes a scalar for the text and as many for the form.
        let (text, form) = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 8 * (end - start)) { buffer in
            scalars.withUnsafeBufferPointer { scalars in
                ascii ? asciiStrings(scalars, start, end, buffer) : strings(scalars, start, end, buffer)
            }
        }
        let script: Token.Script = arabic > 0 ? .arabic : latin > 0 ? .latin : digits > 0 ? .digits : .other
        let first = scalars[start]
        let capital = isUppercase(first)
        return Token(start: start, end: end, text: text, form: form, script: script, isCapitalized: capital)
    }
}

extension Tokenizer {
    /// An ASCII token's text as it is and its form lower-cased (what `MatchingForm.fold` does to
    /// ASCII); one string when the token has no capital.
    @inline(__always)
    static func asciiStrings(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int,
                             _ buffer: UnsafeMutableBufferPointer<UInt8>) -> (String, String) {
        var upper = false
        for k in start..<end {
            let v = scalars[k].value
            if v >= 0x41 && v <= 0x5A { upper = true }
            buffer[k - start] = UInt8(truncatingIfNeeded: v)
        }
        let bytes = UnsafeMutableBufferPointer(rebasing: buffer[..<(end - start)])
        let text = String(decoding: bytes, as: UTF8.self)
        guard upper else { return (text, text) }
        for i in bytes.indices where bytes[i] >= 0x41 && bytes[i] <= 0x5A { bytes[i] |= 0x20 }
        return (text, String(decoding: bytes, as: UTF8.self))
    }

    /// Another token's text, then its form: the form's bytes are written after the text's, and
    /// most Arabic words are their own matching form (no hamza seat, ta marbuta or diacritic), so
    /// they share the text's string.
    @inline(__always)
    static func strings(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int,
                        _ buffer: UnsafeMutableBufferPointer<UInt8>) -> (String, String) {
        var b = 0
        for k in start..<end { b = UTF8Buffer.write(scalars[k], to: buffer, at: b) }
        let textCount = b
        for k in start..<end { if let f = MatchingForm.fold(scalars[k]) { b = UTF8Buffer.write(f, to: buffer, at: b) } }
        let textBytes = UnsafeBufferPointer(rebasing: buffer[..<textCount])
        let formBytes = UnsafeBufferPointer(rebasing: buffer[textCount..<b])
        let text = String(decoding: textBytes, as: UTF8.self)
        let same = formBytes.count == textBytes.count && formBytes.elementsEqual(textBytes)
        return (text, same ? text : String(decoding: formBytes, as: UTF8.self))
    }
}

/// A reusable UTF-8 byte buffer for building strings scalar by scalar.
public struct UTF8Buffer {
    public var bytes: [UInt8] = []

    public init() { bytes.reserveCapacity(64) }

    /// Appends the UTF-8 encoding of a scalar.
    @inline(__always)
    public mutating func append(_ u: Unicode.Scalar) { Self.append(u, to: &bytes) }

    /// Writes the UTF-8 encoding of a scalar at offset `at` of a buffer with room for four
    /// bytes there, and returns the offset after it (for scanners that write every token into
    /// one preallocated buffer, such as the temporal tagger's). Inlinable, so that other
    /// modules inline it.
    @inlinable @inline(__always)
    public static func write(_ u: Unicode.Scalar, to buffer: UnsafeMutableBufferPointer<UInt8>, at b: Int) -> Int {
        let v = u.value
        if v < 0x80 {
            buffer[b] = UInt8(v)
            return b + 1
        } else if v < 0x800 {
            buffer[b] = UInt8(0xC0 | (v >> 6))
            buffer[b + 1] = UInt8(0x80 | (v & 0x3F))
            return b + 2
        } else if v < 0x10000 {
            buffer[b] = UInt8(0xE0 | (v >> 12))
            buffer[b + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
            buffer[b + 2] = UInt8(0x80 | (v & 0x3F))
            return b + 3
        } else {
            buffer[b] = UInt8(0xF0 | (v >> 18))
            buffer[b + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
            buffer[b + 2] = UInt8(0x80 | ((v >> 6) & 0x3F))
            buffer[b + 3] = UInt8(0x80 | (v & 0x3F))
            return b + 4
        }
    }

    /// Appends the UTF-8 encoding of a scalar to any byte array (hot paths that keep their own).
    @inline(__always)
    public static func append(_ u: Unicode.Scalar, to bytes: inout [UInt8]) {
        let v = u.value
        if v < 0x80 {
            bytes.append(UInt8(v))
        } else if v < 0x800 {
            bytes.append(UInt8(0xC0 | (v >> 6)))
            bytes.append(UInt8(0x80 | (v & 0x3F)))
        } else if v < 0x10000 {
            bytes.append(UInt8(0xE0 | (v >> 12)))
            bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            bytes.append(UInt8(0x80 | (v & 0x3F)))
        } else {
            bytes.append(UInt8(0xF0 | (v >> 18)))
            bytes.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            bytes.append(UInt8(0x80 | (v & 0x3F)))
        }
    }
}

/// Unicode properties of the scalars below U+0800 (Latin, Greek, Cyrillic, Hebrew, Arabic), looked
/// up once: the same answers as `Unicode.Scalar.Properties` without a property query per scalar.
enum ScalarTable {
    static let limit: UInt32 = 0x800
    static let word: UInt8 = 1, upper: UInt8 = 2, alphabetic: UInt8 = 4, space: UInt8 = 8

    static let flags: [UInt8] = (0..<limit).map { v in
        guard let u = Unicode.Scalar(v) else { return 0 }
        let p = u.properties
        var f: UInt8 = 0
        if isWordByProperties(u) { f |= word }
        if p.isUppercase { f |= upper }
        if p.isAlphabetic { f |= alphabetic }
        if p.isWhitespace { f |= space }
        return f
    }

    static func isWordByProperties(_ u: Unicode.Scalar) -> Bool {
        let p = u.properties
        return p.isAlphabetic || p.generalCategory == .nonspacingMark || p.generalCategory == .decimalNumber
    }
}
