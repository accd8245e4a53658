import ActorRecognizer
import EventGraphModel
import TextAnalysis

extension ParticipantFinder {
    /// The token window of a trigger's clause: from the last boundary before it to the next after it.
    func clause(of k: Int) -> (left: Int, right: Int) {
        let hit = view.triggers[k]
        var left = 0
        // The cues are read in place (by index): a cue copied out of the array costs reference
        // counts for its reading's strings.
        let cues = view.cues
        for c in cues.indices where (cues[c].value == .stop || cues[c].value == .relative) && cues[c].end <= hit.first {
            left = max(left, cues[c].end)
        }
        if k > 0 { left = max(left, view.triggers[k - 1].end) }
        var right = min(view.tokens.count, hit.end + Self.maxRight)
        let aside = language == .ar ? parentheticalAfter(hit.end, before: right) : nil
        for c in cues.indices
        where (cues[c].value == .stop || cues[c].value == .relative) && cues[c].first >= hit.end && cues[c].first != aside?.lo {
            right = min(right, cues[c].first)
        }
        // The next trigger ends the clause, unless it tells the manner of this one or stands in a
        // relative clause set off by commas (`التقى X، الذي يزور باريس، Y`).
        // Nor does an event noun of the occasion (`على هامش القمة العربية`, `on the sidelines of the summit`).
        if let next = view.triggers[(k + 1)...].first(where: { t in
            let inAside = aside.map { t.first >= $0.lo && t.first < $0.hi } ?? false
            let occasion = (t.value.frame == .nominal || t.value.frame == .betweenPair)
                && view.cues.contains { $0.value == .setting && $0.first >= hit.end && $0.end <= t.first && t.first - $0.end <= 3 }
            return !inAside && !occasion
        }),
           !(hit.value.type.isInteraction && next.value.id.containsText(".call.manner.")) {
            right = min(right, next.first)
        }
        // `by` ends the parties of an active verb (`meets X … by Frederik Balfour`, a byline).
        if hit.value.frame != .passive, hit.value.frame != .betweenPair,
           let by = view.cues.first(where: { c in
               c.value == .by && c.first >= hit.end && c.first < right
                   // not the `by` of `a delegation led by X`: X heads the party.
                   && !view.cues.contains { $0.value == .ledBy && $0.first < c.first && $0.end > c.first }
                   // not `by phone`, nor `by phone with X`: the name follows `by` with no link word between.
                   && view.mentions.contains { m in
                       m.first >= c.end && m.first <= c.end + 3
                           && ![CueKind.with, .from, .between].contains { view.has($0, in: c.end, m.first) }
                   }
           }) {
            right = by.first
        }
        // `spoke with Tsai on Friday, breaking with decades of U.S. policy`: a participle after a
        // comma opens a clause of its own (not `including`, which goes on with a list).
        if language == .en, hit.end + 1 < right, let k = (hit.end + 1..<right).first(where: { k in
            let t = view.tokens[k].token
            return !t.isCapitalized && t.form.count > 5 && t.form.hasSuffix("ing") && !Self.listParticiples.contains(t.form)
                && view.gapHas(after: k - 1, before: k, anyOf: ",")
        }) {
            right = k
        }
        // A quotation or a colon opens other words; a name in quotation marks (`"عباس عراقجي"`) does not.
        var q = hit.end + 2
        while q < right, hit.value.frame != .report {
            if let named = quotedName(at: q) {
                q = named + 2
                continue
            }
            if view.gapHas(after: q - 1, before: q, anyOf: "\"“”«»:") {
                right = q
                break
            }
            q += 1
        }
        return (left, max(right, hit.end))
    }

    /// Participles that go on with the clause's list or frame after a comma.
    static let listParticiples: Set<String> = ["including", "excluding", "during", "according", "regarding", "concerning"]

    /// Whether trigger `k` is a call that tells the manner of a verb (`by phone`), starting before `limit`.
    func isMannerCall(_ k: Int, within limit: Int) -> Bool {
        k < view.triggers.count && view.triggers[k].first < limit && view.triggers[k].value.id.containsText(".call.manner.")
    }
}
