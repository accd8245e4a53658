import EventGraphModel
import TextAnalysis

/// English bodies: a country's ministry or police (`Egypt's foreign ministry`), and the claim
/// of a body's name.
extension Context {
    /// A country's body named by its adjective or possessive, with at most two modifiers between:
    /// `Egypt's foreign ministry`, `Kenyan police`, `the Mozambican government`, `Yemen's
    /// internationally recognised government` (`national-body` cues in `cues.tsv`).
    func findEnglishMinistries(_ state: inout DocumentState) {
        let tokens = state.text.tokens
        for c in state.claims where !c.key.isEmpty && (c.form == .demonym || c.form == .name) {
            guard state.drafts[c.key]?.kind == .country, c.endToken < tokens.count,
                  Gazetteer.joined(tokens[c.endToken - 1], tokens[c.endToken], scalars: state.text.scalars) else { continue }
            // After a country's bare name only a body's proper name counts: `Kenya Police`, `Sri Lanka Navy`.
            if c.form == .name, !tokens[c.endToken - 1].form.hasSuffix("'s"), !tokens[c.endToken].isCapitalized { continue }
            if c.form == .demonym, let end = actingGroupEnd(c, state) {
                // `Japanese negotiators`, `British and French officials`, `a Russian diplomat`: the
                // country is a party (with the one member's noun: no title of someone else).
                let first = c.firstToken, start = c.start, key = c.key
                state.unclaim(at: first)
                state.claim(first, end, start: start, key: key, form: .name)
                continue
            }
            var found: (end: Int, kind: ActorKind)?
            var s = c.endToken
            for _ in 0...2 {
                // A row in capitals counts only written so, and then before the row in lower case
                // (`Sudanese Armed Forces`, a body; `the Sudanese army`, the country acting).
                for (words, kind) in lexicon.capitalizedBodies {
                    let e = s + words.count
                    guard e <= tokens.count, state.isFree(s, e), found.map({ e > $0.end }) ?? true,
                          (0..<words.count).allSatisfy({ tokens[s + $0].form == words[$0] && tokens[s + $0].isCapitalized }) else { continue }
                    found = (e, kind)
                }
                for (words, kind) in lexicon.nationalBodies {
                    let e = s + words.count
                    guard e <= tokens.count, state.isFree(s, e), found.map({ e > $0.end }) ?? true,
                          (0..<words.count).allSatisfy({ tokens[s + $0].form == words[$0] }) else { continue }
                    found = (e, kind)
                }
                // A modifier between (`internationally recognised`): lower-case, not a function word.
                guard found == nil, s < tokens.count, state.owner[s] == nil, tokens[s].script == .latin, !tokens[s].isCapitalized,
                      !Context.functionStarts.contains(tokens[s].form), s + 1 < tokens.count,
                      Gazetteer.joined(tokens[s], tokens[s + 1], scalars: state.text.scalars) else { break }
                s += 1
            }
            guard let (e, kind) = found else { continue }
            // `the Mozambican government`, `Iraqi authorities`: the country itself acting.
            if kind == .country {
                let first = c.firstToken, start = c.start, key = c.key
                state.unclaim(at: first)
                state.claim(first, e, start: start, key: key, form: .name)
                continue
            }
            let name = state.text.substring(c.start, tokens[e - 1].end)
            var d = ActorDraft(key: "\(kind.rawValue):\(MatchingForm.key(name))", kind: kind, name: name)
            d.nameFromText = true
            d.affiliationKey = c.key
            let first = c.firstToken, start = c.start
            state.unclaim(at: first)
            let key = state.upsert(d)
            state.claim(first, e, start: start, key: key, form: .name)
        }
    }

    /// Where the country's part ends when its adjective stands before people acting for it
    /// (`national-group` cues), itself or coordinated with another country's adjective (`British
    /// and French officials`: the adjective's end), or before one unnamed member (`a Russian
    /// diplomat`: the member's end); nil when it does not.
    func actingGroupEnd(_ c: Claim, _ state: DocumentState) -> Int? {
        let tokens = state.text.tokens
        var s = c.endToken
        if s + 1 < tokens.count, tokens[s].form == "and", let next = state.claim(at: s + 1), next.firstToken == s + 1,
           next.form == .demonym || next.form == .name, next.key != c.key, state.drafts[next.key]?.kind == .country {
            s = next.endToken
        }
        func follows(_ words: [String]) -> Bool {
            s + words.count <= tokens.count && (0..<words.count).allSatisfy { tokens[s + $0].form == words[$0] }
        }
        // `former Soviet officials`, `a retired Indian diplomat`: no longer acting for it.
        if c.firstToken > 0, lexicon.pastHolders.contains(tokens[c.firstToken - 1].form) { return nil }
        if lexicon.nationalGroups.contains(where: follows) { return c.endToken }
        // `Egyptian senior officials`: one lower-case word between the adjective and the group.
        if s + 1 < tokens.count, tokens[s].script == .latin, !tokens[s].isCapitalized, state.owner[s] == nil,
           !Context.functionStarts.contains(tokens[s].form), !lexicon.pastHolders.contains(tokens[s].form),
           // `Kenyan police leaders` lead a body, which is read as such.
           !lexicon.nationalBodies.keys.contains(where: { $0.first == tokens[s].form }),
           Gazetteer.joined(tokens[s], tokens[s + 1], scalars: state.text.scalars) {
            s += 1
            if lexicon.nationalGroups.contains(where: follows) { return c.endToken }
            s -= 1
        }
        // One member, indefinite (`a Russian official`, `a senior Iranian diplomat`), and not named
        // right after (`a Russian official, Yuri Ushakov,`).
        guard let words = lexicon.nationalMembers.first(where: follows), s == c.endToken else { return nil }
        var k = c.firstToken - 1
        if k > 0, tokens[k].script == .latin, !tokens[k].isCapitalized, !["a", "an"].contains(tokens[k].form) { k -= 1 }
        guard k >= 0, ["a", "an"].contains(tokens[k].form) else { return nil }
        let after = s + words.count
        guard state.isFree(s, after) else { return nil }
        guard after < tokens.count, tokens[after].isCapitalized else { return after }
        let gap = state.text.substring(tokens[after - 1].end, tokens[after].start)
        return gap.contains { !$0.isWhitespace && $0 != "," } || gap.filter({ $0 == "," }).count > 1 ? after : nil
    }

    func claimBody(_ s: Int, _ e: Int, kind: ActorKind, _ state: inout DocumentState) {
        let tokens = state.text.tokens
        var s = s
        var absorbedCountry: String?
        // An ordinal, a country adjective or a country's name before the name belongs to it
        // (`11th Circuit Court`, `Cuban American National Foundation`, `Nigeria Labour Congress`).
        var absorbed = 0
        while absorbed < 2, s > 0, Gazetteer.joined(tokens[s - 1], tokens[s], scalars: state.text.scalars) {
            absorbed += 1
            if state.owner[s - 1] == nil, tokens[s - 1].script == .digits || tokens[s - 1].form.first?.isNumber == true {
                s -= 1
            } else if let c = state.claim(at: s - 1), c.endToken == s, c.firstToken >= s - 3,
                      c.form == .demonym || (state.drafts[c.key]?.kind == .country && (c.form == .name || tokens[s - 1].form.hasSuffix("'s"))),
                      kind != .outlet || !tokens[s - 1].form.hasSuffix("'s") {
                // (An outlet is the country's, not named by it: `Israel's Channel Two`.)
                // A possessive country ends the name's words: `Turkey's National Assembly`.
                let possessive = tokens[s - 1].form.hasSuffix("'s")
                if state.drafts[c.key]?.kind == .country { absorbedCountry = c.key }
                state.unclaim(at: s - 1)
                s = c.firstToken
                if possessive { break }
                // `Islamic Saudi Academy`: a capitalised word before the adjective is the name's too.
                if s > 0, state.owner[s - 1] == nil, tokens[s - 1].script == .latin, tokens[s - 1].isCapitalized, !tokens[s - 1].isAllCaps,
                   Gazetteer.joined(tokens[s - 1], tokens[s], scalars: state.text.scalars), !opensSentence(s - 1, state),
                   !Context.functionStarts.contains(tokens[s - 1].form),
                   !lexicon.titleStarts.contains(tokens[s - 1].form), !Context.calendarWords.contains(tokens[s - 1].form) {
                    s -= 1
                    break
                }
            } else {
                break
            }
        }
        // `Union of Ethiopian Democratic Forces`, `Front for Democracy`: a head word and its `of` or
        // `for` right before the name open it, when no one holds them.
        if kind != .outlet, s >= 2, ["of", "for"].contains(tokens[s - 1].form), state.owner[s - 1] == nil, state.owner[s - 2] == nil,
           isCap(tokens[s - 2]), lexicon.orgHeads[bare(tokens[s - 2])] != nil,
           Gazetteer.joined(tokens[s - 2], tokens[s - 1], scalars: state.text.scalars),
           Gazetteer.joined(tokens[s - 1], tokens[s], scalars: state.text.scalars) {
            s -= 2
        }
        var name = state.text.substring(tokens[s].start, tokens[e - 1].end)
        if name.hasSuffix("'s") || name.hasSuffix("\u{2019}s") { name = String(name.dropLast(2)) }
        name = name.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        var d = ActorDraft(key: "\(kind.rawValue):\(MatchingForm.key(name))", kind: kind, name: name)
        d.nameFromText = true
        d.nameTokens = tokens[s..<e].map { bare($0) }
        if s > 0, let c = state.claim(at: s - 1), let a = state.drafts[c.key], a.kind == .country { d.affiliationKey = c.key }
        if let absorbedCountry { d.affiliationKey = absorbedCountry }
        let key = state.upsert(d)
        state.claim(s, e, key: key, form: .name)
    }

    /// A modifier joined by a hyphen to a lower-case participle (`Miami-based`, `U.S.-backed`).
    func isHyphenModifier(_ t: Token) -> Bool {
        guard let dash = t.text.lastIndex(of: "-") else { return false }
        let rest = t.text[t.text.index(after: dash)...]
        return rest.count >= 3 && rest.allSatisfy(\.isLowercase)
    }

    /// The firm a capitalised sequence names without its last head word (`Milton Roy` after
    /// `Milton Roy Corp.`), when one firm of the text is so named.
    func firmShortName(_ p: Int, _ e: Int, _ state: DocumentState) -> String? {
        let words = state.text.tokens[p..<e].map { bare($0) }
        guard !words.isEmpty else { return nil }
        let firms = state.order.filter { key in
            guard let d = state.drafts[key], d.kind == .organization, d.nameFromText, d.nameTokens.count == words.count + 1,
                  let last = d.nameTokens.last, lexicon.orgHeads[last] != nil || lexicon.orgHeads[last.capitalizedFirst] != nil else { return false }
            return Array(d.nameTokens.prefix(words.count)) == words
        }
        return firms.count == 1 ? firms[0] : nil
    }
}
