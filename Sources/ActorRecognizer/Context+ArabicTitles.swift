import EventGraphModel
import TextAnalysis

/// Arabic titles and the people they name: `وزير الخارجية القطري خالد العطية`, `نظيره الروسي`.
extension Context {
    /// Titles that royals bear before their given name alone (`الملك سلمان`, `الشيخ تميم`).
    static let royalTitles: StringSet = ["الملك", "الملكه", "الامير", "الشيخ", "السلطان", "الاميره", "الشيخه", "ملك", "امير"]

    /// The longest title that starts at token `i`, with its end token and kind.
    func title(at i: Int, _ state: DocumentState) -> (end: Int, kind: Lexicon.TitleKind)? {
        let tokens = state.text.tokens
        var best: (Int, Lexicon.TitleKind)?
        for first in stems(tokens[i]) where lexicon.titleStarts.contains(first) {
            var seq = [first]
            var j = i + 1
            if let k = lexicon.titles[seq], best.map({ $0.0 < j }) ?? true { best = (j, k) }
            while j < tokens.count, seq.count < lexicon.longestTitle, Gazetteer.joined(tokens[j - 1], tokens[j], scalars: state.text.scalars) {
                seq.append(tokens[j].form)
                j += 1
                if let k = lexicon.titles[seq], best.map({ $0.0 < j }) ?? true { best = (j, k) }
            }
        }
        return best.map { (end: $0.0, kind: $0.1) }
    }

    /// Reads a title and what follows it (a country adjective, a body, more titles, a comma), then a
    /// name; returns the token to continue from.
    func attachTitle(from i: Int, title t: (end: Int, kind: Lexicon.TitleKind), _ state: inout DocumentState) -> Int {
        let tokens = state.text.tokens
        guard t.kind != .counterpart else { return attachCounterpart(from: i, end: t.end, &state) }
        var j = t.end, roleEnd = t.end, affiliation: String?, steps = 0
        // `معالي وزير الخارجية الأستاذ …`: a role after an honorific is the role, from its own first word.
        var roleFirst: Int? = t.kind == .role ? i : nil
        // Whether the role so far ends with its country's adjective (`وزير الخارجية العراقي`).
        var closedByDemonym = false
        let sentence = state.text.sentence(containing: tokens[i].start)
        while j < tokens.count, steps < 7 {
            if let s = sentence, tokens[j].start >= s.end { break }
            // What qualifies the role follows it directly; after a comma only the name may come.
            guard Gazetteer.joined(tokens[j - 1], tokens[j], scalars: state.text.scalars) else { break }
            if let c = state.claim(at: j) {
                guard let d = state.drafts[c.key] else { break }
                // `مستشار السياسة الخارجية لبوتين`: a person after ل is part of the role, not its holder.
                if d.kind == .person {
                    guard c.start > tokens[j].start, MatchingForm.of(state.text.substring(tokens[j].start, c.start)).hasSuffix("ل") else { break }
                    j = c.endToken; roleEnd = j; steps += 1
                    continue
                }
                if affiliation == nil || d.kind == .country { affiliation = c.key }
                closedByDemonym = c.form == .demonym
                j = c.endToken; roleEnd = j; steps += 1
                continue
            }
            // `مستشار السياسة الخارجية لتاسوغ`: the surname of someone named before, after ل, is part
            // of the role even before coreference claims it.
            if state.owner[j] == nil,
               state.hasPerson(lastTokenIn: tokens[j].stems.filter { $0.prefix.hasSuffix("ل") }.map(\.stem)) {
                j += 1; roleEnd = j; steps += 1
                continue
            }
            // `رئيس وزراء جمهورية باكستان الإسلامية`: the state's formal name around its country.
            if roleFirst != nil, stems(tokens[j]).contains(where: { ["جمهوريه", "مملكه", "دوله", "سلطنه", "اماره"].contains($0) }) {
                j += 1; roleEnd = j; steps += 1
                continue
            }
            if let more = title(at: j, state) {
                // `استقبل الرئيس الفنلندي نظيره التشيلي X`: a counterpart opens the object; the name is its.
                if more.kind == .counterpart { break }
                // `وزير الخارجية العراقي ورئيس الوزراء مصطفى الكاظمي`: after a role its country's
                // adjective closes, a role in و is another person's; the first role has no name here.
                // (`نائب رئيس الوزراء ووزير الخارجية فؤاد حسين`, with no adjective between, is one man's.)
                if more.kind == .role, let first = roleFirst, closedByDemonym, roleEnd == j, isConjoined(tokens[j]) {
                    state.pendingRoles.append(PendingRole(first: first, end: roleEnd, kind: .role, affiliation: affiliation))
                    roleFirst = j; affiliation = nil; closedByDemonym = false
                    j = more.end; roleEnd = j; steps += 1
                    continue
                }
                closedByDemonym = false
                // An honorific between two roles (`الرئيس معالي وزير المالية`): the second role is the name's.
                if more.kind == .role && (roleFirst == nil ? roleEnd == j : roleEnd < j) { roleFirst = j }
                j = more.end; if roleFirst != nil && more.kind == .role { roleEnd = j }; steps += 1; continue
            }
            // `سفير اليابان لدى المملكة`: a place after لدى, even one no actor names.
            if tokens[j].form == "لدي", j + 1 < tokens.count, state.owner[j + 1] == nil, tokens[j + 1].form.hasPrefix("ال"),
               Gazetteer.joined(tokens[j], tokens[j + 1], scalars: state.text.scalars) {
                j += 2; roleEnd = j; steps += 1
                continue
            }
            // `السفير الأمريكي لدى الرياض`, `رئيس مجلس السيادة في السودان`, `النائب عن حركة نداء تونس`,
            // `المبعوث الأمريكي الخاص إلى اليمن`:
            // a place or body after لدى, في, عن or إلى.
            if ["لدي", "في", "عن", "الي"].contains(tokens[j].form), j + 1 < tokens.count, let c = state.claim(at: j + 1),
               let d = state.drafts[c.key], d.kind != .person {
                if affiliation == nil { affiliation = c.key }
                j = c.endToken; roleEnd = j; steps += 1
                continue
            }
            let s = stems(tokens[j])
            if roleFirst != nil, roleEnd == j, s.contains(where: { $0.hasPrefix("ال") }), !s.contains(where: { lexicon.givenNames.contains($0) }),
               !Context.arabicTimeWords.contains(tokens[j].form), !Context.arabicRelatives.contains(tokens[j].form),
               !Context.arabicParticlesWithAl.contains(tokens[j].form) {
                j += 1; roleEnd = j; steps += 1
                continue
            }
            // `رئيس مجلس إدارة الغرفة التجارية`: nouns of offices without the article in construct
            // before a definite word go on the role (a given name before a family name does not, nor
            // a second title: `استقبل وزير الخارجية رئيس الوزراء`).
            if roleFirst != nil, roleEnd == j {
                var k = j
                while k + 1 < tokens.count, k - j < 3, !tokens[k].form.hasPrefix("ال"), state.owner[k] == nil,
                      stems(tokens[k]).contains(where: { lexicon.constructNouns.contains($0) || lexicon.orgHeads[$0] != nil }),
                      Gazetteer.joined(tokens[k], tokens[k + 1], scalars: state.text.scalars) { k += 1 }
                if k > j, state.owner[k] != nil || tokens[k].form.hasPrefix("ال") {
                    j = k; roleEnd = j; steps += 1
                    continue
                }
            }
            break
        }
        let role = roleFirst.map { state.text.substring(titleStart($0, state), tokens[roleEnd - 1].end) }
        if let c = state.claim(at: j), let d = state.drafts[c.key], d.kind == .person {
            if let role { addRole(role, to: c.key, affiliation: affiliation, &state) }
            return c.endToken
        }
        // `دولة` is an honorific only before a title or a known name (`دولة الرئيس`), else "state".
        let relaxed = roleFirst != nil || !stems(tokens[i]).contains("دوله")
        let royal = j == i + 1 && stems(tokens[i]).contains(where: { Self.royalTitles.contains($0) })
        if let end = arabicNameEnd(from: j, state, loose: true, afterTitle: relaxed, royal: royal) {
            // `الجنرال كيم مفاوض…`: the first name of someone already named, followed by a common word.
            let owners = firstNameOwners(j, end, state)
            if owners.count > 1 { return end }
            if owners.count == 1 {
                if let role { addRole(role, to: owners[0], affiliation: affiliation, &state) }
                let r = tokens[j].stems.first { stems(tokens[j]).contains($0.stem) && state.drafts[owners[0]]?.nameTokens.first == $0.stem } ?? tokens[j].stems[0]
                state.claim(j, j + 1, start: Gazetteer.stemStart(tokens[j], reading: r, scalars: state.text.scalars), key: owners[0], form: .shortName)
                return j + 1
            }
            claimPerson(j, end, role: role, affiliation: affiliation, &state)
            return end
        }
        if let first = roleFirst {
            state.pendingRoles.append(PendingRole(first: first, end: roleEnd, kind: .role, affiliation: affiliation))
        } else if j > i + 1, stems(tokens[j - 1]).contains(where: { Self.royalTitles.contains($0) }) {
            // `سمو الأمير`, `جلالة الملك` with no name: the royal title names its bearer (resolved later).
            state.pendingRoles.append(PendingRole(first: j - 1, end: j, kind: .role, affiliation: affiliation))
        }
        return max(i + 1, roleEnd)
    }

    /// Whether an Arabic title word is written with the conjunction و (`ورئيس`), not a title
    /// that starts with the letter (`وزير`).
    func isConjoined(_ token: Token) -> Bool {
        token.form.hasPrefix("و") && !lexicon.titleStarts.contains(token.form)
            && token.stems.contains { $0.prefix == "و" && lexicon.titleStarts.contains($0.stem) }
    }

    /// Where the title at token `i` starts, after its proclitics (`بالرئيس` → `الرئيس`).
    func titleStart(_ i: Int, _ state: DocumentState) -> Int {
        let token = state.text.tokens[i]
        guard token.script == .arabic else { return token.start }
        guard let r = token.stems.first(where: { lexicon.titleStarts.contains($0.stem) }) else { return token.start }
        return Gazetteer.stemStart(token, reading: r, scalars: state.text.scalars)
    }

    /// `نظيره الروسي`, `نظيره المباشر في الحكومة الروسية، نيكولاي باتروشيف`: the counterpart is the
    /// person named right after, else the one person of the adjective's country (resolved later).
    func attachCounterpart(from i: Int, end: Int, _ state: inout DocumentState) -> Int {
        let tokens = state.text.tokens, scalars = state.text.scalars
        var j = end, phraseEnd = end, steps = 0
        var adjective: Int?
        while j < tokens.count, steps < 6 {
            if let c = state.claim(at: j) {
                if state.drafts[c.key]?.kind == .person {
                    if let a = adjective { state.unclaim(at: a) }
                    state.claim(i, phraseEnd, start: titleStart(i, state), key: c.key, form: .pronoun)
                    return c.endToken
                }
                // `نظيره الروسي`: the adjective right after the pronoun belongs to the phrase.
                if c.form == .demonym, j == phraseEnd, Gazetteer.joined(tokens[j - 1], tokens[j], scalars: scalars) {
                    adjective = j
                    phraseEnd = c.endToken
                }
                j = c.endToken; steps += 1
                continue
            }
            guard Gazetteer.joined(tokens[j - 1], tokens[j], scalars: scalars) || steps > 0 else { break }
            if tokens[j].form.hasPrefix("ال"), !Context.arabicTimeWords.contains(tokens[j].form) {
                if phraseEnd == j { phraseEnd = j + 1 }
                j += 1; steps += 1
                continue
            }
            if ["في", "لدي"].contains(tokens[j].form) { j += 1; steps += 1; continue }
            // `نظيره الإيراني أحمد وحيدي`: a name the text gives right after the phrase.
            if j == phraseEnd, let nameEnd = arabicNameEnd(from: j, state, loose: true, afterTitle: true) {
                let country = adjective.flatMap { state.claim(at: $0)?.key }
                if let a = adjective { state.unclaim(at: a) }
                claimPerson(j, nameEnd, role: nil, affiliation: country, &state)
                if let c = state.claim(at: j) {
                    state.claim(i, phraseEnd, start: titleStart(i, state), key: c.key, form: .pronoun)
                }
                return nameEnd
            }
            break
        }
        state.pendingRoles.append(PendingRole(first: i, end: end, kind: .counterpart, affiliation: nil, demonymToken: end))
        return end
    }
}
