import EventGraphModel

/// A text prepared for matching: its scalars, their matching forms, tokens and sentences.
///
/// Every offset is a Unicode scalar (code point) offset into the original text, so spans can be
/// reported exactly as Python's `str` indexing counts them.
///
/// - Complexity: O(n) in the number of scalars to build.
public struct AnalyzedText: Sendable {
    /// The original text.
    public let text: String
    /// The original scalars, indexable by offset.
    public let scalars: [Unicode.Scalar]
    /// The matching form, one entry per kept scalar.
    public let folded: [Unicode.Scalar]
    /// For each entry of `folded`, the offset of the original scalar it comes from.
    public let origin: [Int]
    /// Words and numbers, in text order.
    public let tokens: [Token]
    /// Sentences, in text order.
    public let sentences: [Sentence]

    public init(_ text: String) {
        self.init(text, tokenizing: true)
    }

    /// Analyses a text, with or without its word tokens.
    ///
    /// Without them (`tokenizing: false`) ``tokens`` is empty: for callers in this package that
    /// scan ``folded`` themselves, such as the temporal tagger on a plain string, and would throw
    /// the tokens away (building them is about half the cost of the analysis).
    package init(_ text: String, tokenizing: Bool) {
        self.text = text
        let scalars = Self.scalars(of: text)
        self.scalars = scalars
        (folded, origin) = Self.folded(scalars)
        self.tokens = tokenizing ? Tokenizer.tokens(scalars: scalars) : []
        self.sentences = SentenceSplitter.sentences(scalars: scalars)
    }

    /// The matching form of the scalars, one entry per kept scalar, with the offset each comes from.
    static func folded(_ scalars: [Unicode.Scalar]) -> (folded: [Unicode.Scalar], origin: [Int]) {
        // Presentation forms and full-width Latin first take their compatibility mapping
        // (ﻻ → لا, Ｍ → M), as `MatchingForm.of` does for lexicon entries; that can give more
        // scalars than it reads.
        guard !scalars.contains(where: { MatchingForm.needsCompatibilityMapping($0.value) }) else {
            var folded: [Unicode.Scalar] = [], origin: [Int] = []
            folded.reserveCapacity(scalars.count)
            origin.reserveCapacity(scalars.count)
            for (i, u) in scalars.enumerated() {
                if MatchingForm.needsCompatibilityMapping(u.value) {
                    for g in String(u).precomposedStringWithCompatibilityMapping.unicodeScalars {
                        if let f = MatchingForm.fold(g) { folded.append(f); origin.append(i) }
                    }
                } else if let f = MatchingForm.fold(u) {
                    folded.append(f)
                    origin.append(i)
                }
            }
            return (folded, origin)
        }
        // Otherwise at most one scalar each, written in place (no capacity check per append).
        var origin: [Int] = []
        let folded = [Unicode.Scalar](unsafeUninitializedCapacity: scalars.count) { out, kept in
            origin = [Int](unsafeUninitializedCapacity: scalars.count) { from, count in
                var n = 0
                scalars.withUnsafeBufferPointer { source in
                    for i in 0..<source.count {
                        guard let f = MatchingForm.fold(source[i]) else { continue }
                        (out.baseAddress! + n).initialize(to: f)
                        (from.baseAddress! + n).initialize(to: i)
                        n += 1
                    }
                }
                count = n
            }
            kept = origin.count
        }
        return (folded, origin)
    }

    /// The scalars of a text, decoded from its UTF-8 in one pass: the same array as
    /// `Array(text.unicodeScalars)`, which walks the text twice (to count, then to copy) through
    /// a generic iterator.
    public static func scalars(of text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { bytes in
            // Written in place: a text has at most as many scalars as bytes.
            [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { out, count in
                let n = bytes.count
                var i = 0, k = 0
                while i < n {
                    let b0 = UInt32(bytes[i])
                    var v = b0, width = 1
                    // A `String` holds valid UTF-8, so a lead byte is followed by its continuation bytes.
                    if b0 >= 0xF0, i + 3 < n {
                        v = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                            | UInt32(bytes[i + 3] & 0x3F)
                        width = 4
                    } else if b0 >= 0xE0, i + 2 < n {
                        v = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                        width = 3
                    } else if b0 >= 0xC0, i + 1 < n {
                        v = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                        width = 2
                    }
                    (out.baseAddress! + k).initialize(to: Unicode.Scalar(v) ?? "\u{FFFD}")
                    k += 1
                    i += width
                }
                count = k
            }
        }
    }

    /// The original text between two scalar offsets.
    public func substring(_ start: Int, _ end: Int) -> String {
        let s = max(0, min(start, scalars.count)), e = max(s, min(end, scalars.count))
        guard e > s else { return "" }
        // Written as UTF-8 straight into the string's storage: appending scalars to a
        // `String.UnicodeScalarView` costs far more, and a byte array first costs an allocation
        // even for the short gaps between tokens (a string of up to 15 bytes needs none).
        return scalars.withUnsafeBufferPointer { source in
            var count = 0
            for k in s..<e {
                let v = source[k].value
                count += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
            }
            return String(unsafeUninitializedCapacity: count) { buffer in
                var b = 0
                for k in s..<e { b = UTF8Buffer.write(source[k], to: buffer, at: b) }
                return b
            }
        }
    }

    /// The original text between two scalar offsets without the spaces and tabs at its ends:
    /// `substring(start, end).trimmingCharacters(in: .whitespaces)`, without bridging the gap to
    /// Foundation (the gap between two mentions can be most of the text).
    public func trimmedSubstring(_ start: Int, _ end: Int) -> String {
        var s = max(0, min(start, scalars.count)), e = max(s, min(end, scalars.count))
        while s < e, Self.isBlank(scalars[s]) { s += 1 }
        while e > s, Self.isBlank(scalars[e - 1]) { e -= 1 }
        return substring(s, e)
    }

    /// Whether a scalar is in Foundation's `CharacterSet.whitespaces`: a tab, a space separator
    /// (general category Zs) or the zero-width space.
    public static func isBlank(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// A span of the original text.
    public func span(_ start: Int, _ end: Int) -> TextSpan {
        TextSpan(start: start, end: end, text: substring(start, end))
    }

    /// The tokens that lie inside `[start, end)`.
    public func tokens(in start: Int, _ end: Int) -> ArraySlice<Token> {
        let lo = tokens.partitioningIndex { $0.start >= start }
        let hi = tokens.partitioningIndex { $0.start >= end }
        return tokens[lo..<max(lo, hi)]
    }

    /// The sentence that contains a scalar offset.
    public func sentence(containing offset: Int) -> Sentence? {
        let i = sentences.partitioningIndex { $0.end > offset }
        return i < sentences.count && sentences[i].start <= offset ? sentences[i] : nil
    }

    /// Whether a sentence is the text's headline: the first, on one line, with no final
    /// punctuation (`CHIRAC, REAGAN DISCUSS ARMS CONTROL`). Headlines write verbs in the present,
    /// join parties with a comma and name people by a country and a title (`Israeli FM`).
    public func isHeadline(_ sentence: Sentence) -> Bool {
        guard sentence.index == 0, sentence.end > sentence.start else { return false }
        if scalars[sentence.start..<sentence.end].contains("\n") { return false }
        return !SentenceSplitter.isTerminal(scalars[sentence.end - 1])
    }
}

extension Collection {
    /// The first index whose element satisfies a predicate that is false then true along the collection.
    @inlinable
    public func partitioningIndex(where belongs: (Element) throws -> Bool) rethrows -> Index {
        var lo = startIndex
        var n = count
        while n > 0 {
            let half = n / 2
            let mid = index(lo, offsetBy: half)
            if try belongs(self[mid]) {
                n = half
            } else {
                lo = index(after: mid)
                n -= half + 1
            }
        }
        return lo
    }
}
