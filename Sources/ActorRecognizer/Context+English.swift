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
    static let functionStarts: Set<String> = ["the", "a", "an", "but", "and", "or", "in", "on", "at", "for", "with", "from", "to", "by", "as", "if", "when", "while", "after", "before", "this", "that", "his", "her", "its", "their", "our", "under", "i'm", "i\u{2019}m"]

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

    /// Whether a token is one capital letter, with or without its period (`L`, `J.`).
    func isInitialLetter(_ t: Token) -> Bool {
        guard t.script == .latin, let first = t.text.unicodeScalars.first, first.properties.isUppercase else { return false }
        let n = t.text.unicodeScalars.count
        return n == 1 || n == 2 && t.text.hasSuffix(".")
    }

    /// Whether token `k` is an initial inside the name `[s, e)`, neither its first nor its last
    /// word (`Teodoro L Locsin`): a lone capital there is no pronoun nor article.
    func isInnerInitial(_ k: Int, _ s: Int, _ e: Int, _ tokens: [Token]) -> Bool {
        k > s && k < e - 1 && isInitialLetter(tokens[k])
    }

    /// Whether a token can continue a capitalised name: capitalised, or a particle name part.
    func isNameWord(_ t: Token) -> Bool { isCap(t) || isParticleName(t) }

    /// The country adjective coordinated before the one at `k` (`German and Bolivian`, `German,
    /// Greek and Bolivian`), or `nil`.
    func coordinatedDemonym(before k: Int, _ state: DocumentState) -> Int? {
        let tokens = state.text.tokens
        var j = k - 1
        if j >= 1, tokens[j].form == "and" { j -= 1 }
        else if j < 0 || !state.text.substring(tokens[j].end, tokens[k].start).contains(",") { return nil }
        guard j >= 0, let c = state.claim(at: j), c.form == .demonym, c.firstToken == j else { return nil }
        return j
    }

    /// The matching form of an English token without a possessive `'s`.
    func bare(_ t: Token) -> String {
        for s in ["'s", "'"] where t.form.hasSuffix(s) && t.form.count > s.count + 1 { return String(t.form.dropLast(s.count)) }
        return t.form
    }

    func findEnglishNames(_ state: inout DocumentState) {
        let tokens = state.text.tokens, scalars = state.text.scalars
        // `his Russian counterpart`: resolved once every person is known. `his German and Bolivian
        // counterparts`: each country adjective of the plural names one.
        for (i, t) in tokens.enumerated() where i > 0 {
            let plural = t.form.count > 1 && t.form.hasSuffix("s") && lexicon.titles[[String(t.form.dropLast())]] == .counterpart
            guard plural || lexicon.titles[[t.form]] == .counterpart,
                  let c = state.claim(at: i - 1), c.form == .demonym else { continue }
            var demonyms = [i - 1]
            while plural, let k = demonyms.last, let previous = coordinatedDemonym(before: k, state) {
                demonyms.append(previous)
            }
            // `their U.S. counterparts`: officials of one country, not the one person named.
            if plural, demonyms.count < 2 { continue }
            for d in demonyms {
                let first = d == demonyms.last && d >= 1 && ["his", "her", "their"].contains(tokens[d - 1].form) ? d - 1 : d
                state.pendingRoles.append(PendingRole(first: first, end: d == i - 1 ? i + 1 : d + 1, kind: .counterpart,
                                                      affiliation: nil, demonymToken: d))
            }
        }
        state.titleCaseHeadlineEnd = titleCaseHeadlineEnd(state.text)
        claimHyphenatedSides(&state)
        findEnglishMinistries(&state)
        findKinAppositions(&state)
        var i = 0
        while i < tokens.count {
            guard state.owner[i] == nil, isCap(tokens[i]), !isHandle(i, state) else { i += 1; continue }
            // The capitalised sequence, with name particles and body connectors between capitals.
            var e = i + 1
            // `Crum & Forster`, `Standard & Poor's`: capitals joined by an ampersand name a firm.
            var firm = false
            while e < tokens.count, state.owner[e] == nil, !bare(tokens[e - 1]).isEmpty, tokens[e - 1].form == bare(tokens[e - 1]) {
                if !Gazetteer.joined(tokens[e - 1], tokens[e], scalars: scalars) {
                    // Not between people (`By Martin Hale & Olena Kravets`, a byline).
                    guard state.text.substring(tokens[e - 1].end, tokens[e].start) == " & ", isNameWord(tokens[e]),
                          !lexicon.givenNames.contains(tokens[e].form), !lexicon.givenNames.contains(tokens[i].form),
                          !(i > 0 && tokens[i - 1].form == "by") else { break }
                    firm = true
                    e += 1
                    continue
                }
                // A change between capitals and mixed case ends a name (`Ahmed Hassan` / `NUSA DUA,` dateline).
                if isNameWord(tokens[e]) {
                    let capsRun = tokens[e - 1].isAllCaps && tokens[e - 1].text.count > 1
                    let capsNext = tokens[e].isAllCaps && tokens[e].text.count > 1
                    if capsRun != capsNext && state.text.substring(tokens[e - 1].end, tokens[e].start).containsText("\n") { break }
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
            if firm, e - i >= 2, !tokens[i..<e].contains(where: { lexicon.orgHeads[bare($0)] != nil || Context.calendarWords.contains(bare($0))
                || lexicon.givenNames.contains($0.form) && $0.form != tokens[i].form }) {
                // The firm's name starts after the last connector (`Officials of Crum & Forster`).
                let start = (i..<e).last(where: { Context.orgConnectors.contains(tokens[$0].form) }).map { $0 + 1 } ?? i
                if start > i { i = classify(i, start - 1, &state) }
                claimBody(start, e, kind: .organization, &state)
                i = e
                continue
            }
            i = classify(i, e, &state)
        }
        attachPrecedingTitles(&state)
        attachAppositiveRoles(&state)
        findEnglishRoleReferences(&state)
    }

    /// Whether token `i` opens its sentence (or line).
    func opensSentence(_ i: Int, _ state: DocumentState) -> Bool {
        let tokens = state.text.tokens
        return i == 0 || state.text.substring(tokens[i - 1].end, tokens[i].start).contains(where: { ".!?\n".contains($0) })
    }

    /// Classifies the capitalised sequence `[s, e)`; returns the token to go on from.
    func classify(_ s: Int, _ e: Int, _ state: inout DocumentState) -> Int {
        let tokens = state.text.tokens
        if e - s == 1, claimAcronym(s, &state) { return e }
        if tokens[s..<e].allSatisfy({ $0.isAllCaps && $0.text.count > 1 }) && e - s > 0 { return e }
        var p = s
        // `Miami-based Carnival Cruise Lines`: a modifier in a hyphen and lower case is no part of the name.
        while p < e, Context.functionStarts.contains(tokens[p].form) || isHyphenModifier(tokens[p]) { p += 1 }
        guard p < e else { return e }
        // `Milton Roy` after `Milton Roy Corp.`: a firm's name without its last head word.
        if let key = firmShortName(p, e, state) {
            state.claim(p, e, key: key, form: .shortName)
            return e
        }
        // `the Kathimerini newspaper`, `state broadcaster M1`, `the daily Haaretz`, `local newspaper
        // Haaretz`, `the Itar-Tass news agency`: a name beside an outlet noun names an outlet.
        let agencyAfter = e + 1 < tokens.count && tokens[e].form == "news" && ["agency", "service"].contains(tokens[e + 1].form)
        // `the Communist Party daily Granma`: the name after the outlet noun is the outlet, the one
        // before it its owner.
        let namedAfter = e + 1 < tokens.count && isCap(tokens[e + 1]) && Gazetteer.joined(tokens[e], tokens[e + 1], scalars: state.text.scalars)
        if e - p <= 4, !tokens[p..<e].contains(where: { lexicon.titles[[$0.form]] != nil }),
           (s > 0 && tokens[s - 1].form == "the" || p > s && tokens[p - 1].form == "the") && e < tokens.count && (Context.outletNouns.contains(tokens[e].form) && !namedAfter || agencyAfter)
            && Gazetteer.joined(tokens[e - 1], tokens[e], scalars: state.text.scalars)
            || p > 1 && Context.outletNouns.contains(tokens[p - 1].form)
            && (["the", "state", "broadcaster", "news"].contains(tokens[p - 2].form)
                || tokens[p - 2].script == .latin && !tokens[p - 2].isCapitalized && !Context.functionStarts.contains(tokens[p - 2].form)
                || state.claim(at: p - 2).map { $0.endToken == p - 1 && !$0.key.isEmpty } == true)
            && Gazetteer.joined(tokens[p - 1], tokens[p], scalars: state.text.scalars) {
            // `Channel One`: a capitalised outlet noun is the name's first word.
            let first = p > s || !isCap(tokens[p - 1]) || !Context.outletNouns.contains(tokens[p - 1].form) || state.owner[p - 1] != nil ? p : p - 1
            claimBody(first, e, kind: .outlet, &state)
            return e
        }
        // `Israel Radio`, `Israel Army Radio`: an outlet's head word ends a sequence after a country's name.
        var outletEnd = p + 1
        while outletEnd < e, !Context.orgConnectors.contains(tokens[outletEnd].form) { outletEnd += 1 }
        if p > 0, lexicon.outletCues.contains([bare(tokens[outletEnd - 1])]), let c = state.claim(at: p - 1), c.endToken == p,
           state.drafts[c.key]?.kind == .country, c.form == .name, !tokens[p - 1].form.hasSuffix("'s"),
           Gazetteer.joined(tokens[p - 1], tokens[p], scalars: state.text.scalars) {
            claimBody(p, outletEnd, kind: .outlet, &state)
            return outletEnd
        }
        // A body: a head noun after at least one other word. A title and a name before `and` are a
        // person, and the body, if any, comes after the `and` (`Speaker Dadi Mwangi and Senate
        // President Enoch Ruto`).
        var firstAnd = p + 1
        while firstAnd < e, tokens[firstAnd].form != "and" { firstAnd += 1 }
        let nameAfterTitle = englishTitle(at: p, limit: firstAnd, state).map { t in
            t < firstAnd && (t..<firstAnd).allSatisfy { k in
                (isNameShaped(tokens[k]) || isInnerInitial(k, t, firstAnd, tokens)) && lexicon.orgHeads[bare(tokens[k])] == nil
            }
        } ?? false
        let bodyEnd = firstAnd < e && nameAfterTitle ? firstAnd : e
        // `Harvard University and Chiron Corp.`: two bodies, each with its head, are two names; after
        // `of` or `for` the `and` goes on one name (`Department of Health and Human Services`, `Coalition for Unity and Democracy Party`).
        func hasHead(_ r: Range<Int>) -> Bool { r.contains { isCap(tokens[$0]) && lexicon.orgHeads[bare(tokens[$0])] != nil } }
        if !nameAfterTitle, firstAnd < e, firstAnd > p, hasHead(p..<firstAnd), hasHead(firstAnd + 1..<e),
           !tokens[p..<firstAnd].contains(where: { $0.form == "of" || $0.form == "for" }) {
            _ = classify(p, firstAnd, &state)
            return firstAnd + 1
        }
        // `University of Toronto`: a head first, with `of` after it.
        let headFirst = p + 2 < bodyEnd && isCap(tokens[p]) && lexicon.orgHeads[bare(tokens[p])] != nil
            && ["of", "for", "on"].contains(tokens[p + 1].form)
        // The head may be the only word after a country's adjective (`Arab American Institute`),
        // which the body takes in (see ``claimBody(_:_:kind:_:)``).
        let afterCountry = p > 0 && Gazetteer.joined(tokens[p - 1], tokens[p], scalars: state.text.scalars)
            && state.claim(at: p - 1).map { $0.endToken == p && ($0.form == .demonym || $0.form == .name && state.drafts[$0.key]?.kind == .country) } == true
        if let h = ((afterCountry || headFirst ? p : p + 1)..<bodyEnd).last(where: { isCap(tokens[$0]) && lexicon.orgHeads[bare(tokens[$0])] != nil }) {
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
        var titleCountry: String?
        if !hasTitle {
            for k in stride(from: min(3, p), through: 1, by: -1) where state.isFree(p - k, p) {
                if englishTitle(at: p - k, limit: p, state) == p { hasTitle = true; roleStart = p - k; break }
            }
        }
        // `the Foreign Minister of Iran Hossein Amir Abdollahian`: a title of a country right before.
        if !hasTitle, let (start, country) = titleOfCountry(before: p, state) {
            hasTitle = true
            roleStart = start
            titleCountry = country
        }
        // `External Affairs Minister S. Jaishankar`: initials between the title and a name the
        // gazetteer found are that name's, not a person of their own.
        let initialsOnly = hasTitle && q < cut && (q..<cut).allSatisfy { isInitialLetter(tokens[$0]) }
        guard q < cut, !initialsOnly else {
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
        if q > 0, tokens[q - 1].form == "by", q - 1 == 0 || state.text.substring(tokens[q - 2].end, tokens[q - 1].start).containsText("\n") {
            return cut
        }
        // `Indian Foreign Minister Holds Bilateral Talks`: in a title-case headline the name ends
        // before a verb or a plural the style capitalised.
        if let w = (q..<cut).first(where: { isStyleCapital($0, state) }) {
            guard w > q else { return q + 1 }
            cut = w
        }
        let nameTokens = tokens[q..<cut]
        let n = nameTokens.count
        let stop = nameTokens.contains { lexicon.stopwords.contains(bare($0)) }
        // After a title, only words that cannot be names stop it (`Foreign Minister Jan Kavan`,
        // `Labor leader Miriam Golan`, `Prince Bandar bin Sultan`), not place or month words.
        let hardStop = nameTokens.contains { Context.functionStarts.contains(bare($0)) || Context.calendarWords.contains(bare($0)) }
            || nameTokens.allSatisfy { lexicon.stopwords.contains(bare($0)) }
        // `Clinton shook hands with Arafat` in 1997: a surname alone names the one gazetteer person
        // of that surname who held an office that year.
        if n == 1, !hasTitle, let entry = datedHolder(ofSurname: bare(tokens[q]), opensSentence: opensSentence(q, state), state) {
            state.claim(q, cut, key: state.upsert(draft(for: entry)), form: .shortName)
            return cut
        }
        var isPerson = false
        if hasTitle && !hardStop && (n >= 2 || !stop) { isPerson = true }
        else if n >= 2 && n <= 4 && !stop {
            if lexicon.givenNames.contains(bare(tokens[q])) { isPerson = true }
            else if followedByPersonCue(cut, state) { isPerson = true }
            else if n <= 3, q > 0, precededByPersonCue(q, state) { isPerson = true }
            // `Desmond Tutu met with Nelson Mandela`: a side of a meeting phrase facing a person.
            // A word capitalised only because it opens the sentence is no part of it (`Later Bush phoned`).
            else if n <= 3, !isDeterminedOrPlace(q, cut, state), !(opensSentence(q, state) && lexicon.commonWords.contains(bare(tokens[q]))),
                    fillsMeetingSlot(q, cut, state) { isPerson = true }
        } else if n >= 2 && n <= 4, lexicon.givenNames.contains(bare(tokens[q])),
                  !nameTokens.dropFirst().contains(where: { lexicon.stopwords.contains(bare($0)) }) {
            isPerson = true
        } else if n == 1, !hasTitle, !stop, isNameShaped(tokens[q]), !isDeterminedOrPlace(q, cut, state),
                  personPronounFollows(cut, state) || fillsMeetingSlot(q, state) || titleApposed(after: cut, state),
                  standsAlone(q, state) {
            // One word with no title: a person when a person's pronoun follows its verb (`Kislyak
            // said he …`), a `who` clause opens after it (`Mwangi, who …`), it faces a person
            // across a meeting phrase (`Odinga spoke to Ruto`) or a title is apposed to it
            // (`Teodoro, the defence secretary,`).
            isPerson = true
        }
        // A name never seen before, by its shape: two to four capitalised words, none of them an
        // ordinary word, not after `the` nor a place preposition (`Felix Tshisekedi`, not `Black Sea`).
        let core = nameTokens.filter { !Context.nameParticles.contains(bare($0)) }.count
        if !isPerson, !hasTitle, n >= 2, core >= 2, core <= 4, !stop,
           (q..<cut).allSatisfy({ isNameShaped(tokens[$0]) || isInnerInitial($0, q, cut, tokens) }),
           !isDeterminedOrPlace(q, cut, state) {
            isPerson = true
        }
        guard isPerson else { return max(p + 1, q) }
        let role = hasTitle ? state.text.substring(tokens[roleStart].start, tokens[q - 1].end) : nil
        var affiliation = titleCountry
        if roleStart > 0, let c = state.claim(at: roleStart - 1), let d = state.drafts[c.key], d.kind == .country { affiliation = c.key }
        claimEnglishPerson(q, cut, role: hasTitle && lexicon.titles[tokens[roleStart..<q].map(\.form)] != .honorific ? role : nil,
                           affiliation: affiliation, &state)
        return cut
    }

}

extension String {
    /// The string with its first letter upper-cased (`institute` → `Institute`).
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
