import ActorRecognizer
import EventGraphModel
import TextAnalysis

extension ParticipantFinder {
    /// The person an object pronoun of trigger `k` stands for: English `Sisi received him`, `met
    /// with her`, `told him`; Arabic `واستقبله الرئيس`, `التقى به`, `بحث معه`. It is the last person
    /// named before it in the sentence other than the subject, or else the subject's other party
    /// in the last interaction of two, or else the story's last subject when that is someone else.
    func objectPronoun(of k: Int, subject: PlacedMention) -> PlacedMention? {
        let hit = view.triggers[k]
        var limit: Int
        switch language {
        case .en:
            var i = hit.end
            if i < view.tokens.count, ["with", "to"].contains(view.tokens[i].token.form) { i += 1 }
            // `received his guest`: the guest is someone told of before, as `him` is.
            guard i < view.tokens.count, Self.objectPronouns.contains(view.tokens[i].token.form) || view.has(.guest, at: i) else { return nil }
            limit = i
        case .ar:
            // The pronoun on the verb itself, or on the link word after it, or the guest after it
            // (`استقبل … ضيفه`); the subject follows the verb.
            guard hit.value.id.hasSuffix(".pron")
                    || hit.end < view.tokens.count && Self.arabicPronounLinks.contains(view.tokens[hit.end].token.form)
                    || view.has(.guest, in: hit.end, min(view.tokens.count, hit.end + 8)) else { return nil }
            limit = hit.first
        }
        if let named = view.mentions.last(where: { m in
            m.end <= limit && m.kind == .person && m.actorID != subject.actorID && m.mention.form != .pronoun
                && !(m.first >= subject.first && m.end <= subject.end)
        }) {
            return named
        }
        // `اتصل السيسي بماكرون. وبحث معه …`: the subject's other party in the last interaction told.
        if let pair = referents.told(with: subject.actorID) {
            return placed(pair)
        }
        guard let p = previousSubject, p != subject.actorID else { return nil }
        return placed(p)
    }

    /// The person an English subject or possessive pronoun at token `p` stands for when its own
    /// sentence names one before it: the speaker of a verb of saying (`Kimotho said he and
    /// Bushnell had talked`, `A spokesman for Vostok said she had spoken to Farouk`), else the
    /// first person named (`Bush's chief objective in his meeting with …`). People in `excluding`
    /// (the event's other parties) are not candidates. `nil` when the sentence names none: the
    /// subject carried from before stands for the pronoun then.
    func sentenceReferent(ofPronounAt p: Int, excluding: Set<String>) -> PlacedMention? {
        guard language == .en else { return nil }
        let named = view.mentions.filter { m in
            m.kind == .person && m.end <= p && m.mention.form != .pronoun && m.mention.form != .role && !excluding.contains(m.actorID)
        }
        guard let first = named.first else { return nil }
        let speakers = named.filter { m in
            view.triggers.contains { t in
                (t.value.frame == .statement || t.value.frame == .report) && t.first >= m.end && t.first <= m.end + 2 && t.end <= p
            }
        }
        return speakers.last ?? first
    }

    /// Arabic link words with a pronoun (`به`, `معه`): the verb's object is someone told of before.
    static let arabicPronounLinks: Set<String> = ["به", "بها", "معه", "معها", "اليه", "اليها"]
    static let objectPronouns: Set<String> = ["him", "her"]
}
