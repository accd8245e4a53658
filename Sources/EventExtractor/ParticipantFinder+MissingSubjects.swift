import ActorRecognizer
import EventGraphModel
import TextAnalysis

/// Subjects that a verb or noun frame finds outside the words before its trigger: after the verb,
/// carried over from the sentence or the text before, or named by a pronoun or a dual.
extension ParticipantFinder {
    /// A subject for a verb or noun with none before it, tried in order: the noun's Arabic agent,
    /// a relative clause's own subject, Arabic verb–subject–object order, the sentence's subject,
    /// the first object in Arabic, the last subject by pronoun or definite noun, the main clause
    /// after a fronted phrase, the subject Arabic drops.
    func supplySubject(_ c: ClauseMentions, _ roles: inout VerbRoles) {
        let hit = c.hit, trigger = c.trigger, left = c.left
        let afterRelative = view.cues.contains { $0.value == .relative && $0.end == left }
        if carriesSubjectPronoun(hit) {
            // `وعلى هامش لقائه مع الغنوشي، أكد الشاهد`, `خلال اللقاء الذي جمعه بماكرون، أكد السبسي`:
            // the pronoun on the word is a party no mention writes; an object is never it.
            if let s = frontedPhraseSubject(hit, eligible: c.eligible) {
                roles.subject = [s]
                roles.objects = roles.objects.filter { $0.first < s.first && $0.actorID != s.actorID }
            } else if let s = c.sentenceSubject ?? previousSubject.flatMap({ placed($0) }) {
                roles.subject = [s]
                roles.carried = true
            }
            return
        }
        if language == .ar, view.has(.masdar, at: hit.first), let first = roles.objects.first, first.first - hit.end <= 4,
           !isLinked(first, after: hit.end) {
            roles.subject = [first]
            roles.objects.removeFirst()
        } else if afterRelative, language == .ar, trigger.frame == .subjectObject, let first = roles.objects.first {
            // `اللقاء الذي جمع X بـY`: the relative clause has its own parties.
            roles.subject = [first]
            roles.objects.removeFirst()
        } else if language == .ar, trigger.frame == .subjectObject, roles.objects.count >= 2, let first = roles.objects.first,
                  first.first - hit.end <= 4, !isLinked(first, after: hit.end),
                  let second = roles.objects.first(where: { $0.actorID != first.actorID }),
                  !isCoordinated(from: first.end, to: second.first, next: second) {
            // `…، فيما التقى وزير الخارجية X نظيره Y`: verb, subject, object; nothing is carried.
            roles.subject = [first]
            roles.objects.removeFirst()
        } else if hasUnnamedSubject(c) {
            // `Stewart said the governor had phoned Branstad`: the clause has a subject of its own,
            // and it is not the sentence's.
            return
        } else if let s = c.sentenceSubject, left > 0 {
            roles.subject = [s]
            roles.carried = true
        } else if language == .ar, trigger.frame == .subjectObject, let first = roles.objects.first {
            roles.subject = [first]
            roles.objects.removeFirst()
        } else if let s = c.sentenceSubject {
            roles.subject = [s]
            roles.carried = true
        } else if trigger.frame == .nominal || trigger.frame == .subjectObject && (hit.first == 0 || opensWithParticiple(hit)), !roles.objects.isEmpty,
                  let s = frontedPhraseSubject(hit, eligible: c.eligible) {
            // `After a meeting with King Hussein, Bush said`, `After meeting Annan, Aziz said`:
            // the main clause's subject held it; the object is before the comma. A pronoun in the
            // fronted phrase looks ahead to that subject too (`After his meeting with Saddam, Annan
            // flew to Paris`), not back to the last one.
            roles.subject = [s]
            roles.objects = roles.objects.filter { $0.first < s.first }
        } else if let m = previousSubjectByPronoun(c, roles) ?? previousSubjectByDefiniteNoun(c, roles) {
            roles.subject = [m]
            roles.carried = true
        } else if let m = droppedArabicSubject(c, roles) {
            roles.subject = [m]
            roles.carried = true
        }
    }

    /// Whether an Arabic verb or noun of the trigger carries the pronoun of one party (`لقائه`,
    /// `جمعه`, `لقائها`): written on the word itself (not `ة`), an object pronoun aside (`.pron`).
    func carriesSubjectPronoun(_ hit: PhraseMatch<Trigger>) -> Bool {
        guard language == .ar, hit.value.frame == .subjectObject, !hit.value.id.hasSuffix(".pron") else { return false }
        // The letters written, diacritics aside, end in `ه` or `ها`, not in the closed `ة`.
        let letters = String(String.UnicodeScalarView(view.tokens[hit.end - 1].token.text.unicodeScalars.filter { !(0x064B...0x0652).contains($0.value) }))
        return letters.hasSuffix("ه") || letters.hasSuffix("ها")
    }

    /// `Speaking to reporters after meeting X, Y said`: the sentence opens with a participle and
    /// names no one before the trigger.
    func opensWithParticiple(_ hit: PhraseMatch<Trigger>) -> Bool {
        guard language == .en, hit.first > 0, hit.first <= 6 else { return false }
        let first = view.tokens[0].token
        return first.isCapitalized && first.form.hasSuffix("ing") && first.form.count >= 5
            && !view.mentions.contains { $0.first < hit.first } && !view.hasComma(in: 1, hit.first)
    }

    /// Whether an English verb's clause has a subject named by a title alone that no actor
    /// answers for (`the governor`, `a senior minister`) between the clause's start and the verb.
    func hasUnnamedSubject(_ c: ClauseMentions) -> Bool {
        guard language == .en, c.trigger.frame == .subjectObject || c.trigger.frame == .subjectWithObject,
              c.lefts.isEmpty, c.left < c.hit.first else { return false }
        return (c.left..<c.hit.first).contains { i in
            view.has(.title, at: i) && i > 0 && ["the", "a"].contains(view.tokens[i - 1].token.form)
                && !view.mentions.contains { $0.first <= i && $0.end > i }
        }
    }

    /// The last subject, when a pronoun before the trigger stands for it and the verb has objects.
    /// A person named earlier in the same sentence comes first (``sentenceReferent(ofPronounAt:excluding:)``).
    func previousSubjectByPronoun(_ c: ClauseMentions, _ roles: VerbRoles) -> PlacedMention? {
        guard let pronoun = view.cues.first(where: { $0.value == .pronoun && $0.first >= c.left && $0.first < c.hit.first }),
              !roles.objects.isEmpty else { return nil }
        if let m = sentenceReferent(ofPronounAt: pronoun.first, excluding: Set(roles.objects.map(\.actorID))) { return m }
        guard let p = previousSubject else { return nil }
        return placed(p)
    }

    /// `Blinken arrived in Cairo. The talks with Sisi focused on Gaza`: a definite event noun
    /// with only its guest named is the last subject's.
    func previousSubjectByDefiniteNoun(_ c: ClauseMentions, _ roles: VerbRoles) -> PlacedMention? {
        let hit = c.hit, objects = roles.objects
        guard language == .en, c.trigger.frame == .nominal, let p = previousSubject, view.has(.determiner, at: hit.first - 1),
              !objects.isEmpty, objects.allSatisfy({ $0.kind == .person && $0.actorID != p }),
              !c.lefts.contains(where: { $0.kind == .person }) else { return nil }
        return placed(p)
    }

    /// `كما اجتمع مع وزير الخارجية الإيراني …`, `والتقى معه`: Arabic drops the subject it carries
    /// over; the object may be a pronoun on the link word after the verb.
    func droppedArabicSubject(_ c: ClauseMentions, _ roles: VerbRoles) -> PlacedMention? {
        let hit = c.hit, trigger = c.trigger, objects = roles.objects
        let pronounLink = language == .ar && hit.end < view.tokens.count && Self.arabicPronounLinks.contains(view.tokens[hit.end].token.form)
        guard language == .ar, !objects.isEmpty || pronounLink, let p = previousSubject, c.lefts.isEmpty, c.sentenceSubject == nil,
              trigger.frame == .subjectWithObject || pronounLink && trigger.frame == .subjectObject
                || (trigger.frame == .nominal && view.has(.support, in: max(0, hit.first - 3), hit.first)),
              !objects.contains(where: { $0.actorID == p }) else { return nil }
        return placed(p)
    }

    /// `He and President Gorbachev spoke …`: a pronoun coordinated with the subject is the last subject.
    func addCoordinatedPronoun(_ c: ClauseMentions, _ roles: inout VerbRoles) {
        let subject = roles.subject
        var beforeSubject = (subject.first?.first ?? 0) - 1
        // Back over the subject's title and country adjective (`He and Palestinian leader Yasser Arafat`).
        while beforeSubject >= 0, view.tokens[beforeSubject].token.isCapitalized || view.has(.title, at: beforeSubject),
              view.tokens[beforeSubject].token.form != "and" { beforeSubject -= 1 }
        guard language == .en, subject.count == 1, beforeSubject >= 1, view.has(.and, at: beforeSubject),
              view.has(.pronoun, at: beforeSubject - 1) else { return }
        let others = Set(subject.map(\.actorID) + roles.objects.map(\.actorID))
        if let m = sentenceReferent(ofPronounAt: beforeSubject - 1, excluding: others) {
            // `Kimotho said he and Bushnell had been talking`.
            roles.subject.insert(m, at: 0)
            roles.carried = true
        } else if let p = previousSubject, p != subject[0].actorID,
                  let m = placed(p) {
            roles.subject.insert(m, at: 0)
            roles.carried = true
        }
    }

    /// `The two leaders met …`, `واستعرض الجانبان …`: a dual names the two parties of the last interaction.
    /// `during their meeting`, `لقائهما`: a plural or dual possessive on the event noun names the
    /// two people just named, like a dual.
    func addDualSubject(_ c: ClauseMentions, _ roles: inout VerbRoles) {
        let hit = c.hit, left = c.left, right = c.right
        let their = c.trigger.frame == .nominal && roles.objects.isEmpty
            && (language == .en ? (max(0, hit.first - 3)..<hit.first).contains { view.tokens[$0].token.form == "their" }
                                : view.tokens[hit.end - 1].token.form.hasSuffix("هما"))
        // `where the two held talks`, `the two also met`: `the two` right before the verb.
        let bareTwo = language == .en && c.trigger.frame != .nominal
            ? [hit.first - 2, hit.first - 3].first { i in
                i >= left && i >= 0 && view.tokens[i].token.form == "the" && view.tokens[i + 1].token.form == "two"
                    && (i + 2 == hit.first || view.has(.dualAdverb, at: i + 2) || view.tokens[i + 2].token.form.hasSuffix("ly"))
            }
            : nil
        // `They met on Friday`, `they also held talks`: `they` right before the verb (or before the
        // verb that holds the event noun) with nobody on the other side.
        let they = language == .en && roles.subject.isEmpty && roles.objects.isEmpty
            ? [hit.first - 1, hit.first - 2, hit.first - 3].first { i in
                i >= left && i >= 0 && view.tokens[i].token.form == "they"
                    && (i + 1..<hit.first).allSatisfy { view.has(.dualAdverb, at: $0) || view.has(.support, at: $0) || view.tokens[$0].token.form.hasSuffix("ly") }
            }
            : nil
        guard roles.subject.count < 2, roles.objects.isEmpty || roles.subject.isEmpty,
              let dualAt = view.cues.first(where: { $0.value == .dual && $0.first >= left && $0.first < min(right, hit.end + 2)
                  && ($0.first < hit.first || language == .ar) })?.first ?? bareTwo ?? they ?? (their ? hit.first : nil) else { return }
        // Two people named earlier in the same sentence come first (`between Obama and Sanders … the two men`).
        var named: [PlacedMention] = []
        for m in view.mentions.reversed() where m.end <= dualAt && m.kind == .person && !named.contains(where: { $0.actorID == m.actorID }) {
            named.append(m)
            if named.count == 2 { break }
        }
        if named.count == 2 {
            roles.subject = named.reversed()
            roles.carried = true
            roles.byDual = true
        } else if their {
            // `he agreed with Gorbachev at their summit`: the one named and the subject `he` stands for.
            if named.count == 1, let p = previousSubject, p != named[0].actorID, view.has(.pronoun, in: left, hit.first),
               let m = placed(p) {
                roles.subject = [m, named[0]]
                roles.carried = true
                roles.byDual = true
            } else if named.isEmpty, let pair = lastPair, language == .ar || hit.first > 0 && view.tokens[hit.first - 1].token.form == "their" {
                // `Barak arrived … Sharaa also arrived. Their meeting …`: the two told of before
                // (`their` right before the noun: `their battle plans call for` is no call).
                roles.subject = placed(pair)
                roles.carried = true
                roles.byDual = true
            }
        } else if let pair = view.has(.peopleDual, at: dualAt) ? referents.currentPeople : lastPair {
            // `the two presidents` after talks between two countries: the last two people.
            roles.subject = placed(pair)
            roles.carried = true
            roles.byDual = true
        }
    }

    /// `the three leaders met`: three (or four) people named earlier in the sentence, or else the
    /// parties the text last told or named in that number (``DualReferents/group(of:)``).
    func addGroupSubject(_ c: ClauseMentions, _ roles: inout VerbRoles) {
        // The group is the subject: right before the verb, nobody else named as subject.
        guard roles.subject.isEmpty, roles.objects.isEmpty,
              let cue = view.cues.first(where: { ($0.value == .three || $0.value == .four) && $0.first >= c.left
                  && ($0.first < c.hit.first && c.hit.first - $0.end <= 3
                      // Arabic verb–subject order: `والتقى القادة الثلاثة`.
                      || language == .ar && $0.first >= c.hit.end && $0.first - c.hit.end <= 2) }) else { return }
        let n = cue.value == .three ? 3 : 4
        var named: [PlacedMention] = []
        for m in view.mentions.reversed() where m.end <= cue.first && m.kind == .person && !named.contains(where: { $0.actorID == m.actorID }) {
            named.append(m)
            if named.count == n { break }
        }
        if named.count == n {
            roles.subject = named.reversed()
        } else if let group = referents.group(of: n) {
            roles.subject = placed(group)
        } else {
            return
        }
        roles.carried = true
        roles.byDual = true
    }

    /// `Clinton met the two men`, `hosted both leaders`, `واستقبل الرئيس السيسي الوزيرين`: a dual
    /// right after the verb (or its `with`), or in Arabic right after the subject that follows the
    /// verb, is its object, the two told of before, when the verb has its own subject.
    func addDualObject(_ c: ClauseMentions, _ roles: inout VerbRoles) {
        let hit = c.hit
        guard roles.subject.count == 1, roles.objects.isEmpty,
              [.subjectObject, .subjectWithObject].contains(c.trigger.frame) else { return }
        var i = hit.end
        if language == .ar, roles.subject[0].first >= hit.end { i = roles.subject[0].end }
        if i < view.tokens.count, ["with", "to", "مع"].contains(view.tokens[i].token.form) { i += 1 }
        guard view.has(.dual, at: i), let pair = view.has(.peopleDual, at: i) ? referents.currentPeople : lastPair,
              !pair.contains(roles.subject[0].actorID) else { return }
        roles.objects = placed(pair)
    }
}
