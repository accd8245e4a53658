import ActorRecognizer
import EventGraphModel
import TextAnalysis

extension ParticipantFinder {
    /// A trigger in its clause, with the mentions its frame picks the parties from.
    struct ClauseMentions {
        /// The trigger's index among the sentence's triggers.
        let k: Int
        let hit: PhraseMatch<Trigger>
        /// The clause's token window (``clause(of:)``).
        let left: Int
        let right: Int
        /// Indices into `view.mentions` of the mentions that can be parties of the trigger.
        let eligible: [Int]
        /// Eligible mentions before the trigger in its clause: its subject side.
        let lefts: [PlacedMention]
        /// Eligible mentions after the trigger in its clause: its object side.
        let rights: [PlacedMention]
        /// The first eligible mention before the clause, when it can be the sentence's subject.
        let sentenceSubject: PlacedMention?

        var trigger: Trigger { hit.value }
    }

    /// The mentions of trigger `k`'s clause `[left, right)` that its frame picks the parties from.
    func clauseMentions(_ k: Int, left: Int, right: Int) -> ClauseMentions {
        let hit = view.triggers[k]
        let trigger = hit.value
        let type = trigger.type
        let eligible = view.mentions.indices.filter { isEligible($0, for: type, frame: trigger.frame) || (trigger.frame == .report) }
        let lefts = subjectSide(k, eligible: eligible, left: left)
        let rights = objectSide(k, eligible: eligible, right: right)
        // The first that qualifies, without copying every eligible mention first.
        var sentenceSubject: PlacedMention?
        for i in eligible {
            let m = view.mentions[i]
            if m.end <= left && m.kind != .outlet && !isLinked(m, after: max(0, m.first - 2)) {
                sentenceSubject = m
                break
            }
        }
        return ClauseMentions(k: k, hit: hit, left: left, right: right, eligible: eligible, lefts: lefts, rights: rights,
                              sentenceSubject: sentenceSubject)
    }

    /// The eligible mentions that stand for trigger `k`'s subject: those before it in its clause,
    /// or the antecedent of a relative clause, or the subject of the verb it is joined to.
    func subjectSide(_ k: Int, eligible: [Int], left: Int) -> [PlacedMention] {
        let hit = view.triggers[k]
        var lefts = eligible.filter { view.mentions[$0].first >= left && view.mentions[$0].end <= hit.first }
            .map { view.mentions[$0] }
        // `Biruta, who met Tshisekedi on Friday, said …`: after a relative clause set off by commas,
        // the verb's subject is the clause's antecedent, not a party of the clause.
        if language == .en, let (antecedent, span) = parentheticalRelative(before: hit.first) {
            lefts = [antecedent] + lefts.filter { $0.first < span.lo || $0.first >= span.hi }
        } else if language == .en, let antecedents = relativeSubject(of: hit.first) {
            // `Liang, who visited Ghana and met with …`: inside a `who` clause the subject is its antecedent.
            lefts = antecedents
        }
        // A verb joined to the interaction verb before it shares that verb's subject
        // (`سلام يلتقي الجميّل ويتلقى اتصالاً من جنبلاط`, `met X and discussed … with Y`).
        if let joined = coordinatedLefts(k, lefts: lefts) { lefts = joined }
        return lefts
    }

    /// The eligible mentions after trigger `k` in its clause, less a later verb's speaker, an
    /// Arabic aside and the pair of a relation noun's `between`.
    func objectSide(_ k: Int, eligible: [Int], right: Int) -> [PlacedMention] {
        let hit = view.triggers[k]
        let trigger = hit.value
        // `…, the State Department said` (English word order): the speaker of a later verb is not a party here.
        // Not across a comma: `Clinton, after meeting with Obama, said …` is Clinton's.
        // Read in place (by index): a trigger copied out of the array costs reference counts.
        let triggers = view.triggers
        var speakers = Set<Int>()
        for t in triggers.indices
        where triggers[t].first != hit.first && (triggers[t].value.frame == .statement || triggers[t].value.frame == .report)
            && !view.gapHas(after: triggers[t].first - 1, before: triggers[t].first, anyOf: ",") {
            speakers.insert(triggers[t].first)
        }
        var rights = eligible.filter { view.mentions[$0].first >= hit.end && view.mentions[$0].first < right }
            .map { view.mentions[$0] }
            .filter { language == .ar || trigger.frame == .report || !speakers.contains($0.end) }
        if language == .ar, let aside = parentheticalAfter(hit.end, before: right) {
            rights.removeAll { $0.first >= aside.lo && $0.first < aside.hi }
        }
        // `استعراض التعاون القائم بين المملكة واليابان`, `discussed relations between the two
        // countries`: the pair after a relation noun's `between` is the relation's, not the event's.
        let cues = view.cues
        for c in cues.indices where cues[c].value == .between && cues[c].first >= hit.end && cues[c].first < right
            && view.has(.relation, in: cues[c].first - 3, cues[c].first) {
            let rbEnd = cues[c].end
            let group = forwardGroup(rights.filter { $0.first >= rbEnd })
            rights.removeAll { m in group.contains { $0.first == m.first } }
        }
        return rights
    }
}
