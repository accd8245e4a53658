import EventGraphModel
import TextAnalysis

/// Coreference inside one document: short forms (surnames, a body's head noun) and roles
/// (`وزير الخارجية السعودي` after the full name, `نظيره الروسي`, `his Russian counterpart`).
extension Context {
    /// Merges one-word people into the person whose surname they are, then claims every free
    /// surname (with clitics in Arabic, possessive in English) and every free head noun of a body.
    func resolveShortForms(_ state: inout DocumentState) {
        let tokens = state.text.tokens
        // One-word people (`President Reagan`) are the full-named person with that surname.
        // Full-named people by their last name token and by each of their name tokens, in order
        // (merging a one-word person away changes neither).
        var byLast: [String: [String]] = [:], byWord: [String: [String]] = [:]
        for other in state.order {
            guard let o = state.drafts[other], o.kind == .person, o.nameTokens.count >= 2, let last = o.nameTokens.last else { continue }
            byLast[last, default: []].append(other)
            for word in Set(o.nameTokens) { byWord[word, default: []].append(other) }
        }
        for key in state.order {
            guard let d = state.drafts[key], d.kind == .person, d.nameTokens.count == 1, d.entryID == nil else { continue }
            let owners = byLast[d.nameTokens[0]] ?? []
            // Family name first (`President Lee` after `Lee Teng-hui`): any word of a unique full name.
            let anywhere = byWord[d.nameTokens[0]] ?? []
            if owners.count == 1 { state.merge(key, into: owners[0], form: .shortName) }
            else if owners.isEmpty, anywhere.count == 1 { state.merge(key, into: anywhere[0], form: .shortName) }
        }
        // `Mr El Gamal`, `al-Sayed Hassan` after the full name: the end of one longer name.
        for key in state.order {
            guard let d = state.drafts[key], d.kind == .person, d.entryID == nil, (2...3).contains(d.nameTokens.count) else { continue }
            let owners = state.people(lastTokenIn: [d.nameTokens[d.nameTokens.count - 1]]).filter { other in
                guard other != key, let o = state.drafts[other], o.nameTokens.count > d.nameTokens.count else { return false }
                return Array(o.nameTokens.suffix(d.nameTokens.count)) == d.nameTokens
            }
            if owners.count == 1 { state.merge(key, into: owners[0], form: .shortName) }
        }
        // `فهد بن محمود` beside `فهد بن محمود آل سعيد`, `Mohammed bin Salman` beside `Mohammed bin
        // Salman Al Saud`: a lineage is the start of one longer name.
        for key in state.order {
            // English too: `Juan Miguel` beside `Juan Miguel Gonzalez`, the given names of one longer name.
            guard let d = state.drafts[key], d.kind == .person, d.entryID == nil, d.nameTokens.count >= 2,
                  d.nameTokens.count >= 3 || d.nameTokens.contains(where: { ["بن", "ابن", "bin", "ibn"].contains($0) })
                    || language == .en else { continue }
            let owners = state.order.filter { other in
                guard other != key, let o = state.drafts[other], o.kind == .person, o.nameTokens.count > d.nameTokens.count else { return false }
                return Array(o.nameTokens.prefix(d.nameTokens.count)) == d.nameTokens
            }
            if owners.count == 1 { state.merge(key, into: owners[0], form: .shortName) }
        }
        // One owner per word; a word two people share names neither.
        var surnames = WordOwners(), familyFirst = WordOwners()
        func usable(_ s: String, minimum: Int) -> Bool {
            s.count >= minimum && !lexicon.stopwords.contains(s) && !lexicon.titles.contains([s])
        }
        func add(_ s: String, _ key: String) { if usable(s, minimum: 3) { surnames.add(s, key) } }
        let claimed = Set(state.claims.map(\.key))
        for key in state.order {
            guard let d = state.drafts[key], claimed.contains(key) else { continue }
            if d.kind == .person, d.nameTokens.count >= 2, let last = d.nameTokens.last {
                add(last, key)
                if language == .ar, last.hasPrefix("ال") { add(String(last.dropFirst(2)), key) }
                // Family name first (`Liang Wenhui`, `Kim Jong Un`, `Orbán Viktor`): a first word
                // that is no given name may be the name the text goes on with.
                // A surname of someone else wins over it (`Ali` of `Ahmed Ali` beside `Ali Khamenei`).
                // A given name opens it only where it is no common word (`Li Lanqing`, not `Bill Clinton`).
                // Before a given name of two syllables joined by a hyphen (`Moon Jae-in`, `Lee
                // Teng-hui`) the first word is the family name, whatever else it may be.
                if language == .en, d.nameTokens.count <= 3, let first = d.nameTokens.first,
                   !lexicon.givenNames.contains(first) || !lexicon.commonWords.contains(first)
                    || Context.isHyphenatedGivenName(d.name.split(separator: " ").dropFirst().first),
                   !Context.nameParticles.contains(first) {
                    // Two letters are a family name too (`Li`, `Hu`).
                    if usable(first, minimum: 2) { familyFirst.add(first, key) }
                }
            }
            // `Mayor Kerimov … Kerimov said`, `President Bush … Bush said`: a surname a title
            // introduced names that person again alone.
            if d.kind == .person, language == .en, d.nameTokens.count == 1, !d.roles.isEmpty, let only = d.nameTokens.first {
                add(only, key)
            }
            if d.kind != .person, language == .en, d.nameTokens.count >= 2, let last = d.nameTokens.last,
               lexicon.orgHeads[last] != nil {
                add(last, key)
            }
            // `النهضة` after `حركة النهضة`: a movement or party by its own name.
            if d.kind == .organization, language == .ar, d.nameTokens.count == 2,
               let head = d.nameTokens.first.flatMap({ h in stems(Token(start: 0, end: 0, text: h, form: h, script: .arabic, isCapitalized: false)).first { ["حركه", "حزب"].contains($0) } }),
               !head.isEmpty, d.nameTokens[1].hasPrefix("ال"), d.nameTokens[1].count >= 5, d.nameTokens[1] != "الله" {
                add(d.nameTokens[1], key)
            }
        }
        claimSharedSurnames(surnames.shared, &state)
        var keys = surnames.unique
        for (s, key) in familyFirst.unique where surnames.owner[s] == nil { keys[s] = key }
        guard !keys.isEmpty else { return }
        let surnameOf = StringTable(keys)                     // looked up for every free token
        for (i, t) in tokens.enumerated() where state.owner[i] == nil {
            if language == .en || t.script == .latin {
                guard t.script == .latin, t.isCapitalized, let key = surnameOf[bare(t)] else { continue }
                state.claim(i, i + 1, key: key, form: .shortName)
            } else if t.script == .arabic {
                // The keys of `Gazetteer.keys(of:scalars:)`, in its order; where the stem starts only for a match.
                for reading in t.stems {
                    guard let key = surnameOf[reading.stem] else { continue }
                    state.claim(i, i + 1, start: Gazetteer.stemStart(t, reading: reading, scalars: state.text.scalars), key: key, form: .shortName)
                    break
                }
            } else {
                for (k, start) in Gazetteer.keys(of: t, scalars: state.text.scalars) {
                    guard let key = surnameOf[k] else { continue }
                    state.claim(i, i + 1, start: start, key: key, form: .shortName)
                    break
                }
            }
        }
    }

    /// Whether a word has the shape of an East Asian given name in Latin letters: two syllables
    /// joined by a hyphen, the second in lower case (`Jae-in`, `Teng-hui`, `Jong-un`).
    static func isHyphenatedGivenName(_ word: Substring?) -> Bool {
        guard let word, let hyphen = word.firstIndex(of: "-"), hyphen != word.startIndex else { return false }
        let head = word[..<hyphen], tail = word[word.index(after: hyphen)...]
        return head.first?.isUppercase == true && head.dropFirst().allSatisfy(\.isLowercase)
            && !tail.isEmpty && tail.allSatisfy(\.isLowercase)
    }

    /// The person a counterpart phrase at token `k` is of: the last person named before it in its
    /// sentence.
    func counterpartOwner(before k: Int, _ state: DocumentState) -> String? {
        let tokens = state.text.tokens
        guard k > 0, let sentence = state.text.sentence(containing: tokens[k].start) else { return nil }
        return state.claims.filter { c in
            c.endToken <= k && tokens[c.firstToken].start >= sentence.start && state.drafts[c.key]?.kind == .person
        }.max { $0.endToken < $1.endToken }?.key
    }

    /// `معاليه`, `سموه`: the last person before it who holds that honorific's title class (`سمو`,
    /// `الأمير` for `سموه`; `معالي`, `وزير` for `معاليه`), as written before one of the person's
    /// mentions or in it; with no such person, or for an honorific with no class, the last person.
    func resolveHonorificPronouns(_ state: inout DocumentState) {
        guard language == .ar, !lexicon.honorificPronouns.isEmpty else { return }
        let tokens = state.text.tokens
        for (i, t) in tokens.enumerated() where state.owner[i] == nil {
            guard let r = t.stems.first(where: { lexicon.honorificPronouns[$0.stem] != nil }),
                  let marks = lexicon.honorificPronouns[r.stem] else { continue }
            let people = state.claims.filter { c in
                !c.key.isEmpty && c.endToken <= i && state.drafts[c.key]?.kind == .person
            }.sorted { $0.endToken > $1.endToken }
            let marked = marks.isEmpty ? nil : people.first { c in
                state.claims.contains { $0.key == c.key && $0.endToken <= i && !honorificWords(before: $0, state).isDisjoint(with: marks) }
            }
            guard let p = marked ?? people.first else { continue }
            state.claim(i, i + 1, start: Gazetteer.stemStart(t, reading: r, scalars: state.text.scalars), key: p.key, form: .pronoun)
        }
    }

    /// The word forms and stems of a claim and of the few words before it that no other actor
    /// holds (`صاحب السمو الأمير` before a name, `سمو وزير الخارجية`).
    func honorificWords(before c: Claim, _ state: DocumentState) -> Set<String> {
        let tokens = state.text.tokens
        var words: Set<String> = []
        func add(_ k: Int) {
            words.insert(tokens[k].form)
            for s in tokens[k].stems { words.insert(s.stem) }
        }
        for k in c.firstToken..<c.endToken { add(k) }
        var k = c.firstToken - 1
        while k >= 0, k >= c.firstToken - 4 {
            if let o = state.owner[k], state.claims[o].key != c.key { break }
            if state.text.substring(tokens[k].end, tokens[k + 1].start).contains(where: { ".!?؟\n".contains($0) }) { break }
            add(k)
            k -= 1
        }
        return words
    }

    /// The title words of an Arabic role phrase without its country adjectives and with the
    /// article dropped from its first word (`المستشار الأميركي` → `مستشار`), in matching form.
    func arabicBareTitle(_ p: PendingRole, _ state: DocumentState) -> String? {
        let tokens = state.text.tokens
        let words = (p.first..<p.end).filter { state.claim(at: $0)?.form != .demonym }.map { tokens[$0].form }
        guard var first = words.first else { return nil }
        if first.hasPrefix("ال"), first.count > 4 { first = String(first.dropFirst(2)) }
        return MatchingForm.key(([first] + words.dropFirst()).joined(separator: " "))
    }

    /// Whether a role names a country (`وزير الخارجية الفرنسي`) that is not the person's own, by
    /// the person's affiliation or gazetteer entry.
    func isOfAnotherCountry(_ role: PendingRole, _ person: ActorDraft, _ state: DocumentState) -> Bool {
        // A run of titles (`ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية سفير اليابان`) is left as
        // it was read: where one role ends and the object begins is not known there.
        guard let country = role.affiliation, state.drafts[country]?.kind == .country else { return false }
        let titles = (role.first..<role.end).filter { k in
            language == .ar ? title(at: k, state) != nil : englishTitle(at: k, limit: role.end, state) != nil
        }
        guard titles.count <= 1 else { return false }
        let own = person.affiliationKey ?? person.entryID.flatMap { gazetteer.entries[$0]?.country }.map { "gz:\($0)" }
        return own.map { $0 != country } ?? false
    }

    /// Resolves roles written without a name to the one person who holds that role, and
    /// counterparts (`نظيره الروسي`) to the one person of that country.
    func resolveRoles(_ state: inout DocumentState) {
        resolveHonorificPronouns(&state)
        let tokens = state.text.tokens
        // People by the role keys they hold, whole and cut at each space (a title word-prefix or
        // word-suffix of a role), and by country; `addRole` below is the only change to either
        // here, so the index is kept current after each. Lookups re-check the full condition.
        var byRole: [String: Set<String>] = [:], byCountry: [String: Set<String>] = [:]
        func index(_ key: String) {
            guard let d = state.drafts[key], d.kind == .person else { return }
            for r in d.roleKeys {
                byRole[r, default: []].insert(key)
                for i in r.indices where r[i] == " " {
                    byRole[String(r[..<i]), default: []].insert(key)
                    byRole[String(r[r.index(after: i)...]), default: []].insert(key)
                }
            }
            if let a = d.affiliationKey { byCountry[a, default: []].insert(key) }
            if let id = d.entryID, let cid = gazetteer.entries[id]?.country { byCountry["gz:\(cid)", default: []].insert(key) }
        }
        for key in state.order { index(key) }
        // Only the one holder counts: up to two tell none, one and several apart.
        func upToTwo(_ sets: [Set<String>], where test: (String) -> Bool) -> [String] {
            var found: [String] = []
            for keys in sets {
                for key in keys where !found.contains(key) && test(key) {
                    found.append(key)
                    if found.count == 2 { return found }
                }
            }
            return found
        }
        for p in state.pendingRoles {
            switch p.kind {
            case .role:
                let roleText = state.text.substring(tokens[p.first].start, tokens[p.end - 1].end)
                // A role right after a person's name is that person's (`فيصل بن فرحان وزير الخارجية السعودي`),
                // unless it is of another country than the person's: then it opens the verb's object
                // (`استقبل الملك عبدالله الثاني وزير الخارجية الفرنسي`).
                if p.first > 0, let c = state.claim(at: p.first - 1), let d = state.drafts[c.key], d.kind == .person,
                   !state.text.substring(tokens[p.first - 1].end, tokens[p.first].start).contains(where: { ".!?؟\n".contains($0) }),
                   !isOfAnotherCountry(p, d, state) {
                    addRole(roleText, to: c.key, affiliation: p.affiliation, &state)
                    index(c.key)
                    continue
                }
                // `سمو الأمير`, `جلالة الملك`: a royal title after an honorific names the one person
                // whose role it opens (`أمير البلاد المفدى`), though it is one word.
                let royal = language == .ar && p.end - p.first == 1 && p.first > 0 && title(at: p.first - 1, state)?.kind == .honorific
                    ? stems(tokens[p.first]).first { Self.royalTitles.contains($0) }.map { $0.hasPrefix("ال") ? String($0.dropFirst(2)) : $0 }
                    : nil
                // Country adjectives inside the role (`وزير الخارجية العماني`) are part of it.
                guard p.end - p.first >= 2 || language == .en || royal != nil, (p.first..<p.end).allSatisfy({ t in
                    guard let c = state.claim(at: t) else { return true }
                    return c.form == .demonym && c.firstToken >= p.first && c.endToken <= p.end
                }) else { continue }
                let rk = MatchingForm.key(roleText)
                // English: the title words alone (`secretary` in `the Turkish secretary`) against the
                // person's roles (`Secretary of State`), within the adjective's country.
                let titleKey = language == .en
                    ? (p.first..<p.end).filter { state.claim(at: $0)?.form != .demonym }.map { tokens[$0].form }.joined(separator: " ")
                    : rk
                // `the premier` is the one holding `Prime Minister`: titles of the same office count alike.
                let titleKeys = [titleKey] + (language == .en ? lexicon.sameTitles[titleKey] ?? [] : [])
                let candidates = language == .en
                    ? titleKeys.map { byRole[$0] ?? [] }
                    : [byRole[rk] ?? [], p.affiliation == nil ? [] : arabicBareTitle(p, state).flatMap { byRole[$0] } ?? [],
                       royal.flatMap { byRole[$0] } ?? []]
                let holders = upToTwo(candidates) { key in
                    guard let d = state.drafts[key], d.kind == .person else { return false }
                    let sameCountry = p.affiliation == nil || p.affiliation == d.affiliationKey
                        || d.entryID.flatMap { gazetteer.entries[$0]?.country }.map { "gz:\($0)" == p.affiliation } == true
                    if language == .en {
                        return sameCountry && titleKeys.contains { t in
                            d.roleKeys.contains { $0 == t || $0.hasPrefix(t + " ") || $0.hasSuffix(" " + t) }
                        }
                    }
                    if d.roleKeys.contains(rk) || d.roleKeys.contains(where: { $0.hasPrefix(rk + " ") && sameCountry }) { return true }
                    if let royal, d.roleKeys.contains(where: { $0 == royal || $0.hasPrefix(royal + " ") }) { return true }
                    // `المستشار الأميركي`: the title without its article and adjective opens the role
                    // of the one person of that country (`مستشار الأمن القومي`).
                    guard p.affiliation != nil, sameCountry, let bare = arabicBareTitle(p, state) else { return false }
                    return d.roleKeys.contains { $0 == bare || $0.hasPrefix(bare + " ") }
                }
                guard holders.count == 1 else { continue }
                for t in p.first..<p.end where state.owner[t] != nil { state.unclaim(at: t) }
                let first = tokens[p.first]
                let reading = first.script == .arabic ? first.stems.first { lexicon.titleStarts.contains($0.stem) } : nil
                let start = reading.map { Gazetteer.stemStart(first, reading: $0, scalars: state.text.scalars) } ?? first.start
                state.claim(p.first, p.end, start: start, key: holders[0], form: .role)
            case .counterpart:
                guard let dt = p.demonymToken, dt < tokens.count, let c = state.claim(at: dt), c.form == .demonym,
                      (p.first..<p.end).allSatisfy({ $0 == dt || state.owner[$0] == nil }) else { continue }
                let country = c.key
                // `his Turkish counterpart Mevlut Cavusoglu`, `…, Wang Yi,`: the name right after the phrase.
                if p.end < tokens.count, let named = state.claim(at: p.end), named.firstToken == p.end,
                   state.drafts[named.key]?.kind == .person,
                   state.text.substring(tokens[p.end - 1].end, tokens[p.end].start).trimmingCharacters(in: .whitespaces).allSatisfy({ $0 == "," || $0 == "\u{060C}" }) {
                    if state.drafts[named.key]?.affiliationKey == nil { state.drafts[named.key]?.affiliationKey = country }
                    let first = min(p.first, c.firstToken), end = max(p.end, c.endToken)
                    state.unclaim(at: dt)
                    state.claim(first, end, start: min(tokens[p.first].start, c.start), key: named.key, form: .pronoun)
                    continue
                }
                func ofCountry(_ key: String) -> Bool {
                    guard let d = state.drafts[key], d.kind == .person else { return false }
                    if d.affiliationKey == country { return true }
                    if let id = d.entryID, let cid = gazetteer.entries[id]?.country { return "gz:\(cid)" == country }
                    return false
                }
                var people = upToTwo([byCountry[country] ?? []], where: ofCountry)
                // `Lavrov … his Egyptian counterpart` where Egypt's foreign minister and president are
                // both named: the one who holds the role of the person the counterpart is of.
                if people.count == 2, let own = counterpartOwner(before: p.first, state), let roles = state.drafts[own]?.roleKeys, !roles.isEmpty {
                    let same = (byCountry[country] ?? []).filter { ofCountry($0) && state.drafts[$0]?.roleKeys.contains(where: roles.contains) == true }
                    if same.count == 1 { people = Array(same) }
                }
                guard people.count == 1 else { continue }
                let first = min(p.first, c.firstToken), end = max(p.end, c.endToken)
                state.unclaim(at: dt)
                state.claim(first, end, start: min(tokens[p.first].start, c.start), key: people[0], form: .pronoun)
            case .honorific:
                continue
            }
        }
    }
}

/// Who a word of a name belongs to, when only one person of the document has it.
struct WordOwners {
    /// The first person each word was seen with.
    private(set) var owner: [String: String] = [:]
    /// Words two people have.
    private(set) var shared: Set<String> = []

    mutating func add(_ word: String, _ key: String) {
        if let k = owner[word], k != key { shared.insert(word) } else { owner[word] = key }
    }

    /// The words one person has, with that person.
    var unique: [String: String] { owner.filter { !shared.contains($0.key) } }
}
