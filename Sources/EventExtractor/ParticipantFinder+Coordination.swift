import ActorRecognizer
import EventGraphModel
import TextAnalysis

extension ParticipantFinder {
    /// The subject side of trigger `k` when its verb is joined to the interaction verb before it,
    /// or `nil` when it is not. The joined verb shares the earlier verb's subject, and the names
    /// between the two verbs are the earlier verb's objects, not this one's subject.
    func coordinatedLefts(_ k: Int, lefts: [PlacedMention]) -> [PlacedMention]? {
        guard k > 0 else { return nil }
        let hit = view.triggers[k], previous = view.triggers[k - 1]
        guard hit.value.frame != .statement, hit.value.frame != .report, previous.value.type.isInteraction else { return nil }
        switch language {
        case .ar:
            guard let kept = arabicCoordinatedLefts(hit, previous: previous, lefts: lefts) else { return nil }
            // `وكان سموه قد التقى … شكري، وبحث معه …`: with no subject of its own in the clause,
            // the earlier verb's subject.
            if kept.isEmpty, let earlier = candidate(k - 1)?.source,
               let m = placed(earlier) {
                return [m]
            }
            return kept
        case .en: return englishCoordinatedSubject(k, previous: previous).map { [$0] }
        }
    }

    /// `سلام يلتقي الجميّل ويتلقى اتصالاً من جنبلاط`, `تشاور مع X، ثم عقد اجتماعات مع Y`: an Arabic
    /// verb joined by و or ثم to the verb before it.
    private func arabicCoordinatedLefts(_ hit: PhraseMatch<Trigger>, previous: PhraseMatch<Trigger>,
                                        lefts: [PlacedMention]) -> [PlacedMention]? {
        guard let and = stride(from: hit.first, through: max(previous.end, hit.first - 3), by: -1).first(where: { i in
            (i >= hit.first - 1 && view.tokens[i].token.form.hasPrefix("و") && view.tokens[i].readings.contains { $0.prefix.hasPrefix("و") }
                || i < hit.first && ["ثم", "وثم"].contains(view.tokens[i].token.form))
                && !view.mentions.contains { $0.first <= i && i < $0.end }
        }) else { return nil }
        // The earlier verb's own subject, right after it (`وتشاور عراقجي مع …`), unless a subject stood before it.
        let ownSubject = view.mentions.contains { $0.end <= previous.first && $0.kind == .person && !isLinked($0, after: max(0, $0.first - 2)) }
            ? nil
            : lefts.first { $0.first == previous.end && $0.kind == .person && !isLinked($0, after: previous.end) }
        let kept = lefts.filter { $0.end <= previous.first || $0.first > and }
        if kept.isEmpty, let ownSubject { return [ownSubject] }
        return kept
    }

    /// `Dendias met Tsaldaris and discussed the crisis with Varvakis`, `… and later held a meeting
    /// with …`: an English verb after `and`, with nothing between but lower-case words, has the
    /// earlier verb's subject.
    private func englishCoordinatedSubject(_ k: Int, previous: PhraseMatch<Trigger>) -> PlacedMention? {
        let hit = view.triggers[k]
        var i = hit.first - 1
        while i >= previous.end, hit.first - i <= 4, view.tokens[i].token.form != "and" {
            let token = view.tokens[i].token
            // A name, a pronoun or a relative word between opens a clause with a subject of its own.
            if token.isCapitalized || view.has(.pronoun, at: i) || view.has(.relative, at: i)
                || view.mentions.contains(where: { $0.first <= i && i < $0.end }) { return nil }
            i -= 1
        }
        guard i >= previous.end, i >= 0, view.tokens[i].token.form == "and",
              !view.mentions.contains(where: { $0.first <= i && i < $0.end }),
              let earlier = candidate(k - 1)?.source else { return nil }
        return placed(earlier)
    }

    /// `pending meetings with Blair 10 days ago and Clinton last week`: objects followed by a date
    /// of their own are separate events, each dated by its own (the subject met each; they did not
    /// meet each other). Objects before one date go together (`met A and B on Monday and C on
    /// Tuesday`). The first group stays in the roles.
    func splitByOwnDates(_ c: ClauseMentions, _ roles: inout VerbRoles) -> (groups: [[String]], spans: [Range<Int>?], first: Range<Int>)? {
        guard !roles.subject.isEmpty, roles.objects.count >= 2, dateSpans.count >= 2 else { return nil }
        var groups: [[PlacedMention]] = [[]]
        var spans: [Range<Int>] = []
        var start = view.offset(c.hit.first)
        for (i, o) in roles.objects.enumerated() {
            groups[groups.count - 1].append(o)
            let limit = i + 1 < roles.objects.count ? view.offset(roles.objects[i + 1].first) : view.offset(c.right)
            if let d = dateSpans.first(where: { $0.lowerBound >= view.offset(o.end) && $0.upperBound <= limit }) {
                spans.append(start..<d.upperBound)
                start = d.upperBound
                if i + 1 < roles.objects.count { groups.append([]) }
            }
        }
        guard groups.count >= 2, spans.count == groups.count else { return nil }
        roles.objects = groups[0]
        let more = groups.dropFirst().map { g in unique(roles.subject + g).map(\.actorID) }
        return (Array(more), spans.dropFirst().map { Optional($0) }, spans[0])
    }
}
