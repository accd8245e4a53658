import ActorRecognizer
import EventGraphModel
import TextAnalysis

/// Adds role mentions the recognizer did not place: where the text writes a role that the
/// recognizer gave one actor (`مستشار الأمن القومي الأميركي` after `جيك سوليفان`), it refers to that actor.
///
/// Only roles of two words or more that belong to a single actor are used, and only where no
/// mention is already placed.
enum RoleMentions {
    static func augment(_ actors: RecognizedActors, text: AnalyzedText) -> [ActorMention] {
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
