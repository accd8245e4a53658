import EventGraphModel
import TextAnalysis

/// Turns candidates into the events of a document: drops those without enough parties, turns
/// planned interactions into `other` events, and merges restatements of one event.
enum EventDeduplication {
    /// Whether `a` is a better-dated statement of an event than `b`.
    static func isBetter(_ a: EventCandidate, than b: EventCandidate) -> Bool {
        if a.isDateOwn != b.isDateOwn { return a.isDateOwn }
        if (a.dateText != nil) != (b.dateText != nil) { return a.dateText != nil }
        if (a.grain ?? .unknown) != (b.grain ?? .unknown) { return (a.grain ?? .unknown) > (b.grain ?? .unknown) }
        return a.confidence > b.confidence
    }

    /// What restatements of one event share: the type and the set of participants.
    struct Parties: Hashable {
        var type: EventType
        var participants: Set<String>
    }

    static func events(from candidates: [EventCandidate], text: AnalyzedText) -> [NewsEvent] {
        var kept: [EventCandidate] = []
        // Kept events by type and set of participants, in the order they were kept.
        var byParties: [Parties: [Int]] = [:]
        for var c in candidates {
            if c.type.isInteraction {
                guard c.participants.count >= 2 || c.type == .visit && c.target != nil && !c.participants.isEmpty else { continue }
                if c.isPlanned { c.type = .other }
            } else {
                guard !c.participants.isEmpty else { continue }
            }
            let parties = Parties(type: c.type, participants: Set(c.participants))
            if let j = byParties[parties]?.first(where: { kept[$0].date == c.date || !kept[$0].isDateOwn || !c.isDateOwn }) {
                let merged = Array(Set(kept[j].reportedBy + c.reportedBy)).sorted()
                if isBetter(c, than: kept[j]) { kept[j] = c }
                kept[j].reportedBy = merged
                continue
            }
            byParties[parties, default: []].append(kept.count)
            kept.append(c)
        }
        return kept.enumerated().map { i, c in
            let evidence = text.span(c.sentenceStart, c.sentenceEnd)
            return NewsEvent(
                id: "e\(i + 1)", type: c.type, cameo: c.cameo, participants: c.participants,
                source: c.source, target: c.target, date: c.date, dateText: c.dateText, grain: c.grain,
                reportedBy: c.reportedBy, confidence: max(0.05, min(1, c.confidence)), isPlanned: c.isPlanned,
                evidence: evidence)
        }
    }
}
