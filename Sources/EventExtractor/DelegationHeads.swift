import EventGraphModel
import TextAnalysis

/// The heads of delegations at talks, and the talks they took part in.
///
/// A head is the person named right after a `delegation-head` cue (`ورأس وفد المملكة Y`, `the
/// delegation was led by Y`), or after a `led-by` cue that follows a delegation noun (`وفد حماس
/// برئاسة Y`, `the Houthi side is led by Y`, `the mediators, led by Y`), or after a bare `by` that
/// goes on the same sentence's list (`…, and the Renamo team by its chief, Y`). Then:
/// - a head named right after a meeting is told took part in that meeting, when all of its
///   parties are people (a delegation at a meeting with a body, `Kerry meets the GCC`, is part of
///   that body's side);
/// - two heads or more named in one sentence after talks between bodies (`Negotiations between the
///   government and the rebels resumed. The government delegation is headed by X, while the rebel
///   side is led by Y.`) held those talks with each other;
/// - `the two delegations`, `الوفدين` at an interaction are the heads named so far.
enum DelegationHeads {
    /// How far after the cue the head's name may start, in tokens.
    static let reach = 8
    /// How far before a `led-by` cue its delegation noun may be, in tokens.
    static let nounReach = 5

    /// A head found in a sentence: the person and where the cue starts (a scalar offset).
    struct Head {
        let actorID: String
        let cueStart: Int
        let sentenceIndex: Int
    }

    static func attach(_ candidates: inout [EventCandidate], views: [SentenceView], kinds: [String: ActorKind]) {
        var known: [Head] = []
        for view in views {
            let index = view.sentence.index
            let named = heads(in: view)
            // `the two delegations` at an interaction of this sentence: the heads named before it.
            if !known.isEmpty || !named.isEmpty {
                for cue in view.cues where cue.value == .delegations {
                    let cueStart = view.tokens[cue.first].token.start
                    let before = known + named.filter { $0.cueStart < cueStart }
                    guard before.count >= 2 || (before.count == 1 && known.count == 1),
                          let j = candidates.lastIndex(where: { c in
                              c.sentenceIndex == index && c.type.isInteraction && c.clauseStart <= cueStart && cueStart < c.clauseEnd
                          }) else { continue }
                    for h in before.suffix(4) where !candidates[j].participants.contains(h.actorID) {
                        candidates[j].participants.append(h.actorID)
                    }
                }
            }
            for head in named {
                guard let j = candidates.lastIndex(where: { c in
                    c.isInteraction && !c.isPlanned && c.triggerEnd <= head.cueStart
                        && (c.sentenceIndex == index || c.sentenceIndex == index - 1)
                }) else { continue }
                let c = candidates[j]
                guard c.participants.allSatisfy({ kinds[$0] == .person }),
                      !c.participants.contains(head.actorID) else { continue }
                candidates[j].participants.append(head.actorID)
            }
            // The heads of the sides, named together after talks between the sides.
            let distinct = named.reduce(into: [String]()) { ids, h in if !ids.contains(h.actorID) { ids.append(h.actorID) } }
            if distinct.count >= 2,
               !candidates.contains(where: { $0.sentenceIndex == index && $0.isInteraction }),
               let j = candidates.lastIndex(where: { c in
                   c.isInteraction && !c.isPlanned && c.sentenceIndex < index && index - c.sentenceIndex <= 2
               }),
               !candidates[j].participants.allSatisfy({ kinds[$0] == .person }) {
                var talks = candidates[j]
                talks.participants = distinct
                talks.source = distinct[0]
                talks.target = distinct[1]
                talks.splitGroups = []
                candidates.append(talks)
            }
            known += named
        }
    }

    /// The heads a sentence names.
    static func heads(in view: SentenceView) -> [Head] {
        var out: [Head] = []
        func add(after end: Int, cueFirst: Int) {
            guard let m = view.mentions.first(where: { $0.first >= end && $0.first - end <= reach && $0.kind == .person }),
                  !view.has(.stop, in: end, m.first) else { return }
            out.append(Head(actorID: m.actorID, cueStart: view.tokens[cueFirst].token.start, sentenceIndex: view.sentence.index))
        }
        var ledBy = false
        for cue in view.cues {
            switch cue.value {
            case .delegationHead:
                add(after: cue.end, cueFirst: cue.first)
            case .ledBy where view.has(.delegation, in: cue.first - nounReach, cue.first):
                ledBy = true
                add(after: cue.end, cueFirst: cue.first)
            case .by where ledBy && !view.cues.contains(where: { $0.value == .ledBy && $0.first < cue.first && $0.end > cue.first })
                        && view.has(.delegation, in: cue.first - 2, cue.first):
                add(after: cue.end, cueFirst: cue.first)
            default:
                break
            }
        }
        return out
    }
}
