import EventGraphModel

/// `Lavrov … met Shoukry and President al-Sisi`: in a meeting of three parties or more, people of
/// the same side (affiliated with the same country or body) came together, they did not speak to
/// each other there. Such a meeting becomes one event per pair of parties from different sides.
enum SameSide {
    /// The country or body at the top of a party's affiliation chain (`Zakharova` → ministry → Russia).
    static func side(of id: String, affiliations: [String: String]) -> String {
        var current = id
        for _ in 0..<4 {
            guard let up = affiliations[current], up != current else { break }
            current = up
        }
        return current
    }

    static func split(_ candidates: inout [EventCandidate], affiliations: [String: String]) {
        var out: [EventCandidate] = []
        for c in candidates {
            guard c.isInteraction, c.type != .visit, c.participants.count >= 3 else { out.append(c); continue }
            let sides = c.participants.map { side(of: $0, affiliations: affiliations) }
            guard Set(sides).count >= 2, Set(sides).count < sides.count else { out.append(c); continue }
            for i in c.participants.indices {
                for j in c.participants.indices where j > i && sides[i] != sides[j] {
                    var pair = c
                    pair.participants = [c.participants[i], c.participants[j]]
                    pair.source = c.participants[i]
                    pair.target = c.participants[j]
                    pair.splitGroups = []
                    out.append(pair)
                }
            }
        }
        candidates = out
    }
}
