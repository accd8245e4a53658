import ActorRecognizer
import EventGraphModel
import TextAnalysis

/// The nominal frame: the parties of an event noun (`talks with X`, `لقاء حفتر بالسراج`).
extension ParticipantFinder {
    /// The objects of an event noun, after its link word or right after it; when none is found
    /// there, a relative clause, a host's venue or a call's manner tells its parties. The noun's
    /// Arabic genitive is its subject.
    func readNounParties(_ c: ClauseMentions, _ roles: inout VerbRoles) {
        let hit = c.hit, rights = c.rights, right = c.right
        if let link = firstLink(in: hit.end, min(right, hit.end + 6), fromReach: 3) {
            roles.objects = rights.filter { $0.first >= link }
        } else {
            roles.objects = rights.filter { $0.first - hit.end <= 2 && isLinked($0, after: hit.end) }
        }
        if readLetterFromTo(c, &roles) { return }
        if readApposedParticiple(c, &roles) { return }
        if roles.objects.isEmpty { readRelativeClauseParties(c, &roles) }
        if roles.objects.isEmpty { readHostVenueParties(c, &roles) }
        if roles.objects.isEmpty { readMannerCallParties(c, &roles) }
        // `لقاء حفتر بالسراج`: the noun's genitive is its subject; a name with ل is no genitive
        // (`رسالة لنظيره`: to whom).
        // A title may stand between the noun and its genitive (`لقاء الملك سلمان`).
        if language == .ar, let g = rights.first,
           g.first == hit.end || g.first - hit.end <= 2 && (hit.end..<g.first).allSatisfy({ view.has(.title, at: $0) }),
           !isLinked(g, after: hit.end), !g.clitic.hasPrefix("ل"),
           !roles.objects.contains(where: { $0.first == g.first }) {
            roles.subject = [g]
            // `وصل السيسي إلى الرياض للقاء الملك سلمان`: with no one linked and no one coordinated
            // with the genitive, the clause's subject meets it.
            let coordinated = rights.dropFirst().contains { isCoordinated(from: g.end, to: $0.first, next: $0) }
            if roles.objects.isEmpty, !coordinated, g.kind == .person,
               var s = c.lefts.last(where: { $0.kind == .person && $0.actorID != g.actorID })
                ?? c.sentenceSubject.flatMap({ $0.kind == .person && $0.actorID != g.actorID ? $0 : nil }) {
                // `وقال المتحدث إنه تم خلال اتصال كرتي …`: a speaker before `إن` only reports the
                // call; its other side is the genitive's party in the interaction told before.
                if (s.end..<hit.first).contains(where: { Self.complementizers.contains(view.tokens[$0].token.form) }),
                   let other = referents.lastPartner(of: g.actorID).flatMap({ placed($0) }) {
                    s = other
                }
                roles.subject = [s]
                roles.objects = [g]
            }
        }
    }

    /// `Mubarak, meeting Netanyahu in Cairo, urged …`: a participle set off by a comma after a
    /// person, with a party right after it, is that person's meeting with the party.
    /// - Returns: Whether the participle names its sides so.
    func readApposedParticiple(_ c: ClauseMentions, _ roles: inout VerbRoles) -> Bool {
        let hit = c.hit
        guard language == .en, hit.end - hit.first == 1, view.tokens[hit.first].token.form.hasSuffix("ing"), hit.first > 0,
              view.gapHas(after: hit.first - 1, before: hit.first, anyOf: ","),
              let holder = view.mentions.last(where: { $0.end == hit.first && $0.kind == .person }),
              let object = c.rights.first(where: { $0.first == hit.end }), object.actorID != holder.actorID else { return false }
        let more = c.rights.filter { $0.first > object.first && isCoordinated(from: object.end, to: $0.first, next: $0) }
        roles.subject = [holder]
        roles.objects = [object] + more
        roles.closed = true
        return true
    }

    /// `published a letter from X to Y`, `telegrams were sent by X to Y`: the letter's sender is
    /// after `from` or a participle's `by`, not the clause's subject; a sender the text does not
    /// name (`from Elian's grandmothers`) leaves no pair.
    /// - Returns: Whether the letter names its sides so.
    func readLetterFromTo(_ c: ClauseMentions, _ roles: inout VerbRoles) -> Bool {
        let hit = c.hit
        guard language == .en, c.trigger.type == .letter else { return false }
        var right = c.right, mentions = c.rights
        let from: (start: Int, end: Int)
        if let f = view.first(.from, in: hit.end, min(right, hit.end + 4)) {
            from = f
        } else if let by = view.first(.sentBy, in: hit.end, min(right, hit.end + 3) + 1) {
            // The passive's `by` ends the clause of an active verb; the letter's sides run on to the next comma.
            from = by
            right = (by.end..<view.tokens.count).first { view.gapHas(after: $0, before: $0 + 1, anyOf: ",;") }.map { $0 + 1 } ?? view.tokens.count
            mentions = c.eligible.map { view.mentions[$0] }.filter { $0.first >= by.end && $0.first < right }
        } else {
            return false
        }
        guard from.end < right, let to = (from.end..<right).first(where: { view.tokens[$0].token.form == "to" }) else { return false }
        let senders = mentions.filter { m in
            m.first >= from.end && m.end <= to && !view.tokens[m.end - 1].token.form.hasSuffix("'s")
                && !view.tokens[m.end - 1].token.form.hasSuffix("\u{2019}s")
        }
        roles.subject = Array(senders.prefix(1))
        roles.objects = senders.isEmpty ? [] : mentions.filter { $0.first > to }
        roles.closed = true
        return true
    }

    /// `الحوار التي بدأتها الكويت مع إيران`: the relative clause tells the noun's parties.
    func readRelativeClauseParties(_ c: ClauseMentions, _ roles: inout VerbRoles) {
        let hit = c.hit
        guard let rel = view.cues.first(where: { $0.value == .relative && $0.first >= hit.end && $0.first <= hit.end + 1 }) else { return }
        var end = min(view.tokens.count, rel.end + Self.maxRight)
        for cue in view.cues where cue.value == .stop && cue.first >= rel.end { end = min(end, cue.first) }
        guard !view.triggers.contains(where: { $0.first >= rel.end && $0.first < end }) else { return }
        let inside = c.eligible.map { view.mentions[$0] }.filter { $0.first >= rel.end && $0.first < end }
        // `الاتصال الهاتفي الذي جرى بين X وY`: the clause names the pair after `between`.
        let between = view.first(.between, in: rel.end, min(end, rel.end + 3))
        let pair = between.map { b in forwardGroup(inside.filter { $0.first >= b.end }) } ?? []
        if pair.count >= 2 {
            roles.subject = [pair[0]]
            roles.objects = Array(pair.dropFirst())
        } else if let link = firstLink(in: rel.end, end) {
            let linked = inside.filter { $0.first >= link }
            let agents = inside.filter { $0.first < link }
            if !linked.isEmpty, let a = agents.first {
                roles.subject = [a]
                roles.objects = linked
            }
        }
    }

    /// `لقاء في مكتب الوزير X مع Y`, `a meeting at the residence of X with Y`: the holder hosts.
    func readHostVenueParties(_ c: ClauseMentions, _ roles: inout VerbRoles) {
        let hit = c.hit, rights = c.rights
        if let place = view.cues.first(where: { $0.value == .hostVenue && $0.first >= hit.end && $0.first <= hit.end + 2 }),
           let host = rights.first(where: { $0.first >= place.end && $0.first <= place.end + 3 && $0.kind == .person }),
           let link = firstLink(in: host.end, min(c.right, host.end + 8)) {
            roles.subject = [host]
            roles.objects = rights.filter { $0.first >= link && $0.actorID != host.actorID }
        }
    }

    /// `congratulated Yeltsin by phone`, `urged Yeltsin in a telephone call`: a call that says
    /// how the verb reached its object joins the clause's subject and that object.
    func readMannerCallParties(_ c: ClauseMentions, _ roles: inout VerbRoles) {
        let lefts = c.lefts
        guard c.trigger.id.containsText(".call.manner.") else { return }
        if let object = lefts.last(where: { $0.kind == .person }),
           let s = lefts.first(where: { $0.kind == .person && $0.actorID != object.actorID }) ?? c.sentenceSubject,
           s.actorID != object.actorID, s.first < object.first {
            roles.subject = [s]
            roles.objects = [object]
        } else if language == .ar, let s = lefts.last(where: { $0.kind == .person }),
                  let object = c.rights.first(where: { $0.kind == .person && $0.actorID != s.actorID }),
                  object.first - c.hit.end <= 3, !isLinked(object, after: c.hit.end) {
            // `هنأ الرئيس السيسي هاتفيا الملك سلمان`: the manner between the verb's subject and its object.
            roles.subject = [s]
            roles.objects = [object]
        }
    }
}
