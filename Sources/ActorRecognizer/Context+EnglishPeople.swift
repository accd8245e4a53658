import EventGraphModel
import TextAnalysis

/// English people: what makes capitalised words a person's name, relatives named by
/// apposition, and the claim of a person's name.
extension Context {
    /// `Bush's son, George,`: a possessive name, a kinship noun, a comma and a capitalised word of
    /// a name's shape, known as a given name or not (`Taitrond`), with or without a surname, name
    /// a relative; a given name alone takes the family name.
    func findKinAppositions(_ state: inout DocumentState) {
        let tokens = state.text.tokens
        var i = 0
        while i + 3 < tokens.count {
            defer { i += 1 }
            let owner = tokens[i], kin = tokens[i + 1]
            guard isCap(owner), bare(owner) != owner.form, lexicon.kinNouns.contains(kin.form),
                  state.text.substring(kin.end, tokens[i + 2].start).trimmingCharacters(in: .whitespaces) == ",",
                  isNameShaped(tokens[i + 2]), state.isFree(i + 2, i + 3) else { continue }
            var e = i + 3
            while e < tokens.count, e < i + 5, isCap(tokens[e]), state.isFree(e, e + 1),
                  state.text.substring(tokens[e - 1].end, tokens[e].start) == " " { e += 1 }
            // The apposition ends with the clause: a comma, a stop or the end of the text.
            if e < tokens.count {
                let after = state.text.substring(tokens[e - 1].end, tokens[e].start).trimmingCharacters(in: .whitespaces)
                guard after.hasPrefix(",") || after.hasPrefix(".") || after.hasPrefix(";") || after.hasPrefix(")") else { continue }
            }
            let given = tokens[(i + 2)..<e].map { bare($0) }
            var name = state.text.substring(tokens[i + 2].start, tokens[e - 1].end)
            if given.count == 1 {
                let family = state.text.substring(owner.start, owner.end)
                name += " " + String(family.dropLast(family.hasSuffix("'s") || family.hasSuffix("\u{2019}s") ? 2 : 1))
            }
            var d = ActorDraft(key: "person:kin:\(given.joined(separator: " "))", kind: .person, name: name)
            d.nameFromText = true
            d.nameTokens = given
            let k = state.upsert(d)
            state.claim(i + 2, e, key: k, form: .name)
            state.kinReferences.append((i, kin.form, k))
        }
    }

    /// `Elian's father` after `Elian Gonzalez's father, Juan Miguel Gonzalez,`: the same kin noun
    /// after a possessive of the same person names the relative again.
    func resolveKinReferences(_ state: inout DocumentState) {
        guard language == .en, !state.kinReferences.isEmpty else { return }
        let tokens = state.text.tokens
        var byOwner: [String: [String: String]] = [:]
        for r in state.kinReferences {
            guard let owner = state.claim(at: r.ownerToken), !owner.key.isEmpty, state.drafts[r.key] != nil else { continue }
            byOwner[owner.key, default: [:]][r.kin] = r.key
        }
        guard !byOwner.isEmpty else { return }
        for j in 0..<(tokens.count - 1) where state.owner[j + 1] == nil {
            guard tokens[j].form != bare(tokens[j]), let owner = state.claim(at: j), owner.endToken == j + 1,
                  let key = byOwner[owner.key]?[tokens[j + 1].form], key != owner.key,
                  state.text.substring(tokens[j].end, tokens[j + 1].start) == " " else { continue }
            // Not a new apposition (`Elian's father, Juan Miguel,` is read where it is).
            if j + 2 < tokens.count, state.text.substring(tokens[j + 1].end, tokens[j + 2].start).hasPrefix(","), isCap(tokens[j + 2]) { continue }
            state.claim(j + 1, j + 2, key: key, form: .role)
        }
    }

    /// Whether a token has the shape of a word of a name: capitalised (not all capitals), letters
    /// with at most inner hyphens or apostrophes (`Ndayishimiye`, `O'Brien`, `Abu-Zeid`), and not
    /// an ordinary word, a given-name-free stopword or a name particle.
    func isNameShaped(_ t: Token) -> Bool {
        let word = bare(t)
        if isParticleName(t) { return true }
        guard isCap(t), !(t.isAllCaps && t.text.count > 1), word.count >= 2 else { return false }
        guard word.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0 == "-" || $0 == "'" || $0 == "\u{2019}" }) else { return false }
        if Context.nameParticles.contains(word) { return true }
        if lexicon.stopwords.contains(word) { return false }
        if lexicon.givenNames.contains(word) { return true }
        return !word.split(separator: "-").contains { lexicon.commonWords.contains(String($0)) }
    }

    /// Whether the capitalised words `[s, e)` are a thing or a place rather than a person: after
    /// a determiner (`the Boko Haram`), after a place preposition (`in Sharm Sheikh`), or before a
    /// comma and a country (`Goma, Congo`; not its possessive: `Mensah, Ghana's foreign minister`).
    func isDeterminedOrPlace(_ s: Int, _ e: Int, _ state: DocumentState) -> Bool {
        let tokens = state.text.tokens
        if s > 0, Gazetteer.joined(tokens[s - 1], tokens[s], scalars: state.text.scalars) {
            let prev = tokens[s - 1].form
            if ["the", "a", "an", "this", "its", "their", "our"].contains(prev) { return true }
            if prev == "that", !opensClause(that: s - 1, state) { return true }
            if Context.placePrepositions.contains(prev) { return true }
        }
        if e < tokens.count, state.text.substring(tokens[e - 1].end, tokens[e].start).trimmingCharacters(in: .whitespaces) == ",",
           let c = state.claim(at: e), state.drafts[c.key]?.kind == .country, c.form == .name,
           !tokens[c.endToken - 1].form.hasSuffix("'s") {
            return true
        }
        return false
    }

    /// Whether the `that` at token `k` opens a clause: a verb that takes one comes within the six
    /// words before it in the same sentence (`said that`, `announced on Monday that`, `told
    /// reporters that`).
    func opensClause(that k: Int, _ state: DocumentState) -> Bool {
        let tokens = state.text.tokens
        var j = k
        while j > 0, k - j < 6, Gazetteer.joined(tokens[j - 1], tokens[j], scalars: state.text.scalars) {
            j -= 1
            if lexicon.clauseVerbs.contains(tokens[j].form) { return true }
        }
        return false
    }

    /// Whether a person cue comes before: `by`, `with`, `and` after a person, `said`.
    func precededByPersonCue(_ q: Int, _ state: DocumentState) -> Bool {
        let tokens = state.text.tokens
        let prev = tokens[q - 1]
        if lexicon.personVerbs.contains(prev.form) { return true }
        if q >= 2, lexicon.personLeads.contains([tokens[q - 2].form, prev.form]) { return true }
        if let c = state.claim(at: q - 1), c.form == .demonym { return true }
        // `Iowa pastor Brad Sherwin`, `activist Mara Quell`: a lower-case noun of a person's
        // occupation right before the name.
        if prev.script == .latin, !prev.isCapitalized, prev.form.count >= 5, !lexicon.notAgents.contains(prev.form),
           !Context.functionStarts.contains(prev.form), lexicon.agentSuffixes.contains(where: { prev.form.hasSuffix($0) }),
           Gazetteer.joined(prev, tokens[q], scalars: state.text.scalars) { return true }
        return false
    }

    /// Whether a person cue follows: `said`, `told`, `, the …`, `, a …`, `(`.
    func followedByPersonCue(_ e: Int, _ state: DocumentState) -> Bool {
        let tokens = state.text.tokens
        guard e < tokens.count else { return false }
        let between = state.text.substring(tokens[e - 1].end, tokens[e].start)
        if between.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return lexicon.personVerbs.contains(tokens[e].form) }
        if between.containsText(",") {
            // `Kwame Mensah, Ghana's foreign minister`
            if let c = state.claim(at: e), state.drafts[c.key]?.kind == .country, tokens[c.endToken - 1].form.hasSuffix("'s") { return true }
            return !isCap(tokens[e]) && tokens[e].script == .latin || tokens[e].form == "the"
        }
        return false
    }

    func claimEnglishPerson(_ s: Int, _ e: Int, role: String?, affiliation: String?, _ state: inout DocumentState) {
        let tokens = state.text.tokens
        let forms = tokens[s..<e].map { bare($0) }
        var name = state.text.substring(tokens[s].start, tokens[e - 1].end)
        if name.hasSuffix("'s") || name.hasSuffix("\u{2019}s") { name = String(name.dropLast(2)) }
        name = name.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        let key = state.upsertPerson(forms: forms, name: name, role: role, affiliation: affiliation)
        state.claim(s, e, key: key, form: .name)
    }
}
