import TextAnalysis

/// One way to read a token: a proclitic, a stem, and whether a future prefix (س) was removed.
struct TokenReading: Hashable, Sendable {
    let prefix: String
    let stem: String
    let isFuture: Bool
}

/// The readings of a token: its clitic readings (``Token/stems``), then those that remove a
/// future prefix. Read from the token's own readings, so that making one allocates nothing
/// unless the token carries a future prefix.
struct TokenReadings: RandomAccessCollection, Sendable {
    let stems: [ArabicClitics.Reading]
    let future: [TokenReading]

    var startIndex: Int { 0 }
    var endIndex: Int { stems.count + future.count }

    /// The stem of reading `i` (without making the reading).
    func stem(at i: Int) -> String { i < stems.count ? stems[i].stem : future[i - stems.count].stem }

    subscript(i: Int) -> TokenReading {
        if i < stems.count {
            let r = stems[i]
            return TokenReading(prefix: r.prefix, stem: r.stem, isFuture: false)
        }
        return future[i - stems.count]
    }
}

/// A token of a sentence with its readings, ready for phrase matching.
struct SentenceToken: Sendable {
    let token: Token
    let readings: TokenReadings
    /// Whether the form is ASCII and Arabic letters only, and so every reading (a suffix of the
    /// form, with or without `ال` before it): such strings are in NFC, where equal means the same bytes.
    let isPlain: Bool

    init(_ token: Token) {
        self.token = token
        var form = token.form
        // Whether the form is plain, and whether it opens with س (D8 B3), و (D9 88) or ف (D9 81).
        let (plain, futureLead) = form.withUTF8 { b in
            (LetterAffix.isPlain(b), b.count >= 2 && ((b[0] == 0xD8 && b[1] == 0xB3) || (b[0] == 0xD9 && (b[1] == 0x88 || b[1] == 0x81))))
        }
        isPlain = plain
        var out: [TokenReading] = []
        if token.script == .arabic, futureLead {
            // سيلتقي، وسيزور، فستعقد: the future prefix before an imperfect verb.
            for lead in ["س", "وس", "فس"] where token.form.hasLetterPrefix(lead) {
                let rest = String(token.form.unicodeScalars.dropFirst(lead.unicodeScalars.count))
                if let first = rest.unicodeScalars.first, "يتنا".unicodeScalars.contains(first), rest.unicodeScalars.count >= 3 {
                    out.append(TokenReading(prefix: lead, stem: rest, isFuture: true))
                }
            }
        }
        readings = TokenReadings(stems: token.stems, future: out)
    }

    /// Whether one of the readings has this stem.
    func has(_ stem: String) -> Bool {
        readings.stems.contains { $0.stem == stem } || readings.future.contains { $0.stem == stem }
    }

    /// ``has(_:)`` for a word of ASCII and Arabic letters whose UTF-8 is `count` bytes long:
    /// compared byte for byte when this token is plain too (most readings differ in length).
    @inline(__always)
    func has(plain word: String, count: Int) -> Bool {
        guard isPlain else { return has(word) }
        for r in readings.stems where r.stem.utf8.count == count && LetterAffix.sameBytes(r.stem, word) { return true }
        for r in readings.future where r.stem.utf8.count == count && LetterAffix.sameBytes(r.stem, word) { return true }
        return false
    }
}

/// A phrase found at a token position.
struct PhraseMatch<Value: Sendable>: Sendable {
    let value: Value
    /// Index of the first token (in the sentence's token array).
    let first: Int
    /// Index one past the last token.
    let end: Int
    /// The reading of the first token that matched.
    let reading: TokenReading
}

/// Multi-word phrases in matching form, looked up by their first word.
///
/// Arabic tokens match through their clitic readings (`والتقى` matches `التقى`); later words of a
/// phrase match the same way.
struct PhraseTable<Value: Sendable>: Sendable {
    /// An entry: where its words are in ``words`` and how many there are, whether all of them are
    /// ASCII and Arabic letters (then compared by bytes, see ``SentenceToken/has(plain:count:)``),
    /// and where its value is in ``values``. The words of every entry are kept in one array, so that
    /// going through the entries under a first word copies no array, and the values in another, so
    /// that an entry holds no reference (reading one costs no reference count: a ``Trigger`` holds three).
    typealias Entry = (start: Int, count: Int, plain: Bool, value: Int)
    /// Where the entries of each first word are in ``entries`` (longest first): a look-up hands
    /// back two integers, not an array (whose reference count a scan paid at every token).
    private let byFirst: StringTable<Range<Int>>
    /// The entries of every first word, each first word's in a run.
    private let entries: [Entry]
    /// The values of all entries, in the order they were given.
    private let values: [Value]
    /// The words of all entries, each entry's in a run.
    private let words: [String]
    /// The UTF-8 length of each of ``words``.
    private let byteCounts: [Int]

    init(_ entries: [([String], Value)]) {
        var map: [String: [Entry]] = [:]
        var all: [String] = []
        var values: [Value] = []
        for (words, value) in entries {
            guard let head = words.first else { continue }
            let plain = words.allSatisfy { w in var w = w; return w.withUTF8 { LetterAffix.isPlain($0) } }
            map[head, default: []].append((all.count, words.count, plain, values.count))
            all.append(contentsOf: words)
            values.append(value)
        }
        self.values = values
        for key in map.keys { map[key]?.sort { $0.count > $1.count } }
        var runs: [String: Range<Int>] = [:]
        var flat: [Entry] = []
        for (key, run) in map {
            runs[key] = flat.count..<(flat.count + run.count)
            flat.append(contentsOf: run)
        }
        byFirst = StringTable(runs)
        self.entries = flat
        words = all
        byteCounts = all.map(\.utf8.count)
    }

    /// Whether the words of an entry after its first one follow token `i`.
    @inline(__always)
    func follows(_ entry: Entry, in tokens: UnsafeBufferPointer<SentenceToken>, at i: Int) -> Bool {
        let (start, count) = (entry.start, entry.count)
        guard i + count <= tokens.count else { return false }
        if entry.plain {
            for k in 1..<max(1, count) where !tokens[i + k].has(plain: words[start + k], count: byteCounts[start + k]) {
                return false
            }
        } else {
            for k in 1..<max(1, count) where !tokens[i + k].has(words[start + k]) { return false }
        }
        return true
    }

    /// Every entry that starts at token `i`, longest first.
    func matches(_ tokens: [SentenceToken], at i: Int) -> [PhraseMatch<Value>] {
        tokens.withUnsafeBufferPointer { matches($0, at: i) }
    }

    // The scans read the tokens in place (through a buffer pointer): a token copied out of the
    // array costs a reference count for each of its token and readings.
    private func matches(_ tokens: UnsafeBufferPointer<SentenceToken>, at i: Int) -> [PhraseMatch<Value>] {
        var out: [PhraseMatch<Value>] = []
        appendMatches(tokens, at: i, to: &out)
        return out
    }

    /// Appends ``matches(_:at:)`` to `out` (a scan collects them in one array, not one per token).
    private func appendMatches(_ tokens: UnsafeBufferPointer<SentenceToken>, at i: Int, to out: inout [PhraseMatch<Value>]) {
        let base = out.count
        for r in 0..<tokens[i].readings.count {
            guard let run = byFirst[tokens[i].readings.stem(at: r)] else { continue }
            let reading = tokens[i].readings[r]
            for e in run where follows(entries[e], in: tokens, at: i) {
                let entry = entries[e]
                out.append(PhraseMatch(value: values[entry.value], first: i, end: i + entry.count, reading: reading))
            }
        }
        // Most tokens start no phrase and most that do start one: nothing to sort.
        if out.count - base < 2 { return }
        let sorted = out[base...].sorted {
            ($0.end - $0.first, -$0.reading.prefix.count) > ($1.end - $1.first, -$1.reading.prefix.count)
        }
        out.replaceSubrange(base..., with: sorted)
    }

    /// The first of ``matches(_:at:)`` (the longest entry at token `i`, with the shortest
    /// proclitic), found without collecting and sorting the others.
    func best(_ tokens: [SentenceToken], at i: Int) -> PhraseMatch<Value>? {
        tokens.withUnsafeBufferPointer { best($0, at: i) }
    }

    private func best(_ tokens: UnsafeBufferPointer<SentenceToken>, at i: Int) -> PhraseMatch<Value>? {
        // Where the best entry is (its reading's entries, its index there, the reading): the match
        // is made once at the end, not copied in and out of an optional at every better entry.
        var best: (entry: Int, reading: Int)?
        var bestRank = (0, 0)
        for r in 0..<tokens[i].readings.count {
            guard let run = byFirst[tokens[i].readings.stem(at: r)] else { continue }
            let prefixLength = -tokens[i].readings[r].prefix.count
            for e in run {
                // The sort of `matches` is stable: of equal ranks, the one found first stays first.
                // An entry that cannot outrank the best so far is not matched.
                let rank = (entries[e].count, prefixLength)
                guard best == nil || rank > bestRank else { continue }
                if follows(entries[e], in: tokens, at: i) {
                    best = (e, r)
                    bestRank = rank
                }
            }
        }
        guard let (e, r) = best else { return nil }
        let entry = entries[e]
        return PhraseMatch(value: values[entry.value], first: i, end: i + entry.count, reading: tokens[i].readings[r])
    }

    /// Every phrase of a token array, leftmost-longest, not overlapping.
    func scan(_ tokens: [SentenceToken]) -> [PhraseMatch<Value>] {
        tokens.withUnsafeBufferPointer { tokens in
            var out: [PhraseMatch<Value>] = []
            var i = 0
            while i < tokens.count {
                if let m = best(tokens, at: i) {
                    out.append(m)
                    i = m.end
                } else {
                    i += 1
                }
            }
            return out
        }
    }

    /// Every phrase of a token array, allowing several at one place (cues of different kinds).
    func scanAll(_ tokens: [SentenceToken]) -> [PhraseMatch<Value>] {
        tokens.withUnsafeBufferPointer { tokens in
            var out: [PhraseMatch<Value>] = []
            for i in tokens.indices { appendMatches(tokens, at: i, to: &out) }
            return out
        }
    }
}
