import EventGraphModel
import TextAnalysis

/// What the passes over one document share: the recognizer's data and the document's language.
final class Context {
    let recognizer: ActorRecognizer
    let language: LanguageCode
    let lexicon: Lexicon
    let outlet: String?
    /// The year of publication, when known.
    let year: Int?

    /// A class, not a struct: a closure that reads the lexicon (`contains { lexicon.stopwords… }`)
    /// then shares the context instead of copying its tables (hundreds of references each time).
    init(recognizer: ActorRecognizer, language: LanguageCode, lexicon: Lexicon, outlet: String?, year: Int? = nil) {
        self.recognizer = recognizer
        self.language = language
        self.lexicon = lexicon
        self.outlet = outlet
        self.year = year
    }

    var gazetteer: Gazetteer { recognizer.gazetteer }

    /// The draft of a gazetteer entry.
    func draft(for entry: GazetteerEntry) -> ActorDraft {
        ActorDraft(key: "gz:\(entry.id)", kind: entry.kind, entryID: entry.id, name: entry.displayName(language))
    }

    /// Claims every gazetteer name of the text (and Latin-script names in Arabic text), skipping
    /// capitals that are only places (`في موسكو`, `in Moscow`, a `PARIS` dateline).
    func claimGazetteerHits(_ state: inout DocumentState) {
        let text = state.text
        var hits = gazetteer.hits(in: text, language: language)
        if language == .ar {
            let latin = gazetteer.hits(in: text, language: .en).filter { text.tokens[$0.firstToken].script == .latin }
            hits = (hits + latin).sorted { $0.firstToken < $1.firstToken }
        }
        // Entries whose surname the text gave to someone else (`نصر الحريري`, `John Lavrov`).
        var othersSurname = Set<String>()
        for hit in hits {
            guard let entry = gazetteer.entries[hit.entryID], state.isFree(hit.firstToken, hit.endToken) else { continue }
            if (hit.form == .metonym || entry.kind == .government) && !isActing(hit, text: text) {
                // A capital named as a place (`flew to Abu Dhabi`) is no actor, nor part of a name.
                if hit.form == .metonym { state.claim(hit.firstToken, hit.endToken, key: "", form: .metonym) }
                continue
            }
            // `Havana, Cuba`: a place's address, no actor and no name of anyone.
            if entry.kind == .country && isAddress(hit, state: state) {
                state.claim(hit.firstToken, hit.endToken, key: "", form: .metonym)
                continue
            }
            if isOtherCountrysBody(entry, hit, state: state) { continue }
            if isTailOfLongerName(entry, hit, state: state) { continue }
            if hit.form == .demonym && language == .ar && text.tokens[hit.firstToken].script == .arabic && !isDefinite(hit, text: text),
               !isBilateralPair(hit, among: hits, text: text), !followsArabicGroup(hit.firstToken, start: hit.start, text: text) { continue }
            var hit = hit
            if hit.form == .shortName && entry.kind == .person {
                if let own = extendOverOwnNameWords(hit, entry, state: state) {
                    hit = own
                } else {
                    guard let extended = extendOverGivenName(hit, state: state) else { othersSurname.insert(hit.entryID); continue }
                    // The bare surname then names that someone, read by the name patterns, unless
                    // the text names the entry's own holder in full too.
                    if extended.form == .shortName, othersSurname.contains(hit.entryID),
                       !hits.contains(where: { $0.entryID == hit.entryID && $0.form == .name }) { continue }
                    hit = extended
                }
            }
            // `Fawaz Al Zayani` is not `Zayani` of the gazetteer: a surname after other words of a
            // name belongs to that longer name, read by the name patterns.
            if hit.form == .shortName && entry.kind == .person && continuesLatinName(hit, state: state) { continue }
            // `Kerry Jones`: a surname of the gazetteer used as someone's given name.
            if hit.form == .shortName && entry.kind == .person && opensLatinName(hit, state: state) { continue }
            if hit.form == .name && entry.kind == .person && language == .ar { hit = extendOverLineage(hit, state: state) }
            if hit.form == .demonym, text.tokens[hit.firstToken].script == .arabic {
                // Keep the article in the mention: `الروسي`, not `روسي`.
                let t = text.tokens[hit.firstToken]
                if MatchingForm.of(text.substring(t.start, hit.start)).hasSuffix("ال") {
                    var p = hit.start - 1, letters = 2
                    while p >= t.start, letters > 0 { if MatchingForm.fold(text.scalars[p]) != nil { letters -= 1 }; if letters > 0 { p -= 1 } }
                    hit.start = max(t.start, p)
                }
            }
            if hit.form == .shortName && entry.kind == .person && language == .ar && isCommonWordUse(hit, text: text) { continue }
            // A written alef maqsura marks an ordinary word (`مرسى`, a port), not a name in -ي (`مرسي`).
            if hit.form == .shortName && hit.endToken - hit.firstToken == 1 && text.tokens[hit.firstToken].text.hasSuffix("\u{0649}") { continue }
            var d = draft(for: entry)
            var surface = state.surface(hit.start, hit.endToken)
            // `UN-sponsored` names the UN: the mention stops at the hyphen.
            var end: Int?
            if language == .en || text.tokens[hit.endToken - 1].script == .latin,
               let dash = surface.firstIndex(of: "-"), !(entry.namesEN + entry.aliasesEN).contains(where: { $0.contains("-") }) {
                surface = String(surface[..<dash])
                end = hit.start + surface.unicodeScalars.count
            }
            if hit.form == .name {
                d.name = MatchingForm.joinedWords(surface)
                for suffix in ["'s", "\u{2019}s", "'", "\u{2019}"] where d.name.hasSuffix(suffix) { d.name = String(d.name.dropLast(suffix.count)); break }
                d.nameFromText = true
            }
            if entry.kind == .person || hit.form == .name {
                d.nameTokens = text.tokens[hit.firstToken..<hit.endToken].map(\.form)
                if hit.form == .name, let first = Gazetteer.keys(of: text.tokens[hit.firstToken], scalars: text.scalars).last(where: { $0.start == hit.start }) {
                    d.nameTokens[0] = first.key
                }
            }
            let key = state.upsert(d)
            state.claim(hit.firstToken, hit.endToken, start: hit.start, end: end, key: key, form: Self.mentionForm(hit.form))
        }
    }

    static func mentionForm(_ f: Gazetteer.PhraseForm) -> ActorMention.Form {
        switch f {
        case .name: return .name
        case .shortName: return .shortName
        case .metonym: return .metonym
        case .demonym: return .demonym
        }
    }

    /// A surname hit right after the entry's own given name covers both (`Mr. John Kerry`,
    /// `سامح شكري` in another spelling); after another given name it names someone else
    /// (`عادل الخصاونة` is not `بشر الخصاونة`), and `nil` leaves it to the name patterns.
    func extendOverGivenName(_ hit: GazetteerHit, state: DocumentState) -> GazetteerHit? {
        let tokens = state.text.tokens
        guard hit.firstToken > 0, state.owner[hit.firstToken - 1] == nil, hit.start == tokens[hit.firstToken].start else { return hit }
        let prev = tokens[hit.firstToken - 1]
        guard Gazetteer.joined(prev, tokens[hit.firstToken], scalars: state.text.scalars),
              let r = prev.stems.first(where: { lexicon.givenNames.contains($0.stem) || lexicon.titleGivenNames.contains($0.stem) }),
              language == .ar || prev.isCapitalized else { return hit }
        if let entry = gazetteer.entries[hit.entryID] {
            let firsts = Set((entry.namesEN + entry.namesAR).compactMap { Lexicon.tokenForms($0).first })
            guard firsts.contains(r.stem) || firsts.contains(prev.form) else { return nil }
        }
        var h = hit
        h.firstToken -= 1
        h.start = prev.script == .arabic ? Gazetteer.stemStart(prev, reading: r, scalars: state.text.scalars) : prev.start
        h.form = .name
        return h
    }

    /// Whether a Latin-script surname hit follows other capitalised words of a name (`Fawaz Al`
    /// before `Zayani`), which are no title.
    func continuesLatinName(_ hit: GazetteerHit, state: DocumentState) -> Bool {
        let tokens = state.text.tokens
        guard tokens[hit.firstToken].script == .latin, hit.start == tokens[hit.firstToken].start else { return false }
        var k = hit.firstToken - 1
        while k >= 0, Context.nameParticles.contains(tokens[k].form), k > 0 { k -= 1 }
        guard k >= 0, k < hit.firstToken, state.owner[k] == nil,
              Gazetteer.joined(tokens[k], tokens[k + 1], scalars: state.text.scalars) else { return false }
        let t = tokens[k]
        guard t.script == .latin, t.isCapitalized, !t.isAllCaps, !t.form.hasSuffix("'s"), !t.form.hasSuffix("."),
              !lexicon.stopwords.contains(t.form), !lexicon.titleStarts.contains(t.form), !lexicon.commonWords.contains(t.form),
              !Context.nameParticles.contains(t.form) else { return false }
        return true
    }

    /// Whether a Latin-script surname hit is followed by another capitalised name word (`Kerry`
    /// in `Kerry Jones`), which makes it the given name of someone else.
    func opensLatinName(_ hit: GazetteerHit, state: DocumentState) -> Bool {
        let tokens = state.text.tokens
        let k = hit.endToken
        guard tokens[hit.firstToken].script == .latin, k < tokens.count, state.owner[k] == nil,
              !tokens[hit.endToken - 1].form.hasSuffix("'s"),
              Gazetteer.joined(tokens[k - 1], tokens[k], scalars: state.text.scalars) else { return false }
        let t = tokens[k]
        guard t.script == .latin, t.isCapitalized, !t.isAllCaps, !lexicon.stopwords.contains(t.form),
              lexicon.orgHeads[t.form.capitalizedFirst] == nil, lexicon.orgHeads[t.text] == nil, !lexicon.titleStarts.contains(t.form),
              !Context.nameParticles.contains(t.form) else { return false }
        // Not a second gazetteer person right after (`Kerry Lavrov talks`).
        return !gazetteer.phrases(startingWith: t.form, language: .en).contains { gazetteer.entries[$0.entryID]?.kind == .person && $0.form != .name }
    }

    /// An Arabic name runs on through `بن`/`بنت` chains the gazetteer does not list
    /// (`فيصل بن فرحان بن عبدالله`).
    func extendOverLineage(_ hit: GazetteerHit, state: DocumentState) -> GazetteerHit {
        let tokens = state.text.tokens, scalars = state.text.scalars
        var h = hit
        while h.endToken + 1 < tokens.count, ["بن", "بنت"].contains(tokens[h.endToken].form),
              state.owner[h.endToken] == nil, state.owner[h.endToken + 1] == nil,
              Gazetteer.joined(tokens[h.endToken - 1], tokens[h.endToken], scalars: scalars),
              Gazetteer.joined(tokens[h.endToken], tokens[h.endToken + 1], scalars: scalars),
              !lexicon.stopwords.contains(tokens[h.endToken + 1].form) {
            h.endToken += 2
            h.end = tokens[h.endToken - 1].end
        }
        return h
    }

    /// Whether an Arabic short name is used as an ordinary word (`الأسد` after a number, `صالح` as "valid").
    func isCommonWordUse(_ hit: GazetteerHit, text: AnalyzedText) -> Bool {
        guard hit.firstToken > 0 else { return false }
        let prev = text.tokens[hit.firstToken - 1]
        return prev.script == .digits
    }

    /// Makes the publishing outlet an actor where the text names it, even when the gazetteer
    /// does not know it (`مأرب برس`).
    func claimDocumentOutlet(_ state: inout DocumentState) {
        guard let outlet, !outlet.isEmpty else { return }
        let key = MatchingForm.key(outlet)
        if gazetteer.outletsByKey[key] != nil { return }
        let forms = Lexicon.tokenForms(outlet)
        guard !forms.isEmpty else { return }
        let tokens = state.text.tokens
        var i = 0
        while i + forms.count <= tokens.count {
            if let first = Gazetteer.firstKey(forms[0], of: tokens[i], scalars: state.text.scalars),
               (1..<forms.count).allSatisfy({ tokens[i + $0].form == forms[$0] }) {
                var d = ActorDraft(key: "outlet:\(key)", kind: .outlet, name: outlet)
                d.nameFromText = true
                let k = state.upsert(d)
                state.claim(i, i + forms.count, start: first.start, key: k, form: .name)
                i += forms.count
            } else {
                i += 1
            }
        }
    }

    /// Modern states whose capital and adjectives stood for a historical one: when a document
    /// names the historical state, `Moscow` and `Russians` are the Soviet Union, `Germans` West Germany.
    static let historicalStates: [String: String] = ["soviet-union": "russia", "west-germany": "germany"]

    /// Gives gazetteer people and bodies their country as affiliation when the document names it.
    func attachAffiliations(_ state: inout DocumentState) {
        for (old, modern) in Context.historicalStates {
            let o = "gz:\(old)", m = "gz:\(modern)"
            guard state.drafts[o] != nil, state.drafts[m] != nil,
                  !state.claims.contains(where: { $0.key == m && $0.form == .name }) else { continue }
            state.merge(m, into: o, form: .metonym)
            for k in state.order where state.drafts[k]?.affiliationKey == m { state.drafts[k]?.affiliationKey = o }
        }
        let mentioned = Set(state.claims.map(\.key))
        for key in state.order {
            guard var d = state.drafts[key] else { continue }
            if let a = d.affiliationKey, !mentioned.contains(a) || a == key { d.affiliationKey = nil }
            if d.affiliationKey == nil, let id = d.entryID, let c = gazetteer.entries[id]?.country, mentioned.contains("gz:\(c)") {
                d.affiliationKey = "gz:\(c)"
            }
            state.drafts[key] = d
        }
        // English news counts a country named only by an adjective (`Britons`, `Indian`) as an
        // actor only when someone in the document belongs to it, named or not (`the French
        // foreign minister`, `his Egyptian counterpart`), or when it is a side of talks
        // (`Franco-German meeting`).
        guard language == .en else { return }
        let affiliated = Set(state.drafts.values.compactMap(\.affiliationKey))
            .union(state.pendingRoles.filter { $0.kind == .role }.compactMap(\.affiliation))
            .union(state.pendingRoles.filter { $0.kind == .counterpart }.compactMap { $0.demonymToken.flatMap { state.claim(at: $0)?.key } })
            .union(state.sides)
        for key in state.order {
            guard state.drafts[key]?.kind == .country, !affiliated.contains(key) else { continue }
            let own = state.claims.filter { $0.key == key }
            if !own.isEmpty && own.allSatisfy({ $0.form == .demonym }) {
                state.drafts[key] = nil
            }
        }
        state.order.removeAll { state.drafts[$0] == nil }
    }

    /// Turns drafts and claims into the result: ids in order of first mention, mentions sorted.
    func assemble(_ state: DocumentState) -> RecognizedActors {
        let claims = state.claims.filter { !$0.key.isEmpty && state.drafts[$0.key] != nil }.sorted { $0.start < $1.start }
        var ids: [String: String] = [:]
        var orderKeys: [String] = []
        for c in claims where ids[c.key] == nil {
            ids[c.key] = "a\(ids.count + 1)"
            orderKeys.append(c.key)
        }
        var actors: [NewsActor] = []
        var mentions: [ActorMention] = []
        var mentionsByID: [String: [ActorMention]] = [:]
        for c in claims {
            guard let id = ids[c.key] else { continue }
            let mention = ActorMention(actorID: id, start: c.start, end: c.end, text: state.text.substring(c.start, c.end), form: c.form)
            mentions.append(mention)
            mentionsByID[id, default: []].append(mention)
        }
        for key in orderKeys {
            guard let d = state.drafts[key], let id = ids[key] else { continue }
            let own = mentionsByID[id] ?? []
            var aliases: [String] = []
            var seen: Set<String> = []
            for m in own where m.form != .role && m.form != .pronoun && m.text != d.name && seen.insert(m.text).inserted {
                aliases.append(m.text)
            }
            let entry = d.entryID.flatMap { gazetteer.entries[$0] }
            let isArabic = d.name.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) }
            if isArabic {
                // Short forms of the names written in the text (a gazetteer entry has its own).
                let written = entry == nil ? [d.name] : own.filter { $0.form == .name }.map(\.text)
                for name in written {
                    let words = name.split(separator: " ").map(String.init)
                    let short = d.kind == .outlet ? ArabicShortNames.outlet(words)
                        : entry != nil ? []
                        : d.kind == .person ? ArabicShortNames.person(words)
                        : d.kind == .organization ? ArabicShortNames.body(words) : []
                    for s in short where s != d.name && seen.insert(s).inserted { aliases.append(s) }
                }
            }
            let actor = NewsActor(
                id: id, name: d.name,
                nameEN: entry?.namesEN.first ?? (isArabic ? nil : d.name),
                nameAR: entry?.namesAR.first ?? (isArabic ? d.name : nil),
                kind: d.kind,
                key: d.entryID.map { "gz:\($0)" } ?? "\(d.kind.rawValue):\(MatchingForm.key(d.name))",
                aliases: aliases, roles: d.roles,
                affiliation: d.affiliationKey.flatMap { ids[$0] },
                mentions: own.map { TextSpan(start: $0.start, end: $0.end, text: $0.text) })
            actors.append(actor)
        }
        return RecognizedActors(actors: actors, mentions: mentions)
    }
}
