import ActorRecognizer

/// Mentions in order, with removal and a lookup of those overlapping a span whose cost is the
/// length of the span and of the longest mention, not the number of mentions.
struct OverlapList {
    private var slots: [ActorMention?] = []
    /// Slot indices by start offset.
    private var byStart: [Int: [Int]] = [:]
    private var longest = 0

    init(_ mentions: [ActorMention]) {
        for m in mentions { append(m) }
    }

    /// The mentions left, in the order they were added.
    var mentions: [ActorMention] { slots.compactMap { $0 } }

    mutating func append(_ m: ActorMention) {
        byStart[m.start, default: []].append(slots.count)
        slots.append(m)
        longest = max(longest, m.end - m.start)
    }

    /// The mentions overlapping `[start, end)` and their slots, in the order they were added.
    func overlapping(_ start: Int, _ end: Int) -> [(slot: Int, mention: ActorMention)] {
        guard end > start - longest else { return [] }
        var found: [(slot: Int, mention: ActorMention)] = []
        for s in (start - longest)..<end {
            for slot in byStart[s] ?? [] {
                if let m = slots[slot], m.end > start, m.start < end { found.append((slot, m)) }
            }
        }
        return found.sorted { $0.slot < $1.slot }
    }

    /// Removes the mentions of these slots.
    mutating func remove(_ found: [Int]) {
        for slot in found { slots[slot] = nil }
    }
}
