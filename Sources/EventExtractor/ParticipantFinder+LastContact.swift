import ActorRecognizer
import EventGraphModel
import TextAnalysis

extension ParticipantFinder {
    /// `Blinken has not spoken with Lavrov since a phone call in late July`: the event noun after a
    /// `last-contact` cue, right after a negated interaction of the sentence, is the last contact
    /// between that interaction's parties, and it happened. `nil` when trigger `k` is no such noun.
    func lastContact(_ k: Int) -> EventCandidate? {
        let hit = view.triggers[k]
        guard k > 0, hit.value.type.isInteraction, hit.value.frame == .nominal || hit.value.frame == .betweenPair,
              view.has(.lastContact, in: hit.first - 2, hit.first) else { return nil }
        let verb = view.triggers[k - 1]
        guard verb.value.type.isInteraction, view.has(.negation, in: verb.first - 3, verb.first) else { return nil }
        var finder = self
        finder.ignoresNegation = true
        guard let c = finder.candidate(k - 1), c.participants.count >= 2, !c.isPlanned else { return nil }
        var type = hit.value.type
        if type == .talk, view.has(.phone, in: hit.first, min(view.tokens.count, hit.end + 3)) { type = .call }
        return EventCandidate(
            trigger: hit.value, type: type, cameo: hit.value.cameo, participants: c.participants,
            source: c.source, target: c.target, isPlanned: false, confidence: c.confidence - 0.1,
            sentenceIndex: view.sentence.index, sentenceStart: view.sentence.start, sentenceEnd: view.sentence.end,
            triggerStart: view.tokens[hit.first].token.start, triggerEnd: view.tokens[hit.end - 1].token.end,
            clauseStart: view.tokens[hit.first].token.start, clauseEnd: view.sentence.end)
    }
}
