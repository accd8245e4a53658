import EventGraphModel
import TextAnalysis

/// Arabic: people acting for a country, named by a noun of officials and the country's adjective
/// (`مسؤول روسي`, `مسؤولين مصريين`, `وفد أمريكي`, `الدبلوماسيين الروس`): the country is the party.
extension Context {
    /// Whether the word before an Arabic demonym is a noun of officials (`national-group` cues),
    /// with or without its clitics (`ومسؤولين`), and only a space between.
    func followsArabicGroup(_ first: Int, start: Int, text: AnalyzedText) -> Bool {
        guard first > 0 else { return false }
        let prev = text.tokens[first - 1]
        guard prev.script == .arabic, text.tokens[first].start == start,
              text.substring(prev.end, start) == " " else { return false }
        // `أرفع مسؤول كوري شمالي`: the highest official is someone, not the country.
        if first > 1, text.tokens[first - 2].stemForms.contains(where: { lexicon.specificLeads.contains($0) }) { return false }
        // Indefinite, or a plural or a delegation made definite: `المسؤول الإيراني` is a title
        // (someone the text may name), not the group.
        return prev.stems.contains { isGroupReading($0) }
    }

    func isGroupReading(_ r: ArabicClitics.Reading) -> Bool {
        guard lexicon.nationalGroups.contains([r.stem]) else { return false }
        // `المسؤولين المصريين`, `الوفد الأمريكي`: a plural or a delegation stays a group made definite.
        if r.prefix.hasSuffix("ال") || r.prefix.hasSuffix("لل") { return lexicon.definiteGroups.contains(r.stem) }
        return true
    }

    /// Claims the noun of officials with the adjective after it as the country, named: the unnamed
    /// officials act for it (`التقى مسؤولا روسيا` is a meeting with Russia).
    func claimArabicGroups(_ state: inout DocumentState) {
        // A name too: `وفد مصر`, and the accusative adjective written as the name (`مسؤولا روسيا`).
        for c in state.claims where !c.key.isEmpty && (c.form == .demonym || c.form == .name) {
            guard state.drafts[c.key]?.kind == .country, c.firstToken > 0, state.owner[c.firstToken - 1] == nil,
                  followsArabicGroup(c.firstToken, start: state.text.tokens[c.firstToken].start, text: state.text) else { continue }
            let first = c.firstToken, end = c.endToken, key = c.key
            let noun = state.text.tokens[first - 1]
            // The mention starts after a proclitic of the noun (`ومسؤولين` → `مسؤولين`).
            let reading = noun.stems.first { isGroupReading($0) }
            // The article stays on the mention (`والمسؤولين` → `المسؤولين`).
            let start = reading.map { r in
                Gazetteer.stemStart(noun, reading: r, scalars: state.text.scalars) - (r.prefix.hasSuffix("ال") ? 2 : 0)
            } ?? noun.start
            state.unclaim(at: first)
            state.claim(first - 1, end, start: start, key: key, form: .name)
        }
    }
}
