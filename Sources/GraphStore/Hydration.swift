import Foundation
import EventGraphModel
import GRDB

/// Batch loading of event details for query results: one statement per kind of detail and page,
/// never one per row.
struct Hydration {
    let db: Database

    struct EventRow {
        var id: Int64
        var key: String
        var type: EventType
        var cameo: String
        var date: String?
        var grain: DateGrain?
        var firstDay: Int?
        var lastDay: Int?
        var isReportDate: Bool
        var isPlanned: Bool
        /// Participant node ids, source first.
        var members: [Int64]

        /// The day the timeline sorts the event by, as `YYYY-MM-DD`.
        var sortDate: String? { firstDay.map(Days.string) }
    }

    static let chunk = 500

    static func placeholders(_ n: Int) -> String {
        Array(repeating: "?", count: n).joined(separator: ",")
    }

    /// A JSON array of ids, for `json_each(?)`: one cached statement for any count. Joined as the
    /// outer table (`FROM json_each(?) j JOIN t ON t.id = j.value`) it costs less than `IN (SELECT …)`,
    /// which first copies the ids into a temporary index.
    static func json(_ ids: [Int64]) -> String {
        "[" + ids.map(String.init).joined(separator: ",") + "]"
    }

    func chunks(_ ids: [Int64]) -> [[Int64]] {
        stride(from: 0, to: ids.count, by: Self.chunk).map { Array(ids[$0..<min($0 + Self.chunk, ids.count)]) }
    }

    /// The SQL expression of an event's key (`ev:<document key>:<event id in the document>`), for `events e`
    /// joined with `documents k ON k.id = e.document`.
    static let eventKey = "'ev:' || k.key || ':' || e.local"

    func events(_ ids: [Int64]) throws -> [Int64: EventRow] {
        var out: [Int64: EventRow] = [:]
        out.reserveCapacity(ids.count)
        let rows = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT e.id, \(Self.eventKey), e.type, e.cameo, e.date, e.grain, e.first_day, e.last_day, e.report_date, e.planned,
              e.members
            FROM json_each(?) j JOIN events e ON e.id = j.value JOIN documents k ON k.id = e.document
            """), arguments: [Self.json(ids)])
        while let row = try rows.next() {
            let id: Int64 = row[0]
            let grain = (row[5] as String?).flatMap(DateGrain.init(rawValue:))
            let firstDay: Int? = row[6]
            let isReportDate: Bool = row[8]
            out[id] = EventRow(id: id, key: row[1], type: EventType(rawValue: row[2]) ?? .other, cameo: row[3],
                               date: SchemaV4.date(stored: row[4], grain: grain, firstDay: firstDay, isReportDate: isReportDate),
                               grain: grain, firstDay: firstDay, lastDay: row[7], isReportDate: isReportDate,
                               isPlanned: row[9], members: SchemaV4.members(row[10]))
        }
        return out
    }

    /// The columns of a source, for `reports r JOIN documents d`: key, input id, path, title,
    /// publisher, the outlets the report names, published, language, evidence (9 columns).
    static let sourceColumns = """
        d.key, d.input_id, d.path, d.title, d.outlet, COALESCE(r.outlet, d.outlet), d.published, d.language,
        COALESCE(r.evidence, substr(d.text, r.evidence_start + 1, r.evidence_end - r.evidence_start))
        """

    /// The same nine columns for the report an `events` row holds (`events e JOIN documents k ON k.id = e.document`).
    static let ownSourceColumns = """
        k.key, k.input_id, k.path, k.title, k.outlet, COALESCE(e.r_outlet, k.outlet), k.published, k.language,
        \(SchemaV5.evidence(event: "e", document: "k"))
        """

    /// A source from the nine ``sourceColumns`` starting at `i`: the document by its input id or file
    /// name, its publisher, and the outlets it cites for the event.
    static func source(_ row: Row, at i: Int, names: inout SourceNames) throws -> EventSource {
        let key: String = row[i]
        let publisher: String? = row[i + 4]
        let reported: String? = row[i + 5]
        return EventSource(document: SourceNames.document(inputID: row[i + 1], path: row[i + 2], key: key), key: key,
                           title: row[i + 3], outlet: publisher ?? reported,
                           cited: publisher == nil ? [] : try names.cited(reported, publisher: publisher),
                           published: row[i + 6], language: (row[i + 7] as String?).flatMap(LanguageCode.init(rawValue:)),
                           evidence: row[i + 8])
    }

    /// Reports of each event, by publication date.
    func sources(_ ids: [Int64]) throws -> [Int64: [EventSource]] {
        var found: [Int64: [(published: String?, id: Int64, source: EventSource)]] = [:]
        found.reserveCapacity(ids.count)
        var names = SourceNames(db: db)
        let rows = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT e.id, e.r_start IS NOT NULL, \(Self.ownSourceColumns), r.id, \(Self.sourceColumns)
            FROM json_each(?) j JOIN events e ON e.id = j.value JOIN documents k ON k.id = e.document
            LEFT JOIN reports r ON e.more > 0 AND r.id BETWEEN e.id << \(SchemaV4.reportShift)
                                                      AND (e.id << \(SchemaV4.reportShift)) + \(SchemaV4.maxReportsPerEvent - 1)
            LEFT JOIN documents d ON d.id = r.document
            ORDER BY e.id, r.id
            """), arguments: [Self.json(ids)])
        var last: Int64?
        while let row = try rows.next() {
            let id: Int64 = row[0]
            if id != last, row[1] {
                found[id, default: []].append((row[8], id << Int64(SchemaV4.reportShift), try Self.source(row, at: 2, names: &names)))
            }
            last = id
            guard let report: Int64 = row[11] else { continue }
            found[id, default: []].append((row[18], report, try Self.source(row, at: 12, names: &names)))
        }
        return found.mapValues(Self.byPublication)
    }

    /// Sources by publication date, then report id.
    static func byPublication(_ sources: [(published: String?, id: Int64, source: EventSource)]) -> [EventSource] {
        let sorted = sources.count > 1
            ? sources.sorted { ($0.published ?? "", $0.id) < ($1.published ?? "", $1.id) } : sources
        return sorted.map(\.source)
    }

    /// Up to this many nodes, ``labels(_:)`` looks each one up with a cached statement.
    static let fewLabels = 8

    /// Keys, labels and names in each language of nodes.
    func labels(_ ids: [Int64]) throws -> [Int64: (key: String, label: String, names: ActorNames)] {
        var out: [Int64: (key: String, label: String, names: ActorNames)] = [:]
        out.reserveCapacity(ids.count)
        if ids.count <= Self.fewLabels {
            // A handful: one cached lookup each costs less than building and reading a JSON array.
            let statement = try db.cachedStatement(sql: "SELECT key, label, label_en, label_ar FROM nodes WHERE id = ?")
            for id in ids {
                if let row = try Row.fetchOne(statement, arguments: [id]) {
                    out[id] = (row[0], row[1], ActorNames(en: row[2], ar: row[3]))
                }
            }
            return out
        }
        let rows = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT n.id, n.key, n.label, n.label_en, n.label_ar FROM json_each(?) j JOIN nodes n ON n.id = j.value
            """), arguments: [Self.json(ids)])
        while let row = try rows.next() { out[row[0]] = (row[1], row[2], ActorNames(en: row[3], ar: row[4])) }
        return out
    }

    /// Timeline entries for events, in the given order: one statement for the events with their
    /// reports, one for the participants' names.
    func timeline(_ ids: [Int64]) throws -> [TimelineEntry] {
        guard !ids.isEmpty else { return [] }
        struct Pending {
            var row: EventRow
            var sources: [(published: String?, id: Int64, source: EventSource)] = []
        }
        var pending: [Int64: Pending] = [:]
        pending.reserveCapacity(ids.count)
        var sourceNames = SourceNames(db: db)
        let rows = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT e.id, 'ev:' || k.key || ':' || e.local,
              e.type, e.cameo, e.date, e.grain, e.first_day, e.report_date, e.planned, e.members,
              e.r_start IS NOT NULL, \(Self.ownSourceColumns), r.id, \(Self.sourceColumns)
            FROM json_each(?) j JOIN events e ON e.id = j.value JOIN documents k ON k.id = e.document
            LEFT JOIN reports r ON e.more > 0 AND r.id BETWEEN e.id << \(SchemaV4.reportShift)
                                           AND (e.id << \(SchemaV4.reportShift)) + \(SchemaV4.maxReportsPerEvent - 1)
            LEFT JOIN documents d ON d.id = r.document
            """), arguments: [Self.json(ids)])
        while let row = try rows.next() {
            let id: Int64 = row[0]
            if pending[id] == nil {
                let grain = (row[5] as String?).flatMap(DateGrain.init(rawValue:))
                let firstDay: Int? = row[6]
                let isReportDate: Bool = row[7]
                var new = Pending(row: EventRow(
                    id: id, key: row[1], type: EventType(rawValue: row[2]) ?? .other, cameo: row[3],
                    date: SchemaV4.date(stored: row[4], grain: grain, firstDay: firstDay, isReportDate: isReportDate),
                    grain: grain, firstDay: firstDay, lastDay: nil, isReportDate: isReportDate, isPlanned: row[8],
                    members: SchemaV4.members(row[9])))
                if row[10] {
                    new.sources.append((row[17], id << Int64(SchemaV4.reportShift), try Self.source(row, at: 11, names: &sourceNames)))
                }
                pending[id] = new
            }
            guard let report: Int64 = row[20] else { continue }
            pending[id]?.sources.append((row[27], report, try Self.source(row, at: 21, names: &sourceNames)))
        }
        var members = Set<Int64>()
        for p in pending.values { members.formUnion(p.row.members) }
        let names = try labels(Array(members))
        return ids.compactMap { id in
            guard let p = pending[id] else { return nil }
            let e = p.row
            let sources = Self.byPublication(p.sources)
            return TimelineEntry(event: e.key, type: e.type, cameo: e.cameo,
                                 date: e.isReportDate ? e.sortDate : e.date,
                                 grain: e.isReportDate ? (e.firstDay == nil ? nil : .day) : e.grain,
                                 isReportDate: e.isReportDate, isPlanned: e.isPlanned,
                                 participants: e.members.compactMap { names[$0]?.label },
                                 participantNames: e.members.compactMap { names[$0]?.names }, sources: sources)
        }
    }
}
