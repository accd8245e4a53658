import ActorRecognizer
import EventGraphModel
import TextAnalysis

extension RoleMentions {
    /// `The Israeli and Syrian leaders met`: countries' adjectives joined by `and` before a plural
    /// title name each country's one person the text named before with that country, where it
    /// named one; a country with nobody so named stays the party.
    static func augmentGroupTitles(_ actors: RecognizedActors, text: AnalyzedText, rules: LanguageRules) -> [ActorMention] {
        guard rules.language == .en else { return actors.mentions }
        var affiliated: [String: [String]] = [:]
        var kinds: [String: ActorKind] = [:]
        for a in actors.actors {
            kinds[a.id] = a.kind
            if a.kind == .person, let f = a.affiliation { affiliated[f, default: []].append(a.id) }
        }
        let mentions = actors.mentions.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        let tokens = text.tokens
        var out = actors.mentions
        var i = 0
        while i < mentions.count {
            // A run of countries joined by `and` (or commas).
            var run = [mentions[i]]
            while kinds[run[0].actorID] == .country, let last = run.last,
                  let next = mentions.first(where: { $0.start >= last.end }), kinds[next.actorID] == .country,
                  ["and", ",", ", and"].contains(text.trimmedSubstring(last.end, next.start)) {
                run.append(next)
            }
            let runEnd = run.last?.end ?? mentions[i].end
            defer { i = max(i + 1, mentions.firstIndex(where: { $0.start >= runEnd }) ?? mentions.count) }
            guard run.count >= 2, let last = run.last else { continue }
            let k = tokens.partitioningIndex { $0.start >= last.end }
            guard k < tokens.count, text.substring(last.end, tokens[k].start).allSatisfy(\.isWhitespace) else { continue }
            let window = tokens[k..<min(tokens.count, k + 3)].map(SentenceToken.init)
            guard rules.cues.matches(window, at: 0).contains(where: { $0.value == .title }), tokens[k].form.hasSuffix("s") else { continue }
            for m in run {
                let named = (affiliated[m.actorID] ?? []).filter { p in mentions.contains { $0.actorID == p && $0.end <= m.start } }
                guard named.count == 1, let person = named.first else { continue }
                out.removeAll { $0.start == m.start && $0.end == m.end && $0.actorID == m.actorID }
                out.append(ActorMention(actorID: person, start: m.start, end: m.end, text: m.text, form: .role))
            }
        }
        return out.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
    }
}
