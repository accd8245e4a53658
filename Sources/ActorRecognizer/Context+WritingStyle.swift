import TextAnalysis

/// Capitals that the writing's style gives, not a name: a headline in title case (`Indian
/// Foreign Minister Holds Bilateral Talks`) and social-media handles (`@DrSJaishankar`).
extension Context {
    /// The scalar offset where the headline ends when it is written in title case (every ordinary
    /// word of four letters or more capitalised, function words aside, three at least), else 0.
    /// One such word in lower case (`US Speaker X meets Taiwan President Y`) is sentence case.
    func titleCaseHeadlineEnd(_ text: AnalyzedText) -> Int {
        guard let first = text.sentences.first, text.isHeadline(first) else { return 0 }
        var words = 0
        for t in text.tokens(in: first.start, first.end) where t.script == .latin && t.text.unicodeScalars.count >= 4 && !t.isAllCaps {
            guard lexicon.commonWords.contains(t.form), !lexicon.givenNames.contains(t.form),
                  !Context.functionStarts.contains(t.form) else { continue }
            guard t.isCapitalized else { return 0 }
            words += 1
        }
        return words >= 3 ? first.end : 0
    }

    /// Whether token `k` of a title-case headline is a verb or a plural its style capitalised
    /// (`Holds`, `Meets`, `Talks`): a word in `s` whose stem is a common word, no given name. A
    /// surname that is also an ordinary word (`Vandal`) stays in the name.
    func isStyleCapital(_ k: Int, _ state: DocumentState) -> Bool {
        let t = state.text.tokens[k]
        guard t.end <= state.titleCaseHeadlineEnd, t.form.count >= 4, t.form.hasSuffix("s") else { return false }
        let word = t.form
        return lexicon.commonWords.contains(String(word.dropLast())) && lexicon.commonWords.contains(word)
            && !lexicon.givenNames.contains(word)
    }

    /// Whether token `k` is written right after `@` or `#`: a handle or a tag, not a name.
    func isHandle(_ k: Int, _ state: DocumentState) -> Bool {
        let t = state.text.tokens[k]
        guard t.start > 0 else { return false }
        let before = state.text.scalars[t.start - 1]
        return before == "@" || before == "#"
    }
}
