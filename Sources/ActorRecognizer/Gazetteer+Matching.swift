import EventGraphModel
import TextAnalysis

/// A place where the text names a gazetteer entry.
struct GazetteerHit: Sendable {
    var firstToken: Int
    /// One past the last token.
    var endToken: Int
    var start: Int
    var end: Int
    var entryID: String
    var form: Gazetteer.PhraseForm
}

extension Gazetteer {
    /// The keys a token can match under: Arabic clitic readings (with the scalar offset where the
    /// stem starts), or the English form and its possessive-less form (`Chirac's` → `chirac`).
    static func keys(of token: Token, scalars: [Unicode.Scalar]) -> [(key: String, start: Int)] {
        switch token.script {
        case .arabic:
            return token.stems.map { reading in
                (reading.stem, stemStart(token, reading: reading, scalars: scalars))
            }
        default:
            var out = [(token.form, token.start)]
            for suffix in ["'s", "'"] where token.form.hasSuffix(suffix) && token.form.count > suffix.count + 1 {
                out.append((String(token.form.dropLast(suffix.count)), token.start))
            }
            // `UN-sponsored`, `U.S.-led`: the name before the hyphen.
            if let dash = token.form.firstIndex(of: "-"), dash > token.form.startIndex {
                out.append((String(token.form[..<dash]), token.start))
            }
            return out
        }
    }

    /// Where the stem of a clitic reading starts in the original text (the token start when the
    /// reading restores an article that the text does not write, as in للرئيس).
    static func stemStart(_ token: Token, reading: ArabicClitics.Reading, scalars: [Unicode.Scalar]) -> Int {
        guard !reading.prefix.isEmpty, endsWith(token.form, reading.stem) else { return token.start }
        var letters = token.form.unicodeScalars.count - reading.stem.unicodeScalars.count
        var i = token.start
        while i < token.end, letters > 0 {
            if MatchingForm.fold(scalars[i]) != nil { letters -= 1 }
            i += 1
        }
        while i < token.end, MatchingForm.fold(scalars[i]) == nil { i += 1 }
        return i
    }

    /// `form.hasSuffix(stem)`: true at once when the form's UTF-8 bytes end with the stem's and
    /// the stem starts with an Arabic letter right after another one (there is a grapheme break
    /// between two letters, so the answers agree); else asked of `String`.
    static func endsWith(_ form: String, _ stem: String) -> Bool {
        let f = Array(form.utf8), s = Array(stem.utf8)
        let cut = f.count - s.count
        if cut >= 2, s.count >= 2, LetterAffix.isArabicLetter(s[0], s[1]), LetterAffix.isArabicLetter(f[cut - 2], f[cut - 1]),
           f[cut...].elementsEqual(s) {
            return true
        }
        return form.hasSuffix(stem)
    }

    /// Whether two consecutive tokens of a name are separated by white space only (one line
    /// break at most: wire copy breaks names across lines).
    static func joined(_ a: Token, _ b: Token, scalars: [Unicode.Scalar]) -> Bool {
        guard b.start > a.end else { return false }
        var newlines = 0
        for i in a.end..<b.start {
            let u = scalars[i]
            if u == "\n" { newlines += 1; continue }
            if !u.properties.isWhitespace { return false }
        }
        return newlines <= 1
    }

    /// Every gazetteer name in the text, longest match first, left to right, without overlaps.
    func hits(in text: AnalyzedText, language: LanguageCode) -> [GazetteerHit] {
        let tokens = text.tokens
        let table = index[language] ?? StringTable([:])
        // No key of this index has an Arabic scalar: a stem with one cannot be found in it.
        let arabicStemsMiss = !indexHasArabic.contains(language)
        var out: [GazetteerHit] = []
        var i = 0
        while i < tokens.count {
            var best: GazetteerHit?
            // What the second step of a phrase must be to match at `i` (see `match`): the next
            // token's form in Arabic, one of its keys in English; computed once for all phrases.
            var nextKeys: [String]?
            /// Whether every key in `nextKeys` is ASCII and Arabic letters only.
            var nextKeysPlain = false
            func secondMatches(_ phrases: [Phrase], _ p: Int) -> Bool {
                if nextKeys == nil {
                    let next = tokens[i + 1]
                    if language == .ar {
                        nextKeys = [next.form]
                    } else if next.script == .arabic {
                        nextKeys = next.stems.map(\.stem)                       // as `hasKey` reads it
                    } else {
                        nextKeys = Gazetteer.hasLatinVariants(next) ? Gazetteer.keys(of: next, scalars: text.scalars).map(\.key) : [next.form]
                    }
                    nextKeysPlain = nextKeys?.allSatisfy { k in var k = k; return k.withUTF8 { LetterAffix.isPlain($0) } } ?? false
                }
                guard let keys = nextKeys, let second = phrases[p].second else { return false }
                // Two plain strings are equal exactly when their bytes are (most differ in length).
                if nextKeysPlain && phrases[p].secondIsPlain {
                    let n = phrases[p].secondBytes
                    return keys.contains { $0.utf8.count == n && LetterAffix.sameBytes($0, second) }
                }
                return keys.contains { $0.sameText(second) }
            }
            // The phrases under one key of token `i`; where the stem starts is only needed for a match.
            func consider(_ key: String, article: Bool = false, stemStart: () -> Int) {
                guard let phrases = table[key] else { return }
                for p in phrases.indices {
                    // A name written without the article does not take it (`ألباريس` is no `باريس`);
                    // an adjective does (`الروسي`).
                    if article, phrases[p].form != .demonym { continue }
                    if phrases[p].second != nil {
                        guard i + phrases[p].count <= tokens.count, secondMatches(phrases, p) else { continue }
                    }
                    let phrase = phrases[p]
                    guard let end = match(phrase, at: i, tokens: tokens, text: text, language: language) else { continue }
                    let hit = GazetteerHit(firstToken: i, endToken: end, start: stemStart(), end: tokens[end - 1].end,
                                           entryID: phrase.entryID, form: phrase.form)
                    if let b = best {
                        if end > b.endToken || (end == b.endToken && phrase.form > b.form) { best = hit }
                    } else {
                        best = hit
                    }
                }
            }
            // The keys of `Gazetteer.keys(of:scalars:)`, in its order, without building them all.
            let token = tokens[i]
            if token.script == .arabic {
                for reading in token.stems {
                    if arabicStemsMiss && Gazetteer.hasArabicScalar(reading.stem) { continue }
                    let article = reading.prefix.hasLetterSuffix("ال") && !reading.stem.hasLetterPrefix("ال")
                    consider(reading.stem, article: article) { Gazetteer.stemStart(token, reading: reading, scalars: text.scalars) }
                }
            } else if !Gazetteer.hasLatinVariants(token) {
                consider(token.form) { token.start }
            } else {
                for (key, start) in Gazetteer.keys(of: token, scalars: text.scalars) { consider(key) { start } }
            }
            if let b = best {
                out.append(b)
                i = b.endToken
            } else {
                i += 1
            }
        }
        return out
    }

    /// The first of `keys(of: token, scalars:)` that is `key`, found without working out where
    /// the other stems start.
    static func firstKey(_ key: String, of token: Token, scalars: [Unicode.Scalar]) -> (key: String, start: Int)? {
        if token.script == .arabic {
            guard let r = token.stems.first(where: { $0.stem.sameText(key) }) else { return nil }
            return (r.stem, stemStart(token, reading: r, scalars: scalars))
        }
        if !hasLatinVariants(token) { return token.form == key ? (token.form, token.start) : nil }
        return keys(of: token, scalars: scalars).first { $0.key == key }
    }

    /// Whether a string has a scalar of the Arabic block (U+0600–U+06FF: UTF-8 lead bytes D8–DB).
    /// Such a string is canonically equivalent to no string without one.
    static func hasArabicScalar(_ s: String) -> Bool {
        s.utf8.contains { $0 >= 0xD8 && $0 <= 0xDB }
    }

    /// Whether a token that is not Arabic has keys besides its form: an apostrophe or a hyphen.
    static func hasLatinVariants(_ token: Token) -> Bool {
        token.form.utf8.contains { $0 == UInt8(ascii: "'") || $0 == UInt8(ascii: "-") }
    }

    /// Whether `key` is one of `Gazetteer.keys(of: token, scalars:)`.
    static func hasKey(_ token: Token, _ key: String, scalars: [Unicode.Scalar]) -> Bool {
        if token.script == .arabic { return token.stems.contains { $0.stem.sameText(key) } }
        if !hasLatinVariants(token) { return token.form == key }
        return keys(of: token, scalars: scalars).contains { $0.key == key }
    }

    /// The end token of `phrase` matched at token `i`, or `nil`.
    private func match(_ phrase: Phrase, at i: Int, tokens: [Token], text: AnalyzedText, language: LanguageCode) -> Int? {
        let n = phrase.steps.count
        guard i + n <= tokens.count else { return nil }
        for k in 0..<n {
            let t = tokens[i + k]
            if k > 0 {
                guard Gazetteer.joined(tokens[i + k - 1], t, scalars: text.scalars) else { return nil }
                let ok = language == .ar ? t.form.sameText(phrase.steps[k].form)
                    : Gazetteer.hasKey(t, phrase.steps[k].form, scalars: text.scalars)
                guard ok else { return nil }
            }
            if language == .en {
                if let exact = phrase.steps[k].exact {
                    guard t.text == exact || t.text.hasPrefix(exact + "'") || t.text.hasPrefix(exact + "\u{2019}") || t.text.hasPrefix(exact + "-") else { return nil }
                } else if phrase.steps[k].capitalized, !t.isCapitalized {
                    return nil
                }
            }
        }
        return i + n
    }
}

extension Gazetteer {
    /// The country one English word names by itself (`Japan`, `Japanese`, `U.S.`), with the form
    /// of that name; `nil` when the word names none. An acronym counts only in its own spelling.
    func country(word: String) -> (id: String, form: PhraseForm)? {
        guard let phrases = index[.en]?[MatchingForm.key(word)] else { return nil }
        for p in phrases where p.count == 1 && (p.form == .name || p.form == .demonym) {
            if let exact = p.steps[0].exact, exact != word { continue }
            if entries[p.entryID]?.kind == .country { return (p.entryID, p.form) }
        }
        return nil
    }
}
