import EventGraphModel
import TextAnalysis

/// Where an Arabic name ends, and which words can be part of one.
extension Context {
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
            || afterTitle && lexicon.titleGivenNames.contains(tokens[k].form) && familyFollows(k, state)
        if !isGiven {
            if afterTitle {
                // Foreign names may open like a present-tense verb (`ياووز`), but not like one of
                // its common stems (`يلتقي`), nor end like a feminine noun or past verb (`أقامت`).
                let f = tokens[k].form, u = Array(f.unicodeScalars)
                let verbLike = u.count >= 4 && u[0] == "ي" && !["ا", "و", "ي"].contains(String(u[1]))
                // A feminine given name (`معالي نورة سيف الحمادي`) goes on with a name word.
                let feminineGiven = f.hasSuffix("ه") && f.count >= 4 && !isCommonWord(f) && k + 1 < tokens.count
                    && !isNameBoundary(k + 1, state) && looksLikeNameWord(tokens[k + 1].form, first: false)
                // `الدكتور تابوغ بن صاداد`, `الوزير تاطاك الشيكاك،`: a lineage, or a family name with the
                // article that ends the name, after the word makes it a given name, whatever its shape.
                let lineage = lineageFollows(k, state) || familyWithArticle(at: k + 1, state)
                // `السيدة وداد بوشماوي`: a given name in و, not the conjunction before a word of its
                // own, where a name word follows.
                let wGiven = f.hasPrefix("و") && !f.hasPrefix("وال") && !isCommonWord(String(f.dropFirst()))
                    && !lexicon.givenNames.contains(String(f.dropFirst())) && title(at: k, state) == nil && k + 1 < tokens.count
                    && !isNameBoundary(k + 1, state) && looksLikeNameWord(tokens[k + 1].form, first: false)
                guard !f.hasPrefix("ال"), !f.hasPrefix("و") || f.count < 4 || wGiven, f.count >= 2, !isCommonWord(f), !verbLike || lineage, !isVerbForm(f),
                      !tokens[k].text.unicodeScalars.contains("\u{064B}"),
                      !(f.hasPrefix("ت") && f.count >= 5) || lineage, !f.hasSuffix("ه") || feminineGiven || lineage,
                      !(f.hasSuffix("ت") && f.count >= 4) || givenInT(k, state) || lineage,
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
            // `عبدالله بن محمد آل الشيخ`: the family of that name, whose second word is a title elsewhere.
            if f == "ال", end + 1 < tokens.count, tokens[end + 1].form == "الشيخ", state.owner[end + 1] == nil,
               Gazetteer.joined(tokens[end], tokens[end + 1], scalars: scalars) {
                end += 2; family = true
                break
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
            // `سيرجي يفيموف.`: after a title, a foreign family name in ي that is no known verb, right before punctuation.
            let yForeign = afterTitle && f.hasPrefix("ي") && f.count >= 4 && !isCommonWord(f) && !isVerbForm(f)
                && (end + 1 == tokens.count || !Gazetteer.joined(tokens[end], tokens[end + 1], scalars: scalars))
            guard looksLikeNameWord(f, first: false) || isNameWordAli(tokens[end]) || feminineName || feminineFamily || wName || wForeign
                    || yForeign else { break }
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
            // Never right after a connector (`عبدالله بن`).
            while e > k + 1, Context.arabicConnectors.contains(tokens[e - 1].form) { e -= 1 }
            return e > k + 1 ? e : nil
        }
        return end
    }

    /// Whether a family name follows token `k`: a lineage (`بن صاداد`) or a name word with the
    /// article that is no time word (`صباح الخالد`, not `صباح الغد`).
    func familyFollows(_ k: Int, _ state: DocumentState) -> Bool {
        let tokens = state.text.tokens
        if lineageFollows(k, state) { return true }
        guard k + 1 < tokens.count, state.owner[k + 1] == nil,
              Gazetteer.joined(tokens[k], tokens[k + 1], scalars: state.text.scalars) else { return false }
        let f = tokens[k + 1].form
        return f.hasPrefix("ال") && f.count >= 5 && !isNameBoundary(k + 1, state) && looksLikeNameWord(f, first: false)
    }

    /// Whether a lineage connector and a name word follow token `k` (`تابوغ بن صاداد`).
    func lineageFollows(_ k: Int, _ state: DocumentState) -> Bool {
        let tokens = state.text.tokens
        guard k + 2 < tokens.count, ["بن", "ابن", "بنت"].contains(tokens[k + 1].form), state.owner[k + 1] == nil, state.owner[k + 2] == nil,
              Gazetteer.joined(tokens[k], tokens[k + 1], scalars: state.text.scalars),
              Gazetteer.joined(tokens[k + 1], tokens[k + 2], scalars: state.text.scalars) else { return false }
        return !isNameBoundary(k + 2, state) && looksLikeNameWord(tokens[k + 2].form, first: false)
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
            // With its object's pronoun: `سلمها`, `استقبلهما`.
            for suffix in ["هما", "هم", "ها", "ه"] where w.hasSuffix(suffix) && known(w.dropLast(suffix.count)) { return true }
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
}
