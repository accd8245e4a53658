import ActorRecognizer
import EventGraphModel
import TextAnalysis

extension RoleMentions {
    /// `The Israeli and Syrian leaders met`: countries' adjectives joined by `and` before a plural
    /// title name each country's one person the text named before with that country, where it
    /// named one; a country with nobody so named stays the party.
    static func augmentGroupTitles(_ actors: RecognizedActors, text: AnalyzedText, rules: LanguageRules) -> [ActorMention] {
        guard rules.language == .en else { return augmentArabicDualTitles(actors, text: text, rules: rules) }
        let (affiliated, kinds) = peopleByCountry(actors)
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

    /// `وعقد الرئيسان السوداني والمصري محادثات`: a dual that names people (`people-dual` cues)
    /// followed by two countries' adjectives joined by و names each country's one person the text
    /// named before, or else the country acting through its unnamed holder.
    static func augmentArabicDualTitles(_ actors: RecognizedActors, text: AnalyzedText, rules: LanguageRules) -> [ActorMention] {
        let tokens = text.tokens
        let (affiliated, kinds) = peopleByCountry(actors)
        let mentions = actors.mentions.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        var out = actors.mentions
        for (i, first) in mentions.enumerated() where i + 1 < mentions.count && first.form == .demonym && kinds[first.actorID] == .country {
            let second = mentions[i + 1]
            guard second.form == .demonym, kinds[second.actorID] == .country, second.actorID != first.actorID else { continue }
            // The second adjective right after the first, with و on it.
            let k2 = tokens.partitioningIndex { $0.end > second.start }
            guard k2 < tokens.count, tokens[k2].form.hasPrefix("و"), text.substring(first.end, tokens[k2].start).allSatisfy(\.isWhitespace) else { continue }
            // The dual right before the first adjective.
            let k1 = tokens.partitioningIndex { $0.end > first.start }
            guard k1 >= 1, text.substring(tokens[k1 - 1].end, first.start).allSatisfy(\.isWhitespace),
                  rules.cues.matches([SentenceToken(tokens[k1 - 1])], at: 0).contains(where: { $0.value == .peopleDual }) else { continue }
            // Both people where both were named, else both countries (a person and a country are
            // no pair the subject reads as one group).
            let holders = [first, second].map { m -> String? in
                let named = (affiliated[m.actorID] ?? []).filter { p in mentions.contains { $0.actorID == p && $0.end <= first.start } }
                return named.count == 1 ? named[0] : nil
            }
            let people = holders.allSatisfy { $0 != nil }
            for (m, holder) in zip([first, second], holders) {
                out.removeAll { $0.start == m.start && $0.end == m.end && $0.actorID == m.actorID }
                out.append(ActorMention(actorID: people ? holder ?? m.actorID : m.actorID, start: m.start, end: m.end, text: m.text, form: .role))
            }
        }
        return out.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
    }

    /// The people of each country (by the country's id) and every actor's kind.
    static func peopleByCountry(_ actors: RecognizedActors) -> (affiliated: [String: [String]], kinds: [String: ActorKind]) {
        var affiliated: [String: [String]] = [:]
        var kinds: [String: ActorKind] = [:]
        for a in actors.actors {
            kinds[a.id] = a.kind
            if a.kind == .person, let f = a.affiliation { affiliated[f, default: []].append(a.id) }
        }
        return (affiliated, kinds)
    }
}
