import EventGraphModel
import TextAnalysis

/// Whether a gazetteer hit names an actor where it stands: acting or a place, another country's
/// body, the tail of a longer name, an address, an Arabic adjective with or without its article.
extension Context {
    /// Whether a capital acts for its government here: not after a locative preposition
    /// (`في`, `بـ`, `in`, `from`), not an all-capitals dateline.
    func isActing(_ hit: GazetteerHit, text: AnalyzedText) -> Bool {
        let token = text.tokens[hit.firstToken]
        let isBody = gazetteer.entries[hit.entryID]?.kind == .government && hit.form != .metonym
        if (language == .en || token.script == .latin) && !isBody {
            if token.isAllCaps && token.text.count > 2 { return false }
        }
        if token.script == .arabic, hit.start > token.start {
            let prefix = MatchingForm.of(text.substring(token.start, hit.start))
            if prefix.contains("ب") { return false }
        }
        // A dateline: the capital opens its line and a dash, bracket or comma follows (`الرياض - واس`).
        let lineStart = hit.firstToken == 0 || text.substring(text.tokens[hit.firstToken - 1].end, token.start).containsText("\n")
        if lineStart {
            let after = hit.endToken < text.tokens.count ? text.substring(text.tokens[hit.endToken - 1].end, text.tokens[hit.endToken].start) : ""
            if after.containsText("-") || after.containsText("(") || after.contains("\u{2013}") || after.contains("\u{2014}") || after.containsText(":") { return false }
        }
        if hit.firstToken > 0 {
            var prev = text.tokens[hit.firstToken - 1]
            if prev.form == "the", hit.firstToken > 1 { prev = text.tokens[hit.firstToken - 2] }
            let keys = prev.script == .arabic ? prev.stems.map(\.stem) : [prev.form]
            // A body is only a place after `في`/`in`/`at` (`في البيت الأبيض`); `من الخارجية` still acts.
            if isBody { return !keys.contains(where: { ["في", "in", "at", "inside", "outside"].contains($0) }) }
            if keys.contains(where: { lexicon.locatives.contains($0) }) { return false }
            // The capital named after its country's adjective (`العاصمة الإثيوبية أديس أبابا`).
            if prev.script == .arabic, hit.firstToken > 1, lexicon.locatives.contains(text.tokens[hit.firstToken - 2].form) { return false }
            // A capital right after a person's or place's name is an address (`Washington, D.C.`).
            let between = text.substring(prev.end, token.start)
            if between.containsText("(") { return false }
        }
        return true
    }

    /// Whether a body's generic name belongs to another country here: `Russia's Security Council`,
    /// `the Iraqi National Assembly` are not the UN's or the United States' bodies.
    func isOtherCountrysBody(_ entry: GazetteerEntry, _ hit: GazetteerHit, state: DocumentState) -> Bool {
        guard entry.kind == .organization || entry.kind == .government, hit.firstToken > 0,
              let c = state.claim(at: hit.firstToken - 1), c.endToken == hit.firstToken,
              let d = state.drafts[c.key], d.kind == .country, d.entryID != entry.country else { return false }
        let last = state.text.tokens[c.endToken - 1]
        return c.form == .demonym || last.form.hasSuffix("'s")
    }

    /// Whether a body of the gazetteer is only the end of a longer name written in capitals
    /// (`Liberal Democratic Party`, `Nigeria Labour Congress`): the name patterns read it whole.
    func isTailOfLongerName(_ entry: GazetteerEntry, _ hit: GazetteerHit, state: DocumentState) -> Bool {
        let tokens = state.text.tokens
        guard language == .en, entry.kind == .organization || entry.kind == .government, hit.form != .demonym, hit.form != .metonym,
              hit.firstToken > 0, tokens[hit.firstToken].script == .latin else { return false }
        let prev = tokens[hit.firstToken - 1]
        guard prev.script == .latin, prev.isCapitalized, !prev.form.hasSuffix("'s"), !prev.form.hasSuffix("'"),
              Gazetteer.joined(prev, tokens[hit.firstToken], scalars: state.text.scalars),
              !Context.functionStarts.contains(prev.form), !Context.calendarWords.contains(prev.form),
              lexicon.titles[[prev.form]] == nil else { return false }
        // A word that opens a sentence is capitalised anyway: only a name's own word counts there.
        let opensSentence = hit.firstToken - 1 == 0
            || state.text.substring(tokens[hit.firstToken - 2].end, prev.start).contains(where: { ".!?\n".contains($0) })
        if opensSentence && isCommonWord(prev.form) { return false }
        // A word already read (`U.S. Immigration and Naturalization Service`: the country) leaves the body as it is.
        return state.claim(at: hit.firstToken - 1) == nil
    }

    /// Whether a country name only completes a place (`Reykjavik, Iceland`, `Brussels, Belgium`):
    /// right after a comma and a capitalised place name, unclaimed or a capital claimed as a place.
    func isAddress(_ hit: GazetteerHit, state: DocumentState) -> Bool {
        let tokens = state.text.tokens
        guard hit.form == .name, hit.firstToken > 0, tokens[hit.firstToken].script == .latin else { return false }
        let prev = tokens[hit.firstToken - 1]
        let last = tokens[hit.endToken - 1]
        let prevIsPlace = state.owner[hit.firstToken - 1] == nil || state.claim(at: hit.firstToken - 1)?.key == ""
        guard !last.form.hasSuffix("'s"), !last.form.hasSuffix("'"), prev.isCapitalized, prevIsPlace,
              state.text.substring(prev.end, tokens[hit.firstToken].start) == ", " else { return false }
        // Not after a weekday or a title (`Also Thursday, Saudi Arabia called`, `the Pope, Cuba,`).
        return !Context.functionStarts.contains(prev.form) && !Context.calendarWords.contains(bare(prev))
            && lexicon.titles[[prev.form]] == nil
    }

    /// Whether an Arabic demonym carries the article (`الروسي`, `والروسية`): indefinite ones are
    /// mostly descriptions (`شركة صينية`), not the country acting.
    func isDefinite(_ hit: GazetteerHit, text: AnalyzedText) -> Bool {
        let t = text.tokens[hit.firstToken]
        let stem = MatchingForm.of(text.substring(hit.start, t.end))
        if stem.hasPrefix("ال") { return true }
        let prefix = MatchingForm.of(text.substring(t.start, hit.start))
        return prefix.hasSuffix("ال") || prefix.hasSuffix("لل")
    }

    /// Whether an indefinite Arabic demonym stands side by side with another country's demonym
    /// (`مباحثات سعودية أمريكية`, `علاقات روسية صينية`): a pair of adjectives names two states
    /// dealing with each other, not a description (`شركة صينية`).
    func isBilateralPair(_ hit: GazetteerHit, among hits: [GazetteerHit], text: AnalyzedText) -> Bool {
        hits.contains { other in
            guard other.form == .demonym, other.entryID != hit.entryID,
                  other.firstToken == hit.endToken || other.endToken == hit.firstToken,
                  text.tokens[other.firstToken].script == .arabic else { return false }
            let (a, b) = other.firstToken == hit.endToken ? (hit, other) : (other, hit)
            return text.substring(text.tokens[a.endToken - 1].end, text.tokens[b.firstToken].start) == " "
        }
    }
}
