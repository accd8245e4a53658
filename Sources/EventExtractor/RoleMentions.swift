import ActorRecognizer
import EventGraphModel
import TextAnalysis

/// Adds role mentions the recognizer did not place: where the text writes a role that the
/// recognizer gave one actor (`مستشار الأمن القومي الأميركي` after `جيك سوليفان`), it refers to that actor.
///
/// Only roles of two words or more that belong to a single actor are used, and only where no
/// mention is already placed.
enum RoleMentions {
    static func augment(_ actors: RecognizedActors, text: AnalyzedText, rules: LanguageRules) -> [ActorMention] {
        let roles = augmentRoles(actors, text: text)
        return augmentTitles(RecognizedActors(actors: actors.actors, mentions: roles), text: text, rules: rules)
    }

    /// `الوزير المصري`, `the Egyptian minister`: a title with a nationality names the one person
    /// of that country the text has named before.
    static func augmentTitles(_ actors: RecognizedActors, text: AnalyzedText, rules: LanguageRules) -> [ActorMention] {
        var affiliated: [String: [String]] = [:]
        var isPerson: Set<String> = []
        for a in actors.actors where a.kind == .person {
            isPerson.insert(a.id)
            if let f = a.affiliation { affiliated[f, default: []].append(a.id) }
        }
        guard !affiliated.isEmpty else { return actors.mentions }
        var out = actors.mentions
        let tokens = text.tokens
        for d in actors.mentions where d.form == .demonym {
            guard let people = affiliated[d.actorID] else { continue }
            let named = people.filter { p in actors.mentions.contains { $0.actorID == p && $0.end <= d.start } }
            guard named.count == 1, let person = named.first else { continue }
            let k = tokens.partitioningIndex { $0.end > d.start }
            let titleIndex = rules.language == .ar ? k - 1 : k + 1
            guard titleIndex >= 0, titleIndex < tokens.count else { continue }
            let t = SentenceToken(tokens[titleIndex])
            guard rules.cues.matches([t], at: 0).contains(where: { $0.value == .title }) else { continue }
            let start = min(tokens[titleIndex].start, d.start), end = max(tokens[titleIndex].end, d.end)
            guard !out.contains(where: { isPerson.contains($0.actorID) && $0.start < end && start < $0.end }) else { continue }
            out.removeAll { $0.start < end && start < $0.end }
            out.append(ActorMention(actorID: person, start: start, end: end, text: text.substring(start, end), form: .role))
        }
        return out.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
    }

    static func augmentRoles(_ actors: RecognizedActors, text: AnalyzedText) -> [ActorMention] {
        var owners: [String: Set<String>] = [:]
        for a in actors.actors {
            for role in a.roles {
                let key = MatchingForm.key(role)
                guard key.split(separator: " ").count >= 2 else { continue }
                owners[key, default: []].insert(a.id)
            }
        }
        let entries: [([String], String)] = owners.compactMap { key, ids in
            guard ids.count == 1, let id = ids.first else { return nil }
            return (key.split(separator: " ").map(String.init), id)
        }
        guard !entries.isEmpty else { return actors.mentions }
        let table = PhraseTable(entries)
        let tokens = text.tokens.map(SentenceToken.init)
        var out = actors.mentions
        for m in table.scan(tokens) {
            let start = tokens[m.first].token.start + m.reading.prefix.unicodeScalars.count
            let end = tokens[m.end - 1].token.end
            // A demonym or capital inside the role (`الأميركي`) gives way to the role.
            let overlapping = out.filter { $0.start < end && start < $0.end }
            guard overlapping.allSatisfy({ $0.form == .demonym || $0.form == .metonym }) else { continue }
            guard actors.mentions.contains(where: { $0.actorID == m.value }) else { continue }
            out.removeAll { $0.start < end && start < $0.end }
            out.append(ActorMention(actorID: m.value, start: start, end: end, text: text.substring(start, end), form: .role))
        }
        return out
    }
}
