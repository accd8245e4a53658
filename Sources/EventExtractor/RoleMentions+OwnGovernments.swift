import ActorRecognizer
import EventGraphModel
import TextAnalysis

extension RoleMentions {
    /// `Castro said his government had told U.S. officials`: a possessive with a word for a
    /// person's state (`own-government` cues: `his government`, `her administration`) names the
    /// country of the person the sentence named last before it, when the text gives that person one.
    static func augmentOwnGovernments(_ actors: RecognizedActors, text: AnalyzedText, rules: LanguageRules) -> [ActorMention] {
        guard !rules.ownGovernmentStarts.isEmpty else { return actors.mentions }
        // Only a country: the Kremlin's spokesman's `بلاده` is Russia, not the Kremlin.
        let countries = Set(actors.actors.filter { $0.kind == .country }.map(\.id))
        var country: [String: String] = [:]
        for a in actors.actors where a.kind == .person {
            if let f = a.affiliation, countries.contains(f) { country[a.id] = f }
        }
        guard !country.isEmpty else { return actors.mentions }
        let tokens = text.tokens
        var out = actors.mentions
        for k in tokens.indices where rules.ownGovernmentStarts.contains(tokens[k].form) {
            let window = tokens[k..<min(tokens.count, k + 3)].map(SentenceToken.init)
            guard let cue = rules.cues.matches(window, at: 0).first(where: { $0.value == .ownGovernment }) else { continue }
            let start = tokens[k].start, end = tokens[k + cue.end - 1].end
            guard !actors.mentions.contains(where: { $0.start < end && start < $0.end }),
                  let sentence = text.sentence(containing: start),
                  let person = actors.mentions.last(where: { $0.end <= start && $0.start >= sentence.start && country[$0.actorID] != nil }),
                  let owner = country[person.actorID] else { continue }
            out.append(ActorMention(actorID: owner, start: start, end: end, text: text.substring(start, end), form: .role))
        }
        return out.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
    }
}
