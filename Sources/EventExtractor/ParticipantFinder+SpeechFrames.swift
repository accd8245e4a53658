import ActorRecognizer
import EventGraphModel
import TextAnalysis

/// The frames of words passed on: an outlet reports, a speaker makes a statement or addresses
/// someone, a carrier delivers a message.
extension ParticipantFinder {
    /// The outlet a report frame names: right after the verb, else the last one before it.
    func reportingOutlet(_ c: ClauseMentions) -> PlacedMention? {
        c.rights.first { $0.kind == .outlet && $0.first - c.hit.end <= 4 }
            ?? c.lefts.last { $0.kind == .outlet }
    }

    /// `the newspaper reported`, `ذكرت الصحيفة`: a report of the last outlet named, when no outlet is named here.
    func anaphoricReport(_ c: ClauseMentions) -> EventCandidate? {
        let hit = c.hit, right = c.right
        guard view.has(.outletAnaphor, in: hit.end, min(right, hit.end + 3)), lastOutlet != nil else { return nil }
        return reportCandidate(c.k, left: c.left, right: right)
    }

    /// The address frame (`told`, `أبلغ`): the speaker, and the person spoken to when one is named.
    func addressParties(_ c: ClauseMentions) -> FrameParties {
        let hit = c.hit, rights = c.rights
        var found = FrameParties()
        var speaker = c.lefts.last { $0.kind == .person } ?? c.lefts.last { $0.kind != .outlet } ?? c.sentenceSubject
        var after = rights
        // `وأبلغ السيسي بلينكن أن …`: Arabic puts the speaker right after the verb, then the addressee.
        if language == .ar, speaker == nil, let first = rights.first, first.kind == .person, first.first <= hit.end + 1 {
            speaker = first
            after = rights.filter { $0.first >= first.end }
        }
        found.source = speaker
        let reach = speaker.map { max(hit.end, $0.end) } ?? hit.end
        // `told reporters the Iraqi leader had agreed`: no addressee after an audience.
        let audience = view.has(.audience, in: hit.end, reach + 2)
        // `told U.S. officials`, `asked Mexican authorities`, `told the United Nations`: a country or
        // body right after the verb is addressed (the eligible mentions leave out a body after
        // `told`, which names a source when it is an outlet: `told Reuters`).
        let named = after.first { $0.first <= reach + 3 && $0.kind == .person }
            ?? view.mentions.first { m in
                m.first >= reach && m.first <= reach + 1 && Self.addressedBodyKinds.contains(m.kind) && m.mention.form == .name
                    && !view.has(.location, at: m.first - 1)
                    // `told Israel's Channel One`: a possessor names whose outlet was told.
                    && !m.mention.text.hasSuffix("'s") && !m.mention.text.hasSuffix("\u{2019}s")
            }
        if !audience, let addressee = named ?? speaker.flatMap({ objectPronoun(of: c.k, subject: $0) }), let s = speaker,
           s.kind == .person || s.mention.form == .role && s.kind == .country, s.actorID != addressee.actorID {
            found.parties = [s, addressee]
            found.target = addressee
            found.addressed = true
        } else {
            found.parties = speaker.map { [$0] } ?? []
        }
        return found
    }

    /// Kinds of actors a speaker may address besides people: a country's or a body's people.
    static let addressedBodyKinds: Set<ActorKind> = [.country, .government, .organization]

    /// The carrier frame (`delivered to him by X`, `سلمه رسالة … نقلها X`), or `nil` without both people.
    /// The carrier is the first person after the verb; the addressee the nearest person before it.
    func carrierParties(_ c: ClauseMentions) -> FrameParties? {
        let hit = c.hit
        let before = c.eligible.map { view.mentions[$0] }.filter { $0.end <= hit.first && $0.kind == .person }
        guard let carrier = c.rights.first(where: { $0.kind == .person }),
              let addressee = before.last(where: { $0.actorID != carrier.actorID }) else { return nil }
        // The carrier frame's clause is only the relative clause, so its date is its own. English
        // tells the time after the agent (`delivered to him by X on Monday`); Arabic before it.
        return FrameParties(parties: [carrier, addressee], source: carrier, target: addressee,
                            clauseSpan: (hit.first, language == .en ? c.right : carrier.end))
    }

    /// The statement frame (`said`, `أكد`): the speaker, and in Arabic the person spoken to or
    /// those who spoke together.
    func statementParties(_ c: ClauseMentions) -> FrameParties {
        let hit = c.hit, left = c.left, right = c.right
        var found = FrameParties()
        let people = c.lefts.filter { $0.kind != .outlet }
        // `…, the Greek foreign ministry said`: whoever stands right before the verb says it.
        let adjacent = language == .en ? view.mentions.last(where: { m in
            m.end <= hit.first && m.end >= hit.first - 1 && m.first >= left && m.kind != .outlet && m.mention.form != .demonym
                && !view.gapHas(after: m.end - 1, before: m.end, anyOf: ",")
        }) : nil
        if let s = adjacent ?? people.last(where: { $0.kind == .person }) ?? people.last {
            found.source = s
        } else if let r = c.rights.first(where: { $0.kind != .outlet && !isLinked($0, after: hit.end) }) {
            found.source = r
        } else if let s = c.sentenceSubject {
            found.source = s
            found.carried = true
        }
        found.parties = found.source.map { [$0] } ?? []
        // `وأكد السيسي لبلينكن أن …`, `أعرب الوزير لنظيره الأمريكي أنتوني بلينكن عن …`: a person
        // the statement is made to (ل on the name or its title) was spoken to.
        if language == .ar, let s = found.source, s.kind == .person, let addressee = arabicAddressee(after: hit.end, right: right, speaker: s) {
            found.parties = [s, addressee]
            found.target = addressee
            found.addressed = true
        } else if language == .ar, let s = found.source, s.kind == .person {
            // `وأكد السيسي وبلينكن على أهمية التهدئة`: people who say something together spoke together.
            let from = c.eligible.map { view.mentions[$0] }.filter { $0.first >= s.first && $0.first < max(right, s.end + 1) }
            let group = forwardGroup(from)
            if group.count >= 2, group.allSatisfy({ $0.kind == .person }), Set(group.map(\.actorID)).count >= 2 {
                found.parties = group
                found.target = group.last
                found.addressed = true
            }
        }
        return found
    }
}
