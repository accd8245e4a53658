import EventGraphModel
import TextAnalysis

/// Arabic outlets named by how the text attributes to them, whatever their name: a statement made
/// to a quoted name (`في تصريحات لـ«عكاظ»`, `قالت مصادر لـ«الشرق الأوسط»`), what a quoted name
/// learned from its sources (`وعلمت «عكاظ» من مصادرها`); the words are `statement-word` and
/// `learned-word` rows of `cues.tsv`.
extension Context {
    func findQuotedOutlets(_ state: inout DocumentState) {
        let tokens = state.text.tokens, scalars = state.text.scalars
        for i in tokens.indices.dropLast() where state.owner[i] == nil {
            // The quote opens right after token `i`.
            var p = tokens[i].end
            while p < scalars.count, scalars[p] == " " || scalars[p] == "\u{0640}" { p += 1 }
            guard p < scalars.count, "\"“«".unicodeScalars.contains(scalars[p]) else { continue }
            var q = p + 1
            while q < scalars.count, q - p < 40, !"\"”»\n".unicodeScalars.contains(scalars[q]) { q += 1 }
            guard q < scalars.count, q - p < 40 else { continue }
            let inside = state.text.tokens(in: p + 1, q)
            guard !inside.isEmpty, inside.count <= 3, let a = inside.first?.offsetIndex(in: tokens) else { continue }
            let end = a + inside.count
            guard state.isFree(a, end), inside.allSatisfy({ $0.script == .arabic || $0.script == .latin }) else { continue }
            let toIt = tokens[i].form == "ل" && (max(0, i - 4)..<i).contains { k in
                stems(tokens[k]).contains { lexicon.statementWords.contains($0) }
            }
            let learned = stems(tokens[i]).contains { lexicon.learnedWords.contains($0) }
                && end + 1 < tokens.count && tokens[end].form == "من" && tokens[end + 1].form.hasPrefix("مصادر")
            guard toIt || learned else { continue }
            let name = state.text.substring(tokens[a].start, tokens[end - 1].end)
            var d = ActorDraft(key: "outlet:\(MatchingForm.key(name))", kind: .outlet, name: name)
            d.nameFromText = true
            let key = state.upsert(d)
            state.claim(a, end, key: key, form: .name)
        }
    }

    /// Whether token `k` can be the one-word name of an outlet no list knows: free, Arabic, no
    /// ordinary, function, time or verb word, and no adjective of relation in ية (`صحيفة محلية`,
    /// `صحيفة أمريكية` say what kind of paper, not which).
    func isUnknownOutletWord(_ k: Int, _ state: DocumentState) -> Bool {
        let t = state.text.tokens[k]
        guard state.owner[k] == nil, t.script == .arabic, t.form.count >= 3, !t.form.hasSuffix("يه") else { return false }
        return !lexicon.stopwords.contains(t.form) && !isCommonWord(t.form) && !Context.arabicTimeWords.contains(t.form)
            && !Context.arabicRelatives.contains(t.form) && !isVerbForm(t.form)
    }
}
