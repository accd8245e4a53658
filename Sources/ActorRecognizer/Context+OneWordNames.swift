import TextAnalysis

/// English people written in one word with no title (`Kislyak said he …`, `Mwangi, who …`,
/// `Odinga spoke to Ruto`): the cues that make such a word a person, and the checks that keep places
/// and parts of longer names out.
extension Context {
    /// Whether a person's pronoun follows the verb after `e` (`said he`, `told reporters she`,
    /// within four words) or `, who` does.
    func personPronounFollows(_ e: Int, _ state: DocumentState) -> Bool {
        let tokens = state.text.tokens
        guard e < tokens.count else { return false }
        let between = state.text.substring(tokens[e - 1].end, tokens[e].start).trimmingCharacters(in: .whitespaces)
        if between == ",", tokens[e].form == "who" { return true }
        guard between.isEmpty, lexicon.personVerbs.contains(tokens[e].form) else { return false }
        return (e + 1..<min(tokens.count, e + 5)).contains { ["he", "she", "his", "her"].contains(tokens[$0].form) }
    }

    /// Whether the one word at `q` may be a name of its own: no gazetteer name of a place or body
    /// starts with it (`Cuba`; a person's may: `Teodoro`), and the text never writes it as the end of a longer name (`Gonzalez`
    /// beside `Elian Gonzalez` and `Juan Miguel Gonzalez` is one of them, not a third person).
    func standsAlone(_ q: Int, _ state: DocumentState) -> Bool {
        let tokens = state.text.tokens, word = bare(tokens[q])
        guard !gazetteer.phrases(startingWith: word, language: .en).contains(where: { gazetteer.entries[$0.entryID]?.kind != .person }) else {
            return false
        }
        return !tokens.indices.contains { k in
            k > 0 && bare(tokens[k]) == word && isCap(tokens[k - 1]) && Gazetteer.joined(tokens[k - 1], tokens[k], scalars: state.text.scalars)
        }
    }

    /// Whether the one word at `q` fills a side of a meeting phrase whose other side is a person:
    /// `Odinga spoke to Ruto`, `Kagame hosted Tshisekedi` (either word), `Ruto met with Odinga`.
    /// The subject's other side is read by its shape (the sequence after it is not read yet); the
    /// object's is the last actor before the phrase in its sentence, which must be a person.
    func fillsMeetingSlot(_ q: Int, _ state: DocumentState) -> Bool {
        let tokens = state.text.tokens
        if let after = meetingPhrase(from: q + 1, state), after < tokens.count, personShaped(after, state) { return true }
        for length in 1...lexicon.longestMeetingPhrase where q - length > 0 {
            let s = q - length
            guard (s + 1...q).allSatisfy({ Gazetteer.joined(tokens[$0 - 1], tokens[$0], scalars: state.text.scalars) }) else { break }
            if lexicon.meetingPhrases.contains(tokens[s..<q].map(\.form)) { return endsPhrase(q, state) && lastActorIsPerson(before: s, state) }
        }
        if let s = meetingPhraseStart(before: q, state) { return endsPhrase(q, state) && lastActorIsPerson(before: s, state) }
        return false
    }

    /// The start of a meeting phrase split by a setting or an adverb before the word at `q`:
    /// `met in Washington with Ruto`, `met privately with Ruto`, `spoke at Camp David to Begin`.
    func meetingPhraseStart(before q: Int, _ state: DocumentState) -> Int? {
        let tokens = state.text.tokens
        guard q >= 3, ["with", "to"].contains(tokens[q - 1].form), let k = afterSetting(before: q - 1, state), k >= 1,
              (k...q - 1).allSatisfy({ Gazetteer.joined(tokens[$0 - 1], tokens[$0], scalars: state.text.scalars) }),
              lexicon.meetingPhrases.contains([tokens[k - 1].form, tokens[q - 1].form]) else { return nil }
        return k - 1
    }

    /// The first token of the setting or adverb that ends right before token `g`: an `-ly`
    /// adverb (`privately`), or `in`/`at` and up to three capitalised words (`in New York`).
    func afterSetting(before g: Int, _ state: DocumentState) -> Int? {
        let tokens = state.text.tokens
        guard g >= 2 else { return nil }
        let prev = tokens[g - 1]
        if !isCap(prev), prev.form.count > 4, prev.form.hasSuffix("ly") { return g - 1 }
        var j = g - 1
        while j > 0, g - j <= 3, isCap(tokens[j]) { j -= 1 }
        return j < g - 1 && ["in", "at"].contains(tokens[j].form) ? j : nil
    }

    /// Words that may follow a name which ends its phrase (`met Ruto on Monday`, `met Ruto last
    /// week`), where a noun would show the word modifies it (`met Nakuru elders`).
    static let afterName: Set<String> = ["who", "last", "again", "earlier", "later", "twice", "recently", "late", "yesterday", "today", "shortly"]

    /// Whether the word at `q` ends its noun phrase: punctuation, the end, or a function word after it.
    func endsPhrase(_ q: Int, _ state: DocumentState) -> Bool {
        let tokens = state.text.tokens
        guard q + 1 < tokens.count, Gazetteer.joined(tokens[q], tokens[q + 1], scalars: state.text.scalars) else { return true }
        let next = tokens[q + 1].form
        return Context.functionStarts.contains(next) || Context.calendarWords.contains(next) || Context.afterName.contains(next)
    }

    /// The end of the longest meeting phrase starting at `i` and joined to the word before it.
    func meetingPhrase(from i: Int, _ state: DocumentState) -> Int? {
        let tokens = state.text.tokens
        var best: Int?
        for length in 1...lexicon.longestMeetingPhrase where i + length <= tokens.count {
            guard (i..<i + length).allSatisfy({ $0 > 0 && Gazetteer.joined(tokens[$0 - 1], tokens[$0], scalars: state.text.scalars) }) else { break }
            if lexicon.meetingPhrases.contains(tokens[i..<i + length].map(\.form)) { best = i + length }
        }
        return best
    }

    /// Whether the words at `i` read as a person: one already found, a title, a country adjective
    /// before a title (`Colombian leader`), or a name-shaped word nobody has claimed.
    func personShaped(_ i: Int, _ state: DocumentState) -> Bool {
        let tokens = state.text.tokens
        if let c = state.claim(at: i) {
            if state.drafts[c.key]?.kind == .person { return true }
            guard c.form == .demonym, c.endToken < tokens.count else { return false }
            return englishTitle(at: c.endToken, limit: tokens.count, state) != nil
        }
        return englishTitle(at: i, limit: tokens.count, state) != nil || isNameShaped(tokens[i]) && !isDeterminedOrPlace(i, i + 1, state)
    }

    /// Whether the last actor before token `s` in its sentence is a person: one found, or `he`/`she`.
    func lastActorIsPerson(before s: Int, _ state: DocumentState) -> Bool {
        let tokens = state.text.tokens
        let sentenceStart = state.text.sentence(containing: tokens[s].start)?.start ?? 0
        var k = s - 1
        while k >= 0, tokens[k].start >= sentenceStart {
            if let c = state.claim(at: k) { return state.drafts[c.key]?.kind == .person }
            if ["he", "she"].contains(tokens[k].form) { return true }
            k -= 1
        }
        return false
    }

    /// Whether a title follows the word ending at `e` after a comma, with `the`, `a` or a country
    /// before it: `Teodoro, the defence secretary,`, `Mensah, Ghana's foreign minister,`.
    func titleApposed(after e: Int, _ state: DocumentState) -> Bool {
        let tokens = state.text.tokens
        guard e < tokens.count, state.text.substring(tokens[e - 1].end, tokens[e].start).trimmingCharacters(in: .whitespaces) == "," else {
            return false
        }
        var k = e
        if ["the", "a"].contains(tokens[k].form) { k += 1 }
        if k < tokens.count, let c = state.claim(at: k), c.firstToken == k, state.drafts[c.key]?.kind == .country { k = c.endToken }
        guard k < tokens.count, let end = englishTitle(at: k, limit: tokens.count, state) else { return false }
        // The title ends its phrase: `the defence secretary,` not `the secretary general's office`.
        return end >= tokens.count || !Gazetteer.joined(tokens[end - 1], tokens[end], scalars: state.text.scalars)
            || Context.functionStarts.contains(tokens[end].form) || lexicon.personVerbs.contains(tokens[end].form)
    }
}
