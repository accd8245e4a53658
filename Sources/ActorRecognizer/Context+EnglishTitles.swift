import EventGraphModel
import TextAnalysis

/// English titles and roles: the title before a name, the apposition after it, and `the`
/// with a title alone.
extension Context {
    /// The end of the longest title starting at `i` (case-insensitive), within `limit`.
    func englishTitle(at i: Int, limit: Int, _ state: DocumentState) -> Int? {
        let tokens = state.text.tokens
        guard i < limit, lexicon.titleStarts.contains(tokens[i].form) else { return nil }
        var seq: [String] = [], best: Int?
        var j = i
        while j < limit, seq.count < lexicon.longestTitle {
            if j > i && !Gazetteer.joined(tokens[j - 1], tokens[j], scalars: state.text.scalars) { break }
            seq.append(tokens[j].form)
            j += 1
            if lexicon.titles[seq] != nil { best = j }
        }
        return best
    }

    /// A title and `of` with a country's name, right before token `p` with nothing between
    /// (`the Foreign Minister of Iran Hossein …`): where the title starts, and the country's key.
    func titleOfCountry(before p: Int, _ state: DocumentState) -> (Int, String)? {
        let tokens = state.text.tokens, scalars = state.text.scalars
        guard p >= 3, let c = state.claim(at: p - 1), c.endToken == p, c.form == .name, state.drafts[c.key]?.kind == .country,
              Gazetteer.joined(tokens[p - 1], tokens[p], scalars: scalars) else { return nil }
        let of = c.firstToken - 1
        guard of >= 1, tokens[of].form == "of", state.owner[of] == nil, Gazetteer.joined(tokens[of], tokens[of + 1], scalars: scalars) else { return nil }
        for k in stride(from: min(4, of), through: 1, by: -1) where state.isFree(of - k, of) {
            if englishTitle(at: of - k, limit: of, state) == of, lexicon.titles[tokens[(of - k)..<of].map(\.form)] == .role {
                return (of - k, c.key)
            }
        }
        return nil
    }

    /// Gives named people the title right before them (`Kremlin spokesman Dmitry Peskov`,
    /// `U.S. Secretary of State Antony Blinken`, `Japan's foreign minister, Yoshimasa Hayashi`),
    /// with the country or body before the title as affiliation.
    func attachPrecedingTitles(_ state: inout DocumentState) {
        let tokens = state.text.tokens
        for c in state.claims where !c.key.isEmpty && c.form == .name && state.drafts[c.key]?.kind == .person {
            guard let d = state.drafts[c.key], d.roles.isEmpty else { continue }
            // `King Hussein`, `Pope John Paul II` named so in the gazetteer: the title in the name is the role.
            if c.endToken - c.firstToken >= 2, let end = englishTitle(at: c.firstToken, limit: c.endToken - 1, state),
               lexicon.titles[tokens[c.firstToken..<end].map(\.form)] == .role {
                addRole(state.text.substring(tokens[c.firstToken].start, tokens[end - 1].end), to: c.key, affiliation: nil, &state)
                continue
            }
            for k in stride(from: min(5, c.firstToken), through: 1, by: -1) {
                let s = c.firstToken - k
                guard state.isFree(s, c.firstToken), englishTitle(at: s, limit: c.firstToken, state) == c.firstToken,
                      lexicon.titles[tokens[s..<c.firstToken].map(\.form)] != .honorific,
                      !state.text.substring(tokens[s].start, tokens[c.firstToken - 1].end).contains(where: { ".;:\n".contains($0) }),
                      isTitleGap(after: c.firstToken - 1, before: c.start, state) else { continue }
                var affiliation: String?
                if s > 0, let a = state.claim(at: s - 1), let ad = state.drafts[a.key], ad.kind != .person { affiliation = a.key }
                var role = state.text.substring(tokens[s].start, c.start)
                while let last = role.last, last == "," || last == " " || last == "\n" { role.removeLast() }
                addRole(role, to: c.key, affiliation: affiliation, &state)
                break
            }
        }
    }

    /// Whether the text between a title's last word and the name after it is blank, or the period
    /// of an abbreviated title (`Sen. Ted Cruz`, `Gov. Kim Reynolds`): the words of a title written
    /// short are at most four letters.
    func isTitleGap(after t: Int, before nameStart: Int, _ state: DocumentState) -> Bool {
        let tokens = state.text.tokens
        let gap = state.text.substring(tokens[t].end, nameStart)
        if !gap.contains(where: { ".;:\n".contains($0) }) { return true }
        return gap.hasPrefix(".") && gap.dropFirst().allSatisfy { $0 == " " } && tokens[t].text.count <= 4 && isCap(tokens[t])
    }

    /// `Nikolai Patrushev, the secretary of Russia's Security Council,` and `Sergei Lavrov,
    /// Russia's foreign minister,`: the apposition after a name is the person's role.
    func attachAppositiveRoles(_ state: inout DocumentState) {
        let tokens = state.text.tokens
        for c in state.claims where !c.key.isEmpty && c.form == .name && state.drafts[c.key]?.kind == .person {
            var j = c.endToken
            guard j < tokens.count, state.text.substring(tokens[j - 1].end, tokens[j].start).trimmingCharacters(in: .whitespaces) == "," else { continue }
            let start = j
            if ["the", "a", "an"].contains(tokens[j].form) { j += 1 }
            var affiliation: String?
            if j < tokens.count, let a = state.claim(at: j), let ad = state.drafts[a.key], ad.kind == .country { affiliation = a.key; j = a.endToken }
            guard j < tokens.count, state.owner[j] == nil, let titleEnd = englishTitle(at: j, limit: min(tokens.count, j + 4), state),
                  lexicon.titles[tokens[j..<titleEnd].map(\.form)] == .role else { continue }
            // The role runs to the next comma or full stop (at most eight words).
            var end = titleEnd
            while end < tokens.count, end - start < 8,
                  !state.text.substring(tokens[end - 1].end, tokens[end].start).contains(where: { ",.;:\n".contains($0) }) {
                if affiliation == nil, let a = state.claim(at: end), let ad = state.drafts[a.key], ad.kind != .person, ad.kind != .outlet { affiliation = a.key }
                end += 1
            }
            guard end < tokens.count, state.text.substring(tokens[end - 1].end, tokens[end].start).contains(where: { ",.;".contains($0) }) else { continue }
            addRole(state.text.substring(tokens[start].start, tokens[end - 1].end), to: c.key, affiliation: affiliation, &state)
        }
    }

    /// `the secretary`, `the Turkish president`: a lower-case title after `the` with no name after
    /// it, to resolve to the one person holding that role.
    func findEnglishRoleReferences(_ state: inout DocumentState) {
        let tokens = state.text.tokens
        for i in tokens.indices where tokens[i].form == "the" && i + 1 < tokens.count {
            var s = i + 1, affiliation: String?
            if s < tokens.count, lexicon.roleAdjectives.contains(tokens[s].form), state.owner[s] == nil { s += 1 }
            if s < tokens.count, let c = state.claim(at: s), c.form == .demonym, c.firstToken == s { affiliation = c.key; s = c.endToken }
            guard s < tokens.count, state.owner[s] == nil, !tokens[s].isCapitalized,
                  let end = englishTitle(at: s, limit: min(tokens.count, s + 4), state),
                  lexicon.titles[tokens[s..<end].map(\.form)] == .role, state.isFree(s, end) else { continue }
            if end < tokens.count, isCap(tokens[end]), Gazetteer.joined(tokens[end - 1], tokens[end], scalars: state.text.scalars) { continue }
            state.pendingRoles.append(PendingRole(first: affiliation == nil ? s : i + 1, end: end, kind: .role, affiliation: affiliation))
        }
        // `Israeli FM hold talks`, `Chinese premier meets …`: in the headline, a country's adjective
        // and a title with no name after it stand for that country's holder of the title.
        let headlineEnd = state.text.sentences.first.map { state.text.isHeadline($0) ? $0.end : 0 } ?? 0
        for c in state.claims where c.form == .demonym && state.drafts[c.key]?.kind == .country && tokens[c.firstToken].end <= headlineEnd {
            let s = c.endToken
            guard c.firstToken == 0 || tokens[c.firstToken - 1].form != "the", s < tokens.count, state.owner[s] == nil,
                  Gazetteer.joined(tokens[s - 1], tokens[s], scalars: state.text.scalars),
                  let end = englishTitle(at: s, limit: min(tokens.count, s + 4), state),
                  lexicon.titles[tokens[s..<end].map(\.form)] == .role, state.isFree(s, end) else { continue }
            // A name after it on the same line is the holder's own (`Chinese Premier Wen Jiabao`).
            if end < tokens.count, isCap(tokens[end]), Gazetteer.joined(tokens[end - 1], tokens[end], scalars: state.text.scalars),
               !state.text.substring(tokens[end - 1].end, tokens[end].start).containsText("\n") { continue }
            state.pendingRoles.append(PendingRole(first: c.firstToken, end: end, kind: .role, affiliation: c.key))
        }
    }
}
