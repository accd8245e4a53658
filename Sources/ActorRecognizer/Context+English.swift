import EventGraphModel
import TextAnalysis

/// The English pass: capitalised sequences become people (after titles, given names, before
/// `said`), bodies (by head noun: Institute, Ministry…) or outlets (Journal, Times…).
extension Context {
    static let nameParticles: Set<String> = ["de", "van", "von", "der", "bin", "al", "el", "da", "du", "la", "le", "arap", "ibn", "abu", "del", "dos", "di"]
    static let orgConnectors: Set<String> = ["of", "for", "and", "on", "the"]
    /// Prepositions after which capitalised words name a place, not a person (`to`, `from` and
    /// `of` take people as well: `a call from Felix Tshisekedi`).
    static let placePrepositions: Set<String> = ["in", "at", "near", "outside", "inside", "into", "via", "through", "across", "toward", "towards", "around", "throughout"]
    /// Day and month names, which no name after a title contains.
    static let calendarWords: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
        "today", "yesterday", "tomorrow"]
    static let functionStarts: Set<String> = ["the", "a", "an", "but", "and", "or", "in", "on", "at", "for", "with", "from", "to", "by", "as", "if", "when", "while", "after", "before", "this", "that", "his", "her", "its", "their", "our", "under"]

    func isCap(_ t: Token) -> Bool { t.script == .latin && t.isCapitalized }
    /// Lower-case nouns that make the name beside them an outlet (`the Kathimerini newspaper`).
    static let outletNouns: Set<String> = ["newspaper", "daily", "weekly", "magazine", "broadcaster", "tabloid", "channel", "website"]

    /// Lower-case particles written before a capitalised name part with a hyphen (`al-Otaibi`,
    /// `el-Sisi`, `ash-Sharaa`): Arabic names in English copy.
    static let hyphenParticles: [String] = ["al-", "el-", "ad-", "ash-", "as-", "at-", "an-", "az-", "ar-", "ud-", "ed-", "bin-", "ibn-", "abu-", "abd-"]

    /// Whether a token is a name part written with a lower-case particle (`al-Otaibi`).
    func isParticleName(_ t: Token) -> Bool {
        guard t.script == .latin, !t.isCapitalized else { return false }
        let text = t.text
        for p in Context.hyphenParticles where text.hasPrefix(p) {
            let rest = text.dropFirst(p.count)
            return rest.first?.isUppercase == true && rest.count >= 2
        }
        return false
    }

    /// Whether a token can continue a capitalised name: capitalised, or a particle name part.
    func isNameWord(_ t: Token) -> Bool { isCap(t) || isParticleName(t) }

    /// The matching form of an English token without a possessive `'s`.
    func bare(_ t: Token) -> String {
        for s in ["'s", "'"] where t.form.hasSuffix(s) && t.form.count > s.count + 1 { return String(t.form.dropLast(s.count)) }
        return t.form
    }

    func findEnglishNames(_ state: inout DocumentState) {
        let tokens = state.text.tokens, scalars = state.text.scalars
        // `his Russian counterpart`: resolved once every person is known.
        for (i, t) in tokens.enumerated() where i > 0 && lexicon.titles[[t.form]] == .counterpart {
            if let c = state.claim(at: i - 1), c.form == .demonym {
                let first = i >= 2 && ["his", "her", "their"].contains(tokens[i - 2].form) ? i - 2 : i - 1
                state.pendingRoles.append(PendingRole(first: first, end: i + 1, kind: .counterpart, affiliation: nil, demonymToken: i - 1))
            }
        }
        findEnglishMinistries(&state)
        findKinAppositions(&state)
        var i = 0
        while i < tokens.count {
            guard state.owner[i] == nil, isCap(tokens[i]) else { i += 1; continue }
            // The capitalised sequence, with name particles and body connectors between capitals.
            var e = i + 1
            while e < tokens.count, state.owner[e] == nil, Gazetteer.joined(tokens[e - 1], tokens[e], scalars: scalars),
                  !bare(tokens[e - 1]).isEmpty, tokens[e - 1].form == bare(tokens[e - 1]) {
                // A change between capitals and mixed case ends a name (`Ahmed Hassan` / `NUSA DUA,` dateline).
                if isNameWord(tokens[e]) {
                    let capsRun = tokens[e - 1].isAllCaps && tokens[e - 1].text.count > 1
                    let capsNext = tokens[e].isAllCaps && tokens[e].text.count > 1
                    if capsRun != capsNext && state.text.substring(tokens[e - 1].end, tokens[e].start).contains("\n") { break }
                    e += 1; continue
                }
                let f = tokens[e].form
                // `Committee on Foreign Relations`, not `Medical Center on Tuesday`.
                if Context.nameParticles.contains(f) || Context.orgConnectors.contains(f), e + 1 < tokens.count,
                   isNameWord(tokens[e + 1]), state.owner[e + 1] == nil, Gazetteer.joined(tokens[e], tokens[e + 1], scalars: scalars),
                   !Context.calendarWords.contains(bare(tokens[e + 1])) {
                    e += 2
                    continue
                }
                break
            }
            i = classify(i, e, &state)
        }
        attachPrecedingTitles(&state)
        attachAppositiveRoles(&state)
        findEnglishRoleReferences(&state)
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

    /// `Bush's son, George,`: a possessive name, a kinship noun, a comma and a capitalised given
    /// name (with or without a surname) name a relative; a given name alone takes the family name.
    func findKinAppositions(_ state: inout DocumentState) {
        let tokens = state.text.tokens
        var i = 0
        while i + 3 < tokens.count {
            defer { i += 1 }
            let owner = tokens[i], kin = tokens[i + 1]
            guard isCap(owner), bare(owner) != owner.form, lexicon.kinNouns.contains(kin.form),
                  state.text.substring(kin.end, tokens[i + 2].start).trimmingCharacters(in: .whitespaces) == ",",
                  isCap(tokens[i + 2]), lexicon.givenNames.contains(tokens[i + 2].form), state.isFree(i + 2, i + 3) else { continue }
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
        }
    }

    /// `the secretary`, `the Turkish president`: a lower-case title after `the` with no name after
    /// it, to resolve to the one person holding that role.
    func findEnglishRoleReferences(_ state: inout DocumentState) {
        let tokens = state.text.tokens
        for i in tokens.indices where tokens[i].form == "the" && i + 1 < tokens.count {
            var s = i + 1, affiliation: String?
            if let c = state.claim(at: s), c.form == .demonym, c.firstToken == s { affiliation = c.key; s = c.endToken }
            guard s < tokens.count, state.owner[s] == nil, !tokens[s].isCapitalized,
                  let end = englishTitle(at: s, limit: min(tokens.count, s + 4), state),
                  lexicon.titles[tokens[s..<end].map(\.form)] == .role, state.isFree(s, end) else { continue }
            if end < tokens.count, isCap(tokens[end]), Gazetteer.joined(tokens[end - 1], tokens[end], scalars: state.text.scalars) { continue }
            state.pendingRoles.append(PendingRole(first: affiliation == nil ? s : i + 1, end: end, kind: .role, affiliation: affiliation))
        }
    }

    /// Gives named people the title right before them (`Kremlin spokesman Dmitry Peskov`,
    /// `U.S. Secretary of State Antony Blinken`, `Japan's foreign minister, Yoshimasa Hayashi`),
    /// with the country or body before the title as affiliation.
    func attachPrecedingTitles(_ state: inout DocumentState) {
        let tokens = state.text.tokens
        for c in state.claims where !c.key.isEmpty && c.form == .name && state.drafts[c.key]?.kind == .person {
            guard let d = state.drafts[c.key], d.roles.isEmpty else { continue }
            for k in stride(from: min(5, c.firstToken), through: 1, by: -1) {
                let s = c.firstToken - k
                guard state.isFree(s, c.firstToken), englishTitle(at: s, limit: c.firstToken, state) == c.firstToken,
                      lexicon.titles[tokens[s..<c.firstToken].map(\.form)] != .honorific,
                      !state.text.substring(tokens[s].start, c.start).contains(where: { ".;:\n".contains($0) }) else { continue }
                var affiliation: String?
                if s > 0, let a = state.claim(at: s - 1), let ad = state.drafts[a.key], ad.kind != .person { affiliation = a.key }
                var role = state.text.substring(tokens[s].start, tokens[c.firstToken - 1].end)
                while let last = role.last, last == "," || last == " " { role.removeLast() }
                addRole(role, to: c.key, affiliation: affiliation, &state)
                break
            }
        }
    }

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
            var found: (end: Int, kind: ActorKind)?
            var s = c.endToken
            for _ in 0...2 {
                for (words, kind) in lexicon.nationalBodies {
                    let e = s + words.count
                    guard e <= tokens.count, state.isFree(s, e), found.map({ e > $0.end }) ?? true,
                          (0..<words.count).allSatisfy({ tokens[s + $0].form == words[$0] }),
                          !lexicon.capitalizedBodies.contains(words) || (s..<e).allSatisfy({ tokens[$0].isCapitalized }) else { continue }
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

    /// Classifies the capitalised sequence `[s, e)`; returns the token to go on from.
    func classify(_ s: Int, _ e: Int, _ state: inout DocumentState) -> Int {
        let tokens = state.text.tokens
        if tokens[s..<e].allSatisfy({ $0.isAllCaps && $0.text.count > 1 }) && e - s > 0 && !isAcronymRun(s, e, state) { return e }
        var p = s
        while p < e, Context.functionStarts.contains(tokens[p].form) { p += 1 }
        guard p < e else { return e }
        // `the Kathimerini newspaper`, `state broadcaster M1`, `the daily Haaretz`: a name beside an
        // outlet noun names an outlet.
        if e - p <= 4, !tokens[p..<e].contains(where: { lexicon.titles[[$0.form]] != nil }),
           s > 0 && tokens[s - 1].form == "the" && e < tokens.count && Context.outletNouns.contains(tokens[e].form)
            && Gazetteer.joined(tokens[e - 1], tokens[e], scalars: state.text.scalars)
            || p > 1 && Context.outletNouns.contains(tokens[p - 1].form) && ["the", "state", "broadcaster", "news"].contains(tokens[p - 2].form)
            && Gazetteer.joined(tokens[p - 1], tokens[p], scalars: state.text.scalars) {
            claimBody(p, e, kind: .outlet, &state)
            return e
        }
        // A body: a head noun after at least one other word.
        if let h = (p + 1..<e).last(where: { isCap(tokens[$0]) && lexicon.orgHeads[bare(tokens[$0])] != nil }) {
            let kind = lexicon.orgHeads[bare(tokens[h])] ?? .organization
            // The body ends at its head unless `of …` continues it (`Court of Appeals`); what follows
            // is read again (`Supreme Court Justice Anthony Kennedy`).
            var end = h + 1 < e && Context.orgConnectors.contains(tokens[h + 1].form) ? e : h + 1
            while end > h + 1, Context.orgConnectors.contains(tokens[end - 1].form) { end -= 1 }
            let words = tokens[p..<end].map { bare($0) }
            if lexicon.places.contains(where: { words.count >= $0.count && Array(words.suffix($0.count)) == $0 }) { return end }
            claimBody(p, end, kind: kind, &state)
            return end
        }
        // Cut at the first body connector: what follows is another sequence.
        var cut = p + 1
        while cut < e, !Context.orgConnectors.contains(tokens[cut].form) { cut += 1 }
        if let o = (p + 1..<cut).last, lexicon.outletCues.contains([bare(tokens[o])]) {
            claimBody(p, cut, kind: .outlet, &state)
            return cut
        }
        // A title inside the sequence starts the person (`Mixte Chairman Marc Fournier`): read from there.
        if englishTitle(at: p, limit: cut, state) == nil, let m = (p + 1..<cut).first(where: { k in
            lexicon.titles[[tokens[k].form]] == .role && tokens[k].isCapitalized && englishTitle(at: k, limit: cut, state).map { $0 < cut } == true
        }) {
            return m
        }
        // Titles before the name.
        var q = p, hasTitle = false, roleStart = p
        while q < cut, let t = englishTitle(at: q, limit: cut, state) { q = t; hasTitle = true }
        if !hasTitle {
            for k in stride(from: min(3, p), through: 1, by: -1) where state.isFree(p - k, p) {
                if englishTitle(at: p - k, limit: p, state) == p { hasTitle = true; roleStart = p - k; break }
            }
        }
        guard q < cut else {
            // A title before a name the gazetteer already found: `President Vladimir Putin`.
            if hasTitle, cut < tokens.count, let c = state.claim(at: cut), c.firstToken == cut,
               state.drafts[c.key]?.kind == .person, Gazetteer.joined(tokens[cut - 1], tokens[cut], scalars: state.text.scalars),
               lexicon.titles[tokens[roleStart..<q].map(\.form)] != .honorific {
                var affiliation: String?
                if roleStart > 0, let a = state.claim(at: roleStart - 1), state.drafts[a.key]?.kind == .country { affiliation = a.key }
                addRole(state.text.substring(tokens[roleStart].start, tokens[q - 1].end), to: c.key, affiliation: affiliation, &state)
            }
            return cut
        }
        // `By Dana Whitfield` opening a line is the byline: the writer, not an actor of the story.
        if q > 0, tokens[q - 1].form == "by", q - 1 == 0 || state.text.substring(tokens[q - 2].end, tokens[q - 1].start).contains("\n") {
            return cut
        }
        let nameTokens = tokens[q..<cut]
        let n = nameTokens.count
        let stop = nameTokens.contains { lexicon.stopwords.contains(bare($0)) }
        // After a title, only words that cannot be names stop it (`Foreign Minister Jan Kavan`,
        // `Labor leader Miriam Golan`, `Prince Bandar bin Sultan`), not place or month words.
        let hardStop = nameTokens.contains { Context.functionStarts.contains(bare($0)) || Context.calendarWords.contains(bare($0)) }
            || nameTokens.allSatisfy { lexicon.stopwords.contains(bare($0)) }
        var isPerson = false
        if hasTitle && !hardStop && (n >= 2 || !stop) { isPerson = true }
        else if n >= 2 && n <= 4 && !stop {
            if lexicon.givenNames.contains(bare(tokens[q])) { isPerson = true }
            else if followedByPersonCue(cut, state) { isPerson = true }
            else if n <= 3, q > 0, precededByPersonCue(q, state) { isPerson = true }
        } else if n >= 2 && n <= 4, lexicon.givenNames.contains(bare(tokens[q])),
                  !nameTokens.dropFirst().contains(where: { lexicon.stopwords.contains(bare($0)) }) {
            isPerson = true
        } else if n == 1, !hasTitle, !stop, isNameShaped(tokens[q]), !isDeterminedOrPlace(q, cut, state),
                  personPronounFollows(cut, state) || fillsMeetingSlot(q, state), standsAlone(q, state) {
            // One word with no title: a person when a person's pronoun follows its verb (`Kislyak
            // said he …`), a `who` clause opens after it (`Mwangi, who …`), or it faces a person
            // across a meeting phrase (`Odinga spoke to Ruto`).
            isPerson = true
        }
        // A name never seen before, by its shape: two to four capitalised words, none of them an
        // ordinary word, not after `the` nor a place preposition (`Felix Tshisekedi`, not `Black Sea`).
        let core = nameTokens.filter { !Context.nameParticles.contains(bare($0)) }.count
        if !isPerson, !hasTitle, n >= 2, core >= 2, core <= 4, !stop, nameTokens.allSatisfy(isNameShaped),
           !isDeterminedOrPlace(q, cut, state) {
            isPerson = true
        }
        guard isPerson else { return max(p + 1, q) }
        let role = hasTitle ? state.text.substring(tokens[roleStart].start, tokens[q - 1].end) : nil
        var affiliation: String?
        if roleStart > 0, let c = state.claim(at: roleStart - 1), let d = state.drafts[c.key], d.kind == .country { affiliation = c.key }
        claimEnglishPerson(q, cut, role: hasTitle && lexicon.titles[tokens[roleStart..<q].map(\.form)] != .honorific ? role : nil,
                           affiliation: affiliation, &state)
        return cut
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
    /// comma and a country (`Goma, Congo`).
    func isDeterminedOrPlace(_ s: Int, _ e: Int, _ state: DocumentState) -> Bool {
        let tokens = state.text.tokens
        if s > 0, Gazetteer.joined(tokens[s - 1], tokens[s], scalars: state.text.scalars) {
            let prev = tokens[s - 1].form
            if ["the", "a", "an", "this", "that", "its", "their", "our"].contains(prev) { return true }
            if Context.placePrepositions.contains(prev) { return true }
        }
        if e < tokens.count, state.text.substring(tokens[e - 1].end, tokens[e].start).trimmingCharacters(in: .whitespaces) == ",",
           let c = state.claim(at: e), state.drafts[c.key]?.kind == .country, c.form == .name {
            return true
        }
        return false
    }

    /// Whether `[s, e)` is a run of acronyms inside ordinary text rather than a headline.
    func isAcronymRun(_ s: Int, _ e: Int, _ state: DocumentState) -> Bool { false }

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

    /// Whether a person cue comes before: `by`, `with`, `and` after a person, `said`.
    func precededByPersonCue(_ q: Int, _ state: DocumentState) -> Bool {
        let tokens = state.text.tokens
        let prev = tokens[q - 1]
        if lexicon.personVerbs.contains(prev.form) { return true }
        if q >= 2, lexicon.personLeads.contains([tokens[q - 2].form, prev.form]) { return true }
        if let c = state.claim(at: q - 1), c.form == .demonym { return true }
        return false
    }

    /// Whether a person cue follows: `said`, `told`, `, the …`, `, a …`, `(`.
    func followedByPersonCue(_ e: Int, _ state: DocumentState) -> Bool {
        let tokens = state.text.tokens
        guard e < tokens.count else { return false }
        let between = state.text.substring(tokens[e - 1].end, tokens[e].start)
        if between.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return lexicon.personVerbs.contains(tokens[e].form) }
        if between.contains(",") {
            // `Kwame Mensah, Ghana's foreign minister`
            if let c = state.claim(at: e), state.drafts[c.key]?.kind == .country, tokens[c.endToken - 1].form.hasSuffix("'s") { return true }
            return !isCap(tokens[e]) && tokens[e].script == .latin || tokens[e].form == "the"
        }
        return false
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
                      c.form == .demonym || (state.drafts[c.key]?.kind == .country && (c.form == .name || tokens[s - 1].form.hasSuffix("'s"))) {
                // A possessive country ends the name's words: `Turkey's National Assembly`.
                let possessive = tokens[s - 1].form.hasSuffix("'s")
                if state.drafts[c.key]?.kind == .country { absorbedCountry = c.key }
                state.unclaim(at: s - 1)
                s = c.firstToken
                if possessive { break }
            } else {
                break
            }
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

    func claimEnglishPerson(_ s: Int, _ e: Int, role: String?, affiliation: String?, _ state: inout DocumentState) {
        let tokens = state.text.tokens
        let forms = tokens[s..<e].map { bare($0) }
        var name = state.text.substring(tokens[s].start, tokens[e - 1].end)
        if name.hasSuffix("'s") || name.hasSuffix("\u{2019}s") { name = String(name.dropLast(2)) }
        name = name.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        let key = forms.first.flatMap { first in forms.last.flatMap { state.person(first: first, last: $0) } }
            ?? "person:\(forms.joined(separator: " "))"
        var d = ActorDraft(key: key, kind: .person, name: name)
        d.nameFromText = true
        d.nameTokens = forms
        d.affiliationKey = affiliation
        if let role { d.roles = [role]; d.roleKeys = [MatchingForm.key(role)] }
        let k = state.upsert(d)
        state.claim(s, e, key: k, form: .name)
    }
}

extension String {
    /// The string with its first letter upper-cased (`institute` → `Institute`).
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
