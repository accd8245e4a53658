import ActorRecognizer
import EventGraphModel
import TextAnalysis

extension ParticipantFinder {
    /// The person an English object pronoun right after a verb stands for (`Sisi received him`,
    /// `met with her`, `told him`): the last person named before it in the sentence other than
    /// the subject, or else the last subject of the story when that is someone else.
    func objectPronoun(after end: Int, subject: PlacedMention) -> PlacedMention? {
        guard language == .en else { return nil }
        var i = end
        if i < view.tokens.count, ["with", "to"].contains(view.tokens[i].token.form) { i += 1 }
        guard i < view.tokens.count, Self.objectPronouns.contains(view.tokens[i].token.form) else { return nil }
        if let named = view.mentions.last(where: { m in
            m.end <= i && m.kind == .person && m.actorID != subject.actorID && m.mention.form != .pronoun
                && !(m.first >= subject.first && m.end <= subject.end)
        }) {
            return named
        }
        guard let p = previousSubject, p != subject.actorID else { return nil }
        return view.mentions.first { $0.actorID == p } ?? carriedMention(p)
    }

    static let objectPronouns: Set<String> = ["him", "her"]
}
