import EventGraphModel
import TextAnalysis

/// English acronyms no entry knows (`UEDF`, `SPLM`): a body's short name.
extension Context {
    /// Claims the acronym at token `s` in running English text: in brackets after a body's name
    /// whose initials it spells (`Union of Ethiopian Democratic Forces (UEDF)`), that body; alone,
    /// the body such a bracket named before, else a body of its own. A headline or line in
    /// capitals, an abbreviation of no actor (`abbreviations.tsv`: `GMT`, `GDP`) and a Roman
    /// numeral are left.
    /// - Returns: Whether the token was claimed.
    func claimAcronym(_ s: Int, _ state: inout DocumentState) -> Bool {
        let tokens = state.text.tokens
        let t = tokens[s]
        guard language == .en, state.owner[s] == nil, isAcronymShaped(t), !lexicon.abbreviations.contains(t.form),
              !lexicon.stopwords.contains(t.form), !isInCapitalsLine(s, state) else { return false }
        let before = s > 0 ? state.text.substring(tokens[s - 1].end, t.start) : ""
        let after = s + 1 < tokens.count ? state.text.substring(t.end, tokens[s + 1].start) : ""
        if before.trimmingCharacters(in: .whitespaces) == "(", after.hasPrefix(")"),
           let c = state.claim(at: s - 1), c.endToken == s, let d = state.drafts[c.key],
           [.organization, .government, .outlet].contains(d.kind),
           spellsInitials(t.text, of: tokens[c.firstToken..<c.endToken].map(\.text)) {
            state.claim(s, s + 1, key: c.key, form: .shortName)
            return true
        }
        if let earlier = state.claims.first(where: { c in
            c.endToken - c.firstToken == 1 && c.firstToken < s && tokens[c.firstToken].text == t.text && !c.key.isEmpty
        }) {
            state.claim(s, s + 1, key: earlier.key, form: .shortName)
            return true
        }
        // Alone and defined nowhere, it acts (`the EPRDF said`, `the SPLM would`) or is a side
        // (`officials of the SPLM`, `talks with the UEDF`); a weapon, a treaty or a place is not
        // written so (`INF reductions`, `down the ERV`).
        let next = s + 1 < tokens.count ? tokens[s + 1].form : ""
        let acts = lexicon.clauseVerbs.contains(next) || lexicon.personVerbs.contains(next) || Self.auxiliaries.contains(next)
        let side = s >= 2 && tokens[s - 1].form == "the" && Self.acronymSideWords.contains(tokens[s - 2].form)
        guard acts || side else { return false }
        claimBody(s, s + 1, kind: .organization, &state)
        return true
    }

    /// Auxiliaries that open what a body's acronym does (`the SPLM would`, `the EPRDF has`).
    static let auxiliaries: Set<String> = ["would", "will", "has", "had", "have", "is", "was"]
    /// Words before `the` and a body that is a side: `of the SPLM`, `with the UEDF`, `by the EPRDF`.
    static let acronymSideWords: Set<String> = ["of", "with", "by", "and", "between", "from"]

    /// Two to six capital letters, maybe with `&` (`SPLM`, `AT&T`), and no Roman numeral.
    func isAcronymShaped(_ t: Token) -> Bool {
        let letters = t.text.filter(\.isLetter)
        guard t.script == .latin, (2...6).contains(letters.count), letters.allSatisfy(\.isUppercase),
              t.text.allSatisfy({ $0.isLetter || $0 == "&" }) else { return false }
        return !t.text.allSatisfy { "IVXLCDM".contains($0) }
    }

    /// Whether token `s` stands in a line written in capitals (a headline, a dateline, a
    /// signature such as `REUTER`): alone on its line, or beside another word in capitals.
    func isInCapitalsLine(_ s: Int, _ state: DocumentState) -> Bool {
        let tokens = state.text.tokens
        func sameLine(_ a: Int, _ b: Int) -> Bool { !state.text.substring(tokens[a].end, tokens[b].start).contains("\n") }
        let previous = s > 0 && sameLine(s - 1, s) ? s - 1 : nil
        let next = s + 1 < tokens.count && sameLine(s, s + 1) ? s + 1 : nil
        if previous == nil && next == nil { return true }
        return [previous, next].contains { k in
            k.map { tokens[$0].isAllCaps && tokens[$0].text.filter(\.isLetter).count > 1 } ?? false
        }
    }

    /// Whether an acronym spells the initials of a name's capitalised words in order, its
    /// connectors (`of`, `for`, `and`) skipped or not (`UEDF`, `CUDP`, `NLD`).
    func spellsInitials(_ acronym: String, of words: [String]) -> Bool {
        let letters = Array(acronym.filter(\.isLetter))
        let initials = words.compactMap { w in w.first.flatMap { $0.isUppercase ? $0 : nil } }
        var i = 0
        for c in initials where i < letters.count && c == letters[i] { i += 1 }
        return i == letters.count && letters.first == initials.first
    }
}
