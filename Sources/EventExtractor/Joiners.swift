import EventGraphModel
import TextAnalysis

/// People who joined an interaction told before: `Morocco's foreign minister joined the talks by
/// video link`, `The meeting was also attended by X`, `وشارك في الاجتماع X`.
///
/// A `joins` cue takes the people named before it in its sentence (`A and B took part in the
/// meeting`); a `joined-by` cue the people named after it. They become parties, with everyone
/// already there, of the last interaction told in the same sentence before the cue or in the two
/// sentences before.
enum Joiners {
    /// How many sentences back the interaction joined may be.
    static let reachBack = 2
    /// At most this many people join at one cue.
    static let maxJoiners = 6

    static func attach(_ candidates: inout [EventCandidate], views: [SentenceView]) {
        for view in views {
            let index = view.sentence.index
            for cue in view.cues where cue.value == .joins || cue.value == .joinedBy {
                let joiners = people(at: cue, in: view)
                guard !joiners.isEmpty else { continue }
                let cueStart = view.tokens[cue.first].token.start
                let cueEnd = view.tokens[cue.end - 1].token.end
                // The cue's own noun (`joined the talks`) tells no event of its own.
                let own = { (c: EventCandidate) in c.sentenceIndex == index && c.triggerStart >= cueStart && c.triggerEnd <= cueEnd }
                // The cue's sentence already tells the event with its parties.
                if candidates.contains(where: { $0.sentenceIndex == index && $0.isInteraction && !own($0)
                        && joiners.allSatisfy($0.participants.contains) }) { continue }
                guard let j = candidates.lastIndex(where: { c in
                    c.isInteraction && !c.isPlanned && index - c.sentenceIndex <= reachBack
                        && (c.sentenceIndex < index || c.triggerEnd <= cueStart)
                }) else { continue }
                candidates[j].participants += joiners.filter { !candidates[j].participants.contains($0) }
                candidates.removeAll(where: own)
            }
        }
    }

    /// The people a cue joins to the event: before a `joins` cue in its clause, after a `joined-by` cue.
    static func people(at cue: PhraseMatch<CueKind>, in view: SentenceView) -> [String] {
        var ids: [String] = []
        let persons: [PlacedMention]
        if cue.value == .joins {
            // From the last clause boundary or trigger before the cue (`who` keeps its antecedent).
            var lo = 0
            for c in view.cues where c.value == .stop && c.end <= cue.first { lo = max(lo, c.end) }
            for t in view.triggers where t.end <= cue.first && t.value.type.isInteraction { lo = max(lo, t.end) }
            persons = view.mentions.filter { $0.kind == .person && $0.first >= lo && $0.end <= cue.first }
        } else {
            var hi = view.tokens.count
            for c in view.cues where c.value == .stop && c.first >= cue.end { hi = min(hi, c.first) }
            persons = view.mentions.filter { $0.kind == .person && $0.first >= cue.end && $0.first < hi }
        }
        for m in persons where !ids.contains(m.actorID) { ids.append(m.actorID) }
        return Array(ids.prefix(maxJoiners))
    }
}
