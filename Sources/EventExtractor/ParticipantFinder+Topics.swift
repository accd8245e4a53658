import ActorRecognizer
import EventGraphModel
import TextAnalysis

/// What was talked about is no side of the talk: `discussed the fight against the Islamic State`,
/// `spoke with Hollande and Merkel about the situation in Ukraine`, `spoke of the need to counter X`.
extension ParticipantFinder {
    /// Whether mention `m` stands in the topic of trigger `hit`: after a `topic` cue that follows
    /// the trigger's start in its clause, with no comma between, and not right after a `with` of
    /// its own (`discussed with Lavrov the situation`: Lavrov is a side).
    func isTopic(_ m: PlacedMention, of hit: PhraseMatch<Trigger>) -> Bool {
        guard language == .en,
              let topic = view.cues.last(where: { $0.value == .topic && $0.end > hit.first && $0.end <= m.first }),
              !view.hasComma(in: topic.end, m.first) else { return false }
        let linked = view.cues.contains { c in
            c.value == .with && c.first >= topic.end && c.end <= m.first && m.first - c.end <= 4
                && view.tokens[c.first].token.form == "with"
        }
        return !linked
    }
}
