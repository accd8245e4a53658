/// A sentence (or a title, heading or dateline line) of a text.
public struct Sentence: Hashable, Sendable {
    /// Scalar offset of the first non-space scalar.
    public let start: Int
    /// Scalar offset one past the last scalar (final punctuation included).
    public let end: Int
    /// Its place among the sentences (0 for the first).
    public let index: Int

    public init(start: Int, end: Int, index: Int) {
        self.start = start
        self.end = end
        self.index = index
    }
}

/// Splits text into sentences with scalar offsets.
///
/// Sentence ends: `.`, `!`, `?`, `؟`, `۔` followed by space (not in `U.S.`, `Mr.`, `Jan.`, `3.5`
/// or initials), a blank line, and a line break after a short line (titles, headings, datelines)
/// or before an indented line. Long lines broken without punctuation (wire copy wrapped at 70
/// columns) run on into the next line.
public enum SentenceSplitter {
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "maj", "capt", "sgt", "adm",
        "st", "jr", "sr", "prof", "rev", "hon", "pres", "no", "vs", "etc", "inc", "corp", "co", "ltd",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "u.s", "u.n", "u.k", "e.u", "a.m", "p.m", "d.c", "mt", "ft", "ave", "blvd", "dept", "est",
    ]
    static let shortLine = 50

    /// The sentences of a text, in order; empty lines make none.
    public static func sentences(scalars: [Unicode.Scalar]) -> [Sentence] {
        var out: [Sentence] = []
        let n = scalars.count
        var start = 0
        func emit(_ end: Int) {
            var s = start, e = end
            while s < e, isSpace(scalars[s]) { s += 1 }
            while e > s, isSpace(scalars[e - 1]) { e -= 1 }
            if e > s { out.append(Sentence(start: s, end: e, index: out.count)) }
            start = end
        }
        var lineStart = 0
        var i = 0
        while i < n {
            let c = scalars[i]
            if c == "\n" || c == "\u{2029}" {
                let lineLength = i - lineStart
                let next = i + 1
                let blank = next >= n || scalars[next] == "\n" || isBlankLine(scalars, from: next)
                let indented = next < n && (scalars[next] == " " || scalars[next] == "\t")
                let endsSentence = lastNonSpace(scalars, before: i, after: lineStart).map(isTerminal) ?? true
                if blank || indented || endsSentence || lineLength < shortLine {
                    emit(i)
                    start = next
                }
                lineStart = next
                i += 1
                continue
            }
            if isTerminal(c) {
                var j = i + 1
                while j < n, isClosing(scalars[j]) || isTerminal(scalars[j]) { j += 1 }
                if j >= n || isSpace(scalars[j]), !isAbbreviation(scalars, dotAt: i), !continuesLowerCase(scalars, after: j) {
                    emit(j)
                    i = j
                    continue
                }
            }
            i += 1
        }
        emit(n)
        return out
    }

    /// `properties.isWhitespace` with an ASCII fast path.
    @inline(__always)
    static func isSpace(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        if v < ScalarTable.limit { return ScalarTable.flags[Int(v)] & ScalarTable.space != 0 }
        return u.properties.isWhitespace
    }

    @inline(__always)
    static func isAlphabetic(_ u: Unicode.Scalar) -> Bool {
        u.value < ScalarTable.limit ? ScalarTable.flags[Int(u.value)] & ScalarTable.alphabetic != 0 : u.properties.isAlphabetic
    }

    static func isTerminal(_ u: Unicode.Scalar) -> Bool {
        u == "." || u == "!" || u == "?" || u == "\u{061F}" || u == "\u{06D4}" || u == "\u{2026}"
    }

    static func isClosing(_ u: Unicode.Scalar) -> Bool {
        u == "\"" || u == "'" || u == ")" || u == "\u{201D}" || u == "\u{2019}" || u == "\u{00BB}"
    }

    static func isBlankLine(_ s: [Unicode.Scalar], from: Int) -> Bool {
        var i = from
        while i < s.count, s[i] != "\n" {
            if !isSpace(s[i]) { return false }
            i += 1
        }
        return true
    }

    static func lastNonSpace(_ s: [Unicode.Scalar], before: Int, after: Int) -> Unicode.Scalar? {
        var i = before - 1
        while i >= after {
            if !isSpace(s[i]) { return isClosing(s[i]) && i > after ? s[i - 1] : s[i] }
            i -= 1
        }
        return nil
    }

    /// Whether the period at `dotAt` belongs to an abbreviation, an initial or a number.
    static func isAbbreviation(_ s: [Unicode.Scalar], dotAt i: Int) -> Bool {
        guard s[i] == "." else { return false }
        var j = i - 1
        while j >= 0, isAlphabetic(s[j]) || s[j] == "." { j -= 1 }
        if isPlainLongWord(s, j + 1, i) { return false }
        let word = lowercasedWord(s, j + 1, i)
        if word.isEmpty { return false }
        if abbreviations.contains(word) { return true }
        // A single capital letter (an initial) followed by a capitalised name.
        if word.count == 1, s[i - 1].properties.isUppercase { return true }
        // U.S. and the like: letters separated by periods.
        if word.unicodeScalars.contains("."), word.contains(".") { return !nextStartsSentence(s, after: i) }
        return false
    }

    /// Whether `[start, end)` is more than four ASCII or Arabic letters: no abbreviation (all have
    /// at most four letters), no initial, no period inside, so the tests below would all say no.
    /// The common case (`said.`), answered without building a string.
    @inline(__always)
    static func isPlainLongWord(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        guard end - start > 4 else { return false }
        for k in start..<end {
            let v = s[k].value
            let letter = (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x0621 && v <= 0x064A)
            if !letter { return false }
        }
        return true
    }

    /// The scalars `[start, end)` lower-cased (ASCII without a `String.lowercased()` call).
    static func lowercasedWord(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(end - start)
        for k in start..<end {
            let v = s[k].value
            guard v < 0x80 else { return String(String.UnicodeScalarView(s[start..<end])).lowercased() }
            bytes.append(UInt8(v >= 0x41 && v <= 0x5A ? v | 0x20 : v))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether the text after a terminal goes on in lower-case Latin letters (`Sen. Bernie Sanders
    /// (I-Vt.) met …`, `the Feb. meeting`): no English sentence starts that way, so the period closed
    /// an abbreviation the list does not know. A line break ends the look.
    static func continuesLowerCase(_ s: [Unicode.Scalar], after j: Int) -> Bool {
        var k = j
        while k < s.count, s[k] == " " || s[k] == "\t" || s[k] == "\"" || s[k] == "\u{201C}" || s[k] == "'" { k += 1 }
        guard k < s.count else { return false }
        let v = s[k].value
        return v >= 0x61 && v <= 0x7A
    }

    static func nextStartsSentence(_ s: [Unicode.Scalar], after i: Int) -> Bool {
        var j = i + 1
        while j < s.count, isSpace(s[j]) { j += 1 }
        guard j < s.count else { return true }
        // "the U.S. The next…": a capitalised function word after the abbreviation starts a sentence.
        var k = j
        while k < s.count, isAlphabetic(s[k]) { k += 1 }
        let word = String(String.UnicodeScalarView(s[j..<k]))
        return ["The", "A", "An", "It", "He", "She", "They", "We", "In", "But", "And", "This"].contains(word)
    }
}
