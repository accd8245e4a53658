import EventGraphModel
import GRDB

/// `talks` of an actor in one statement per actor node: the range of `links` joined with the
/// event, its document (for its key and its own report) and the other party's node (its names), in
/// the order of the primary key (day, event, other party), so that nothing is sorted; the later
/// reports of the few events that have them in one more statement.
struct TalkQuery {
    let db: Database
    /// Days of the window on `links.day` (the far end already widened by the widest event span).
    let lowest: Int
    let highest: Int
    /// The window's first day, checked on the event's last day.
    let from: Int?
    let type: EventType?

    static let sql = """
        SELECT l.event, l.b, l.day, e.type_code, e.cameo_code, e.date, e.grain_code, e.first_day, e.last_day, e.report_date,
          e.local, e.r_start IS NOT NULL, \(Hydration.ownSourceParts), e.more, \(Hydration.nameColumns("n"))
        FROM links l
        JOIN events e ON e.id = l.event
        JOIN documents k ON k.id = e.document
        JOIN nodes n ON n.id = l.b
        WHERE l.a = ?1 AND l.kind = \(SchemaV4.interaction) AND l.day BETWEEN ?2 AND ?3
          AND (?4 IS NULL OR e.last_day >= ?4) AND (?5 IS NULL OR e.type = ?5)
        ORDER BY l.day, l.event, l.b
        """

    /// One record per event and other party of `nodes`, by day; with `others`, only those parties.
    func records(of nodes: [Int64], with others: Set<Int64>?, limit: Int?) throws -> [TalkRecord] {
        // Records and, at the same index, what orders them.
        var records: [TalkRecord] = []
        var order: [(day: Int, event: Int64, a: Int64, b: Int64)] = []
        var seen = Set<[Int64]>()
        let names = try Hydration(db: db).labels(nodes)
        var sourceNames = SourceNames(db: db)
        var texts = TextReader(db)
        let statement = RawStatement(try db.cachedStatement(sql: Self.sql))
        let shift = Int64(SchemaV4.reportShift)
        var withMore: [Int64: [Int]] = [:]
        for node in nodes {
            guard let own = names[node] else { continue }
            try statement.forEach({ v in
                v.int(node)
                v.int(lowest)
                v.int(highest)
                v.int(from)
                v.text(type?.rawValue)
            }) { row in
                let event = row.int64(0), b = row.int64(1)
                if let others, !others.contains(b) { return true }
                if nodes.count > 1 {
                    guard !nodes.contains(b), seen.insert([event, b]).inserted else { return true }
                }
                let grain = row.value(6, in: ColumnTables.grainCodes)
                let type = row.value(3, in: ColumnTables.eventTypeCodes)
                let date = SchemaV4.date(stored: row.optionalText(5), grain: grain, firstDay: row.optionalInt(7),
                                         isReportDate: row.bool(9))
                let report = row.bool(11)
                    ? try Hydration.ownSource(row, at: 12, names: &sourceNames, texts: &texts, owner: Int64(records.count)) : nil
                if row.int(25) > 0 { withMore[event, default: []].append(records.count) }
                // A party without a node row has no record (the join drops it).
                let other = Hydration.names(row, at: 26)
                order.append((row.int(2), event, node, b))
                records.append(TalkRecord(
                    event: row.eventKey(document: 12, local: 10),
                    type: type ?? .other, cameo: SchemaV8.cameo(row, at: 4, type: type), date: date,
                    grain: grain, a: own.key, b: other.key, aName: own.label, bName: other.label, aNames: own.names,
                    bNames: other.names, sources: report.map { [$0] } ?? []))
                return true
            }
        }
        // The own report is the record's only source until the later ones are added.
        try texts.resolve { i, slices in records[Int(i)].sources[0].fill(slices) }
        if !withMore.isEmpty {
            // The event's own report (if any) and its later ones, by publication date, then report id.
            let later = try Hydration(db: db).laterReports(Array(withMore.keys), names: &sourceNames)
            for (event, indices) in withMore {
                guard let more = later[event] else { continue }
                for i in indices {
                    let own = records[i].sources.map { (published: $0.published, id: event << shift, source: $0) }
                    records[i].sources = Hydration.byPublication(own + more)
                }
            }
        }
        if nodes.count > 1 {
            let sorted = order.indices.sorted { i, j in
                (order[i].day, order[i].event, order[i].a, order[i].b) < (order[j].day, order[j].event, order[j].a, order[j].b)
            }
            records = sorted.map { records[$0] }
        }
        if let limit, records.count > limit { records.removeLast(records.count - limit) }
        return records
    }
}
