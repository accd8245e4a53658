import EventGraphModel
import GRDB

/// Writes the events of one document: finds the existing event each one reports, or creates it
/// with its participant, interaction, event and reported edges; adds one report per document.
struct EventWriter {
    let db: Database
    let documentID: Int64
    let documentKey: String
    let published: String?
    let language: LanguageCode
    let outlet: String?
    /// The widest event span in days, read once per document and kept up to date as events are written.
    var maxSpan: Int?

    struct Outcome {
        var event: Int64
        var created: Bool
        var edges: Int
    }

    /// A candidate event already in the store.
    struct Candidate {
        var node: Int64
        var dating: EventDating
    }

    static func signature(_ participants: [Int64]) -> String {
        participants.sorted().map(String.init).joined(separator: ",")
    }

    mutating func write(_ prepared: PreparedDocument.Event, participants: [Int64], roles: [Int64: String],
                        outlets: [Int64], outletNames: [String]) throws -> Outcome {
        let event = prepared.event
        let dating = prepared.dating
        let signature = Self.signature(participants)
        var outcome: Outcome
        if let match = try findMatch(family: prepared.family, signature: signature, dating: dating) {
            outcome = Outcome(event: match.node, created: false, edges: 0)
            if dating.refines(match.dating) { try refine(match.node, to: dating, participants: participants) }
        } else {
            outcome = try create(prepared, participants: participants, roles: roles, signature: signature)
        }
        if let known = maxSpan { maxSpan = max(known, dating.span) }
        for outlet in outlets where try Int64.fetchOne(db.cachedStatement(sql: """
            SELECT id FROM edges WHERE src = ? AND kind = 'reported' AND dst = ? LIMIT 1
            """), arguments: [outlet, outcome.event]) == nil {
            try insertEdge(src: outlet, dst: outcome.event, kind: "reported", event: event, eventNode: outcome.event,
                           dating: dating, role: nil)
            outcome.edges += 1
        }
        let reportedOutlet = outletNames.isEmpty ? outlet : outletNames.joined(separator: ", ")
        try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO reports(event, document, outlet, published, language, date, date_text,
              evidence, evidence_start, evidence_end, confidence) VALUES (?,?,?,?,?,?,?,?,?,?,?)
            """).execute(arguments: [outcome.event, documentID, reportedOutlet, published, language.rawValue,
                                     event.date, event.dateText, event.evidence.text, event.evidence.start,
                                     event.evidence.end, event.confidence])
        return outcome
    }

    /// The first stored event of the same family and participant set whose dates are compatible.
    mutating func findMatch(family: String, signature: String, dating: EventDating) throws -> Candidate? {
        guard let start = dating.start, let end = dating.end else { return nil }
        let maxSpan = try widestSpan()
        let window = EventDating.undatedWindow
        let lo = Days.shift(start, by: -(window + maxSpan))
        let hi = Days.shift(end, by: window)
        let rows = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT node, date, date_end, grain, sort_start, sort_end, is_report_date FROM events
            WHERE family = ? AND signature = ? AND sort_start BETWEEN ? AND ? ORDER BY sort_start, node
            """), arguments: [family, signature, lo, hi])
        while let row = try rows.next() {
            let other = EventDating(date: row["date"], dateEnd: row["date_end"],
                                    grain: (row["grain"] as String?).flatMap(DateGrain.init(rawValue:)),
                                    start: row["sort_start"], end: row["sort_end"],
                                    isReportDate: row["is_report_date"])
            if dating.isCompatible(with: other) { return Candidate(node: row["node"], dating: other) }
        }
        return nil
    }

    mutating func widestSpan() throws -> Int {
        if let maxSpan { return maxSpan }
        let span = try Int.fetchOne(db.cachedStatement(sql: "SELECT MAX(span) FROM events")) ?? 0
        maxSpan = span
        return span
    }

    /// Gives an event the more precise date of a new report, on the event and its edges.
    func refine(_ node: Int64, to dating: EventDating, participants: [Int64]) throws {
        try db.cachedStatement(sql: """
            UPDATE events SET date = ?, date_end = ?, grain = ?, sort_start = ?, sort_end = ?, span = ?,
              is_report_date = 0 WHERE node = ?
            """).execute(arguments: [dating.date, dating.dateEnd, dating.grain?.rawValue, dating.start, dating.end,
                                     dating.span, node])
        for src in participants + [node] {
            try db.cachedStatement(sql: """
                UPDATE edges SET date = ?, date_start = ?, date_end = ?, grain = ? WHERE src = ? AND event = ?
                """).execute(arguments: [dating.date, dating.start, dating.end, dating.grain?.rawValue, src, node])
        }
    }

    func create(_ prepared: PreparedDocument.Event, participants: [Int64], roles: [Int64: String],
                signature: String) throws -> Outcome {
        let event = prepared.event
        let dating = prepared.dating
        let key = "ev:\(documentKey):\(event.id)"
        let label = event.type.rawValue + (dating.date.map { " " + $0 } ?? "")
        try db.cachedStatement(sql: "INSERT INTO nodes(key, kind, label, language) VALUES (?, 'event', ?, ?)")
            .execute(arguments: [key, label, language.rawValue])
        let node = db.lastInsertedRowID
        try db.cachedStatement(sql: "INSERT INTO node_keys(key, node) VALUES (?, ?)").execute(arguments: [key, node])
        try db.cachedStatement(sql: """
            INSERT INTO events(node, type, family, cameo, date, date_end, grain, date_text, sort_start, sort_end,
              span, is_report_date, planned, signature, confidence) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
            """).execute(arguments: [node, event.type.rawValue, prepared.family, event.cameo, dating.date,
                                     dating.dateEnd, dating.grain?.rawValue, event.dateText, dating.start,
                                     dating.end, dating.span, dating.isReportDate, event.isPlanned, signature,
                                     event.confidence])
        var edges = 0
        // Participants, source first.
        let ordered = participants.filter { roles[$0] == "source" } + participants.filter { roles[$0] != "source" }
        for actor in ordered {
            try insertEdge(src: node, dst: actor, kind: "participant", event: event, eventNode: node, dating: dating,
                           role: roles[actor])
            edges += 1
        }
        if event.type.isInteraction {
            for i in ordered.indices {
                for j in ordered.indices where j > i {
                    try insertEdge(src: ordered[i], dst: ordered[j], kind: "interaction", event: event, eventNode: node,
                                   dating: dating, role: nil)
                    edges += 1
                }
            }
        } else if let first = ordered.first {
            for other in ordered.dropFirst() {
                try insertEdge(src: first, dst: other, kind: "event", event: event, eventNode: node, dating: dating,
                               role: nil)
                edges += 1
            }
        }
        return Outcome(event: node, created: true, edges: edges)
    }

    func insertEdge(src: Int64, dst: Int64, kind: String, event: NewsEvent, eventNode: Int64, dating: EventDating,
                    role: String?) throws {
        try db.cachedStatement(sql: """
            INSERT INTO edges(src, dst, kind, type, cameo, role, date, date_start, date_end, grain, event, document,
              evidence_start, evidence_end, confidence) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
            """).execute(arguments: [src, dst, kind, event.type.rawValue, event.cameo, role, dating.date, dating.start,
                                     dating.end, dating.grain?.rawValue, eventNode, documentID, event.evidence.start,
                                     event.evidence.end, event.confidence])
    }
}
