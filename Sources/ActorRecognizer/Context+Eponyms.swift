import TextAnalysis

extension Context {
    /// Claims the places named after people (`مطار الملك خالد الدولي`, `حي الشيخ جراح`,
    /// `King Khalid International Airport`, `John F. Kennedy Airport`) before any name is read:
    /// such a name is the place's, not a person acting. The head noun comes from the `eponym`
    /// cues of the language: before the name in Arabic, after it in English.
    func claimEponymousPlaces(_ state: inout DocumentState) {
        guard !lexicon.eponymHeads.isEmpty else { return }
        switch language {
        case .ar: claimArabicEponyms(&state)
        case .en: claimEnglishEponyms(&state)
        }
    }

    /// `مطار الملك خالد`, `بجامعة الأمير سلطان`: a head noun in the construct state (no article),
    /// then an optional title, then a name.
    private func claimArabicEponyms(_ state: inout DocumentState) {
        let tokens = state.text.tokens
        var i = 0
        while i + 1 < tokens.count {
            let isHead = tokens[i].stems.contains { r in
                lexicon.eponymHeads.contains(r.stem) && !r.prefix.hasSuffix("ال") && !r.prefix.hasSuffix("لل")
            }
            guard isHead, state.owner[i + 1] == nil, Gazetteer.joined(tokens[i], tokens[i + 1], scalars: state.text.scalars) else {
                i += 1
                continue
            }
            var nameStart = i + 1
            if let t = title(at: nameStart, state), t.end < tokens.count { nameStart = t.end }
            let named = stems(tokens[nameStart]).contains { lexicon.givenNames.contains($0) }
            guard named || nameStart > i + 1,
                  let end = arabicNameEnd(from: nameStart, state, loose: true, afterTitle: nameStart > i + 1) ?? (nameStart > i + 1 ? nameStart + 1 : nil),
                  state.isFree(i + 1, end) else {
                i += 1
                continue
            }
            state.claim(i + 1, end, key: "", form: .metonym)
            i = end
        }
    }

    /// `King Khalid International Airport`: a run of capitalised words (initials included) that
    /// ends with a head noun.
    private func claimEnglishEponyms(_ state: inout DocumentState) {
        let tokens = state.text.tokens, scalars = state.text.scalars
        for e in tokens.indices where isCap(tokens[e]) && lexicon.eponymHeads.contains(bare(tokens[e])) {
            var k = e
            while k > 0, isCap(tokens[k - 1]), state.owner[k - 1] == nil, Gazetteer.joined(tokens[k - 1], tokens[k], scalars: scalars) {
                k -= 1
            }
            // `The Wall Street Journal`: a capitalised word after the head makes a longer name.
            if e + 1 < tokens.count, isCap(tokens[e + 1]), Gazetteer.joined(tokens[e], tokens[e + 1], scalars: scalars) { continue }
            if tokens[k].form == "the" { k += 1 }
            guard k < e, state.isFree(k, e + 1) else { continue }
            state.claim(k, e + 1, key: "", form: .metonym)
        }
    }
}
