import ActorRecognizer
import EventGraphModel
import TextAnalysis

/// What was talked about is no side of the talk (`discussed the fight against the Islamic State`,
/// `spoke with Hollande and Merkel about the situation in Ukraine`, `spoke of the need to counter X`),
/// nor is who arranged it (`the talks were arranged by the ambassadors of X and Y`).
extension ParticipantFinder {
    /// Whether mention `m` stands in a topic in the clause that starts at token `left`: after a
    /// `topic` cue of the clause or of the verb that ends right before it, with no comma between,
    /// and not right after a `with` of its own (`discussed with Lavrov the situation`: Lavrov is a
    /// side). The subject side too: `Lavrov discusses Ukraine, grain exports in calls with …`.
    func isTopic(_ m: PlacedMention, inClauseFrom left: Int) -> Bool {
        guard language == .en,
              let topic = view.cues.last(where: { $0.value == .topic && $0.end >= left && $0.end <= m.first }),
              !view.hasComma(in: topic.end, m.first) else { return false }
        let linked = view.cues.contains { c in
            c.value == .with && c.first >= topic.end && c.end <= m.first && m.first - c.end <= 4
                && view.tokens[c.first].token.form == "with"
        }
        return !linked
    }

    /// Whether the English `by` at token `p` brings the agent of another verb in the passive than
    /// one of holding the event (`were arranged late Saturday by`, `was described as fruitful by`),
    /// not a party; `were held by`, `was attended by` keep theirs.
    func isOtherAgent(byAt p: Int) -> Bool {
        guard language == .en, p >= 1 else { return false }
        guard let q = stride(from: p - 1, through: max(0, p - 6), by: -1).first(where: { k in
            Self.passiveAuxiliaries.contains(view.tokens[k].token.form)
        }), q + 1 < p else { return false }
        let participle = view.tokens[q + 1].token.form
        return participle.hasSuffix("ed") && !view.has(.support, at: q + 1) && !view.triggers.contains { $0.first == q + 1 || $0.first == q }
    }

    static let passiveAuxiliaries: Set<String> = ["was", "were", "been", "being", "is", "are"]
}
