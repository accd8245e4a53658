import ActorRecognizer
import EventGraphModel
import TextAnalysis

extension RoleMentions {
    /// `the FBI chief` after `FBI Director Louis Freeh`: a body's name with a head title after it
    /// (a `body-head` cue) and no name after that names the one person the text named before with
    /// such a title after the same body. With nobody, or several, so named, the body stays the party.
    static func augmentBodyHeads(_ actors: RecognizedActors, text: AnalyzedText, rules: LanguageRules) -> [ActorMention] {
        guard rules.language == .en else { return actors.mentions }
        var kinds: [String: ActorKind] = [:]
        for a in actors.actors { kinds[a.id] = a.kind }
        let mentions = actors.mentions.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        let tokens = text.tokens
        func isBody(_ m: ActorMention) -> Bool { kinds[m.actorID] == .organization || kinds[m.actorID] == .government }
        // The head title right after a body's mention: the end of its last token, or nil.
        func headEnd(after m: ActorMention) -> (token: Int, end: Int)? {
            var k = tokens.partitioningIndex { $0.start >= m.end }
            guard k < tokens.count, text.substring(m.end, tokens[k].start).allSatisfy(\.isWhitespace) || tokens[k].form == "'s" else { return nil }
            if tokens[k].form == "'s" { k += 1 }
            guard k < tokens.count else { return nil }
            let window = tokens[k..<min(tokens.count, k + 3)].map(SentenceToken.init)
            guard let cue = rules.cues.matches(window, at: 0).filter({ $0.value == .bodyHead }).max(by: { $0.end < $1.end }) else { return nil }
            return (k + cue.end, tokens[k + cue.end - 1].end)
        }
        // Holders: a body, its head title, then a person's name (`FBI Director Louis Freeh`, `the
        // agency's director, Louis Freeh`).
        var holders: [String: [(person: String, start: Int)]] = [:]
        for (i, m) in mentions.enumerated() where isBody(m) && i + 1 < mentions.count && kinds[mentions[i + 1].actorID] == .person {
            guard let head = headEnd(after: m),
                  text.substring(head.end, mentions[i + 1].start).allSatisfy({ $0.isWhitespace || $0 == "," }) else { continue }
            holders[m.actorID, default: []].append((mentions[i + 1].actorID, mentions[i + 1].start))
        }
        guard !holders.isEmpty else { return actors.mentions }
        var out = actors.mentions
        for (i, m) in mentions.enumerated() where isBody(m) {
            guard let head = headEnd(after: m) else { continue }
            // A name after the title is the head it names.
            if i + 1 < mentions.count, kinds[mentions[i + 1].actorID] == .person,
               text.substring(head.end, mentions[i + 1].start).allSatisfy({ $0.isWhitespace || $0 == "," }) { continue }
            let named = Set((holders[m.actorID] ?? []).filter { $0.start < m.start }.map(\.person))
            guard named.count == 1, let person = named.first,
                  !out.contains(where: { $0.start < head.end && m.end < $0.end }) else { continue }
            out.removeAll { $0.start == m.start && $0.end == m.end && $0.actorID == m.actorID }
            out.append(ActorMention(actorID: person, start: m.start, end: head.end, text: text.substring(m.start, head.end), form: .role))
        }
        return out.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
    }
}
