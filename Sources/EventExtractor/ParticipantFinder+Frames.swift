import ActorRecognizer
import EventGraphModel
import TextAnalysis

extension ParticipantFinder {
    /// The candidate event of trigger `k` of the sentence, or `nil` when it is negated.
    func candidate(_ k: Int) -> EventCandidate? {
        let hit = view.triggers[k]
        let trigger = hit.value
        let (left, right) = clause(of: k)
        if trigger.type != .declineComment, !ignoresNegation, view.has(.negation, in: hit.first - 3, hit.first) { return nil }
        if trigger.type.isInteraction, view.has(.condition, in: 0, hit.first) { return nil }
        // `نفى المكتب ما أوردته الصحف عن لقاء جمعه بـX`, `denied reports that he had met X`.
        if trigger.type.isInteraction, !ignoresNegation, view.cues.contains(where: { $0.value == .denial && $0.end <= hit.first }) { return nil }
        // `وقع` is "signed" only with something to sign (`ان وقع التشاور`: "that it happened").
        // `ضم`/`يضم` brings people together only when a meeting does it (`اجتماع ضم`, `ضم الاجتماع`);
        // otherwise it includes (`وفد يضم …`).
        if trigger.id.hasPrefix("ar.meet.damma") || trigger.id == "ar.meet.yadumm" {
            let meetingNear = view.triggers.contains { t in t.value.type.isInteraction && t.first != hit.first && t.end <= hit.first }
                || view.has(.gathering, in: 0, hit.first)
            guard meetingNear || view.has(.gathering, at: hit.end) || view.has(.gathering, at: hit.end + 1) else { return nil }
        }
        // `Macron called Putin on Sunday` is a call; `called Putin a liar`, `called him "Rocket Man"` name him.
        if trigger.id == "en.call.called" {
            guard var object = view.mentions.first(where: { $0.first == hit.end }) else { return nil }
            // `called Israeli Prime Minister Benjamin Netanyahu`: a country's adjective and a title before the name.
            if object.kind != .person, let person = view.mentions.first(where: { $0.kind == .person && $0.first > object.first && $0.first <= hit.end + 5 }),
               (object.end..<person.first).allSatisfy({ view.tokens[$0].token.isCapitalized }) {
                object = person
            }
            guard object.kind == .person else { return nil }
            // The name after its title (`Prime Minister` + `Benjamin Netanyahu`) ends the object.
            let end = view.mentions.filter { $0.actorID == object.actorID && $0.first >= object.first && $0.first <= object.end + 1 }
                .map(\.end).max() ?? object.end
            if end < view.tokens.count {
                let next = view.tokens[end].token.form
                let gap = view.gap(after: end - 1, before: end)
                if ["a", "an", "the", "his", "her", "their"].contains(next) || gap.contains(where: { "\"“'‘".contains($0) }) { return nil }
            }
        }
        // `spoke with Yeltsin by telephone`: the manner of an interaction just before is that event's.
        if isMannerCall(k, within: .max), k > 0, view.triggers[k - 1].value.type.isInteraction { return nil }
        if trigger.type == .agreement, trigger.frame != .subjectWithObject {
            let link = view.cues.filter { [CueKind.with, .from, .between].contains($0.value) && $0.first >= hit.end && $0.first < right }
                .map(\.first).min() ?? right
            let signed = view.has(.agreementNoun, in: hit.first, min(view.tokens.count, link + 1))
                || view.has(.agreementNoun, in: left, hit.first)
            if !signed { return nil }
        }

        let type = trigger.type
        let eligible = view.mentions.indices.filter { isEligible($0, for: type, frame: trigger.frame) || (trigger.frame == .report) }
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
        // `…, the State Department said` (English word order): the speaker of a later verb is not a party here.
        // Not across a comma: `Clinton, after meeting with Obama, said …` is Clinton's.
        let speakers = Set(view.triggers.filter { t in
            t.first != hit.first && (t.value.frame == .statement || t.value.frame == .report)
                && !view.gapHas(after: t.first - 1, before: t.first, anyOf: ",")
        }.map(\.first))
        var rights = eligible.filter { view.mentions[$0].first >= hit.end && view.mentions[$0].first < right }
            .map { view.mentions[$0] }
            .filter { language == .ar || trigger.frame == .report || !speakers.contains($0.end) }
        if language == .ar, let aside = parentheticalAfter(hit.end, before: right) {
            rights.removeAll { $0.first >= aside.lo && $0.first < aside.hi }
        }
        // `استعراض التعاون القائم بين المملكة واليابان`, `discussed relations between the two
        // countries`: the pair after a relation noun's `between` is the relation's, not the event's.
        for rb in view.cues where rb.value == .between && rb.first >= hit.end && rb.first < right
            && view.has(.relation, in: rb.first - 3, rb.first) {
            let group = forwardGroup(rights.filter { $0.first >= rb.end })
            rights.removeAll { m in group.contains { $0.first == m.first } }
        }
        let sentenceSubject = eligible.map { view.mentions[$0] }
            .first { $0.end <= left && $0.kind != .outlet && !isLinked($0, after: max(0, $0.first - 2)) }

        var parties: [PlacedMention] = []
        var source: PlacedMention?
        var target: PlacedMention?
        var carried = false
        var addressed = false
        var split: [[String]] = []
        // The carrier frame's clause is only the relative clause, so its date is its own.
        var clauseSpan = (left: left, right: right)
        // `Clinton, who arrived Tuesday, met Yeltsin on Wednesday`: a relative clause set off by
        // commas before the verb is a clause of its own, and its date is not the verb's.
        if language == .en, let rel = view.cues.last(where: { $0.value == .relative && $0.end <= hit.first }), rel.first > 0, rel.end >= left,
           view.gapHas(after: rel.first - 1, before: rel.first, anyOf: ","),
           let close = (rel.end...hit.first).last(where: { view.gapHas(after: $0 - 1, before: $0, anyOf: ",") }) {
            clauseSpan.left = max(clauseSpan.left, close)
        }

        switch trigger.frame {
        case .report:
            let outlet = rights.first { $0.kind == .outlet && $0.first - hit.end <= 4 }
                ?? lefts.last { $0.kind == .outlet }
            if let outlet {
                parties = [outlet]
                source = outlet
            } else if view.has(.outletAnaphor, in: hit.end, min(right, hit.end + 3)), lastOutlet != nil {
                return reportCandidate(k, left: left, right: right)
            } else {
                return nil
            }
        case .address:
            var speaker = lefts.last { $0.kind == .person } ?? lefts.last { $0.kind != .outlet } ?? sentenceSubject
            var after = rights
            // `وأبلغ السيسي بلينكن أن …`: Arabic puts the speaker right after the verb, then the addressee.
            if language == .ar, speaker == nil, let first = rights.first, first.kind == .person, first.first <= hit.end + 1 {
                speaker = first
                after = rights.filter { $0.first >= first.end }
            }
            source = speaker
            let reach = speaker.map { max(hit.end, $0.end) } ?? hit.end
            // `told reporters the Iraqi leader had agreed`: no addressee after an audience.
            let audience = view.has(.audience, in: hit.end, reach + 2)
            let named = after.first { $0.first <= reach + 3 && $0.kind == .person }
            if !audience, let addressee = named ?? speaker.flatMap({ objectPronoun(of: k, subject: $0) }), let s = speaker,
               s.kind == .person, s.actorID != addressee.actorID {
                parties = [s, addressee]
                target = addressee
                addressed = true
            } else {
                parties = speaker.map { [$0] } ?? []
            }
        case .carrier:
            // The carrier is the first person after the verb; the addressee the nearest person before it.
            let before = eligible.map { view.mentions[$0] }.filter { $0.end <= hit.first && $0.kind == .person }
            guard let carrier = rights.first(where: { $0.kind == .person }),
                  let addressee = before.last(where: { $0.actorID != carrier.actorID }) else { return nil }
            parties = [carrier, addressee]
            source = carrier
            target = addressee
            // English tells the time after the agent (`delivered to him by X on Monday`); Arabic before it.
            clauseSpan = (hit.first, language == .en ? right : carrier.end)
        case .statement:
            let people = lefts.filter { $0.kind != .outlet }
            // `…, the Greek foreign ministry said`: whoever stands right before the verb says it.
            let adjacent = language == .en ? view.mentions.last(where: { m in
                m.end <= hit.first && m.end >= hit.first - 1 && m.first >= left && m.kind != .outlet && m.mention.form != .demonym
                    && !view.gapHas(after: m.end - 1, before: m.end, anyOf: ",")
            }) : nil
            if let s = adjacent ?? people.last(where: { $0.kind == .person }) ?? people.last {
                source = s
            } else if let r = rights.first(where: { $0.kind != .outlet && !isLinked($0, after: hit.end) }) {
                source = r
            } else if let s = sentenceSubject {
                source = s
                carried = true
            }
            parties = source.map { [$0] } ?? []
            // `وأكد السيسي لبلينكن أن …`, `أعرب الوزير لنظيره الأمريكي أنتوني بلينكن عن …`: a person
            // the statement is made to (ل on the name or its title) was spoken to.
            if language == .ar, let s = source, s.kind == .person, let addressee = arabicAddressee(after: hit.end, right: right, speaker: s) {
                parties = [s, addressee]
                target = addressee
                addressed = true
            } else if language == .ar, let s = source, s.kind == .person {
                // `وأكد السيسي وبلينكن على أهمية التهدئة`: people who say something together spoke together.
                let from = eligible.map { view.mentions[$0] }.filter { $0.first >= s.first && $0.first < max(right, s.end + 1) }
                let group = forwardGroup(from)
                if group.count >= 2, group.allSatisfy({ $0.kind == .person }), Set(group.map(\.actorID)).count >= 2 {
                    parties = group
                    target = group.last
                    addressed = true
                }
            }
        default:
            let between = trigger.frame == .betweenPair
                ? view.first(.between, in: hit.end, right)
                : view.first(.between, in: hit.end, min(right, hit.end + 4))
            if let between {
                // `talks between X and Y`: the parties are those after between, and only those.
                parties = rights.filter { $0.first >= between.end }
                if parties.isEmpty {
                    // `قمة بين الدول الثلاث …، حيث كان بوتين ونظيراه روحاني وأردوغان`: the
                    // generic pair is named in the next clause of the sentence.
                    let later = eligible.map { view.mentions[$0] }.filter { $0.first >= right && $0.kind == .person }
                    parties = forwardGroup(later)
                    if parties.count < 2 { parties = [] }
                }
                break
            }
            if trigger.frame == .betweenPair {
                // `accord signed by X and Y`: the parties follow a trigger phrase; a bare
                // `summit`/`قمة` without `between` names no parties (`قمة ترامب وكيم` is a plan).
                parties = trigger.words.count > 1 && rights.count >= 2 ? rights : []
                break
            }
            var subject = subjectGroup(lefts)
            var objects: [PlacedMention]
            switch trigger.frame {
            case .subjectObject, .betweenPair:
                objects = rights
            case .passive:
                objects = rights
                if let by = view.first(.by, in: hit.end, right) ?? (view.has(.by, at: hit.end) ? (hit.end, hit.end + 1) : nil) {
                    objects = rights.filter { $0.first >= by.end }
                }
            case .subjectWithObject:
                let link = firstLink(in: hit.end, min(right, hit.end + 5))
                objects = rights.filter { r in isLinked(r, after: hit.end) || (link.map { r.first >= $0 } ?? false) }
                if subject.isEmpty, let s = rights.first(where: { r in !objects.contains(where: { $0.first == r.first }) }) {
                    // `واستعرض السيسي وبلينكن …`: a subject coordinated after the verb is one group.
                    let group = language == .ar
                        ? forwardGroup(rights.filter { r in r.first >= s.first && !objects.contains(where: { $0.first == r.first }) })
                        : [s]
                    subject = group.count >= 2 && group.allSatisfy({ $0.kind == .person }) ? group : [s]
                }
            default: // nominal
                if let link = firstLink(in: hit.end, min(right, hit.end + 6), fromReach: 3) {
                    objects = rights.filter { $0.first >= link }
                } else {
                    objects = rights.filter { $0.first - hit.end <= 2 && isLinked($0, after: hit.end) }
                }
                // `الحوار التي بدأتها الكويت مع إيران`: the relative clause tells the noun's parties.
                if objects.isEmpty, let rel = view.cues.first(where: { $0.value == .relative && $0.first >= hit.end && $0.first <= hit.end + 1 }) {
                    var end = min(view.tokens.count, rel.end + Self.maxRight)
                    for c in view.cues where c.value == .stop && c.first >= rel.end { end = min(end, c.first) }
                    if !view.triggers.contains(where: { $0.first >= rel.end && $0.first < end }) {
                        let inside = eligible.map { view.mentions[$0] }.filter { $0.first >= rel.end && $0.first < end }
                        // `الاتصال الهاتفي الذي جرى بين X وY`: the clause names the pair after `between`.
                        let between = view.first(.between, in: rel.end, min(end, rel.end + 3))
                        let pair = between.map { b in forwardGroup(inside.filter { $0.first >= b.end }) } ?? []
                        if pair.count >= 2 {
                            subject = [pair[0]]
                            objects = Array(pair.dropFirst())
                        } else if let link = firstLink(in: rel.end, end) {
                            let linked = inside.filter { $0.first >= link }
                            let agents = inside.filter { $0.first < link }
                            if !linked.isEmpty, let a = agents.first {
                                subject = [a]
                                objects = linked
                            }
                        }
                    }
                }
                // `لقاء في مكتب الوزير X مع Y`, `a meeting at the residence of X with Y`: the holder hosts.
                if objects.isEmpty, let place = view.cues.first(where: { $0.value == .hostVenue && $0.first >= hit.end && $0.first <= hit.end + 2 }),
                   let host = rights.first(where: { $0.first >= place.end && $0.first <= place.end + 3 && $0.kind == .person }),
                   let link = firstLink(in: host.end, min(right, host.end + 8)) {
                    subject = [host]
                    objects = rights.filter { $0.first >= link && $0.actorID != host.actorID }
                }
                // `congratulated Yeltsin by phone`, `urged Yeltsin in a telephone call`: a call that says
                // how the verb reached its object joins the clause's subject and that object.
                if trigger.id.contains(".call.manner."), objects.isEmpty, let object = lefts.last(where: { $0.kind == .person }),
                   let s = lefts.first(where: { $0.kind == .person && $0.actorID != object.actorID }) ?? sentenceSubject,
                   s.actorID != object.actorID, s.first < object.first {
                    subject = [s]
                    objects = [object]
                }
                // `لقاء حفتر بالسراج`: the noun's genitive is its subject; a name with ل is no genitive
                // (`رسالة لنظيره`: to whom).
                if language == .ar, let g = rights.first, g.first == hit.end, !isLinked(g, after: hit.end), !g.clitic.hasPrefix("ل"),
                   !objects.contains(where: { $0.first == g.first }) {
                    subject = [g]
                }
            }
            let afterRelative = view.cues.contains { $0.value == .relative && $0.end == left }
            if subject.isEmpty {
                if language == .ar, view.has(.masdar, at: hit.first), let first = objects.first, first.first - hit.end <= 4,
                   !isLinked(first, after: hit.end) {
                    subject = [first]
                    objects.removeFirst()
                } else if afterRelative, language == .ar, trigger.frame == .subjectObject, let first = objects.first {
                    // `اللقاء الذي جمع X بـY`: the relative clause has its own parties.
                    subject = [first]
                    objects.removeFirst()
                } else if language == .ar, trigger.frame == .subjectObject, objects.count >= 2, let first = objects.first,
                          first.first - hit.end <= 4, !isLinked(first, after: hit.end),
                          let second = objects.first(where: { $0.actorID != first.actorID }),
                          !isCoordinated(from: first.end, to: second.first, next: second) {
                    // `…، فيما التقى وزير الخارجية X نظيره Y`: verb, subject, object; nothing is carried.
                    subject = [first]
                    objects.removeFirst()
                } else if let s = sentenceSubject, left > 0 {
                    subject = [s]
                    carried = true
                } else if language == .ar, trigger.frame == .subjectObject, let first = objects.first {
                    subject = [first]
                    objects.removeFirst()
                } else if let s = sentenceSubject {
                    subject = [s]
                    carried = true
                } else if let p = previousSubject, view.has(.pronoun, in: left, hit.first), !objects.isEmpty,
                          let m = view.mentions.first(where: { $0.actorID == p }) ?? carriedMention(p) {
                    subject = [m]
                    carried = true
                } else if language == .en, trigger.frame == .nominal, let p = previousSubject, view.has(.determiner, at: hit.first - 1),
                          !objects.isEmpty, objects.allSatisfy({ $0.kind == .person && $0.actorID != p }),
                          !lefts.contains(where: { $0.kind == .person }),
                          let m = view.mentions.first(where: { $0.actorID == p }) ?? carriedMention(p) {
                    // `Blinken arrived in Cairo. The talks with Sisi focused on Gaza`: a definite event
                    // noun with only its guest named is the last subject's.
                    subject = [m]
                    carried = true
                } else if trigger.frame == .nominal || trigger.frame == .subjectObject && hit.first == 0, !objects.isEmpty,
                          let s = frontedPhraseSubject(hit, eligible: eligible) {
                    // `After a meeting with King Hussein, Bush said`, `After meeting Annan, Aziz said`:
                    // the main clause's subject held it; the object is before the comma.
                    subject = [s]
                    objects = objects.filter { $0.first < s.first }
                } else if language == .ar, !objects.isEmpty, let p = previousSubject, lefts.isEmpty, sentenceSubject == nil,
                          trigger.frame == .subjectWithObject || (trigger.frame == .nominal && view.has(.support, in: max(0, hit.first - 3), hit.first)),
                          !objects.contains(where: { $0.actorID == p }),
                          let m = view.mentions.first(where: { $0.actorID == p }) ?? carriedMention(p) {
                    // `كما اجتمع مع وزير الخارجية الإيراني …`: Arabic drops the subject it carries over.
                    subject = [m]
                    carried = true
                }
            }
            // `He and President Gorbachev spoke …`: a pronoun coordinated with the subject is the last subject.
            var beforeSubject = (subject.first?.first ?? 0) - 1
            while beforeSubject >= 0, view.tokens[beforeSubject].token.isCapitalized, view.tokens[beforeSubject].token.form != "and" { beforeSubject -= 1 }
            if language == .en, subject.count == 1, let p = previousSubject, p != subject[0].actorID,
               beforeSubject >= 1, view.has(.and, at: beforeSubject), view.has(.pronoun, at: beforeSubject - 1),
               let m = view.mentions.first(where: { $0.actorID == p }) ?? carriedMention(p) {
                subject.insert(m, at: 0)
                carried = true
            }
            // `The two leaders met …`, `واستعرض الجانبان …`: a dual names the two parties of the last interaction.
            // `during their meeting`, `لقائهما`: a plural or dual possessive on the event noun names the
            // two people just named, like a dual.
            let their = trigger.frame == .nominal && objects.isEmpty
                && (language == .en ? (max(0, hit.first - 3)..<hit.first).contains { view.tokens[$0].token.form == "their" }
                                    : view.tokens[hit.end - 1].token.form.hasSuffix("هما"))
            var byDual = false
            if subject.count < 2, objects.isEmpty || subject.isEmpty,
               let dualAt = view.cues.first(where: { $0.value == .dual && $0.first >= left && $0.first < min(right, hit.end + 2)
                   && ($0.first < hit.first || language == .ar) })?.first ?? (their ? hit.first : nil) {
                // Two people named earlier in the same sentence come first (`between Obama and Sanders … the two men`).
                var named: [PlacedMention] = []
                for m in view.mentions.reversed() where m.end <= dualAt && m.kind == .person && !named.contains(where: { $0.actorID == m.actorID }) {
                    named.append(m)
                    if named.count == 2 { break }
                }
                if named.count == 2 {
                    subject = named.reversed()
                    carried = true
                    byDual = true
                } else if their {
                    // `he agreed with Gorbachev at their summit`: the one named and the subject `he` stands for.
                    if named.count == 1, let p = previousSubject, p != named[0].actorID, view.has(.pronoun, in: left, hit.first),
                       let m = view.mentions.first(where: { $0.actorID == p }) ?? carriedMention(p) {
                        subject = [m, named[0]]
                        carried = true
                        byDual = true
                    }
                } else if let pair = lastPair {
                    subject = pair.compactMap { id in view.mentions.first(where: { $0.actorID == id }) ?? carriedMention(id) }
                    carried = true
                    byDual = true
                }
            }
            // `ترعى روسيا وإيران … محادثات آستانا`: a bare event noun whose subject is not holding it.
            let compound = subject.count >= 2 && subject.allSatisfy { $0.first == hit.first - 1 }   // `Reagan-Gorbachev summit`
            if trigger.frame == .nominal, objects.isEmpty, !compound, !byDual,
               !view.has(.support, in: max(left, hit.first - 12), hit.first) {
                subject = Array(subject.prefix(1))
            }
            // `رسالة خطية لوزير الخارجية X`, `رسالة موجهة للملك Y`: ل on a letter's addressee or its title.
            if language == .ar, type == .letter, !objects.contains(where: { $0.kind == .person }), subject.count == 1,
               let addressee = arabicAddressee(after: hit.end, right: right, speaker: subject[0]) {
                objects.insert(addressee, at: 0)
            }
            // `with A …, and with B`: one event per link word, A and B did not speak to each other.
            var groups: [[PlacedMention]] = []
            if trigger.frame == .nominal || trigger.frame == .subjectWithObject, !subject.isEmpty {
                let links = view.cues.filter { $0.value == .with && $0.first >= hit.end && $0.first < right }.map(\.end)
                if links.count >= 2 {
                    for o in objects {
                        let l = links.last { $0 <= o.first } ?? -1
                        if let g = groups.indices.last, let f = groups[g].first, (links.last { $0 <= f.first } ?? -1) == l {
                            groups[g].append(o)
                        } else {
                            groups.append([o])
                        }
                    }
                    if groups.count >= 2 { objects = groups[0] } else { groups = [] }
                }
            }
            split = groups.dropFirst().map { g in unique(subject + g).map(\.actorID) }
            // `Cheney and Powell visited …`: co-visitors came together, they did not visit each other.
            if type == .visit, subject.count >= 2, trigger.frame != .passive {
                split += subject.dropFirst().map { v in unique([v] + objects.filter { !Self.placeKinds.contains($0.kind) }).map(\.actorID) }
                subject = [subject[0]]
            }
            // `Sisi received him`, `met with her`: an object pronoun names someone told of before.
            if objects.isEmpty, subject.count == 1, [.subjectObject, .subjectWithObject].contains(trigger.frame),
               let o = objectPronoun(of: k, subject: subject[0]) {
                objects = [o]
            }
            if trigger.frame == .passive {
                source = objects.first
                target = subject.first
                parties = objects + subject
            } else {
                source = subject.first
                parties = subject + objects
                target = objects.first
            }
            // `رسالة من S إلى R`, `a letter from S to R`: the letter joins its writer and addressee;
            // whoever carries or receives it in the sentence is not its party.
            if type == .letter, let from = objects.first(where: { o in view.has(.from, in: max(hit.end, o.first - 3), o.first) }),
               let to = objects.first(where: { o in o.actorID != from.actorID && o.first > from.first && view.has(.with, in: max(from.end, o.first - 4), o.first) }) {
                parties = [from, to]
                source = from
                target = to
                split = []
            } else if type == .call || type == .letter, trigger.frame != .passive, split.isEmpty, subject.count == 1 {
                // `أجرى اتصالات بـA وB`, `phoned A and B`: a call or a letter goes to one person at a
                // time; the people called did not speak to each other. Two mentions of the one person
                // called (`Russian Foreign Minister Sergei Lavrov`) are one call.
                let people = unique(objects.filter { $0.kind == .person && $0.actorID != subject[0].actorID })
                if people.count >= 2 {
                    split = people.dropFirst().map { unique(subject + [$0]).map(\.actorID) }
                    parties = parties.filter { p in !people.dropFirst().contains { $0.actorID == p.actorID } }
                }
            }
        }

        parties = unique(parties)
        // `المحادثات الروسية الأمريكية`, `US-Russian talks`: two country adjectives side by side on
        // an event noun name its two sides.
        if trigger.frame == .nominal || trigger.frame == .betweenPair, parties.count < 2, let pair = demonymPair(of: hit) {
            parties = pair
            source = pair[0]
            target = pair[1]
        }
        if type == .visit {
            // A visit's place is its target, not a party: "visited Vietnam", "زيارة إلى تونس".
            // When a person visits, countries named around the visit are its place or the
            // announcer (`أعلنت روسيا عن زيارة … لافروف`), not visitors.
            let hasVisitor = parties.contains { !Self.placeKinds.contains($0.kind) }
            let places = hasVisitor ? parties.filter { Self.placeKinds.contains($0.kind) }
                                    : Array(parties.dropFirst().filter { Self.placeKinds.contains($0.kind) })
            if let place = places.last { target = place }
            parties = parties.filter { p in !places.contains { $0.actorID == p.actorID } }
            if let s = source, !parties.contains(where: { $0.actorID == s.actorID }) { source = parties.first }
        }
        parties = dropAffiliated(parties)
        // Arabic: among two people or more, a country or body named in the clause is their setting or
        // attribute (`سفير اليابان`, `في الأردن`), not a party of their meeting.
        if language == .ar, type.isInteraction, parties.filter({ $0.kind == .person }).count >= 2 {
            parties = parties.filter { $0.kind != .country }
            if let s = source, s.kind == .country { source = parties.first }
        }

        let (planned, pastVerb) = tense(of: k, right: right)

        var type2 = type
        if trigger.frame == .address || addressed { type2 = addressed ? .talk : .statement }
        if type == .talk, view.has(.phone, in: hit.end, min(right, hit.end + 12)) || isMannerCall(k + 1, within: hit.end + 12) { type2 = .call }
        // Parties who sign or reach an agreement together negotiated it (CAMEO 057 kept).
        if type == .agreement, parties.count >= 2, parties.allSatisfy({ $0.kind == .person || Self.placeKinds.contains($0.kind) }) {
            type2 = .negotiate
        }
        var confidence = Self.baseConfidence(trigger.frame)
        if carried { confidence -= 0.15 }
        if planned { confidence -= 0.1 }

        var candidate = EventCandidate(
            trigger: trigger, type: type2, cameo: trigger.cameo, participants: parties.map(\.actorID),
            source: source?.actorID, target: target?.actorID, isPlanned: planned, confidence: confidence,
            sentenceIndex: view.sentence.index, sentenceStart: view.sentence.start, sentenceEnd: view.sentence.end,
            triggerStart: view.tokens[hit.first].token.start,
            triggerEnd: view.tokens[hit.end - 1].token.end, clauseStart: view.offset(clauseSpan.left),
            clauseEnd: clauseSpan.right >= view.tokens.count ? view.sentence.end : view.offset(clauseSpan.right))
        candidate.isPrior = view.has(.prior, in: hit.first - 2, hit.first)
        candidate.splitGroups = split
        candidate.isBackground = trigger.frame == .carrier
        candidate.isPast = pastVerb && !planned
        candidate.isCarried = parties.contains { $0.end == 0 && $0.mention.text.isEmpty }
        return candidate
    }
}
