import EventGraphModel
import TextAnalysis

/// Turns candidates into the events of a document: drops those without enough parties, turns
/// planned interactions into `other` events, and merges restatements of one event.
enum EventDeduplication {
    /// An event's type and the set of its participants: restatements of one event share it.
    struct PartyKey: Hashable {
        var type: EventType
        var participants: Set<String>
    }

    /// Whether `a` is a better-dated statement of an event than `b`.
    static func isBetter(_ a: EventCandidate, than b: EventCandidate) -> Bool {
        if a.isDateOwn != b.isDateOwn { return a.isDateOwn }
        if (a.dateText != nil) != (b.dateText != nil) { return a.dateText != nil }
        if (a.grain ?? .unknown) != (b.grain ?? .unknown) { return (a.grain ?? .unknown) > (b.grain ?? .unknown) }
        return a.confidence > b.confidence
    }

    static func events(from candidates: [EventCandidate], text: AnalyzedText) -> [NewsEvent] {
        var kept: [EventCandidate] = []
        // Indices into `kept` by type and participant set, in order: a restatement is looked up
        // among the events with its type and parties only (a merge keeps both unchanged).
        var keptByParties: [PartyKey: [Int]] = [:]
        for var c in candidates {
            if c.type.isInteraction {
                guard c.participants.count >= 2 || c.type == .visit && c.target != nil && !c.participants.isEmpty else { continue }
                if c.isPlanned { c.type = .other }
            } else {
                guard !c.participants.isEmpty else { continue }
            }
            let key = PartyKey(type: c.type, participants: Set(c.participants))
            if let j = keptByParties[key]?.first(where: { kept[$0].date == c.date || !kept[$0].isDateOwn || !c.isDateOwn }) {
                let merged = Array(Set(kept[j].reportedBy + c.reportedBy)).sorted()
                if isBetter(c, than: kept[j]) { kept[j] = c }
                kept[j].reportedBy = merged
                continue
            }
            keptByParties[key, default: []].append(kept.count)
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
