import ActorRecognizer
import EventGraphModel
import TextAnalysis

extension ParticipantFinder {
    /// Two different countries named by adjectives side by side (`الروسية الأمريكية`,
    /// `US-Russian`) right after the event noun (`لجنة التشاور السياسي التونسية المصرية`: at most
    /// two words between), or right before it in English.
    func demonymPair(of hit: PhraseMatch<Trigger>) -> [PlacedMention]? {
        let near = view.mentions.filter { m in
            language == .en ? m.end <= hit.first && hit.first - m.end <= 1 : m.first >= hit.end && m.first - hit.end <= 2
        }
        for (a, b) in zip(near, near.dropFirst()) {
            guard b.first <= a.end, a.actorID != b.actorID,
                  Self.placeKinds.contains(a.kind), Self.placeKinds.contains(b.kind),
                  a.mention.form == .demonym || b.mention.form == .demonym else { continue }
            // Side by side: adjacent tokens (Arabic) or joined by a hyphen (`US-Russian`).
            let gap = view.text.substring(a.mention.end, b.mention.start)
            guard gap == " " || gap == "-" || gap == "–" else { continue }
            return [a, b]
        }
        return nil
    }
}
