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
            var sql = "SELECT e.node FROM events e WHERE 1 = 1"
            var args: [(any DatabaseValueConvertible)?] = []
            if let from = window.from {
                let maxSpan = try Int.fetchOne(db.cachedStatement(sql: "SELECT MAX(span) FROM events")) ?? 0
                sql += " AND e.sort_start >= ? AND e.sort_end >= ?"
                args += [Days.shift(from, by: -maxSpan), from]
            }
            if let to = window.to {
                sql += " AND e.sort_start <= ?"
                args.append(to)
            }
            if let type = filter.type {
                sql += " AND e.type = ?"
                args.append(type.rawValue)
            }
            if let actor = filter.actor {
                let nodes = try GraphStore.filterNodes(actor, db: db)
                guard !nodes.isEmpty else { return [] }
                sql += " AND e.node IN (SELECT src FROM edges WHERE kind = 'participant' AND dst IN (\(Hydration.placeholders(nodes.count))))"
                args += nodes.map { $0 }
            }
            sql += window.isOpen ? " ORDER BY e.sort_start NULLS LAST, e.node" : " ORDER BY e.sort_start, e.node"
            sql += " LIMIT ? OFFSET ?"
            args += [filter.limit ?? -1, filter.offset]
            let ids = try Int64.fetchAll(db.cachedStatement(sql: sql), arguments: StatementArguments(args))
            return try Hydration(db: db).timeline(ids)
        }
    }

    /// Who spoke to whom: interaction events (talk, meet, call, visit, negotiate, letter), one entry
    /// per pair of parties of each event, by date.
    ///
    /// With `actor`, `a` is that actor and `b` each other party (a meeting of three gives two
    /// entries, the same as `with` finds for each); without, every pair of each event, in participant
    /// order (source first).
    ///
    /// - Parameter filter: Actor, other party, window and type.
    /// - Returns: One record per event with every report.
    /// - Throws: ``StoreError`` `databaseError`.
    /// - Complexity: Two probes of the covering edge indexes and one batch per 500 events.
    public func talks(_ filter: TalkFilter) throws -> [TalkRecord] {
        try read { db in
            var filter = filter
            if filter.actor == nil, filter.with != nil { swap(&filter.actor, &filter.with) }
            let window = DateWindow(from: filter.from, to: filter.to)
            let hydration = Hydration(db: db)
            // (event, a, b, sort date)
            var pairs: [(event: Int64, a: Int64, b: Int64, sort: String?)] = []
            if let actor = filter.actor {
                let nodes = try GraphStore.filterNodes(actor, db: db)
                guard !nodes.isEmpty else { return [] }
                var others: Set<Int64>?
                if let with = filter.with {
                    others = Set(try GraphStore.filterNodes(with, db: db))
                    if others?.isEmpty ?? true { return [] }
                }
                var conditions = ""
                var tail: [(any DatabaseValueConvertible)?] = []
                if let from = window.from {
                    let maxSpan = try Int.fetchOne(db.cachedStatement(sql: "SELECT MAX(span) FROM events")) ?? 0
                    conditions += " AND date_start >= ? AND date_end >= ?"
                    tail += [Days.shift(from, by: -maxSpan), from]
                }
                if let to = window.to {
                    conditions += " AND date_start <= ?"
                    tail.append(to)
                }
                if let type = filter.type {
                    conditions += " AND type = ?"
                    tail.append(type.rawValue)
                }
                let sql = """
                    SELECT event, src AS a, dst AS b, date_start FROM edges WHERE src = ? AND kind = 'interaction'\(conditions)
                    UNION ALL
                    SELECT event, dst AS a, src AS b, date_start FROM edges WHERE dst = ? AND kind = 'interaction'\(conditions)
                    """
                // Every other party of every event, once: a multi-party meeting gives one record per partner.
                struct Pair: Hashable { var event: Int64; var b: Int64 }
                var seen = Set<Pair>()
                for node in nodes {
                    let args: [(any DatabaseValueConvertible)?] = [node] + tail + [node] + tail
                    let rows = try Row.fetchCursor(db.cachedStatement(sql: sql), arguments: StatementArguments(args))
                    var found: [(Int64, Int64, Int64, String?)] = []
                    while let row = try rows.next() {
                        let b: Int64 = row[2]
                        if let others, !others.contains(b) { continue }
                        found.append((row[0], row[1], b, row[3]))
                    }
                    found.sort { ($0.0, $0.2) < ($1.0, $1.2) }
                    for f in found where !nodes.contains(f.2) && seen.insert(Pair(event: f.0, b: f.2)).inserted {
                        pairs.append((f.0, f.1, f.2, f.3))
                    }
                }
            } else {
                var sql = "SELECT node, sort_start FROM events WHERE family = 'interaction'"
                var args: [(any DatabaseValueConvertible)?] = []
                if let from = window.from {
                    let maxSpan = try Int.fetchOne(db.cachedStatement(sql: "SELECT MAX(span) FROM events")) ?? 0
                    sql += " AND sort_start >= ? AND sort_end >= ?"
                    args += [Days.shift(from, by: -maxSpan), from]
                }
                if let to = window.to {
                    sql += " AND sort_start <= ?"
                    args.append(to)
                }
                if let type = filter.type {
                    sql += " AND type = ?"
                    args.append(type.rawValue)
                }
                let rows = try Row.fetchAll(db.cachedStatement(sql: sql), arguments: StatementArguments(args))
                let ids = rows.map { $0["node"] as Int64 }
                let participants = try hydration.participants(ids)
                for row in rows {
                    let id: Int64 = row["node"]
                    let members = participants[id] ?? []
                    // Every pair of a multi-party event, in participant order (source first).
                    for i in members.indices {
                        for j in members.indices where j > i {
                            pairs.append((id, members[i].node, members[j].node, row["sort_start"]))
                        }
                    }
                }
            }
            pairs.sort { lhs, rhs in
                switch (lhs.sort, rhs.sort) {
                case let (l?, r?): return l != r ? l < r : (lhs.event, lhs.a, lhs.b) < (rhs.event, rhs.a, rhs.b)
                case (nil, nil): return (lhs.event, lhs.a, lhs.b) < (rhs.event, rhs.a, rhs.b)
                case (nil, _): return false
                case (_, nil): return true
                }
            }
            if let limit = filter.limit, pairs.count > limit { pairs = Array(pairs.prefix(limit)) }
            let ids = pairs.map(\.event)
            let events = try hydration.events(ids)
            let sources = try hydration.sources(ids)
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
            let rows = try Row.fetchAll(db, sql: """
                SELECT n.key AS event, ev.type, d.key AS document, d.input_id, d.path, d.title, d.outlet AS publisher,
                  r.outlet, r.published, r.language, r.evidence, bm25(evidence_fts) AS rank
                FROM evidence_fts JOIN reports r ON r.id = evidence_fts.rowid
                JOIN nodes n ON n.id = r.event JOIN events ev ON ev.node = r.event JOIN documents d ON d.id = r.document
                WHERE evidence_fts MATCH ? ORDER BY rank LIMIT ?
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
