import ActorRecognizer
import EventGraphModel

/// Finds the outlets that reported each event (`reported_by`).
///
/// A sentence cites an outlet when it has a reporting cue (`ذكرت`، `نقلت`، `وفقاً`، `reported`,
/// `told`, `according to`) and names an outlet, or refers back to the last named one
/// (`الصحيفة`, `the newspaper`). An event is reported by the outlets its own sentence cites, else
/// by the article's lead source (the first outlet the article cites), else by an outlet named in
/// the article's first lines (its dateline or credit).
struct EventSourcing {
    let views: [SentenceView]
    let outletMentions: [ActorMention]

    func cited(in view: SentenceView) -> [String] {
        let hasCue = view.cues.contains { $0.value == .reporting } || view.triggers.contains { $0.value.frame == .report }
        guard hasCue else { return [] }
        var out: [String] = []
        for m in view.mentions where m.kind == .outlet && !out.contains(m.actorID) { out.append(m.actorID) }
        if out.isEmpty, view.cues.contains(where: { $0.value == .outletAnaphor }),
           let last = outletMentions.last(where: { $0.end <= view.sentence.start }) {
            out.append(last.actorID)
        }
        return out
    }

    func attach(_ candidates: inout [EventCandidate]) {
        let citedBySentence = views.map(cited(in:))
        let lead = citedBySentence.first { !$0.isEmpty } ?? []
        let credit: [String] = views.prefix(3).flatMap { v in v.mentions.filter { $0.kind == .outlet }.map(\.actorID) }
        let fallback = lead.isEmpty ? Array(Set(credit)).sorted() : lead
        for i in candidates.indices {
            let c = candidates[i]
            if c.type == .report {
                candidates[i].reportedBy = c.participants
                continue
            }
            let own = c.sentenceIndex < citedBySentence.count ? citedBySentence[c.sentenceIndex] : []
            candidates[i].reportedBy = own.isEmpty ? fallback : own
        }
    }
}
