import TextAnalysis

/// Sentences as the event extractor reads them: the text's sentences, re-joined where a title
/// abbreviation (`Sens.`, `Gens.`, listed as `abbreviation` cues) was taken for a sentence end.
enum SentenceUnits {
    static func merge(_ text: AnalyzedText, rules: LanguageRules) -> [Sentence] {
        var out: [Sentence] = []
        var pendingStart: Int?
        // The first line is the title: it never runs on into the article.
        let titleEnd = text.scalars.firstIndex(of: "\n") ?? text.scalars.count
        var sentences: [Sentence] = []
        for s in text.sentences {
            if rules.language == .ar {
                // Arabic web copy is not wrapped: a line break ends a sentence (headings, captions).
                var start = s.start
                for k in s.start..<s.end where text.scalars[k] == "\n" {
                    var e = k
                    while e > start, text.scalars[e - 1].properties.isWhitespace { e -= 1 }
                    if e > start { sentences.append(Sentence(start: start, end: e, index: 0)) }
                    start = k + 1
                    while start < s.end, text.scalars[start].properties.isWhitespace { start += 1 }
                }
                if start < s.end { sentences.append(Sentence(start: start, end: s.end, index: 0)) }
                continue
            }
            if s.start < titleEnd, s.end > titleEnd + 1 {
                var e = titleEnd
                while e > s.start, text.scalars[e - 1].properties.isWhitespace { e -= 1 }
                var b = titleEnd
                while b < s.end, text.scalars[b].properties.isWhitespace { b += 1 }
                sentences.append(Sentence(start: s.start, end: e, index: 0))
                sentences.append(Sentence(start: b, end: s.end, index: 0))
            } else {
                sentences.append(s)
            }
        }
        for (n, s) in sentences.enumerated() {
            let start = pendingStart ?? s.start
            pendingStart = nil
            let tokens = text.tokens(in: s.start, s.end)
            if let last = tokens.last, s.end > last.end, text.scalars[last.end] == ".",
               rules.cues.matches([SentenceToken(last)], at: 0).contains(where: { $0.value == .abbreviation }),
               n + 1 < sentences.count {
                pendingStart = start
                continue
            }
            out.append(Sentence(start: start, end: s.end, index: out.count))
        }
        return out
    }
}
