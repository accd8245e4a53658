import EventGraphModel
import GRDB

/// `talks` of an actor in one statement per actor node: the range of `links` joined with the
/// event and its document (for its key and its own report), in the order of the primary key (day,
/// event, other party), so that nothing is sorted; the later reports of the few events that have
/// them in one more statement, and the other parties' names in one more for all of them.
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
          e.local, e.r_start IS NOT NULL, \(Hydration.ownSourceColumns), e.more
        FROM links l
        JOIN events e ON e.id = l.event
        JOIN documents k ON k.id = e.document
        WHERE l.a = ?1 AND l.kind = \(SchemaV4.interaction) AND l.day BETWEEN ?2 AND ?3
          AND (?4 IS NULL OR e.last_day >= ?4) AND (?5 IS NULL OR e.type = ?5)
        ORDER BY l.day, l.event, l.b
        """

    /// One record per event and other party of `nodes`, by day; with `others`, only those parties.
    func records(of nodes: [Int64], with others: Set<Int64>?, limit: Int?) throws -> [TalkRecord] {
        struct Keyed {
            var day: Int
            var event: Int64
            var a: Int64
            var b: Int64
            var record: TalkRecord
            var sources: [(published: String?, id: Int64, source: EventSource)]
        }
        var out: [Keyed] = []
        var seen = Set<[Int64]>()
        var names: [Int64: (key: String, label: String, names: ActorNames)] = [:]
        for node in nodes {
            if let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT key, label, label_en, label_ar FROM nodes WHERE id = ?"),
                                          arguments: [node]) {
                names[node] = (row[0], row[1], ActorNames(en: row[2], ar: row[3]))
            }
        }
        var sourceNames = SourceNames(db: db)
        let statement = RawStatement(try db.cachedStatement(sql: Self.sql))
        let shift = Int64(SchemaV4.reportShift)
        var withMore: Set<Int64> = []
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
                let report = row.bool(11) ? try Hydration.source(row, at: 12, names: &sourceNames) : nil
                out.append(Keyed(day: row.int(2), event: event, a: node, b: b, record: TalkRecord(
                    event: "ev:" + (report?.key ?? row.text(12)) + ":" + row.text(10),
                    type: type ?? .other, cameo: SchemaV8.cameo(code: row.text(4), type: type), date: date,
                    grain: grain, a: own.key, b: "", aName: own.label, bName: "", aNames: own.names, bNames: nil, sources: []),
                    sources: report.map { [($0.published, event << shift, $0)] } ?? []))
                if row.int(21) > 0 { withMore.insert(event) }
                return true
            }
        }
        if !withMore.isEmpty {
            let later = try Hydration(db: db).laterReports(Array(withMore), names: &sourceNames)
            for i in out.indices { if let more = later[out[i].event] { out[i].sources += more } }
        }
        for i in out.indices {
            var sources = out[i].sources
            if sources.count > 1 { sources.sort { ($0.published ?? "", $0.id) < ($1.published ?? "", $1.id) } }
            out[i].record.sources = sources.map(\.source)
        }
        if nodes.count > 1 { out.sort { ($0.day, $0.event, $0.a, $0.b) < ($1.day, $1.event, $1.a, $1.b) } }
        let others = try Hydration(db: db).labels(Array(Set(out.map(\.b))))
        var records = out.compactMap { keyed -> TalkRecord? in
            guard let other = others[keyed.b] else { return nil }
            var record = keyed.record
            record.b = other.key
            record.bName = other.label
            record.bNames = other.names
            return record
        }
        if let limit, records.count > limit { records.removeLast(records.count - limit) }
        return records
    }
}
