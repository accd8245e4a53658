import TextAnalysis

/// Sentences as the event extractor reads them: the text's sentences, re-joined where a title
/// abbreviation (`Sens.`, `Gens.`, listed as `abbreviation` cues) was taken for a sentence end.
enum SentenceUnits {
    static func merge(_ text: AnalyzedText, rules: LanguageRules) -> [Sentence] {
        var out: [Sentence] = []
        var pendingStart: Int?
        for s in text.sentences {
            let start = pendingStart ?? s.start
            pendingStart = nil
            let tokens = text.tokens(in: s.start, s.end)
            if let last = tokens.last, s.end > last.end, text.scalars[last.end] == ".",
               rules.cues.matches([SentenceToken(last)], at: 0).contains(where: { $0.value == .abbreviation }),
               s.index + 1 < text.sentences.count {
                pendingStart = start
                continue
            }
            out.append(Sentence(start: start, end: s.end, index: out.count))
        }
        return out
    }
}
