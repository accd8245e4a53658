import EventGraphModel
import Foundation
import TextAnalysis

/// What ingest needs from a document and its extraction, computed before the write lock is taken:
/// the content hash, matching forms of names, date windows.
struct PreparedDocument: Sendable {
    struct Actor: Sendable {
        var actor: NewsActor
        /// Matching forms (with a surface form each), the name's first; no duplicates.
        var forms: [(form: String, surface: String)]
    }

    struct Event: Sendable {
        var event: NewsEvent
        var family: String
        var dating: EventDating
    }

    var document: Document
    var extraction: Extraction
    /// The hex SHA-256 of the normalised text.
    var hash: String
    /// Its first 16 bytes, as `documents.hash` stores them.
    var hashBytes: [UInt8]
    var key: String
    var published: String?
    var actors: [Actor]
    var events: [Event]

    init(_ document: Document, _ extraction: Extraction) {
        self.document = document
        self.extraction = extraction
        hash = ContentIdentity.hash(document.text)
        hashBytes = SchemaV4.hashBytes(hex: hash)
        key = String(hash.prefix(12))
        let pub = document.published ?? extraction.document.published
        published = pub.flatMap { Days.number($0) != nil ? $0 : nil }
        actors = extraction.actors.map { actor in
            var seen = Set<String>()
            var forms: [(String, String)] = []
            func add(_ surface: String?) {
                guard let surface else { return }
                let form = MatchingForm.key(surface)
                guard !form.isEmpty, seen.insert(form).inserted else { return }
                forms.append((form, surface))
            }
            add(actor.name)
            add(actor.nameEN)
            add(actor.nameAR)
            // Names only: mention texts include role and pronoun references (`the minister`,
            // `نظيره الروسي`) that would join different people who share a title.
            actor.aliases.forEach { add($0) }
            return Actor(actor: actor, forms: forms)
        }
        let published = self.published
        events = extraction.events.map { event in
            Event(event: event, family: EventDating.family(of: event),
                  dating: EventDating(event: event, published: published))
        }
    }
}

extension PreparedDocument {
    /// The documents of a batch, prepared ahead of the writer: a small batch on every core before
    /// the write lock is taken, a large one in chunks on another thread while the writer stores
    /// the chunks before (the writer waits only for the first).
    final class Batch: @unchecked Sendable {
        private let condition = NSCondition()
        private var slots: [PreparedDocument?]
        private var ready = 0

        /// Documents prepared on every core before writing, at most.
        static let parallelLimit = 512
        /// Documents per chunk of a large batch (the first is smaller, for the writer to start early).
        static let chunk = 256

        let count: Int

        init(_ batch: [(Document, Extraction)]) {
            count = batch.count
            slots = Array(repeating: nil, count: batch.count)
            guard batch.count > Self.parallelLimit else {
                DispatchQueue.concurrentPerform(iterations: batch.count) { i in
                    publish(0, [i: PreparedDocument(batch[i].0, batch[i].1)])
                }
                publish(batch.count, [:])
                return
            }
            DispatchQueue.global().async { [self] in
                var start = 0
                while start < batch.count {
                    let end = min(batch.count, start + (start == 0 ? 32 : Self.chunk))
                    var done: [Int: PreparedDocument] = [:]
                    for i in start..<end { done[i] = PreparedDocument(batch[i].0, batch[i].1) }
                    publish(end, done)
                    start = end
                }
            }
        }

        /// Stores prepared documents; `readyUpTo` is how many leading documents are then prepared.
        private func publish(_ readyUpTo: Int, _ done: [Int: PreparedDocument]) {
            condition.lock()
            for (i, doc) in done { slots[i] = doc }
            ready = max(ready, readyUpTo)
            condition.broadcast()
            condition.unlock()
        }

        /// Document `i`, once prepared.
        subscript(i: Int) -> PreparedDocument {
            condition.lock()
            defer { condition.unlock() }
            while true {
                if i < ready, let doc = slots[i] { return doc }
                condition.wait()
            }
        }
    }
}

/// The dates of an event as the store keeps them: its own date when it has one, else its report date.
struct EventDating: Sendable, Hashable {
    /// The TimeML value (nil when undated).
    var date: String?
    var dateEnd: String?
    var grain: DateGrain?
    /// First and last day covered (or the report day when undated); nil when nothing is known.
    let start: String?
    let end: String?
    var isReportDate: Bool
    /// `start` and `end` as day numbers (days since 0000-03-01), read once: ingest asks for them
    /// several times per event and per candidate.
    let firstDay: Int?
    let lastDay: Int?

    init(date: String?, dateEnd: String?, grain: DateGrain?, start: String?, end: String?, isReportDate: Bool) {
        self.date = date
        self.dateEnd = dateEnd
        self.grain = grain
        self.start = start
        self.end = end
        self.isReportDate = isReportDate
        firstDay = start.flatMap(Days.number)
        lastDay = end.flatMap(Days.number)
    }

    /// A stored event's dating, from its day numbers.
    init(date: String?, dateEnd: String?, grain: DateGrain?, firstDay: Int, lastDay: Int, isReportDate: Bool) {
        self.date = date
        self.dateEnd = dateEnd
        self.grain = grain
        start = Days.string(firstDay)
        end = Days.string(lastDay)
        self.isReportDate = isReportDate
        self.firstDay = firstDay
        self.lastDay = lastDay
    }

    init(event: NewsEvent, published: String?) {
        let value = event.date.map(DateValue.init)
        if let raw = event.date, let value, let first = value.firstDay, let last = value.lastDay {
            self.init(date: raw, dateEnd: event.dateEnd, grain: event.grain ?? value.grain, start: first,
                      end: max(last, event.dateEnd.flatMap { DateValue($0).lastDay } ?? last), isReportDate: false)
        } else {
            self.init(date: nil, dateEnd: nil, grain: nil, start: published, end: published, isReportDate: true)
        }
    }

    var isDated: Bool { !isReportDate && start != nil }

    /// Days covered minus one (0 for a day).
    var span: Int {
        guard let a = firstDay, let b = lastDay else { return 0 }
        return max(0, b - a)
    }

    /// How far (in days) an undated report may lie from a dated event or another undated report.
    static let undatedWindow = 7

    /// Whether two reports can be of the same real-world event, by date alone.
    ///
    /// Dated with dated: the days overlap. Undated with dated: the report day lies within 7 days of
    /// the dated span. Undated with undated: report days at most 7 days apart. Nothing known: never.
    func isCompatible(with other: EventDating) -> Bool {
        guard let s0 = start, let e0 = end, let s1 = other.start, let e1 = other.end else { return false }
        if isDated && other.isDated { return s0 <= e1 && s1 <= e0 }
        guard let a0 = firstDay, let a1 = lastDay, let b0 = other.firstDay, let b1 = other.lastDay else { return false }
        let w = EventDating.undatedWindow
        return a0 - w <= b1 && b0 - w <= a1
    }

    /// Whether this dating is more precise than `other` and lies within it (a day inside a month).
    func refines(_ other: EventDating) -> Bool {
        guard isDated else { return false }
        guard other.isDated else { return true }
        guard let s0 = start, let e0 = end, let s1 = other.start, let e1 = other.end else { return false }
        return s1 <= s0 && e0 <= e1 && (e0 < e1 || s0 > s1)
    }

    /// The dedup family: interaction types are one family; planned events are kept apart.
    static func family(of event: NewsEvent) -> String {
        let base = event.type.isInteraction ? "interaction" : event.type.rawValue
        return event.isPlanned ? "planned:" + base : base
    }
}
