import ActorRecognizer
import EventGraphModel
import TextAnalysis

extension ParticipantFinder {
    /// Whether the sentence rules out an event for trigger `k` whose clause is `[left, right)`:
    /// the trigger is negated, denied or conditional, or its words mean something else here.
    func rulesOut(_ k: Int, left: Int, right: Int) -> Bool {
        let hit = view.triggers[k]
        if isNegated(hit) || isDammaWithoutMeeting(hit) || isCalledName(hit) || isThingReceived(hit) { return true }
        // `spoke with Yeltsin by telephone`: the manner of an interaction just before is that event's.
        if isMannerCall(k, within: .max), k > 0, view.triggers[k - 1].value.type.isInteraction { return true }
        // `Israel-Syrian talks have been cut off for two years`: the talks are not being held.
        // `The talks between X and Y have been frozen since March`: after the noun's own parties.
        if hit.value.frame == .nominal || hit.value.frame == .betweenPair,
           let halted = view.cues.first(where: { $0.value == .halted && $0.first >= hit.end && $0.first < min(right, hit.end + 8) }),
           !view.triggers.contains(where: { $0.first >= hit.end && $0.first < halted.first }) { return true }
        return isUnsignedAgreement(hit, left: left, right: right)
    }

    /// Whether a negation, a condition or a denial before the trigger says the event did not happen.
    func isNegated(_ hit: PhraseMatch<Trigger>) -> Bool {
        let trigger = hit.value
        if trigger.type != .declineComment, !ignoresNegation, view.has(.negation, in: hit.first - 3, hit.first) { return true }
        if trigger.type.isInteraction, view.has(.condition, in: 0, hit.first) { return true }
        // `نفى المكتب ما أوردته الصحف عن لقاء جمعه بـX`, `denied reports that he had met X`.
        if trigger.type.isInteraction, !ignoresNegation, view.cues.contains(where: { $0.value == .denial && $0.end <= hit.first }) { return true }
        return false
    }

    /// `وقع` is "signed" only with something to sign (`ان وقع التشاور`: "that it happened").
    /// `ضم`/`يضم` brings people together only when a meeting does it (`اجتماع ضم`, `ضم الاجتماع`);
    /// otherwise it includes (`وفد يضم …`).
    func isDammaWithoutMeeting(_ hit: PhraseMatch<Trigger>) -> Bool {
        let trigger = hit.value
        guard trigger.id.hasPrefix("ar.meet.damma") || trigger.id == "ar.meet.yadumm" else { return false }
        let meetingNear = view.triggers.contains { t in t.value.type.isInteraction && t.first != hit.first && t.end <= hit.first }
            || view.has(.gathering, in: 0, hit.first)
        return !(meetingNear || view.has(.gathering, at: hit.end) || view.has(.gathering, at: hit.end + 1))
    }

    /// `Macron called Putin on Sunday` is a call; `called Putin a liar`, `called him "Rocket Man"` name him.
    func isCalledName(_ hit: PhraseMatch<Trigger>) -> Bool {
        guard hit.value.id == "en.call.called" else { return false }
        guard var object = view.mentions.first(where: { $0.first == hit.end }) else { return true }
        // `called Israeli Prime Minister Benjamin Netanyahu`: a country's adjective and a title before the name.
        if object.kind != .person, let person = view.mentions.first(where: { $0.kind == .person && $0.first > object.first && $0.first <= hit.end + 5 }),
           (object.end..<person.first).allSatisfy({ view.tokens[$0].token.isCapitalized }) {
            object = person
        }
        guard object.kind == .person else { return true }
        // The name after its title (`Prime Minister` + `Benjamin Netanyahu`) ends the object.
        let end = view.mentions.filter { $0.actorID == object.actorID && $0.first >= object.first && $0.first <= object.end + 1 }
            .map(\.end).max() ?? object.end
        var after = end
        // `called Munero -- who drove a taxi -- a "ruffian"`: what follows the aside names him.
        func isDash(_ gap: String) -> Bool { gap.contains("--") || gap.contains("\u{2014}") || gap.contains(" \u{2013} ") }
        if after < view.tokens.count, isDash(view.gap(after: after - 1, before: after)),
           let close = (after + 1..<min(view.tokens.count, after + 25)).first(where: { isDash(view.gap(after: $0 - 1, before: $0)) }) {
            after = close
        }
        if after < view.tokens.count {
            let next = view.tokens[after].token.form
            let gap = view.gap(after: after - 1, before: after)
            if ["a", "an", "the", "his", "her", "their"].contains(next) || gap.contains(where: { "\"“'‘`".contains($0) }) { return true }
        }
        return false
    }

    /// `received the reasonable assurance of X`, `received information from X`: what is received is
    /// a thing, not a visitor. The words after `received` up to a preposition or four words are in
    /// lower case and name no title, delegation or person (`received the visiting minister`,
    /// `received a delegation`, `received Saudi Foreign Minister …` stay meetings).
    func isThingReceived(_ hit: PhraseMatch<Trigger>) -> Bool {
        guard hit.value.id == "en.meet.received" || hit.value.id == "en.meet.receives" || hit.value.id == "en.meet.welcomed",
              hit.end < view.tokens.count else { return false }
        var k = hit.end
        while k < min(view.tokens.count, hit.end + 4) {
            let t = view.tokens[k].token
            if view.mentions.contains(where: { $0.first == k }) || t.isCapitalized || t.script != .latin { return false }
            if view.has(.title, at: k) || view.has(.delegation, at: k) || view.has(.pronoun, at: k)
                || Self.receivedPronouns.contains(t.form) { return false }
            if Self.thingPrepositions.contains(t.form) { break }
            k += 1
        }
        return k > hit.end
    }

    static let receivedPronouns: Set<String> = ["him", "her", "them", "us", "me", "each", "both"]
    static let thingPrepositions: Set<String> = ["of", "from", "for", "to", "by", "on", "in", "at", "with", "about", "that"]

    /// Whether an agreement verb has nothing signed or agreed on near it (an agreement noun).
    func isUnsignedAgreement(_ hit: PhraseMatch<Trigger>, left: Int, right: Int) -> Bool {
        let trigger = hit.value
        guard trigger.type == .agreement, trigger.frame != .subjectWithObject else { return false }
        let link = view.cues.filter { [CueKind.with, .from, .between].contains($0.value) && $0.first >= hit.end && $0.first < right }
            .map(\.first).min() ?? right
        let signed = view.has(.agreementNoun, in: hit.first, min(view.tokens.count, link + 1))
            || view.has(.agreementNoun, in: left, hit.first)
        return !signed
    }
}
