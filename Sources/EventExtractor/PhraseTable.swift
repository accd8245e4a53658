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

    init(_ token: Token) {
        self.token = token
        var out: [TokenReading] = []
        if token.script == .arabic, let first = token.form.unicodeScalars.first, first == "س" || first == "و" || first == "ف" {
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
    private let byFirst: StringTable<[(words: [String], value: Value)]>

    init(_ entries: [([String], Value)]) {
        var map: [String: [(words: [String], value: Value)]] = [:]
        for (words, value) in entries {
            guard let head = words.first else { continue }
            map[head, default: []].append((words, value))
        }
        for key in map.keys { map[key]?.sort { $0.words.count > $1.words.count } }
        byFirst = StringTable(map)
    }

    /// Whether the words of an entry after its first one follow token `i`.
    @inline(__always)
    static func follows(_ words: [String], in tokens: [SentenceToken], at i: Int) -> Bool {
        guard i + words.count <= tokens.count else { return false }
        for k in 1..<max(1, words.count) where !tokens[i + k].has(words[k]) { return false }
        return true
    }

    /// Every entry that starts at token `i`, longest first.
    func matches(_ tokens: [SentenceToken], at i: Int) -> [PhraseMatch<Value>] {
        var out: [PhraseMatch<Value>] = []
        for reading in tokens[i].readings {
            guard let entries = byFirst[reading.stem] else { continue }
            for (words, value) in entries {
                let ok = Self.follows(words, in: tokens, at: i)
                if ok { out.append(PhraseMatch(value: value, first: i, end: i + words.count, reading: reading)) }
            }
        }
        // Most tokens start no phrase and most that do start one: nothing to sort.
        if out.count < 2 { return out }
        return out.sorted {
            ($0.end - $0.first, -$0.reading.prefix.count) > ($1.end - $1.first, -$1.reading.prefix.count)
        }
    }

    /// The first of ``matches(_:at:)`` (the longest entry at token `i`, with the shortest
    /// proclitic), found without collecting and sorting the others.
    func best(_ tokens: [SentenceToken], at i: Int) -> PhraseMatch<Value>? {
        var best: PhraseMatch<Value>?
        var bestRank = (0, 0)
        for reading in tokens[i].readings {
            guard let entries = byFirst[reading.stem] else { continue }
            let prefixLength = -reading.prefix.count
            for (words, value) in entries {
                let ok = Self.follows(words, in: tokens, at: i)
                // The sort of `matches` is stable: of equal ranks, the one found first stays first.
                let rank = (words.count, prefixLength)
                if ok, best == nil || rank > bestRank {
                    best = PhraseMatch(value: value, first: i, end: i + words.count, reading: reading)
                    bestRank = rank
                }
            }
        }
        return best
    }

    /// Every phrase of a token array, leftmost-longest, not overlapping.
    func scan(_ tokens: [SentenceToken]) -> [PhraseMatch<Value>] {
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

    /// Every phrase of a token array, allowing several at one place (cues of different kinds).
    func scanAll(_ tokens: [SentenceToken]) -> [PhraseMatch<Value>] {
        var out: [PhraseMatch<Value>] = []
        for i in tokens.indices {
            let found = matches(tokens, at: i)
            if !found.isEmpty { out.append(contentsOf: found) }
        }
        return out
    }
}
