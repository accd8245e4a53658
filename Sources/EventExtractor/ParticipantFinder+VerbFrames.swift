import ActorRecognizer
import EventGraphModel
import TextAnalysis

/// The frames of interactions told by a verb or an event noun: subject and object, subject `with`
/// object, passive, nominal, and a pair after `between`.
extension ParticipantFinder {
    /// The subject and objects a verb or noun frame reads, as it reads them.
    struct VerbRoles {
        var subject: [PlacedMention]
        var objects: [PlacedMention] = []
        /// The subject was carried over from outside the clause.
        var carried = false
        /// The subject is the two people a dual or `their` stands for.
        var byDual = false
        /// The frame named its sides itself (`a letter from X to Y`): none is supplied from outside.
        var closed = false
    }

    /// The parties of a verb or noun frame.
    func verbParties(_ c: ClauseMentions) -> FrameParties {
        if let pair = betweenParties(c) { return FrameParties(parties: pair) }
        var roles = VerbRoles(subject: subjectGroup(c.lefts.filter { !isTopic($0, inClauseFrom: c.left) }))
        readObjects(c, &roles)
        roles.objects.removeAll { isTopic($0, inClauseFrom: c.left) }
        if roles.objects.isEmpty, !roles.closed, let antecedent = whomAntecedent(c) { roles.objects = [antecedent] }
        if roles.objects.isEmpty, !roles.closed, let named = namedAfterRelative(c) { roles.objects = [named] }
        if roles.subject.isEmpty, !roles.closed { supplySubject(c, &roles) }
        addCoordinatedPronoun(c, &roles)
        addDualSubject(c, &roles)
        addGroupSubject(c, &roles)
        addDualObject(c, &roles)
        keepNounHolder(c, &roles)
        addLetterAddressee(c, &roles)
        var found = FrameParties(carried: roles.carried)
        found.byGroup = roles.byDual && roles.carried
        if let dated = splitByOwnDates(c, &roles) {
            found.split = dated.groups
            found.splitDateSpans = dated.spans
            found.dateSpan = dated.first
        } else {
            found.split = splitByLinks(c, &roles)
        }
        found.split += splitCoVisitors(c, &roles)
        keepOneHost(c, &roles)
        found.split += splitSeparately(c, &roles)
        found.split += splitSequence(c, &roles)
        assignRoles(c, roles, &found)
        return found
    }

    /// `talks between X and Y`: the parties after `between`, and only those; `nil` when the
    /// frame reads a subject and objects instead.
    func betweenParties(_ c: ClauseMentions) -> [PlacedMention]? {
        let hit = c.hit, trigger = c.trigger, right = c.right
        let between = trigger.frame == .betweenPair
            ? view.first(.between, in: hit.end, right)
            : view.first(.between, in: hit.end, min(right, hit.end + 4))
        // `Fidan and Baerbock discussed relations between Türkiye and Germany`: after a verb with a
        // subject of its own, a `between` that follows another word belongs to that word's phrase.
        if let between, trigger.frame == .subjectObject || trigger.frame == .subjectWithObject,
           between.start > hit.end, c.lefts.contains(where: { $0.kind == .person }) {
            return nil
        }
        if let between {
            var parties = c.rights.filter { $0.first >= between.end }
            if parties.isEmpty {
                // `قمة بين الدول الثلاث …، حيث كان بوتين ونظيراه روحاني وأردوغان`: the
                // generic pair is named in the next clause of the sentence.
                let later = c.eligible.map { view.mentions[$0] }.filter { $0.first >= right && $0.kind == .person }
                parties = forwardGroup(later)
                if parties.count < 2 { parties = [] }
            }
            return parties
        }
        if trigger.frame == .betweenPair, view.has(.support, in: c.left, hit.first) {
            // `عقد السيسي والملك عبد الله قمة`, `Bush and Gorbachev held a summit`: those who held it.
            let group = forwardGroup(c.lefts.filter { $0.kind == .person })
            if group.count >= 2 { return group }
        }
        if trigger.frame == .betweenPair {
            // `accord signed by X and Y`: the parties follow a trigger phrase; a bare
            // `summit`/`قمة` without `between` names no parties (`قمة ترامب وكيم` is a plan).
            return trigger.words.count > 1 && c.rights.count >= 2 ? c.rights : []
        }
        return nil
    }

    /// The objects after the trigger, as its frame links them; a subject after the verb or in a
    /// noun's phrase is read on the way.
    func readObjects(_ c: ClauseMentions, _ roles: inout VerbRoles) {
        let hit = c.hit, rights = c.rights, right = c.right
        switch c.trigger.frame {
        case .subjectObject, .betweenPair:
            roles.objects = rights
        case .passive:
            // The agent follows `by`, maybe after a place or a day (`was met at the airport by X`,
            // `was received on Monday by X`); a passive with no agent has no other party
            // (`was met with criticism from Germany`).
            if view.has(.by, at: hit.end - 1) {
                roles.objects = rights                      // `was received by`
            } else if let by = view.first(.by, in: hit.end, right) {
                roles.objects = rights.filter { $0.first >= by.end }
            } else {
                roles.objects = []
            }
        case .subjectWithObject:
            let link = firstLink(in: hit.end, min(right, hit.end + 5))
            let objects = rights.filter { r in isLinked(r, after: hit.end) || (link.map { r.first >= $0 } ?? false) }
            roles.objects = objects
            if roles.subject.isEmpty, let s = rights.first(where: { r in !objects.contains(where: { $0.first == r.first }) }) {
                // `واستعرض السيسي وبلينكن …`: a subject coordinated after the verb is one group.
                let group = language == .ar
                    ? forwardGroup(rights.filter { r in r.first >= s.first && !objects.contains(where: { $0.first == r.first }) })
                    : [s]
                roles.subject = group.count >= 2 && group.allSatisfy({ $0.kind == .person }) ? group : [s]
            }
        default: // nominal
            readNounParties(c, &roles)
        }
    }

    /// `ترعى روسيا وإيران … محادثات آستانا`: a bare event noun whose subject is not holding it
    /// keeps one subject, unless its subject is a compound (`Reagan-Gorbachev summit`) or a dual.
    func keepNounHolder(_ c: ClauseMentions, _ roles: inout VerbRoles) {
        let hit = c.hit
        let compound = roles.subject.count >= 2 && roles.subject.allSatisfy { $0.first == hit.first - 1 }   // `Reagan-Gorbachev summit`
        if c.trigger.frame == .nominal, roles.objects.isEmpty, !compound, !roles.byDual,
           !view.has(.support, in: max(c.left, hit.first - 12), hit.first) {
            roles.subject = Array(roles.subject.prefix(1))
        }
    }

    /// `رسالة خطية لوزير الخارجية X`, `رسالة موجهة للملك Y`: ل on a letter's addressee or its title.
    func addLetterAddressee(_ c: ClauseMentions, _ roles: inout VerbRoles) {
        if language == .ar, c.trigger.type == .letter, !roles.objects.contains(where: { $0.kind == .person }), roles.subject.count == 1,
           let addressee = arabicAddressee(after: c.hit.end, right: c.right, speaker: roles.subject[0]) {
            roles.objects.insert(addressee, at: 0)
        }
    }

    /// `with A …, and with B`: one event per link word, A and B did not speak to each other. The
    /// objects keep the first group; the others are returned as further events.
    func splitByLinks(_ c: ClauseMentions, _ roles: inout VerbRoles) -> [[String]] {
        let trigger = c.trigger
        var groups: [[PlacedMention]] = []
        // `met with A and later with B` links like `held talks with`.
        let linked = trigger.frame == .nominal || trigger.frame == .subjectWithObject
            || trigger.frame == .subjectObject && view.has(.with, at: c.hit.end)
        if linked, !roles.subject.isEmpty {
            let links = view.cues.filter { $0.value == .with && $0.first >= c.hit.end && $0.first < c.right }.map(\.end)
            if links.count >= 2 {
                for o in roles.objects {
                    let l = links.last { $0 <= o.first } ?? -1
                    if let g = groups.indices.last, let f = groups[g].first, (links.last { $0 <= f.first } ?? -1) == l {
                        groups[g].append(o)
                    } else {
                        groups.append([o])
                    }
                }
                if groups.count >= 2 { roles.objects = groups[0] } else { groups = [] }
            }
        }
        return groups.dropFirst().map { g in unique(roles.subject + g).map(\.actorID) }
    }

    /// `met Mubarak and then Arafat`: objects one after the other are met one at a time; the
    /// first group stays in the roles, the others are returned as further events.
    func splitSequence(_ c: ClauseMentions, _ roles: inout VerbRoles) -> [[String]] {
        let objects = roles.objects
        guard !roles.subject.isEmpty, objects.count >= 2 else { return [] }
        var groups: [[PlacedMention]] = [[objects[0]]]
        for (a, b) in zip(objects, objects.dropFirst()) {
            if view.has(.sequence, in: a.end, b.first) { groups.append([b]) } else { groups[groups.count - 1].append(b) }
        }
        guard groups.count >= 2 else { return [] }
        roles.objects = groups[0]
        return groups.dropFirst().map { g in unique(roles.subject + g).map(\.actorID) }
    }

    /// `Cheney and Powell visited …`: co-visitors came together, they did not visit each other.
    /// The subject keeps the first visitor; the others are returned as further visits.
    func splitCoVisitors(_ c: ClauseMentions, _ roles: inout VerbRoles) -> [[String]] {
        guard c.trigger.type == .visit, roles.subject.count >= 2, c.trigger.frame != .passive else { return [] }
        let objects = roles.objects
        let visits = roles.subject.dropFirst().map { v in unique([v] + objects.filter { !Self.placeKinds.contains($0.kind) }).map(\.actorID) }
        roles.subject = [roles.subject[0]]
        return visits
    }

    /// `Riyadh and Washington have been hosting talks between …`, `Egypt and Qatar mediated`: hosts
    /// and mediators with nobody named as their guests did not meet each other (only `met`,
    /// `talked` and their kind are said of both sides at once). The subject keeps its first.
    func keepOneHost(_ c: ClauseMentions, _ roles: inout VerbRoles) {
        guard roles.subject.count >= 2, roles.objects.isEmpty, c.trigger.frame == .subjectObject,
              Self.nonReciprocalCameo.contains(c.trigger.cameo) else { return }
        roles.subject = [roles.subject[0]]
    }

    /// CAMEO codes of verbs that are not reciprocal: host or receive (043), mediate (045).
    static let nonReciprocalCameo: Set<String> = ["043", "045"]

    /// `A and B met separately with C`: each of the subject met the objects; A and B did not meet.
    /// `A met separately with B and C`: A met each of them. The first pair stays in the roles; the
    /// others are returned as further events.
    func splitSeparately(_ c: ClauseMentions, _ roles: inout VerbRoles) -> [[String]] {
        guard view.has(.separately, in: c.left, c.right) else { return [] }
        let objects = roles.objects
        // `Brevik met separately with Farouk and Khalil`: one meeting with each of the objects.
        if roles.subject.count == 1, objects.count >= 2 {
            roles.objects = [objects[0]]
            return objects.dropFirst().map { o in unique(roles.subject + [o]).map(\.actorID) }
        }
        guard roles.subject.count >= 2 else { return [] }
        // With nobody named on the other side, the people of the subject still did not meet each other.
        if objects.isEmpty {
            roles.subject = [roles.subject[0]]
            return []
        }
        let more = roles.subject.dropFirst().map { s in unique([s] + objects).map(\.actorID) }
        roles.subject = [roles.subject[0]]
        return more
    }

    /// The source, target and parties of the subject and objects, with a letter's writer and
    /// addressee, and one call or letter per person called.
    func assignRoles(_ c: ClauseMentions, _ roles: VerbRoles, _ found: inout FrameParties) {
        let hit = c.hit, trigger = c.trigger, type = trigger.type
        let subject = roles.subject
        var objects = roles.objects
        // `Sisi received him`, `met with her`: an object pronoun names someone told of before. The
        // subject's title and name both read as objects (`واستقبله العاهل الأردني الملك عبد الله`)
        // leave it none of its own.
        if subject.count == 1, objects.allSatisfy({ $0.actorID == subject[0].actorID }) { objects = [] }
        if objects.isEmpty, subject.count == 1, [.subjectObject, .subjectWithObject].contains(trigger.frame),
           let o = objectPronoun(of: c.k, subject: subject[0]) {
            objects = [o]
        }
        // `واستقبلهما روحاني`: a dual object pronoun names the two told of before.
        if objects.isEmpty, subject.count == 1, hit.value.id.hasSuffix(".pron2"), let pair = lastPair, !pair.contains(subject[0].actorID) {
            objects = placed(pair)
        }
        if trigger.frame == .passive {
            found.source = objects.first
            found.target = subject.first
            found.parties = objects + subject
        } else {
            found.source = subject.first
            found.parties = subject + objects
            found.target = objects.first
        }
        // `رسالة من S إلى R`, `a letter from S to R`: the letter joins its writer and addressee;
        // whoever carries or receives it in the sentence is not its party.
        // `a message to R from S`: the same, addressee first.
        if type == .letter, let from = objects.first(where: { o in view.has(.from, in: max(hit.end, o.first - 3), o.first) }),
           let to = objects.first(where: { o in
               o.actorID != from.actorID && (o.first > from.first
                   ? view.has(.with, in: max(from.end, o.first - 4), o.first)
                   : view.has(.with, in: max(hit.end, o.first - 4), o.first) && !view.has(.from, in: max(hit.end, o.first - 4), o.first))
           }) {
            found.parties = [from, to]
            found.source = from
            found.target = to
            found.split = []
        } else if type == .call || type == .letter, trigger.frame != .passive, subject.isEmpty, objects.count >= 2 {
            // `Lawyers for the family sent letters to Reno and Clinton`: with no named writer or
            // caller, the people written to or called did not write to each other.
            found.parties = [objects[0]]
            found.source = nil
            found.target = objects[0]
            found.split = []
        } else if type == .call || type == .letter, trigger.frame != .passive, found.split.isEmpty, subject.count == 1 {
            // `أجرى اتصالات بـA وB`, `phoned A and B`: a call or a letter goes to one person at a
            // time; the people called did not speak to each other. Two mentions of the one person
            // called (`Russian Foreign Minister Sergei Lavrov`) are one call.
            // With no person among them, the countries or bodies written to (`telegrams … to the
            // presidents of Kenya and Tanzania`) each had their own.
            let persons = unique(objects.filter { $0.kind == .person && $0.actorID != subject[0].actorID })
            let people = persons.isEmpty ? unique(objects.filter { $0.actorID != subject[0].actorID }) : persons
            if people.count >= 2 {
                found.split = people.dropFirst().map { unique(subject + [$0]).map(\.actorID) }
                found.parties = found.parties.filter { p in !people.dropFirst().contains { $0.actorID == p.actorID } }
            }
        }
    }
}
