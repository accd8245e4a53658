import EventGraphModel
import GRDB

/// Writes the events of one document: finds the existing event each one reports, or creates it
/// with its members, links and the document's report in its row; adds one report per document and
/// event (a row of `reports` for a later document), and its evidence to the full-text index.
struct EventWriter {
    let db: Database
    let documentID: Int64
    /// The document's text as scalars, to tell whether evidence is the text at its offsets.
    let text: [Unicode.Scalar]
    let published: String?
    let language: LanguageCode
    /// The document's outlet: a report from it stores no outlet of its own.
    let outlet: String?
    /// Whether a bulk load is under way: links go to `links_load` and the full-text index is rebuilt at its end.
    let bulk: Bool
    /// Where a bulk load's links wait for the end of the transaction.
    let buffer: IngestBuffer
    /// The widest event span in days, read once per document and kept up to date as events are written.
    var maxSpan: Int?

    struct Outcome {
        var event: Int64
        var created: Bool
        var edges: Int
    }

    /// A candidate event already in the store.
    struct Candidate {
        var id: Int64
        var dating: EventDating
        var day: Int
        var members: [Int64]
        /// The event's document, and whether its row holds that document's report.
        var document: Int64
        var hasOwnReport: Bool
    }

    mutating func write(_ prepared: PreparedDocument.Event, participants: [Int64], roles: [Int64: String],
                        outlets: [Int64], outletNames: [String]) throws -> Outcome {
        let dating = prepared.dating
        let signature = SchemaV6.signature(family: prepared.family, members: participants)
        var outcome: Outcome
        let reportedOutlet = outletNames.isEmpty ? outlet : outletNames.joined(separator: ", ")
        if let match = try findMatch(family: prepared.family, signature: signature, members: participants, dating: dating) {
            outcome = Outcome(event: match.id, created: false, edges: 0)
            var eventDate = dating.date
            if dating.refines(match.dating) { try refine(match, to: dating) } else { eventDate = match.dating.date }
            try addReport(to: match, report: report(prepared, outlet: reportedOutlet, eventDate: eventDate),
                          evidence: prepared.event.evidence.text)
        } else {
            let own = report(prepared, outlet: reportedOutlet, eventDate: dating.date)
            outcome = try create(prepared, participants: participants, roles: roles, signature: signature, report: own)
            try index(rowid: SchemaV6.rowid(event: outcome.event), evidence: prepared.event.evidence.text)
        }
        try widen(to: dating.span)
        for outlet in outlets {
            try db.cachedStatement(sql: "INSERT OR IGNORE INTO reported(event, outlet) VALUES (?, ?)")
                .execute(arguments: [outcome.event, outlet])
            outcome.edges += db.changesCount
        }
        return outcome
    }

    /// The columns of the document's report of an event, in the order of `reports`' own after its id
    /// and document.
    struct Report {
        var outlet: String?
        var date: String?
        /// As ``SchemaV7/storedDateText(_:evidence:)`` stores it.
        var dateText: Either<Int, String>?
        /// The evidence as offsets into the document's text (both 0 when `evidence` holds a copy).
        var start: Int
        var end: Int
        var evidence: String?
        var confidence: Int?
    }

    func report(_ prepared: PreparedDocument.Event, outlet reportedOutlet: String?, eventDate: String?) -> Report {
        let e = prepared.event
        let evidence = e.evidence
        let atOffsets = evidence.start >= 0 && evidence.start <= evidence.end && evidence.end <= text.count
            && text[evidence.start..<evidence.end].elementsEqual(evidence.text.unicodeScalars)
        return Report(outlet: reportedOutlet == outlet ? nil : reportedOutlet, date: e.date == eventDate ? nil : e.date,
                      dateText: SchemaV7.storedDateText(e.dateText, evidence: evidence.text),
                      start: atOffsets ? evidence.start : 0, end: atOffsets ? evidence.end : 0,
                      evidence: atOffsets ? nil : evidence.text, confidence: SchemaV4.confidence(e.confidence))
    }

    /// Adds the document's report of a stored event as a row of `reports`, unless the document
    /// already reports it, and indexes its evidence.
    func addReport(to match: Candidate, report columns: Report, evidence: String) throws {
        if match.hasOwnReport, match.document == documentID { return }
        let base = match.id << Int64(SchemaV4.reportShift)
        var next = match.hasOwnReport ? base + 1 : base
        let existing = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT id, document FROM reports WHERE id BETWEEN ? AND ?
            """), arguments: [base, base + Int64(SchemaV4.maxReportsPerEvent - 1)])
        while let row = try existing.next() {
            if row[1] as Int64 == documentID { return }
            next = max(next, (row[0] as Int64) + 1)
        }
        guard next < base + Int64(SchemaV4.maxReportsPerEvent) else { return }
        try RawStatement(db.cachedStatement(sql: """
            INSERT INTO reports(id, document, outlet, date, date_text, date_at, evidence_start, evidence_end, evidence, confidence)
            VALUES (?,?,?,?,?,?,?,?,?,?)
            """)).execute { b in
                b.int(next)
                b.int(documentID)
                b.report(columns, confidence: columns.confidence)
            }
        try db.cachedStatement(sql: "UPDATE events SET more = more + 1 WHERE id = ?").execute(arguments: [match.id])
        try index(rowid: SchemaV6.rowid(report: next), evidence: evidence)
    }

    /// The `r_confidence` of an event's own report: NULL when it is the event's confidence.
    static func ownConfidence(_ report: Int?, event: Int?) -> Int? {
        report == event ? nil : report
    }

    /// Adds a report's evidence to the full-text index at its rowid (``SchemaV6``); a bulk load
    /// builds the index at its end.
    func index(rowid: Int64, evidence: String) throws {
        guard !bulk else { return }
        try db.cachedStatement(sql: "INSERT INTO evidence_fts(rowid, evidence) VALUES (?, ?)")
            .execute(arguments: [rowid, evidence])
    }

    /// The first stored event of the same family and participant set whose dates are compatible.
    ///
    /// The candidates start at most the widest stored span before the event (a year when one
    /// year-long event is stored), so their number grows with the corpus's density of reports per
    /// day; those that end too early to be compatible are skipped in SQLite (``earliestEnd(of:)``),
    /// not decoded one by one.
    mutating func findMatch(family: String, signature: Int64, members: [Int64], dating: EventDating) throws -> Candidate? {
        guard let start = dating.firstDay, let end = dating.lastDay else { return nil }
        let window = EventDating.undatedWindow
        let lo = start - (window + (try widestSpan()))
        let hi = end + window
        let statement = RawStatement(try db.cachedStatement(sql: """
            SELECT id, date, date_end, grain, first_day, last_day, report_date, members, type, planned, document,
              r_start IS NOT NULL FROM events
            WHERE sig = ? AND first_day BETWEEN ? AND ? AND last_day >= ? ORDER BY first_day, id
            """))
        let wanted = Set(members)
        var found: Candidate?
        try statement.forEach({ b in
            b.int(signature)
            b.int(lo)
            b.int(hi)
            b.int(Self.earliestEnd(of: dating) ?? Int(Int64.min))
        }) { row in
            let stored = SchemaV4.members(row.text(7))
            guard Set(stored) == wanted, storedFamily(type: row.text(8), planned: row.bool(9)) == family else { return true }
            let first = row.int(4), last = row.int(5)
            let grain = row.optionalText(3).flatMap(DateGrain.init(rawValue:))
            let isReportDate = row.bool(6)
            let other = EventDating(date: SchemaV4.date(stored: row.optionalText(1), grain: grain, firstDay: first,
                                                        isReportDate: isReportDate),
                                    dateEnd: row.optionalText(2), grain: grain, firstDay: first, lastDay: last,
                                    isReportDate: isReportDate)
            guard dating.isCompatible(with: other) else { return true }
            found = Candidate(id: row.int64(0), dating: other, day: first, members: stored, document: row.int64(10),
                              hasOwnReport: row.bool(11))
            return false
        }
        return found
    }

    /// The earliest last day a stored event can have and be compatible with `dating`
    /// (``EventDating/isCompatible(with:)``): its first day less the undated window. Nil when the
    /// bound may not hold: a dated event whose first day is not a plain `YYYY-MM-DD` of years
    /// 0–9999, for which comparing dates as text (as dated events are compared) and comparing
    /// day numbers could disagree.
    static func earliestEnd(of dating: EventDating) -> Int? {
        guard let first = dating.firstDay else { return nil }
        if dating.isDated, dating.start?.utf8.count != 10 || Days.string(first) != dating.start { return nil }
        return first - EventDating.undatedWindow
    }

    func storedFamily(type: String, planned: Bool) -> String {
        let base = (EventType(rawValue: type)?.isInteraction ?? false) ? "interaction" : type
        return planned ? "planned:" + base : base
    }

    mutating func widestSpan() throws -> Int {
        if let maxSpan { return maxSpan }
        let span = try Int.fetchOne(db.cachedStatement(sql: "SELECT value FROM meta WHERE key = 'max_span'")) ?? 0
        maxSpan = span
        return span
    }

    /// Records a span wider than any before, for the windows of queries and matching.
    mutating func widen(to span: Int) throws {
        guard span > (try widestSpan()) else { return }
        maxSpan = span
        try db.cachedStatement(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('max_span', ?)").execute(arguments: [span])
    }

    /// Gives an event the more precise date of a new report, on the event, its members and links.
    func refine(_ match: Candidate, to dating: EventDating) throws {
        let day = dating.firstDay ?? SchemaV4.unknownDay
        try db.cachedStatement(sql: """
            UPDATE events SET date = ?, date_end = ?, grain_code = ?, first_day = ?, last_day = ?, report_date = 0 WHERE id = ?
            """).execute(arguments: [SchemaV4.storedDate(dating), dating.dateEnd, SchemaV8.grainCode(dating.grain?.rawValue),
                                     dating.firstDay, dating.lastDay, match.id])
        guard day != match.day else { return }
        for member in match.members {
            try db.cachedStatement(sql: "UPDATE members SET day = ? WHERE actor = ? AND day = ? AND event = ?")
                .execute(arguments: [day, member, match.day, match.id])
            try db.cachedStatement(sql: "UPDATE links SET day = ? WHERE a = ? AND kind IN (0, 1) AND day = ? AND event = ?")
                .execute(arguments: [day, member, match.day, match.id])
        }
    }

    /// Stores a new event with the document's report of it (`report`, see ``report(_:outlet:eventDate:)``).
    func create(_ prepared: PreparedDocument.Event, participants: [Int64], roles: [Int64: String],
                signature: Int64, report: Report) throws -> Outcome {
        let event = prepared.event
        let dating = prepared.dating
        // Participants, source first.
        let ordered = participants.filter { roles[$0] == "source" } + participants.filter { roles[$0] != "source" }
        let target = participants.first { roles[$0] == "target" }
        let confidence = SchemaV4.confidence(event.confidence)
        try RawStatement(db.cachedStatement(sql: """
            INSERT INTO events(document, local, type_code, cameo_code, date, date_end, grain_code, first_day, last_day,
              report_date, planned, members, target, sig, confidence,
              r_outlet, r_date, r_date_text, r_date_at, r_start, r_end, r_evidence, r_confidence)
              VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
            """)).execute { b in
                b.int(documentID)
                b.text(event.id)
                b.text(SchemaV8.typeCode(event.type.rawValue))
                b.text(SchemaV8.cameoCode(event.cameo, type: event.type.rawValue))
                b.text(SchemaV4.storedDate(dating))
                b.text(dating.dateEnd)
                b.text(SchemaV8.grainCode(dating.grain?.rawValue))
                b.int(dating.firstDay)
                b.int(dating.lastDay)
                b.bool(dating.isReportDate)
                b.bool(event.isPlanned)
                b.text(SchemaV4.membersText(ordered))
                b.int(SchemaV10.storedTarget(target, members: ordered))
                b.int(signature)
                b.int(confidence)
                b.report(report, confidence: Self.ownConfidence(report.confidence, event: confidence))
            }
        let id = db.lastInsertedRowID
        let day = dating.firstDay ?? SchemaV4.unknownDay
        // One participant per edge, as the graph counts them; links carry events of two or more.
        var edges = ordered.count
        if ordered.count < 2 {
            for actor in ordered {
                try RawStatement(db.cachedStatement(sql: "INSERT INTO members(actor, day, event, role) VALUES (?,?,?,?)"))
                    .execute { b in
                        b.int(actor)
                        b.int(day)
                        b.int(id)
                        b.int(roles[actor].flatMap { SchemaV4.roleCodes[$0] } ?? 0)
                    }
            }
        }
        func link(_ kind: Int, _ a: Int64, _ b: Int64) throws {
            if bulk {
                buffer.stage(.init(a: a, kind: kind, event: id, b: b, outgoing: 1))
                buffer.stage(.init(a: b, kind: kind, event: id, b: a, outgoing: 0))
            } else {
                let insert = RawStatement(try db.cachedStatement(sql: "INSERT INTO links(a, kind, day, event, b, outgoing) VALUES (?,?,?,?,?,?)"))
                for (from, to, outgoing) in [(a, b, 1), (b, a, 0)] {
                    try insert.execute { v in
                        v.int(from)
                        v.int(kind)
                        v.int(day)
                        v.int(id)
                        v.int(to)
                        v.int(outgoing)
                    }
                }
            }
            edges += 1
        }
        if event.type.isInteraction {
            for i in ordered.indices {
                for j in ordered.indices where j > i { try link(SchemaV4.interaction, ordered[i], ordered[j]) }
            }
        } else if let first = ordered.first {
            for other in ordered.dropFirst() { try link(SchemaV4.eventLink, first, other) }
        }
        return Outcome(event: id, created: true, edges: edges)
    }
}

extension RawStatement.Bindings {
    /// A report's columns in table order (outlet, date, date text and its reference, evidence
    /// offsets, evidence copy), then the confidence to store with it.
    mutating func report(_ r: EventWriter.Report, confidence: Int?) {
        text(r.outlet)
        text(r.date)
        textOrReference(r.dateText)
        int(r.start)
        int(r.end)
        text(r.evidence)
        int(confidence)
    }
}
