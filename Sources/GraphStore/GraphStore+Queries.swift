import EventGraphModel
import GRDB

extension GraphStore {
    /// Events on a timeline, by date: each event at its own date, or at its report date (marked
    /// `isReportDate`) when it has none; events with neither come last.
    ///
    /// Windows are grain-aware: an event is inside when the days it covers overlap the window.
    ///
    /// - Parameter filter: Window, actor, type and page.
    /// - Returns: One entry per event, with participants and every report.
    /// - Throws: ``StoreError`` `databaseError`.
    public func events(_ filter: EventFilter) throws -> [TimelineEntry] {
        try read { db in
            let window = DateWindow(from: filter.from, to: filter.to)
            var sql = "SELECT e.id FROM events e WHERE 1 = 1"
            // The values of the statement's parameters, in order: numbers and texts.
            var args: [Either<Int, String>] = []
            if let from = window.from.flatMap(Days.number) {
                sql += " AND e.first_day >= ? AND e.last_day >= ?"
                args += [.left(from - (try GraphStore.maxSpan(db))), .left(from)]
            }
            if let to = window.to.flatMap(Days.number) {
                sql += " AND e.first_day <= ?"
                args.append(.left(to))
            }
            if let type = filter.type {
                sql += " AND e.type = ?"
                args.append(.right(type.rawValue))
            }
            if let actor = filter.actor {
                let nodes = try GraphStore.filterNodes(actor, db: db)
                guard !nodes.isEmpty else { return [] }
                sql += " AND e.id IN (SELECT event FROM links WHERE a IN (SELECT value FROM json_each(?)) AND kind IN (0, 1)"
                    + " UNION SELECT event FROM members WHERE actor IN (SELECT value FROM json_each(?)))"
                args += [.right(Hydration.json(nodes)), .right(Hydration.json(nodes))]
            }
            sql += window.isOpen ? " ORDER BY e.first_day IS NULL, e.first_day, e.id" : " ORDER BY e.first_day, e.id"
            sql += " LIMIT ? OFFSET ?"
            args += [.left(filter.limit ?? -1), .left(filter.offset)]
            return try Hydration(db: db).timeline(page: sql, arguments: args)
        }
    }

    /// The widest span of any event, in days (windows reach back by it).
    static func maxSpan(_ db: Database) throws -> Int {
        try Int.fetchOne(db.cachedStatement(sql: "SELECT value FROM meta WHERE key = 'max_span'")) ?? 0
    }

    /// Who spoke to whom: interaction events (talk, meet, call, visit, negotiate, letter), one entry
    /// per pair of parties of each event, by date.
    ///
    /// With `actor`, `a` is that actor and `b` each other party (a meeting of three gives two
    /// entries, the same as `with` finds for each); without, every pair of each event, in participant
    /// order (source first).
    ///
    /// - Parameter filter: Actor, other party, window and type.
    /// - Returns: One record per event and pair with every report.
    /// - Throws: ``StoreError`` `databaseError`.
    /// - Complexity: One range of the `links` primary key per matching actor node, then one statement
    ///   each for events, names and reports of the page.
    public func talks(_ filter: TalkFilter) throws -> [TalkRecord] {
        try read { db in
            var filter = filter
            if filter.actor == nil, filter.with != nil { swap(&filter.actor, &filter.with) }
            let window = DateWindow(from: filter.from, to: filter.to)
            let from = window.from.flatMap(Days.number), to = window.to.flatMap(Days.number)
            let lowest = try from.map { $0 - (try GraphStore.maxSpan(db)) } ?? Int.min
            let highest = to ?? Int.max
            var pairs: [(event: Int64, a: Int64, b: Int64, day: Int)] = []
            if let actor = filter.actor {
                let nodes = try GraphStore.filterNodes(actor, db: db)
                guard !nodes.isEmpty else { return [] }
                var others: Set<Int64>?
                if let with = filter.with {
                    others = Set(try GraphStore.filterNodes(with, db: db))
                    if others?.isEmpty ?? true { return [] }
                }
                return try TalkQuery(db: db, lowest: lowest, highest: highest, from: from, type: filter.type)
                    .records(of: nodes, with: others, limit: filter.limit)
            } else {
                let types = EventType.allCases.filter(\.isInteraction).map { "'\($0.rawValue)'" }.joined(separator: ",")
                let rows = try Row.fetchCursor(db.cachedStatement(sql: """
                    SELECT id, first_day, members FROM events WHERE type IN (\(types)) AND planned = 0
                      AND coalesce(first_day, \(SchemaV4.unknownDay)) BETWEEN ? AND ?
                    """), arguments: [lowest, highest])
                while let row = try rows.next() {
                    let id: Int64 = row[0]
                    let day: Int = row[1] ?? SchemaV4.unknownDay
                    let members = SchemaV4.members(row[2])
                    // Every pair of a multi-party event, in participant order (source first).
                    for i in members.indices {
                        for j in members.indices where j > i { pairs.append((id, members[i], members[j], day)) }
                    }
                }
            }
            var events = try Hydration(db: db).events(Array(Set(pairs.map(\.event))))
            // The window's far end and the type, checked on the events themselves.
            if from != nil || filter.type != nil {
                events = events.filter { _, e in
                    (filter.type == nil || e.type == filter.type) && (from.map { (e.lastDay ?? Int.min) >= $0 } ?? true)
                }
                pairs = pairs.filter { events[$0.event] != nil }
            }
            pairs.sort { ($0.day, $0.event, $0.a, $0.b) < ($1.day, $1.event, $1.a, $1.b) }
            if let limit = filter.limit, pairs.count > limit { pairs = Array(pairs.prefix(limit)) }
            let hydration = Hydration(db: db)
            let sources = try hydration.sources(Array(Set(pairs.map(\.event))))
            let names = try hydration.labels(Array(Set(pairs.flatMap { [$0.a, $0.b] })))
            return pairs.compactMap { p -> TalkRecord? in
                guard let e = events[p.event], let a = names[p.a], let b = names[p.b] else { return nil }
                return TalkRecord(event: e.key, type: e.type, cameo: e.cameo, date: e.date, grain: e.grain,
                                  a: a.key, b: b.key, aName: a.label, bName: b.label, aNames: a.names, bNames: b.names,
                                  sources: sources[p.event] ?? [])
            }
        }
    }

    /// Reports whose evidence contains every word of `text` (FTS5, Arabic-aware: diacritics,
    /// letter variants and proclitics do not matter), best first.
    ///
    /// - Parameters:
    ///   - text: Words to find; FTS5 syntax characters are taken literally.
    ///   - limit: At most this many hits.
    /// - Throws: ``StoreError`` `databaseError`.
    public func search(_ text: String, limit: Int = 50) throws -> [SearchHit] {
        // Each distinct word once: FTS5's cost grows with the square of the terms, and a repeated
        // word asks nothing more.
        var seen = Set<Substring>()
        let words = text.split { c in !(c.isLetter || c.isNumber || c.unicodeScalars.contains { $0.properties.generalCategory == .nonspacingMark }) }
            .filter { seen.insert($0).inserted }
        guard !words.isEmpty else { return [] }
        let pattern = words.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: " ")
        return try read { db in
            // A hit is the report in its event's row (rowid: the event's id) or a row of `reports`
            // (rowid: its id + offset, see SchemaV6); equal ranks keep the order of report ids.
            let offset = SchemaV6.rowOffset
            let rows = try Row.fetchAll(db, sql: """
                SELECT \(Hydration.eventKey) AS event, e.type, d.key AS document, d.input_id, d.path,
                  \(SchemaV10.title("d")) AS title,
                  d.outlet AS publisher,
                  CASE WHEN r.id IS NULL THEN COALESCE(e.r_outlet, d.outlet) ELSE COALESCE(r.outlet, d.outlet) END AS outlet,
                  d.published, d.language,
                  CASE WHEN r.id IS NULL THEN \(SchemaV10.evidence(event: "e", document: "d"))
                       ELSE \(SchemaV10.evidence(report: "r", document: "d")) END
                    AS evidence,
                  bm25(evidence_fts) AS rank
                FROM evidence_fts
                JOIN events e ON e.id = CASE WHEN evidence_fts.rowid < \(offset) THEN evidence_fts.rowid
                                             ELSE (evidence_fts.rowid - \(offset)) >> \(SchemaV4.reportShift) END
                JOIN documents k ON k.id = e.document
                LEFT JOIN reports r ON evidence_fts.rowid >= \(offset) AND r.id = evidence_fts.rowid - \(offset)
                JOIN documents d ON d.id = COALESCE(r.document, e.document)
                WHERE evidence_fts MATCH ? AND (r.id IS NOT NULL OR (evidence_fts.rowid < \(offset) AND e.r_start IS NOT NULL))
                ORDER BY rank, \(SchemaV6.reportID("evidence_fts.rowid")) LIMIT ?
                """, arguments: [pattern, limit])
            var names = SourceNames(db: db)
            return try rows.map { row in
                let key: String = row["document"]
                let publisher: String? = row["publisher"]
                let cited = publisher == nil ? [] : try names.cited(row["outlet"], publisher: publisher)
                return SearchHit(event: row["event"], type: EventType(rawValue: row["type"]) ?? .other,
                                 source: EventSource(document: SourceNames.document(inputID: row["input_id"], path: row["path"], key: key),
                                                     key: key, title: row["title"], outlet: publisher ?? row["outlet"],
                                                     cited: cited, published: row["published"],
                                                     language: (row["language"] as String?).flatMap(LanguageCode.init(rawValue:)),
                                                     evidence: row["evidence"]),
                                 rank: row["rank"])
            }
        }
    }

    /// The nodes a filter's actor names: the exact key's node alone, else every node whose name matches.
    static func filterNodes(_ query: String, db: Database) throws -> [Int64] {
        if let node = try Identity.node(forKey: Identity.followMerges(query, db: db), db: db) { return [node] }
        return try Identity.resolve(query, db: db)
    }
}

import Foundation

/// One of two kinds of value.
enum Either<Left, Right> {
    case left(Left)
    case right(Right)
}
