import TextAnalysis

/// English people written in one word with no title (`Kislyak said he …`, `Mwangi, who …`): the
/// cues that make such a word a person, and the checks that keep places and parts of longer names out.
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

    /// Whether the one word at `q` may be a name of its own: no gazetteer name starts with it (a
    /// place or body, `Cuba`), and the text never writes it as the end of a longer name (`Gonzalez`
    /// beside `Elian Gonzalez` and `Juan Miguel Gonzalez` is one of them, not a third person).
    func standsAlone(_ q: Int, _ state: DocumentState) -> Bool {
        let tokens = state.text.tokens, word = bare(tokens[q])
        guard gazetteer.phrases(startingWith: word, language: .en).isEmpty else { return false }
        return !tokens.indices.contains { k in
            k > 0 && bare(tokens[k]) == word && isCap(tokens[k - 1]) && Gazetteer.joined(tokens[k - 1], tokens[k], scalars: state.text.scalars)
        }
    }
}
