import EventGraphModel
import TextAnalysis

/// The Arabic passes: `المملكة`, outlets from cues, bodies from head nouns, people from titles
/// and given names.
extension Context {
    static let arabicConnectors: StringSet = ["بن", "بنت", "ابن", "ال", "ابو", "عبد", "ام", "ولد"]
    /// Relative pronouns: a clause follows, not a name (`القيادي الذي فضل عدم الكشف عن اسمه`).
    static let arabicRelatives: StringSet = ["الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي"]
    /// Words of time that end a role's qualifiers (`قال الرئيس اليوم`), in matching form.
    static let arabicTimeWords: StringSet = ["اليوم", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "الاحد",
                                               "الماضي", "الماضيه", "المقبل", "المقبله", "الحالي", "الجاري", "الليله", "الان"]

    func findArabicNames(_ state: inout DocumentState) {
        claimKingdom(&state)
        findMinistries(&state)
        findOutletsFromCues(&state)
        findBodies(&state)
        findPeople(&state)
    }

    /// Titles that royals bear before their given name alone (`الملك سلمان`, `الشيخ تميم`).
    static let royalTitles: StringSet = ["الملك", "الامير", "الشيخ", "السلطان", "الاميره", "الشيخه", "ملك", "امير"]

    /// The clitic readings of a token, whole form first.
    func stems(_ t: Token) -> [String] { t.stemForms }          // `stems.map(\.stem)`; `[form]` for other scripts

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

    /// The end of a person's name that starts at token `k`, or `nil` when no name starts there:
    /// a given name (one word, or two: `عبد الله`, `أبو بكر`, `صلاح الدين`), then family names —
    /// `بن`/`آل`/`أبو` chains, words with the article, and words without it (`حسن علي خيري`) while
    /// the name can end after them: before punctuation, an ordinary noun, a title, a time word.
    ///
    /// - Parameter afterTitle: The word follows a title (`السفير ميتسوهيرو يامادا`): any word
    ///   that is no ordinary word can be a given name there, as foreign names are.
    func arabicNameEnd(from k: Int, _ state: DocumentState, loose: Bool, afterTitle: Bool = false, royal: Bool = false) -> Int? {
        let tokens = state.text.tokens, scalars = state.text.scalars
        guard k < tokens.count, state.owner[k] == nil, tokens[k].script == .arabic else { return nil }
        let firstStems = stems(tokens[k])
        // `على` (on) folds to the name `علي`; the written alef maqsura tells them apart.
        if tokens[k].text.hasSuffix("\u{0649}") && firstStems.contains("علي") { return nil }
        let isGiven = firstStems.contains(where: { lexicon.givenNames.contains($0) })
        if !isGiven {
            if afterTitle {
                // Foreign names may open like a present-tense verb (`ياووز`), but not like one of
                // its common stems (`يلتقي`), nor end like a feminine noun or past verb (`أقامت`).
                let f = tokens[k].form, u = Array(f.unicodeScalars)
                let verbLike = u.count >= 4 && u[0] == "ي" && !["ا", "و", "ي"].contains(String(u[1]))
                // A feminine given name (`معالي نورة سيف الحمادي`) goes on with a name word.
                let feminineGiven = f.hasSuffix("ه") && f.count >= 4 && !isCommonWord(f) && k + 1 < tokens.count
                    && !isNameBoundary(k + 1, state) && looksLikeNameWord(tokens[k + 1].form, first: false)
                guard !f.hasPrefix("ال"), !f.hasPrefix("و") || f.count < 4, f.count >= 2, !isCommonWord(f), !verbLike, !isVerbForm(f),
                      !tokens[k].text.unicodeScalars.contains("\u{064B}"),
                      !(f.hasPrefix("ت") && f.count >= 5), !f.hasSuffix("ه") || feminineGiven, !(f.hasSuffix("ت") && f.count >= 4) || givenInT(k, state),
                      !Context.arabicTimeWords.contains(f), !Context.arabicRelatives.contains(f) else { return nil }
            } else if !looksLikeNameWord(tokens[k].form, first: true) {
                return nil
            }
        }
        if firstStems.contains(where: { lexicon.stopwords.contains($0) }) && !isGiven && !isNameWordAli(tokens[k]) { return nil }
        if title(at: k, state) != nil && !isGiven { return nil }
        var end = k + 1, family = false, viaConnector = false
        // `عبد الله باتيلي`, `أبو بكر …`, `صلاح الدين …`: the given name is two words.
        func compoundSecond(_ i: Int) -> Bool {
            i < tokens.count && state.owner[i] == nil && Gazetteer.joined(tokens[i - 1], tokens[i], scalars: scalars)
                && ["الدين", "الله"].contains(tokens[i].form)
        }
        if firstStems.contains(where: { ["عبد", "ابو"].contains($0) }), end < tokens.count, state.owner[end] == nil,
           Gazetteer.joined(tokens[k], tokens[end], scalars: scalars), tokens[end].script == .arabic {
            end += 1
        } else if compoundSecond(end) {
            end += 1
        }
        var lastFinal: Int?
        while end < tokens.count, end - k < 6, state.owner[end] == nil, Gazetteer.joined(tokens[end - 1], tokens[end], scalars: scalars) {
            let f = tokens[end].form
            if Context.arabicConnectors.contains(f), end + 1 < tokens.count, state.owner[end + 1] == nil,
               Gazetteer.joined(tokens[end], tokens[end + 1], scalars: scalars), !isNameBoundary(end + 1, state) {
                end += 2; family = true; viaConnector = true
                if ["عبد", "ابو"].contains(f) || compoundSecond(end) { if compoundSecond(end) { end += 1 } }
                continue
            }
            // `إسماعيل ولد الشيخ أحمد`: between a connector and a name `الشيخ` is part of the family name.
            if Context.arabicConnectors.contains(f), end + 2 < tokens.count, tokens[end + 1].form == "الشيخ",
               state.owner[end + 1] == nil, state.owner[end + 2] == nil,
               Gazetteer.joined(tokens[end], tokens[end + 1], scalars: scalars), Gazetteer.joined(tokens[end + 1], tokens[end + 2], scalars: scalars),
               !isNameBoundary(end + 2, state), !isCommonWord(tokens[end + 2].form) {
                end += 3; family = true; viaConnector = true
                continue
            }
            // `فهد بن` with no name after the connector: the name ends before it.
            if Context.arabicConnectors.contains(f) { break }
            if isNameBoundary(end, state) { break }
            // A preposition with the article (`بالسفراء`, `للأمن`) or an indefinite accusative
            // (`موفداً`) opens the rest of the clause, not a family name.
            let raw = tokens[end].text
            if ["بال", "لل", "كال", "فال", "وبال", "ولل"].contains(where: { f.hasPrefix($0) }) && !lexicon.givenNames.contains(f) { break }
            if raw.unicodeScalars.contains("\u{064B}") { break }
            // Family names may end in ة (`الخصاونة`, `حمادة`) where ordinary words were ruled out above.
            let feminineName = f.hasSuffix("ه") && f.count >= 4 && !f.hasPrefix("و")
                && (family || f.hasPrefix("ال"))
                && looksLikeNameWord(String(f.dropLast()) + "ا", first: false)
            // `ناصر جودة`, `سليمان فرنجية` after a title or a given name: a family name in ة where the
            // name can end right after it.
            let feminineFamily = !family && (afterTitle || isGiven) && f.hasSuffix("ه") && f.count >= 4 && !f.hasPrefix("و")
                && !isCommonWord(f) && !isVerbForm(f)
                && (isNameFinal(end + 1, state) || familyWithArticle(at: end + 1, state))
            // `جيمس وولكوت`: a foreign family name in W, not the conjunction (no boundary word after it).
            let wName = !family && f.hasPrefix("وو") && f.count >= 5
            // `السفير جوزيف وستفال`: after a title, a family name in و that is no `و` + word, where the name ends.
            let wForeign = !family && afterTitle && f.hasPrefix("و") && !f.hasPrefix("وال") && f.count >= 5
                && !isCommonWord(f) && !isCommonWord(String(f.dropFirst())) && !isVerbForm(f) && !isVerbForm(String(f.dropFirst()))
                && !lexicon.givenNames.contains(String(f.dropFirst())) && title(at: end, state) == nil && isNameFinal(end + 1, state)
            guard looksLikeNameWord(f, first: false) || isNameWordAli(tokens[end]) || feminineName || feminineFamily || wName || wForeign else { break }
            if !family {
                end += 1; family = true
                if f == "الله" { viaConnector = true }
                if compoundSecond(end) { end += 1 }          // `محمد نور الدين شقير`
                continue
            }
            if viaConnector && f.hasPrefix("ال") { end += 1; break }
            // `جلال الدباغ نبيه الحلبي`: after a family name with the article, a given name followed
            // by its own family name opens the next person.
            if tokens[end - 1].form.hasPrefix("ال"), !f.hasPrefix("ال"), lexicon.givenNames.contains(f), end + 1 < tokens.count,
               state.owner[end + 1] == nil, Gazetteer.joined(tokens[end], tokens[end + 1], scalars: scalars),
               tokens[end + 1].form.hasPrefix("ال"), looksLikeNameWord(tokens[end + 1].form, first: false),
               !isNameBoundary(end + 1, state) { break }
            if f.hasPrefix("و") && !lexicon.givenNames.contains(f) { break }
            // Further names: with the article (`نواف الأحمد الجابر الصباح`) or, in a loose reading,
            // without it (`حسن علي خيري`), as long as the name can still end after them.
            guard f.hasPrefix("ال") || loose else { break }
            // At most three words without the article: given name, father's, grandfather's.
            if !f.hasPrefix("ال"), (k..<end).filter({ !tokens[$0].form.hasPrefix("ال") && !["الدين", "الله"].contains(tokens[$0].form) }).count >= 4 { break }
            if lastFinal == nil, isNameFinal(end, state) { lastFinal = end }
            end += 1
            if isNameFinal(end, state) { lastFinal = end }
        }
        guard family else {
            // `الملك سلمان،`, `الشيخ تميم`: royals go by their given name alone, right after the title.
            if afterTitle, royal, isGiven, end == k + 1, isNameFinal(end, state), !Context.arabicConnectors.contains(tokens[k].form) { return end }
            return nil
        }
        // A name ends where a boundary follows; words read past the last such place are not its own.
        if !isNameFinal(end, state), let f = lastFinal { return f }
        if !isNameFinal(end, state) {
            // Back off to the family names read with certainty: two words, or a connector chain.
            var e = end
            while e > k + 2, !tokens[e - 1].form.hasPrefix("ال") { e -= 1 }
            return e
        }
        return end
    }

    /// A given name in ت after a title (`فرحات`, `مدحت`, `بركات`), not a past verb or a plural
    /// noun (`أقامت`, `العلاقات`): no verb or common word, and a family name with the article
    /// that ends the name right after it.
    func givenInT(_ k: Int, _ state: DocumentState) -> Bool {
        let f = state.text.tokens[k].form
        return !isVerbForm(f) && !isCommonWord(f) && !f.hasPrefix("ال") && familyWithArticle(at: k + 1, state)
    }

    /// Whether token `i` is a family name with the article that ends a name (`عمران خليفة الفيتوري`).
    func familyWithArticle(at i: Int, _ state: DocumentState) -> Bool {
        let tokens = state.text.tokens
        guard i < tokens.count, state.owner[i] == nil, Gazetteer.joined(tokens[i - 1], tokens[i], scalars: state.text.scalars) else { return false }
        let f = tokens[i].form
        return f.hasPrefix("ال") && f.count >= 5 && !isNameBoundary(i, state) && looksLikeNameWord(f, first: false) && isNameFinal(i + 1, state)
    }

    /// `علي` written with ي is the name Ali, not the preposition `على` it folds with.
    func isNameWordAli(_ t: Token) -> Bool {
        t.form == "علي" && !t.text.hasSuffix("\u{0649}")
    }

    /// Whether token `i` cannot be part of a name: a stopword, a title, an ordinary noun, a time
    /// word, a relative pronoun, another script.
    func isNameBoundary(_ i: Int, _ state: DocumentState) -> Bool {
        let t = state.text.tokens[i]
        if t.script != .arabic { return true }
        // A stopword, also behind a proclitic other than the article (`بأن`; `الصباح` may be a family name).
        let clitic = t.stems.contains { !$0.prefix.isEmpty && !$0.prefix.hasSuffix("ال") && lexicon.stopwords.contains($0.stem) }
        if (lexicon.stopwords.contains(t.form) || clitic) && !isNameWordAli(t)
            && !stems(t).contains(where: { lexicon.givenNames.contains($0) }) { return true }
        if title(at: i, state) != nil { return true }
        return isCommonWord(t.form) || Context.arabicTimeWords.contains(t.form) || Context.arabicRelatives.contains(t.form)
            || isVerbForm(t.form)
    }

    /// Whether an Arabic word is a verb of `verbs.tsv` with the affixes of a person or a tense:
    /// `طلب`, `وطلبت`, `يوقعان`, `سيزور` is no, `يستقبل` (the stem `استقبل`). Given names never are.
    func isVerbForm(_ f: String) -> Bool {
        guard !lexicon.verbStems.isEmpty, !lexicon.givenNames.contains(f) else { return false }
        func known(_ stem: Substring) -> Bool {
            stem.count >= 3 && lexicon.verbStems.contains(String(stem)) || stem.count >= 4 && lexicon.verbStems.contains("ا" + stem)
        }
        var words = [Substring(f)]
        if (f.hasPrefix("و") || f.hasPrefix("ف")) && f.count >= 5 { words.append(f.dropFirst()) }
        for w in words {
            if lexicon.verbStems.contains(String(w)) { return true }
            // Past: `طلبت`, `طلبوا`, `طلبا`.
            for suffix in ["وا", "تا", "ت", "ا"] where w.hasSuffix(suffix) && lexicon.verbStems.contains(String(w.dropLast(suffix.count))) {
                return true
            }
            // Present and future: `يطلب`, `تطلب`, `سيطلب`, `يوقعان`, `يطلبون`.
            for prefix in ["سي", "ست", "ي", "ت"] where w.hasPrefix(prefix) {
                let rest = w.dropFirst(prefix.count)
                if known(rest) { return true }
                // A hollow verb: `يزور`, `سيزور` of `زار`.
                let r = Array(rest)
                if r.count == 3, r[1] == "و" || r[1] == "ي", lexicon.verbStems.contains(String([r[0], "ا", r[2]])) { return true }
                for suffix in ["ان", "ون", "وا"] where rest.hasSuffix(suffix) && known(rest.dropLast(suffix.count)) { return true }
            }
        }
        return false
    }

    /// Whether an Arabic word (with its article and proclitics) is an ordinary noun of news prose
    /// (`العلاقات`, `المجلس`), which no name contains.
    func isCommonWord(_ f: String) -> Bool {
        guard !lexicon.commonWords.isEmpty else { return false }
        if lexicon.commonWords.contains(f) { return true }
        // An indefinite accusative (`اتفاقا`): the noun with tanween written as alef.
        if f.hasSuffix("ا"), f.count >= 5, lexicon.commonWords.contains(String(f.dropLast())) { return true }
        for lead in ["وال", "بال", "فال", "كال", "لل", "ال", "وب", "ول", "و", "ب", "ل", "ف", "ك"] where f.hasPrefix(lead) && f.count > lead.count + 2 {
            let rest = f.dropFirst(lead.count)
            if lexicon.commonWords.contains(String(rest)) { return true }
            // A preposition on a plural in construct (`بممثلي النقابات`, `لمسؤولي الوزارة`).
            if ["ب", "ل", "وب", "ول"].contains(lead), rest.hasSuffix("ي"), rest.count >= 4,
               lexicon.commonWords.contains(String(rest.dropLast())) { return true }
        }
        return false
    }

    /// Whether an Arabic word can be part of a name the lexicon does not know: not a present-tense
    /// verb (`يلتقي`), not a noun with a feminine or pronoun ending (`دعوة`, `قوله`), not a
    /// conjunction-prefixed word (`ووفد`); a first word also has no article.
    func looksLikeNameWord(_ f: String, first: Bool) -> Bool {
        if lexicon.stopwords.contains(f) || f.count < 2 { return false }
        if f.hasSuffix("ه") && !f.hasSuffix("اه") && f != "الله" { return false }
        // `يلتقي` opens like a present-tense verb; `ياووز`, `يوسف` open with a long vowel.
        if f.hasPrefix("ي") && f.count >= 4, let second = f.unicodeScalars.dropFirst().first,
           !["ا", "و", "ي"].contains(String(second)) { return false }
        if f.hasPrefix("و") && !lexicon.givenNames.contains(f) && f.count >= 4 && !f.hasPrefix("ول") { return false }
        if first && f.hasPrefix("ال") { return false }
        if first && (f.hasPrefix("ت") || f.hasPrefix("ا")) && f.count >= 5 && !f.hasSuffix("ا") { return false }
        return true
    }

    /// Whether a name can end before token `i`: punctuation, the end of the text, a word that
    /// cannot be part of a name, another actor, or a new clause (`و…`).
    func isNameFinal(_ i: Int, _ state: DocumentState) -> Bool {
        let tokens = state.text.tokens
        guard i < tokens.count else { return true }
        if !Gazetteer.joined(tokens[i - 1], tokens[i], scalars: state.text.scalars) { return true }
        if state.owner[i] != nil || isNameBoundary(i, state) { return true }
        let f = tokens[i].form
        return f.hasPrefix("و") && f.count >= 4 && !lexicon.givenNames.contains(f)
    }

    /// People from titles (`وزير الخارجية القطري خالد العطية`) and from given names (`محمد الناصر`).
    func findPeople(_ state: inout DocumentState) {
        let tokens = state.text.tokens
        var i = 0
        while i < tokens.count {
            guard state.owner[i] == nil, let t = title(at: i, state) else { i += 1; continue }
            i = attachTitle(from: i, title: t, &state)
        }
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

    /// Reads a title and what follows it (a country adjective, a body, more titles, a comma), then a
    /// name; returns the token to continue from.
    func attachTitle(from i: Int, title t: (end: Int, kind: Lexicon.TitleKind), _ state: inout DocumentState) -> Int {
        let tokens = state.text.tokens
        guard t.kind != .counterpart else { return attachCounterpart(from: i, end: t.end, &state) }
        var j = t.end, roleEnd = t.end, affiliation: String?, steps = 0
        // `معالي وزير الخارجية الأستاذ …`: a role after an honorific is the role, from its own first word.
        var roleFirst: Int? = t.kind == .role ? i : nil
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
                j = c.endToken; roleEnd = j; steps += 1
                continue
            }
            // `رئيس وزراء جمهورية باكستان الإسلامية`: the state's formal name around its country.
            if roleFirst != nil, stems(tokens[j]).contains(where: { ["جمهوريه", "مملكه", "دوله", "سلطنه", "اماره"].contains($0) }) {
                j += 1; roleEnd = j; steps += 1
                continue
            }
            if let more = title(at: j, state) {
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
            // `السفير الأمريكي لدى الرياض`, `رئيس مجلس السيادة في السودان`, `النائب عن حركة نداء تونس`:
            // a place or body after لدى, في or عن.
            if ["لدي", "في", "عن"].contains(tokens[j].form), j + 1 < tokens.count, let c = state.claim(at: j + 1),
               let d = state.drafts[c.key], d.kind != .person {
                if affiliation == nil { affiliation = c.key }
                j = c.endToken; roleEnd = j; steps += 1
                continue
            }
            let s = stems(tokens[j])
            if roleFirst != nil, roleEnd == j, s.contains(where: { $0.hasPrefix("ال") }), !s.contains(where: { lexicon.givenNames.contains($0) }),
               !Context.arabicTimeWords.contains(tokens[j].form), !Context.arabicRelatives.contains(tokens[j].form) {
                j += 1; roleEnd = j; steps += 1
                continue
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
        }
        return max(i + 1, roleEnd)
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
        let key = forms.first.flatMap { first in forms.last.flatMap { state.person(first: first, last: $0) } }
            ?? "person:\(forms.joined(separator: " "))"
        var d = ActorDraft(key: key, kind: .person, name: name)
        d.nameFromText = true
        d.nameTokens = forms
        d.affiliationKey = affiliation
        if let role { d.roles = [role]; d.roleKeys = [MatchingForm.key(role)] }
        let k2 = state.upsert(d)
        state.claim(k, end, start: start, key: k2, form: .name)
    }

}

extension Token {
    /// The index of this token in the text's token array (tokens are unique by start).
    func offsetIndex(in tokens: [Token]) -> Int? {
        let i = tokens.partitioningIndex { $0.start >= start }
        return i < tokens.count && tokens[i].start == start ? i : nil
    }
}
