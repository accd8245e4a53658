import ActorRecognizer
import EventGraphModel
import TextAnalysis

extension ParticipantFinder {
    /// The parties one frame found for a trigger, and how it found them.
    struct FrameParties {
        var parties: [PlacedMention] = []
        var source: PlacedMention?
        var target: PlacedMention?
        /// The subject was carried over from outside the clause (lowers the confidence).
        var carried = false
        /// The subject is the parties a dual or group reference stands for (`the two men`).
        var byGroup = false
        /// A speaker spoke to someone named: the event is talk, not a statement.
        var addressed = false
        /// The further events the trigger stands for, as groups of actor ids.
        var split: [[String]] = []
        /// For each group of `split`, where its own date is read (nil: as the trigger's).
        var splitDateSpans: [Range<Int>?] = []
        /// Where the first group's own date is read, when each group has its own.
        var dateSpan: Range<Int>?
        /// The clause the event's date is read in, when the frame has its own.
        var clauseSpan: (left: Int, right: Int)?
    }

    /// The candidate event of trigger `k` of the sentence, or `nil` when it is negated.
    ///
    /// The trigger's frame picks the parties among the clause's mentions (``clauseMentions(_:left:right:)``);
    /// what holds for every frame (a demonym pair, a visit's place, affiliations) is settled after.
    func candidate(_ k: Int) -> EventCandidate? {
        let hit = view.triggers[k]
        let trigger = hit.value
        let (left, right) = clause(of: k)
        if rulesOut(k, left: left, right: right) { return nil }
        let c = clauseMentions(k, left: left, right: right)
        let clauseSpan = dateClause(of: hit, left: left, right: right)

        var found: FrameParties
        switch trigger.frame {
        case .report:
            guard let outlet = reportingOutlet(c) else { return anaphoricReport(c) }
            found = FrameParties(parties: [outlet], source: outlet)
        case .address:
            found = addressParties(c)
        case .carrier:
            guard let carrier = carrierParties(c) else { return nil }
            found = carrier
        case .statement:
            found = statementParties(c)
        default:
            found = verbParties(c)
        }
        settleParties(&found, c)
        return makeCandidate(c, found, clauseSpan: found.clauseSpan ?? clauseSpan)
    }

    /// The clause a trigger's date is read in: `Clinton, who arrived Tuesday, met Yeltsin on
    /// Wednesday`: a relative clause set off by commas before the verb is a clause of its own, and
    /// its date is not the verb's.
    func dateClause(of hit: PhraseMatch<Trigger>, left: Int, right: Int) -> (left: Int, right: Int) {
        var clauseSpan = (left: left, right: right)
        if language == .en, let rel = view.cues.last(where: { $0.value == .relative && $0.end <= hit.first }), rel.first > 0, rel.end >= left,
           view.gapHas(after: rel.first - 1, before: rel.first, anyOf: ","),
           let close = (rel.end...hit.first).last(where: { view.gapHas(after: $0 - 1, before: $0, anyOf: ",") }) {
            clauseSpan.left = max(clauseSpan.left, close)
        }
        return clauseSpan
    }

    /// What holds for the parties of every frame: one mention an actor, a demonym pair on an
    /// event noun, a visit's place as its target, no affiliated parties, no Arabic setting country.
    func settleParties(_ found: inout FrameParties, _ c: ClauseMentions) {
        let hit = c.hit, trigger = c.trigger, type = trigger.type
        found.parties = unique(found.parties)
        // `المحادثات الروسية الأمريكية`, `US-Russian talks`: two country adjectives side by side on
        // an event noun name its two sides.
        if trigger.frame == .nominal || trigger.frame == .betweenPair, found.parties.count < 2, let pair = demonymPair(of: hit) {
            found.parties = pair
            found.source = pair[0]
            found.target = pair[1]
        }
        if type == .visit {
            // A visit's place is its target, not a party: "visited Vietnam", "زيارة إلى تونس".
            // When a person visits, countries named around the visit are its place or the
            // announcer (`أعلنت روسيا عن زيارة … لافروف`), not visitors.
            let hasVisitor = found.parties.contains { !Self.placeKinds.contains($0.kind) }
            let places = hasVisitor ? found.parties.filter { Self.placeKinds.contains($0.kind) }
                                    : Array(found.parties.dropFirst().filter { Self.placeKinds.contains($0.kind) })
            if let place = places.last { found.target = place }
            found.parties = found.parties.filter { p in !places.contains { $0.actorID == p.actorID } }
            if let s = found.source, !found.parties.contains(where: { $0.actorID == s.actorID }) { found.source = found.parties.first }
        }
        found.parties = dropAffiliated(found.parties)
        splitLedBodies(&found)
        // Arabic: among two people or more, a country or body named in the clause is their setting or
        // attribute (`سفير اليابان`, `في الأردن`), not a party of their meeting.
        if language == .ar, type.isInteraction, found.parties.filter({ $0.kind == .person }).count >= 2 {
            found.parties = found.parties.filter { $0.kind != .country }
            if let s = found.source, s.kind == .country { found.source = found.parties.first }
        }
    }

    /// A body and the person leading its delegation are two sides of the event, not one another's:
    /// `التقى X وفدا عن حركة حماس برئاسة خليل الحية` is X with the movement and X with its head,
    /// never the movement with its own head.
    func splitLedBodies(_ found: inout FrameParties) {
        for body in found.parties where body.kind != .person {
            guard let head = found.parties.first(where: { $0.kind == .person && isLed(body, by: $0) && $0.first - body.end <= 4 }) else { continue }
            found.split.append(found.parties.filter { $0.actorID != head.actorID }.map(\.actorID))
            found.parties.removeAll { $0.actorID == body.actorID }
            if found.source?.actorID == body.actorID { found.source = found.parties.first }
            if found.target?.actorID == body.actorID { found.target = head }
        }
    }

    /// The event type the parties make of the trigger's type: a speaker who addressed someone
    /// talked, talk by phone is a call, an agreement between people was negotiated.
    func eventType(_ c: ClauseMentions, _ found: FrameParties) -> EventType {
        let hit = c.hit, trigger = c.trigger, type = trigger.type, right = c.right
        var type2 = type
        if trigger.frame == .address || found.addressed { type2 = found.addressed ? .talk : .statement }
        if type == .talk, view.has(.phone, in: hit.end, min(right, hit.end + 12)) || isMannerCall(c.k + 1, within: hit.end + 12) { type2 = .call }
        // Parties who sign or reach an agreement together negotiated it (CAMEO 057 kept).
        if type == .agreement, found.parties.count >= 2, found.parties.allSatisfy({ $0.kind == .person || Self.placeKinds.contains($0.kind) }) {
            type2 = .negotiate
        }
        return type2
    }

    /// The candidate event made of the settled parties, with its type, tense, confidence and spans.
    func makeCandidate(_ c: ClauseMentions, _ found: FrameParties, clauseSpan: (left: Int, right: Int)) -> EventCandidate {
        let hit = c.hit, trigger = c.trigger
        let (planned, pastVerb) = tense(of: c.k, right: c.right)
        let type2 = eventType(c, found)
        var confidence = Self.baseConfidence(trigger.frame)
        if found.carried { confidence -= 0.15 }
        if planned { confidence -= 0.1 }

        var candidate = EventCandidate(
            trigger: trigger, type: type2, cameo: trigger.cameo, participants: found.parties.map(\.actorID),
            source: found.source?.actorID, target: found.target?.actorID, isPlanned: planned, confidence: confidence,
            sentenceIndex: view.sentence.index, sentenceStart: view.sentence.start, sentenceEnd: view.sentence.end,
            triggerStart: view.tokens[hit.first].token.start,
            triggerEnd: view.tokens[hit.end - 1].token.end, clauseStart: view.offset(clauseSpan.left),
            clauseEnd: clauseSpan.right >= view.tokens.count ? view.sentence.end : view.offset(clauseSpan.right))
        candidate.isPrior = view.has(.prior, in: hit.first - 2, hit.first)
        candidate.splitGroups = found.split
        candidate.splitDateSpans = found.splitDateSpans + Array(repeating: nil, count: max(0, found.split.count - found.splitDateSpans.count))
        candidate.dateSpan = found.dateSpan
        candidate.isBackground = trigger.frame == .carrier
        candidate.isPast = pastVerb && !planned
        candidate.isCarried = found.parties.contains { $0.end == 0 && $0.mention.text.isEmpty } || found.byGroup
        return candidate
    }
}
