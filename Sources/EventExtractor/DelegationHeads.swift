import EventGraphModel
import TextAnalysis

/// `عقد الوزراء لقاء … برئاسة X. ورأس وفد المملكة Y.`: the head of a delegation, named right
/// after a meeting is told, took part in that meeting.
///
/// The person after a `delegation-head` cue joins the last interaction of the same or the previous
/// sentence that happened before the cue, when all of that interaction's parties are people (a
/// delegation at a meeting with a body, `Kerry meets the GCC`, is part of that body's side).
enum DelegationHeads {
    /// How far after the cue the head's name may start, in tokens.
    static let reach = 8

    static func attach(_ candidates: inout [EventCandidate], views: [SentenceView], kinds: [String: ActorKind]) {
        for view in views {
            for cue in view.cues where cue.value == .delegationHead {
                guard let head = view.mentions.first(where: { $0.first >= cue.end && $0.first - cue.end <= reach && $0.kind == .person })
                else { continue }
                let cueStart = view.tokens[cue.first].token.start
                let index = view.sentence.index
                guard let j = candidates.lastIndex(where: { c in
                    c.isInteraction && !c.isPlanned && c.triggerEnd <= cueStart
                        && (c.sentenceIndex == index || c.sentenceIndex == index - 1)
                }) else { continue }
                let c = candidates[j]
                guard c.participants.allSatisfy({ kinds[$0] == .person }),
                      !c.participants.contains(head.actorID) else { continue }
                candidates[j].participants.append(head.actorID)
            }
        }
    }
}
