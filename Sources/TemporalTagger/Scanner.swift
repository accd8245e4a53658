import TextAnalysis

/// A form in matching form, hashed and compared on its UTF-8 bytes.
///
/// Forms are already normalised (``MatchingForm``), so byte equality is the right equality, and
/// it avoids the Unicode normalisation `String` does to hash and compare Arabic text.
struct Form: Hashable, Sendable {
    let string: String
    /// FNV-1a of the UTF-8 bytes, computed once: dictionaries hash one word instead of the bytes,
    /// and unequal forms are told apart without comparing bytes.
    let digest: Int

    init(_ string: String) {
        self.string = string
        var s = string
        digest = s.withUTF8 { Self.digest($0) }
    }

    /// A form whose digest is already known (`Form.digest` of its UTF-8).
    init(_ string: String, digest: Int) {
        self.string = string
        self.digest = digest
    }

    /// FNV-1a of UTF-8 bytes.
    @inline(__always)
    static func digest<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return Int(truncatingIfNeeded: h)
    }

    /// The form of `string` without its first `count` scalars (`وسيكون` → `سيكون`), cut from its
    /// UTF-8 (as `Form(String(string.unicodeScalars.dropFirst(count)))`, without the generic copy).
    static func dropping(_ count: Int, of string: String) -> Form {
        var string = string
        return string.withUTF8 { bytes in
            var i = 0
            for _ in 0..<count where i < bytes.count {
                let b = bytes[i]
                i += b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
            }
            let rest = UnsafeBufferPointer(rebasing: bytes[min(i, bytes.count)...])
            return Form(String(decoding: rest, as: UTF8.self), digest: digest(rest))
        }
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(digest)
    }

    /// What `Dictionary` and `Set` ask for instead of `hash(into:)`: the digest, mixed with the
    /// table's seed by a multiply-xorshift finaliser rather than a full SipHash round (a Form key
    /// is looked up for every token near a match, such as the tense cues before it). The standard
    /// library's customisation point for types that carry a precomputed hash.
    func _rawHashValue(seed: Int) -> Int {
        var h = UInt64(bitPattern: Int64(digest ^ seed))
        h = (h ^ (h >> 33)) &* 0xff51_afd7_ed55_8ccd
        h = (h ^ (h >> 33)) &* 0xc4ce_b9fe_1a85_ec53
        return Int(truncatingIfNeeded: h ^ (h >> 33))
    }

    static func == (a: Form, b: Form) -> Bool {
        guard a.digest == b.digest else { return false }
        var x = a.string, y = b.string
        return x.withUTF8 { xs in y.withUTF8 { ys in xs.count == ys.count && xs.elementsEqual(ys) } }
    }
}

/// A word, number or punctuation mark of the text being tagged, in matching form.
struct ScanToken: Sendable {
    enum Kind: Sendable { case word, number, punct }
    let kind: Kind
    /// Original code-point offsets `[start, end)`.
    let start: Int
    let end: Int
    /// Matching form (lower case, Arabic letters unified, digits ASCII).
    var form: String { key.string }
    /// The form as a dictionary key.
    let key: Form
    /// Whether white space separates it from the previous token.
    let spaceBefore: Bool
    /// Whether a line break separates it from the previous token.
    let lineBefore: Bool
    /// Whether the original first scalar is upper case.
    let isCapitalized: Bool
    /// Whether the word is written in Arabic script.
    let isArabic: Bool
    /// The value of a digit run, or -1.
    let number: Int
    /// The id of the form in the language's ``CompiledRules/vocabulary``, or -1 when no rule or
    /// word list names it (the matcher compares ids, not strings).
    var id: Int32 = -1
    /// For punctuation, its one scalar (in matching form, so its `form`), as a number; 0 for words
    /// and numbers. The boundary tests compare it instead of strings.
    var mark: UInt32 = 0
    /// The number of digits of a number (0 for other tokens).
    var digits = 0
    /// Whether it is an Arabic word with the article `ال` and at least four letters (`@def`).
    var isDefinite = false
    /// Its first scalar in matching form, as a number (the proclitic tests compare it).
    var initial: UInt32 = 0
    /// Whether it is an Arabic word opening with a letter that may be a proclitic (و ف ب).
    var mayCarryProclitic: Bool { isArabic && (initial == 0x0648 || initial == 0x0641 || initial == 0x0628) }
    /// Whether it is an Arabic word opening with a conjunction letter (و ف), as `وسيكون`.
    var mayCarryConjunction: Bool { isArabic && (initial == 0x0648 || initial == 0x0641) }
    /// Whether the token ends a sentence or clause (for tense cues).
    var isBoundary: Bool { mark == 0x2E || isClauseBoundary }
    /// Whether the token ends a clause inside a sentence (`;`) or a question or exclamation; full
    /// stops are left to the sentence splitter, which knows abbreviations and initials.
    var isClauseBoundary: Bool { mark == 0x21 || mark == 0x3F || mark == 0x061F || mark == 0x3B || mark == 0x061B }
}

/// Splits the matching form of a text into tokens with original offsets.
///
/// - Complexity: O(n) in the number of scalars; one `String` per word or number the rules do
///   not know (known ones share the vocabulary's).
enum Scanner {
    @inline(__always)
    static func isArabicLetter(_ v: UInt32) -> Bool {
        (0x0621...0x064A).contains(v) || (0x0671...0x06D3).contains(v) || (0x06FA...0x06FF).contains(v)
    }

    @inline(__always)
    static func isLetter(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        if v < 0x80 { return v >= 0x61 && v <= 0x7A }
        if isArabicLetter(v) { return true }
        return u.properties.isAlphabetic
    }

    @inline(__always)
    static func isUpper(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        if v >= 0x0600 && v <= 0x06FF { return false }
        return u.properties.isUppercase
    }

    /// The tokens of a text; with a vocabulary, each token also gets the id of its form.
    static func tokens(_ text: AnalyzedText, vocabulary: FormIndex? = nil) -> [ScanToken] {
        // The UTF-8 of every token goes into one buffer, token after token (at most four bytes a
        // scalar), written through a pointer: appending to an array byte by byte (a capacity and
        // a uniqueness check each) cost a fifth of the scanner's time.
        var storage = [UInt8](repeating: 0, count: 4 * text.folded.count)
        return storage.withUnsafeMutableBufferPointer { tokens(text, vocabulary, $0) }
    }

    private static func tokens(_ text: AnalyzedText, _ vocabulary: FormIndex?,
                               _ buffer: UnsafeMutableBufferPointer<UInt8>) -> [ScanToken] {
        let folded = text.folded, origin = text.origin, scalars = text.scalars
        var out: [ScanToken] = []
        out.reserveCapacity(folded.count / 4)
        var i = 0
        let n = folded.count
        var space = true, line = true
        var b = 0                                           // the next free byte of `buffer`
        while i < n {
            let u = folded[i]
            let v = u.value
            if v == 0x20 || v == 0x09 || v == 0x0D || v == 0x0B || v == 0x0C || (v >= 0x2000 && v <= 0x200B) {
                space = true; i += 1; continue
            }
            if v == 0x0A || v == 0x2028 || v == 0x2029 || v == 0x85 {
                space = true; line = true; i += 1; continue
            }
            let start = i
            let kind: ScanToken.Kind
            var number = -1
            var arabic = false
            if v >= 0x30 && v <= 0x39 {
                kind = .number
                var value = 0
                while i < n, folded[i].value >= 0x30, folded[i].value <= 0x39 {
                    if value < 100_000_000 { value = value * 10 + Int(folded[i].value - 0x30) }
                    i += 1
                }
                number = value
            } else if isLetter(u) {
                kind = .word
                arabic = isArabicLetter(v)
                while i < n, isLetter(folded[i]) { i += 1 }
            } else {
                kind = .punct
                i += 1
            }
            // The form's UTF-8 goes after the previous tokens' bytes (one buffer, never cleared).
            let b0 = b
            for k in start..<i { b = UTF8Buffer.write(folded[k], to: buffer, at: b) }
            let form = UnsafeBufferPointer(rebasing: buffer[b0..<b])
            let first = origin[start]
            var last = origin[i - 1] + 1
            // Diacritics and tatweel after the last letter belong to the word (صباحاً).
            while kind == .word, last < scalars.count, MatchingForm.isIgnorable(scalars[last].value),
                  scalars[last].value != 0x200E, scalars[last].value != 0x200F { last += 1 }
            // A form the rules know is taken from the vocabulary, with its id; only the others
            // are made into strings.
            let digest = Form.digest(form)
            var id: Int32 = -1
            let key: Form
            if let vocabulary, let (known, index) = vocabulary.entry(digest: digest, bytes: form) {
                key = known
                id = index
            } else {
                key = Form(String(decoding: form, as: UTF8.self), digest: digest)
            }
            // Byte test first (ا ل), then exactly what `@def` asks of the string.
            var definite = false
            if arabic, form.count >= 4, form[0] == 0xD8, form[1] == 0xA7, form[2] == 0xD9, form[3] == 0x84 {
                definite = key.string.hasLetterPrefix("ال") && key.string.unicodeScalars.count >= 4
            }
            out.append(ScanToken(kind: kind, start: first, end: last, key: key,
                                 spaceBefore: space, lineBefore: line,
                                 isCapitalized: isUpper(scalars[first]),
                                 isArabic: arabic, number: number, id: id,
                                 mark: kind == .punct ? v : 0, digits: kind == .number ? i - start : 0,
                                 isDefinite: definite, initial: v))
            space = false
            line = false
        }
        return out
    }
}
