import TextAnalysis

/// A Latin-script surname of the gazetteer written with more of its holder's name before it.
extension Context {
    /// The surname hit taken back over the capitalised words right before it that are words of
    /// the entry's own names, and initials (`Tayyip Erdogan` for `Recep Tayyip Erdogan`, `Antony
    /// J. Blinken`): one mention of the one person, not a name left for the patterns to read as
    /// someone else. `nil` when no such word comes before it. Name particles (`Al`, `bin`) alone
    /// do not extend it: `Fawaz Al Zayani` is another man than the entry's `Abdullatif al-Zayani`.
    func extendOverOwnNameWords(_ hit: GazetteerHit, _ entry: GazetteerEntry, state: DocumentState) -> GazetteerHit? {
        let tokens = state.text.tokens, scalars = state.text.scalars
        guard tokens[hit.firstToken].script == .latin, hit.start == tokens[hit.firstToken].start else { return nil }
        let surname = Set((hit.firstToken..<hit.endToken).map { tokens[$0].form })
        let own = Set((entry.namesEN + entry.aliasesEN).flatMap(Lexicon.tokenForms)).subtracting(surname)
        var k = hit.firstToken
        var sawOwnWord = false
        while k > 0, hit.firstToken - k < 4, state.owner[k - 1] == nil, Gazetteer.joined(tokens[k - 1], tokens[k], scalars: scalars) {
            let t = tokens[k - 1]
            guard t.script == .latin, t.isCapitalized else { break }
            if Self.isInitial(t) {
                k -= 1
            } else if own.contains(t.form), !Context.nameParticles.contains(t.form) {
                k -= 1
                sawOwnWord = true
            } else {
                break
            }
        }
        guard k < hit.firstToken else { return nil }
        // Initials with another given name before them (`Hunter J. Blinken`) name someone else.
        if !sawOwnWord, k > 0, state.owner[k - 1] == nil, tokens[k - 1].script == .latin, tokens[k - 1].isCapitalized,
           Gazetteer.joined(tokens[k - 1], tokens[k], scalars: scalars) {
            return nil
        }
        var h = hit
        h.firstToken = k
        h.start = tokens[k].start
        h.form = .name
        return h
    }

    /// Whether a token is an initial: one capital letter and its period (`J.`).
    static func isInitial(_ t: Token) -> Bool {
        t.text.count == 2 && t.text.hasSuffix(".") && t.text.first?.isUppercase == true
    }
}
