import EventGraphModel
import TextAnalysis

/// Countries joined by hyphens before a noun of talks between sides: `U.S.-Japan talks`,
/// `Franco-German meeting`, `Israeli-Syrian negotiations`. Each part is a mention of its country,
/// so that the sides of the talks are actors (a country named by its adjective alone is not,
/// elsewhere in English).
extension Context {
    func claimHyphenatedSides(_ state: inout DocumentState) {
        let tokens = state.text.tokens
        // The hyphen is looked for in the UTF-8 bytes: `String.contains` costs far more per token.
        for i in tokens.indices.dropLast() where tokens[i].script == .latin && tokens[i].text.utf8.contains(UInt8(ascii: "-")) {
            guard beforeBilateralNoun(i, tokens), let parts = countryParts(of: tokens[i]) else { continue }
            if let owner = state.claim(at: i) {
                // Only the gazetteer's claim of the first part (`U.S.-led` style) gives way.
                guard owner.firstToken == i, owner.endToken == i + 1, owner.start == parts[0].start else { continue }
                state.unclaim(at: i)
            }
            for (k, part) in parts.enumerated() {
                guard let entry = gazetteer.entries[part.id] else { continue }
                let key = state.upsert(draft(for: entry))
                state.sides.insert(key)
                if k == 0 {
                    state.claim(i, i + 1, start: part.start, end: part.end, key: key, form: part.form)
                } else {
                    state.claimPart(of: i, start: part.start, end: part.end, key: key, form: part.form)
                }
            }
        }
    }

    /// Whether a noun of talks follows token `i`, after at most two lower-case modifiers
    /// (`U.S.-Japan trade talks`, `Israeli-Palestinian peace negotiations`).
    func beforeBilateralNoun(_ i: Int, _ tokens: [Token]) -> Bool {
        for j in i + 1..<min(tokens.count, i + 4) {
            if lexicon.bilateralNouns.contains(tokens[j].form) { return true }
            guard tokens[j].script == .latin, !tokens[j].isCapitalized, !Context.functionStarts.contains(tokens[j].form) else { return false }
        }
        return false
    }

    /// The countries the hyphen-separated parts of a token name, with their scalar spans; `nil`
    /// unless there are two or more parts, each a different country.
    func countryParts(of t: Token) -> [(start: Int, end: Int, id: String, form: ActorMention.Form)]? {
        var parts: [(start: Int, end: Int, id: String, form: ActorMention.Form)] = []
        var start = t.start
        for piece in t.text.split(separator: "-", omittingEmptySubsequences: false) {
            let word = String(piece), end = start + piece.unicodeScalars.count
            if let id = lexicon.combiningForms[MatchingForm.key(word)] {
                parts.append((start, end, id, .demonym))
            } else if let (id, form) = gazetteer.country(word: word) {
                parts.append((start, end, id, form == .demonym ? .demonym : .name))
            } else {
                return nil
            }
            start = end + 1
        }
        guard parts.count >= 2, Set(parts.map(\.id)).count == parts.count else { return nil }
        return parts
    }
}
