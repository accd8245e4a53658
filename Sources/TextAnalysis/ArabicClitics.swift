/// Arabic proclitics (و ف ب ل ك ال and their combinations) and pronoun suffixes.
///
/// Readings are candidates: a matcher tries each against its lexicon, whole form first, so that
/// `وسوليفان` matches `سوليفان` while `وزير` (a word that begins with و) still matches `وزير`.
public enum ArabicClitics {
    /// One way to split a token: a proclitic and what is left.
    public struct Reading: Hashable, Sendable {
        public let prefix: String
        public let stem: String
        public init(prefix: String, stem: String) {
            self.prefix = prefix
            self.stem = stem
        }
        /// Whether the reading keeps the definite article on the stem (`ال…`).
        public var isDefinite: Bool { stem.hasLetterPrefix("ال") }
    }

    /// Proclitic sequences, longest first. `لل` stands for ل + ال (للرئيس → الرئيس).
    static let prefixes: [(surface: String, restoresArticle: Bool)] = [
        ("وبال", false), ("وكال", false), ("فبال", false), ("وال", false), ("فال", false),
        ("بال", false), ("كال", false), ("ولل", true), ("فلل", true), ("لل", true),
        ("وب", false), ("ول", false), ("وك", false), ("فب", false), ("فل", false),
        ("و", false), ("ف", false), ("ب", false), ("ل", false), ("ك", false),
    ]

    /// A proclitic sequence ready for matching on UTF-8 bytes, with the prefix strings its
    /// readings take (each of its letters is two bytes in UTF-8).
    struct Proclitic {
        let bytes: [UInt8]
        let restoresArticle: Bool
        let endsInArticle: Bool
        /// The surface, the surface without its final `ال`, and the surface followed by `ال`.
        let surface: String, withoutArticle: String, withArticle: String
    }

    static let proclitics: [Proclitic] = prefixes.map { p in
        let scalars = Array(p.surface.unicodeScalars)
        let endsInArticle = scalars.count > 2 && scalars.suffix(2).elementsEqual(article.unicodeScalars)
        return Proclitic(bytes: Array(p.surface.utf8), restoresArticle: p.restoresArticle, endsInArticle: endsInArticle,
                         surface: p.surface,
                         withoutArticle: String(String.UnicodeScalarView(scalars.dropLast(2))),
                         withArticle: p.surface + article)
    }
    static let article = "ال"
    /// `ال` in UTF-8.
    static let articleBytes: [UInt8] = [0xD8, 0xA7, 0xD9, 0x84]

    /// Whether a proclitic sequence or the article can start with this letter: و ف ب ل ك ا.
    @inline(__always)
    static func isInitial(_ v: UInt32) -> Bool {
        v == 0x0648 || v == 0x0641 || v == 0x0628 || v == 0x0644 || v == 0x0643 || v == 0x0627
    }

    /// The readings of a token in matching form: the whole form, then each proclitic split that
    /// leaves at least two letters. Splits through `ال` give both the stem with the article and
    /// the bare stem (`والسبت` → `السبت`, `سبت`).
    ///
    /// - Complexity: O(n) in the length of the form; a word that cannot carry a proclitic costs
    ///   one comparison (this runs for every Arabic token the recognizer and tagger see). The
    ///   work is done on the form's UTF-8 bytes: every stem is a suffix of the form, with or
    ///   without `ال` before it.
    public static func readings(of form: String) -> [Reading] {
        let whole = Reading(prefix: "", stem: form)
        var form = form
        // The first scalar and the number of scalars, read off the UTF-8 (every possible initial
        // is a two-byte letter; a scalar is a byte that is no continuation byte).
        let scalarCount = form.withUTF8 { bytes -> Int in
            guard bytes.count >= 2, bytes[0] & 0xE0 == 0xC0,
                  isInitial(UInt32(bytes[0] & 0x1F) << 6 | UInt32(bytes[1] & 0x3F)) else { return 0 }
            var n = 0
            for b in bytes where b & 0xC0 != 0x80 { n += 1 }
            return n
        }
        guard scalarCount >= 2 else { return [whole] }
        // The candidates already taken (at most 1 + 2 × 20 + 1), kept on the stack.
        return withUnsafeTemporaryAllocation(of: (article: Bool, offset: Int).self, capacity: 48) { seenStorage in
        form.withUTF8 { bytes in
            var out: [Reading] = []
            out.reserveCapacity(6)
            out.append(whole)
            // A candidate stem: `ال` (when `article`) then the bytes of the form from `offset` on.
            seenStorage[0] = (false, 0)
            var seenCount = 1
            func same(_ a: (article: Bool, offset: Int), _ b: (article: Bool, offset: Int)) -> Bool {
                if a.article == b.article { return a.offset == b.offset }
                // `ال` + suffix(k) equals suffix(j) when j = k - 4 and the form has `ال` at j.
                let (k, j) = a.article ? (a.offset, b.offset) : (b.offset, a.offset)
                return j == k - 4 && j >= 0 && bytes[j] == 0xD8 && bytes[j + 1] == 0xA7 && bytes[j + 2] == 0xD9 && bytes[j + 3] == 0x84
            }
            func add(_ prefix: String, article: Bool, offset: Int, letters: Int) {
                let candidate = (article: article, offset: offset)
                guard letters >= 2, !seenStorage[0..<seenCount].contains(where: { same($0, candidate) }) else { return }
                seenStorage[seenCount] = candidate
                seenCount += 1
                let rest = UnsafeBufferPointer(rebasing: bytes[offset...])
                let stem: String
                if article {
                    stem = String(unsafeUninitializedCapacity: 4 + rest.count) { buffer in
                        for (i, b) in articleBytes.enumerated() { buffer[i] = b }
                        for (i, b) in rest.enumerated() { buffer[4 + i] = b }
                        return 4 + rest.count
                    }
                } else {
                    stem = String(decoding: rest, as: UTF8.self)
                }
                out.append(Reading(prefix: prefix, stem: stem))
            }
            func startsWithArticle(at i: Int) -> Bool {
                i + 4 <= bytes.count && bytes[i] == 0xD8 && bytes[i + 1] == 0xA7 && bytes[i + 2] == 0xD9 && bytes[i + 3] == 0x84
            }
            func starts(with p: [UInt8]) -> Bool {
                guard bytes.count >= p.count else { return false }
                for i in p.indices where bytes[i] != p[i] { return false }
                return true
            }
            for p in proclitics where starts(with: p.bytes) {
                let k = p.bytes.count, restLetters = scalarCount - k / 2
                if p.restoresArticle {
                    add(p.surface, article: true, offset: k, letters: restLetters + 2)
                    add(p.surface, article: false, offset: k, letters: restLetters)
                } else if p.endsInArticle {
                    add(p.withoutArticle, article: true, offset: k, letters: restLetters + 2)
                    add(p.surface, article: false, offset: k, letters: restLetters)
                } else {
                    add(p.surface, article: false, offset: k, letters: restLetters)
                    if startsWithArticle(at: k) { add(p.withArticle, article: false, offset: k + 4, letters: restLetters - 2) }
                }
            }
            if startsWithArticle(at: 0) { add(article, article: false, offset: 4, letters: scalarCount - 2) }
            return out
        }
        }
    }

    /// Pronoun suffixes that attach to nouns (نظيره، معاليه، بلاده), longest first.
    public static let pronounSuffixes = ["هما", "هم", "هن", "كم", "ها", "ه", "ي", "نا", "ك"]
}
