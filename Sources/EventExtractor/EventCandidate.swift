import EventGraphModel

/// An event found at one trigger, before dating, sourcing and deduplication.
struct EventCandidate: Sendable {
    let trigger: Trigger
    var type: EventType
    var cameo: String
    /// Actor ids, source first.
    var participants: [String]
    var source: String?
    var target: String?
    var isPlanned: Bool
    var confidence: Double
    /// The sentence the trigger is in.
    let sentenceIndex: Int
    /// Scalar offsets of the sentence (the evidence).
    let sentenceStart: Int
    let sentenceEnd: Int
    /// Scalar offsets of the trigger.
    let triggerStart: Int
    let triggerEnd: Int
    /// Scalar offsets of the clause the participants were taken from.
    let clauseStart: Int
    let clauseEnd: Int
    /// The event's date, once attached.
    var date: String?
    var grain: DateGrain?
    var dateText: String?
    /// Whether the date was written in the event's own sentence.
    var isDateOwn = false
    var reportedBy: [String] = []
    /// Further parties of the same trigger in events of their own (`conversations with A, and with B`).
    var splitGroups: [[String]] = []
    /// For each of `splitGroups`, the scalar offsets its own date is read in, when each party of
    /// the trigger has its own date (`meetings with A 10 days ago and B last week`).
    var splitDateSpans: [Range<Int>?] = []
    /// Where this event's own date is read, when not in the whole sentence (see `splitDateSpans`).
    var dateSpan: Range<Int>?
    /// Whether the text marks the event as an earlier one (`آخر قمة`, `the previous meeting`).
    var isPrior = false
    /// Whether the event is told in a relative clause as background (`رسالة حملها إليه X`): only
    /// a date in its own clause dates it, not the sentence's or the story's.
    var isBackground = false
    /// Whether a verb in the past tells the event (`met`, `visited`): it happened, whatever future
    /// date stands near it.
    var isPast = false
    /// Whether a party was carried from an earlier sentence (`He met …`, a dropped Arabic subject):
    /// the sentence before sets the scene of the event.
    var isCarried = false

    /// Whether the candidate says who spoke to whom (two parties or more, not planned).
    var isInteraction: Bool { type.isInteraction && participants.count >= 2 }
}
