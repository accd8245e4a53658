import ActorRecognizer
import EventGraphModel
import TextAnalysis

extension ParticipantFinder {
    /// Two different countries named by adjectives side by side (`الروسية الأمريكية`,
    /// `US-Russian`) right after the event noun (`لجنة التشاور السياسي التونسية المصرية`: at most
    /// two words between), or right before it in English (`U.S.-Japan talks`).
    func demonymPair(of hit: PhraseMatch<Trigger>) -> [PlacedMention]? {
        // English: at most one word between, or two lower-case ones after a hyphenated pair
        // (`U.S.-Japan trade talks`).
        let near = view.mentions.filter { m in
            language == .en ? m.end <= hit.first && hit.first - m.end <= 2 : m.first >= hit.end && m.first - hit.end <= 2
        }
        for (a, b) in zip(near, near.dropFirst()) {
            guard b.first <= a.end, a.actorID != b.actorID,
                  Self.placeKinds.contains(a.kind), Self.placeKinds.contains(b.kind) else { continue }
            // Side by side: adjacent tokens (Arabic) or joined by a hyphen (`US-Russian`, and
            // names too in English: `U.S.-Japan talks`).
            let gap = view.text.substring(a.mention.end, b.mention.start)
            let hyphen = gap == "-" || gap == "–"
            guard gap == " " || hyphen, hit.first - b.end <= 1 || hyphen && (b.end..<hit.first).allSatisfy({ !view.tokens[$0].token.isCapitalized }),
                  a.mention.form == .demonym || b.mention.form == .demonym || hyphen && language == .en else { continue }
            return [a, b]
        }
        return nil
    }
}
