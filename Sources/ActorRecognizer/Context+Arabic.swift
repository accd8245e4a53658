import EventGraphModel
import TextAnalysis

/// The Arabic passes: `المملكة`, outlets from cues, bodies from head nouns, people from titles
/// and given names.
extension Context {
    static let arabicConnectors: StringSet = ["بن", "بنت", "ابن", "ال", "ابو", "عبد", "ام", "ولد"]
    /// Relative pronouns: a clause follows, not a name (`القيادي الذي فضل عدم الكشف عن اسمه`).
    static let arabicRelatives: StringSet = ["الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي"]
    /// Particles that begin with the letters of the article (`إلى`, `إلا`), in matching form: no
    /// definite word that could qualify a role (`وزير الخارجية السعودي إلى عمان`).
    static let arabicParticlesWithAl: StringSet = ["الي", "الا"]
    /// Words of time that end a role's qualifiers (`قال الرئيس اليوم`), in matching form.
    static let arabicTimeWords: StringSet = ["اليوم", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "الاحد",
                                               "الماضي", "الماضيه", "المقبل", "المقبله", "الحالي", "الجاري", "الليله", "الان", "الغد"]

    func findArabicNames(_ state: inout DocumentState) {
        claimKingdom(&state)
        claimArabicGroups(&state)
        findMinistries(&state)
        findOutletsFromCues(&state)
        findQuotedOutlets(&state)
        findBodies(&state)
        findPeople(&state)
    }

    /// The clitic readings of a token, whole form first.
    func stems(_ t: Token) -> [String] { t.stemForms }          // `stems.map(\.stem)`; `[form]` for other scripts

    /// People from titles (`وزير الخارجية القطري خالد العطية`) and from given names (`محمد الناصر`).
    func findPeople(_ state: inout DocumentState) {
        let tokens = state.text.tokens
        var i = 0
        while i < tokens.count {
            guard state.owner[i] == nil, let t = title(at: i, state) else { i += 1; continue }
            i = attachTitle(from: i, title: t, &state)
        }
        findCoordinatedByAdjective(&state)
        for k in tokens.indices where state.owner[k] == nil {
            guard stems(tokens[k]).contains(where: { lexicon.givenNames.contains($0) && !$0.hasPrefix("ال") }),
                  !(tokens[k].text.hasSuffix("\u{0649}") && stems(tokens[k]).contains("علي")),
                  !stems(tokens[k]).contains(where: { lexicon.stopwords.contains($0) }) else { continue }
            // The surname of a person already named (`مشعل`) is left to coreference.
            if state.hasPerson(lastTokenIn: stems(tokens[k])) { continue }
            let end = arabicNameEnd(from: k, state, loose: true)
            // The first name of a person already named (`تميم`, `سلمان`), when no other name follows.
            let owners = state.people(firstTokenIn: stems(tokens[k])).filter { key in
                guard let d = state.drafts[key] else { return false }
                return end.map { tokens[k + 1].form != d.nameTokens[1] && !isNewFullName(k, $0, d, state) } ?? true
            }
            if owners.count > 1 { continue }
            if owners.count == 1, let d = state.drafts[owners[0]] {
                let r = tokens[k].stems.first { $0.stem == d.nameTokens[0] } ?? tokens[k].stems[0]
                state.claim(k, k + 1, start: Gazetteer.stemStart(tokens[k], reading: r, scalars: state.text.scalars), key: owners[0], form: .shortName)
                continue
            }
            guard let end else { continue }
            claimPerson(k, end, role: nil, affiliation: nil, &state)
        }
    }

    /// `وزير الخارجية الروسي سيرغي لافروف والتركي مولود تشاوش أوغلو والإيراني محمد جواد ظريف`:
    /// after a person's name, `و` with another country's adjective leaves the title out; the name
    /// after the adjective is that country's holder of the same office, whatever the name.
    func findCoordinatedByAdjective(_ state: inout DocumentState) {
        let tokens = state.text.tokens
        for k in tokens.indices.dropFirst() where k + 1 < tokens.count && state.owner[k + 1] == nil {
            guard let adjective = state.claim(at: k), adjective.firstToken == k, adjective.form == .demonym,
                  state.drafts[adjective.key]?.kind == .country,
                  tokens[k].stems.contains(where: { $0.prefix.hasPrefix("و") && $0.stem.hasPrefix("ال") }),
                  let before = state.claim(at: k - 1), before.endToken == k, state.drafts[before.key]?.kind == .person,
                  Gazetteer.joined(tokens[k], tokens[k + 1], scalars: state.text.scalars),
                  let end = arabicNameEnd(from: k + 1, state, loose: true, afterTitle: true) else { continue }
            claimPerson(k + 1, end, role: nil, affiliation: adjective.key, &state)
        }
    }

    /// The people already named whose first name is token `k`, when `[k, end)` does not go on
    /// with their second name nor look like a new full name.
    func firstNameOwners(_ k: Int, _ end: Int, _ state: DocumentState) -> [String] {
        let tokens = state.text.tokens
        return state.people(firstTokenIn: stems(tokens[k])).filter { key in
            guard let d = state.drafts[key] else { return false }
            return tokens[k + 1].form != d.nameTokens[1] && !isNewFullName(k, end, d, state)
        }
    }

    /// Whether `[k, end)` names someone else than `d` (its last word is a family name, `ال…`).
    func isNewFullName(_ k: Int, _ end: Int, _ d: ActorDraft, _ state: DocumentState) -> Bool {
        let tokens = state.text.tokens
        return tokens[end - 1].form.hasPrefix("ال") || Context.arabicConnectors.contains(tokens[k + 1].form)
    }

    /// Adds a role to the person drafted under `key` (once), with its affiliation when the person has none.
    func addRole(_ role: String, to key: String, affiliation: String?, _ state: inout DocumentState) {
        guard var d = state.drafts[key] else { return }
        let rk = MatchingForm.key(role)
        if !d.roleKeys.contains(rk) { d.roles.append(role); d.roleKeys.append(rk) }
        if let affiliation, d.affiliationKey == nil { d.affiliationKey = affiliation }
        state.drafts[key] = d
    }

    /// Claims tokens `[k, end)` as a person, merging with a person of the same first and last name.
    func claimPerson(_ k: Int, _ end: Int, role: String?, affiliation: String?, _ state: inout DocumentState) {
        let tokens = state.text.tokens
        let reading = tokens[k].stems.first { lexicon.givenNames.contains($0.stem) } ?? tokens[k].stems[0]
        let start = tokens[k].script == .arabic ? Gazetteer.stemStart(tokens[k], reading: reading, scalars: state.text.scalars) : tokens[k].start
        var forms = tokens[k..<end].map(\.form)
        forms[0] = start == tokens[k].start ? tokens[k].form : reading.stem
        let name = state.text.substring(start, tokens[end - 1].end)
        let key = state.upsertPerson(forms: forms, name: name, role: role, affiliation: affiliation)
        state.claim(k, end, start: start, key: key, form: .name)
    }
}

extension Token {
    /// The index of this token in the text's token array (tokens are unique by start).
    func offsetIndex(in tokens: [Token]) -> Int? {
        let i = tokens.partitioningIndex { $0.start >= start }
        return i < tokens.count && tokens[i].start == start ? i : nil
    }
}
