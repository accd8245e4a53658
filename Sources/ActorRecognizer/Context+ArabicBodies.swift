import EventGraphModel
import TextAnalysis

/// The Arabic passes for bodies and outlets: ministries by portfolio and adjective, `المملكة`,
/// outlets after a cue, bodies from head nouns in construct state.
extension Context {
    /// The portfolios whose ministry is named `الخارجية الروسية` without `وزارة`.
    static let portfolios: StringSet = ["الخارجيه", "الدفاع", "الداخليه"]
    /// Nouns before a portfolio that make it a person's title, not a ministry.
    static let ministerNouns: StringSet = ["وزير", "وزيره", "نائب", "مساعد"]
    /// Second words of a body's name that need the adjective after them (`وزارة الشؤون الخارجية`).
    static let genericPortfolioNouns: StringSet = ["الشؤون", "شؤون", "الشئون", "شئون"]
    /// Paper and channel cues that name an outlet with the definite words after them.
    static let paperCues: StringSet = ["صحيفه", "جريده", "قناه", "مجله", "اذاعه"]
    /// Verbs of reporting, in matching form, that make a channel an outlet (`نقلت قناة …`).
    static let reportingVerbs: StringSet = ["ذكرت", "قالت", "نقلت", "افادت", "بثت", "اوردت", "نشرت", "كشفت", "اعلنت", "اكدت", "اضافت", "عرضت"]
    /// Words that open what a channel reports (`قالت قناة المنار إن`, `نقلت قناة X عن`).
    static let reportedSpeechOpeners: StringSet = ["عن", "ان", "إن", "أن", "بان", "بأن"]

    /// A ministry named by its portfolio and its country's adjective: `وزارة الخارجية التركية`,
    /// `الخارجية السودانية` (not `وزير الخارجية السوداني`, a person's role).
    func findMinistries(_ state: inout DocumentState) {
        let tokens = state.text.tokens
        for i in tokens.indices where state.owner[i] == nil {
            guard stems(tokens[i]).contains(where: { Self.portfolios.contains($0) }), i + 1 < tokens.count,
                  let c = state.claim(at: i + 1), c.endToken == i + 2, tokens[i + 1].form.hasSuffix("يه"),
                  // `الخارجية السعودية`: a country whose name is also its adjective.
                  c.form == .demonym || c.form == .name && c.firstToken == i + 1 && tokens[i + 1].form.hasPrefix("ال") else { continue }
            var first = i
            if i > 0, state.owner[i - 1] == nil, stems(tokens[i - 1]).contains("وزاره") { first = i - 1 }
            if first == i, i > 0, stems(tokens[i - 1]).contains(where: { Self.ministerNouns.contains($0) }) { continue }
            let r = tokens[first].stems.first { ["وزاره", "الخارجيه", "الدفاع", "الداخليه"].contains($0.stem) } ?? tokens[first].stems[0]
            let start = Gazetteer.stemStart(tokens[first], reading: r, scalars: state.text.scalars)
            let name = state.text.substring(start, tokens[i + 1].end)
            // One ministry with or without `وزارة`: the key is the portfolio and the adjective.
            let p = tokens[i].stems.first { Self.portfolios.contains($0.stem) } ?? tokens[i].stems[0]
            let portfolio = state.text.substring(Gazetteer.stemStart(tokens[i], reading: p, scalars: state.text.scalars), tokens[i + 1].end)
            var d = ActorDraft(key: "government:\(MatchingForm.key(portfolio))", kind: .government, name: name)
            d.nameFromText = true
            d.affiliationKey = c.key
            state.unclaim(at: i + 1)
            let key = state.upsert(d)
            state.claim(first, i + 2, start: start, key: key, form: .name)
        }
    }

    /// `المملكة` alone stands for Saudi Arabia in Saudi news.
    func claimKingdom(_ state: inout DocumentState) {
        guard isSaudiContext(state), gazetteer.entries["saudi-arabia"] != nil else { return }
        for (i, t) in state.text.tokens.enumerated() where state.owner[i] == nil {
            guard let r = t.stems.first(where: { $0.stem == "المملكه" }) else { continue }
            let start = Gazetteer.stemStart(t, reading: r, scalars: state.text.scalars)
            if let entry = gazetteer.entries["saudi-arabia"] {
                let key = state.upsert(draft(for: entry))
                state.claim(i, i + 1, start: start, key: key, form: .metonym)
            }
        }
    }

    func isSaudiContext(_ state: DocumentState) -> Bool {
        if let outlet {
            let key = MatchingForm.key(outlet)
            if key.contains("saudi") || key.contains("سعود") { return true }
            if let id = gazetteer.outletsByKey[key], gazetteer.entries[id]?.country == "saudi-arabia" { return true }
        }
        return state.drafts.values.contains { d in
            d.entryID == "saudi-arabia" || d.entryID.flatMap { gazetteer.entries[$0]?.country } == "saudi-arabia"
        }
    }

    /// `صحيفة “…”`, `وكالة …`: the quoted words after an outlet cue name an outlet.
    func findOutletsFromCues(_ state: inout DocumentState) {
        let tokens = state.text.tokens, scalars = state.text.scalars
        for i in tokens.indices where state.owner[i] == nil {
            guard stems(tokens[i]).contains(where: { lexicon.outletCues.contains([$0]) }) else { continue }
            var p = tokens[i].end
            while p < scalars.count, scalars[p] == " " { p += 1 }
            if claimAgency(after: i, &state) { continue }
            guard p < scalars.count, "\"“«'‘".unicodeScalars.contains(scalars[p]) else {
                claimUnquotedOutlet(after: i, &state)
                continue
            }
            var q = p + 1
            while q < scalars.count, q - p < 60, !"\"”»'’\n".unicodeScalars.contains(scalars[q]) { q += 1 }
            guard q < scalars.count, q - p < 60 else { continue }
            let inside = state.text.tokens(in: p + 1, q)
            guard let a = inside.first?.offsetIndex(in: tokens), !inside.isEmpty, inside.count <= 5 else { continue }
            let end = a + inside.count
            guard state.isFree(a, end) else { continue }
            let name = state.text.substring(tokens[a].start, tokens[end - 1].end)
            var d = ActorDraft(key: "outlet:\(MatchingForm.key(name))", kind: .outlet, name: name)
            d.nameFromText = true
            let key = state.upsert(d)
            state.claim(a, end, key: key, form: .name)
        }
    }

    /// `وكالة أنباء فارس`, `وكالة أنباء "فارس"`, `وكالة مهر للأنباء`: words that say "news agency"
    /// around one or two free words name the agency by them. Returns whether one was claimed.
    func claimAgency(after i: Int, _ state: inout DocumentState) -> Bool {
        let tokens = state.text.tokens, scalars = state.text.scalars
        guard tokens[i].stems.contains(where: { $0.stem == "وكاله" && !$0.prefix.hasSuffix("ال") }), i + 2 < tokens.count else { return false }
        func nameWord(_ k: Int) -> Bool {
            k < tokens.count && state.owner[k] == nil && !lexicon.stopwords.contains(tokens[k].form)
                && !Context.arabicTimeWords.contains(tokens[k].form) && !Context.arabicRelatives.contains(tokens[k].form)
                && !isCommonWord(tokens[k].form)
        }
        /// Only spaces and quotes between two tokens.
        func near(_ a: Int, _ b: Int) -> Bool {
            state.text.substring(tokens[a].end, tokens[b].start).unicodeScalars.allSatisfy { $0 == " " || "\"“”«»".unicodeScalars.contains($0) }
        }
        var a = i + 1, end = i + 1
        if stems(tokens[i + 1]).contains("انباء"), Gazetteer.joined(tokens[i], tokens[i + 1], scalars: scalars) {
            // `وكالة أنباء فارس`: one or two words after.
            a = i + 2
            end = a
            while end < tokens.count, end - a < 2, nameWord(end), near(end - 1, end) { end += 1 }
        } else if stems(tokens[i + 2]).contains("للانباء") || tokens[i + 2].form == "للانباء" {
            // `وكالة مهر للأنباء`: the word between.
            guard nameWord(i + 1), near(i, i + 1), near(i + 1, i + 2) else { return false }
            end = i + 2
        } else if tokens[i + 2].form == "عن", isUnknownOutletWord(i + 1, state), near(i, i + 1) {
            // `نقلت وكالة طوحيد عن الوزير`: the agency quotes someone.
            end = i + 2
        }
        guard end > a else { return false }
        let name = state.text.substring(tokens[a].start, tokens[end - 1].end)
        var d = ActorDraft(key: "outlet:\(MatchingForm.key(name))", kind: .outlet, name: name)
        d.nameFromText = true
        let key = state.upsert(d)
        state.claim(a, end, key: key, form: .name)
        return true
    }

    /// `صحيفة الوطن`, `قناة الميادين`: a paper or channel cue (without the article) followed by
    /// definite words names an outlet; an agency cue needs quotes or the gazetteer.
    func claimUnquotedOutlet(after i: Int, _ state: inout DocumentState) {
        let tokens = state.text.tokens, scalars = state.text.scalars
        guard let cue = tokens[i].stems.first(where: { Self.paperCues.contains($0.stem) && !$0.prefix.hasSuffix("ال") }) else { return }
        var end = i + 1
        while end < tokens.count, end - i <= 3, state.owner[end] == nil, tokens[end].script == .arabic,
              Gazetteer.joined(tokens[end - 1], tokens[end], scalars: scalars), tokens[end].form.hasPrefix("ال"),
              !lexicon.stopwords.contains(tokens[end].form), !Context.arabicTimeWords.contains(tokens[end].form),
              !Context.arabicRelatives.contains(tokens[end].form) {
            end += 1
        }
        // `لصحيفة طوحيد`, `ذكرت صحيفة طوحيد أن`: one indefinite word no list knows names the paper
        // where it reports (a statement to it, a reporting verb before, reported speech after).
        if end == i + 1, cue.stem != "قناه", i + 2 < tokens.count, isUnknownOutletWord(i + 1, state),
           cue.prefix.hasSuffix("ل") || (i > 0 && stems(tokens[i - 1]).contains(where: { Self.reportingVerbs.contains($0) }))
            || Self.reportedSpeechOpeners.contains(tokens[i + 2].form) {
            end = i + 2
        }
        guard end > i + 1 else { return }
        // A radio is named with its cue (`إذاعة الجيش`, not `الجيش`).
        let first = cue.stem == "اذاعه" ? i : i + 1
        // `قناة السويس` is a canal: a channel is one when it reports (`نقلت قناة الميادين عن`,
        // `في تصريح لقناة العربية`, `قالت قناة المنار إن`).
        if cue.stem == "قناه", !cue.prefix.contains("ل") {
            let before = i > 0 ? stems(tokens[i - 1]) : []
            let after = end < tokens.count ? tokens[end].form : ""
            guard before.contains(where: { Self.reportingVerbs.contains($0) }) || Self.reportedSpeechOpeners.contains(after) else { return }
        }
        // `إذاعة الجيش الإسرائيلي`, `التلفزيون الرسمي السوري`: a country's adjective ends the name.
        if end < tokens.count, end - i <= 3, Gazetteer.joined(tokens[end - 1], tokens[end], scalars: scalars),
           let c = state.claim(at: end), c.form == .demonym, c.firstToken == end, c.endToken == end + 1 {
            state.unclaim(at: end)
            end += 1
        }
        let start = first == i ? Gazetteer.stemStart(tokens[i], reading: cue, scalars: scalars) : tokens[first].start
        let name = state.text.substring(start, tokens[end - 1].end)
        var d = ActorDraft(key: "outlet:\(MatchingForm.key(name))", kind: .outlet, name: name)
        d.nameFromText = true
        let key = state.upsert(d)
        state.claim(first, end, start: start, key: key, form: .name)
    }

    /// Bodies from head nouns in construct state: `حركة النهضة`, `مجلس النواب`, `حكومة الإنقاذ`.
    func findBodies(_ state: inout DocumentState) {
        let tokens = state.text.tokens, scalars = state.text.scalars
        var i = 0
        while i < tokens.count {
            // A head in construct state has no article (`حركة النهضة`, not `الحركة قبلت`).
            guard state.owner[i] == nil, let headStem = tokens[i].stems.first(where: {
                      lexicon.orgHeads[$0.stem] != nil && !$0.stem.hasPrefix("ال") && !$0.prefix.hasSuffix("ال") && !$0.prefix.hasSuffix("لل")
                  })?.stem,
                  let kind = lexicon.orgHeads[headStem] else { i += 1; continue }
            // head + definite noun (حركة النهضة), or head + noun + definite noun (مجلس نواب الشعب).
            func usable(_ j: Int) -> Bool {
                j < tokens.count && state.owner[j] == nil && Gazetteer.joined(tokens[j - 1], tokens[j], scalars: scalars)
                    && !lexicon.stopwords.contains(tokens[j].form) && tokens[j].script == .arabic
            }
            var end = i + 1
            if usable(end), tokens[end].form.hasPrefix("ال") {
                end += 1
            } else if usable(end), usable(end + 1), tokens[end + 1].form.hasPrefix("ال"), looksLikeNameWord(tokens[end].form, first: true) {
                end += 2
            }
            guard end > i + 1 else { i += 1; continue }
            var coreEnd = end
            // A portfolio is an adjective of `الشؤون` even though alone it is a common word
            // (`وزارة الشؤون الخارجية`).
            func portfolio(_ j: Int) -> Bool {
                j < tokens.count && state.owner[j] == nil && Gazetteer.joined(tokens[j - 1], tokens[j], scalars: scalars)
                    && Self.portfolios.contains(tokens[j].form)
            }
            // The name goes on with its adjectives and complement: `جبهة النضال الوطني`,
            // `كتلة الوفاء للمقاومة`, `تكتل التغيير والإصلاح`, `مجلس الشورى الإسلامي`.
            var more = 0
            while more < 3, usable(end) || portfolio(end) {
                let f = tokens[end].form
                let adjective = f.hasPrefix("ال") && (f.hasSuffix("ي") || f.hasSuffix("يه")) && !Context.arabicTimeWords.contains(f)
                    || portfolio(end)
                let complement = more == 0 && f.hasPrefix("لل") && f.count >= 5 && !isCommonWord(f)
                let coordinated = more == 0 && f.hasPrefix("وال") && f.count >= 6 && !isCommonWord(String(f.dropFirst()))
                guard adjective || complement || coordinated else { break }
                end += 1; more += 1
                // `الشؤون`, `شؤون` name no body alone: the body is known by its portfolio too
                // (`وزارة الشؤون الخارجية` is not `وزارة الشؤون الاجتماعية`).
                if more == 1, Self.genericPortfolioNouns.contains(tokens[coreEnd - 1].form) { coreEnd = end }
            }
            // A long name ends with its country's adjective when one follows (`حكومة الإنقاذ الوطني الليبية`).
            var country: String?
            if more > 0, end < tokens.count, let c = state.claim(at: end), c.form == .demonym, c.firstToken == end,
               Gazetteer.joined(tokens[end - 1], tokens[end], scalars: scalars) {
                country = c.key
                let e = c.endToken
                state.unclaim(at: end)
                end = e
            }
            let reading = tokens[i].stems.first { $0.stem == headStem } ?? tokens[i].stems[0]
            let start = Gazetteer.stemStart(tokens[i], reading: reading, scalars: scalars)
            let name = state.text.substring(start, tokens[end - 1].end)
            // The body is known by its core (`حكومة الإنقاذ`), however much of its name a mention writes.
            let core = MatchingForm.key(state.text.substring(start, tokens[coreEnd - 1].end))
            var d = ActorDraft(key: "\(kind.rawValue):\(core)", kind: kind, name: name)
            d.nameFromText = true
            if end < tokens.count, let c = state.claim(at: end), c.form == .demonym { d.affiliationKey = c.key }
            if let country { d.affiliationKey = country }
            let key = state.upsert(d)
            state.claim(i, end, start: start, key: key, form: .name)
            i = end
        }
    }
}
