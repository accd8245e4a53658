import EventGraphModel
import GRDB

/// Batch loading of event details for query results: one statement per chunk of events, never one per row.
struct Hydration {
    let db: Database

    struct EventRow {
        var node: Int64
        var key: String
        var type: EventType
        var cameo: String
        var date: String?
        var grain: DateGrain?
        var sortStart: String?
        var isReportDate: Bool
        var isPlanned: Bool
    }

    struct Participant {
        var node: Int64
        var key: String
        var label: String
        var names: ActorNames
    }

    static let chunk = 500

    static func placeholders(_ n: Int) -> String {
        Array(repeating: "?", count: n).joined(separator: ",")
    }

    /// A JSON array of ids, for `IN (SELECT value FROM json_each(?))`: one cached statement for any count.
    static func json(_ ids: [Int64]) -> String {
        "[" + ids.map(String.init).joined(separator: ",") + "]"
    }

    func chunks(_ ids: [Int64]) -> [[Int64]] {
        stride(from: 0, to: ids.count, by: Self.chunk).map { Array(ids[$0..<min($0 + Self.chunk, ids.count)]) }
    }

    func events(_ ids: [Int64]) throws -> [Int64: EventRow] {
        var out: [Int64: EventRow] = [:]
        do {
            let part = ids
            let rows = try Row.fetchCursor(db.cachedStatement(sql: """
                SELECT e.node, n.key, e.type, e.cameo, e.date, e.grain, e.sort_start, e.is_report_date, e.planned
                FROM events e JOIN nodes n ON n.id = e.node WHERE e.node IN (SELECT value FROM json_each(?))
                """), arguments: [Self.json(part)])
            while let row = try rows.next() {
                let node: Int64 = row[0]
                out[node] = EventRow(node: node, key: row[1], type: EventType(rawValue: row[2]) ?? .other,
                                     cameo: row[3], date: row[4],
                                     grain: (row[5] as String?).flatMap(DateGrain.init(rawValue:)),
                                     sortStart: row[6], isReportDate: row[7], isPlanned: row[8])
            }
        }
        return out
    }

    /// Participants of each event, source first, then in insertion order.
    func participants(_ ids: [Int64]) throws -> [Int64: [Participant]] {
        var out: [Int64: [Participant]] = [:]
        do {
            let part = ids
            let rows = try Row.fetchCursor(db.cachedStatement(sql: """
                SELECT p.src AS event, n.id, n.key, n.label, n.label_en, n.label_ar FROM edges p JOIN nodes n ON n.id = p.dst
                WHERE p.src IN (SELECT value FROM json_each(?)) AND p.kind = 'participant'
                ORDER BY p.src, p.role IS NOT 'source', p.id
                """), arguments: [Self.json(part)])
            while let row = try rows.next() {
                out[row[0], default: []].append(Participant(node: row[1], key: row[2], label: row[3],
                                                            names: ActorNames(en: row[4], ar: row[5])))
            }
        }
        return out
    }

    /// Reports of each event, by publication date: the document by its input id or file name, its
    /// publisher, and the outlets it cites for the event.
    func sources(_ ids: [Int64]) throws -> [Int64: [EventSource]] {
        var out: [Int64: [EventSource]] = [:]
        var names = SourceNames(db: db)
        let rows = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT r.event, d.key, d.input_id, d.path, d.title, d.outlet, r.outlet, r.published, r.language, r.evidence
            FROM reports r JOIN documents d ON d.id = r.document
            WHERE r.event IN (SELECT value FROM json_each(?)) ORDER BY r.event, r.published, r.id
            """), arguments: [Self.json(ids)])
        for row in rows {
            let key: String = row[1]
            let publisher: String? = row[5]
            out[row[0], default: []].append(EventSource(
                document: SourceNames.document(inputID: row[2], path: row[3], key: key), key: key, title: row[4],
                outlet: publisher ?? row[6], cited: publisher == nil ? [] : try names.cited(row[6], publisher: publisher),
                published: row[7], language: (row[8] as String?).flatMap(LanguageCode.init(rawValue:)),
                evidence: row[9]))
        }
        return out
    }

    /// Keys and labels of nodes.
    func labels(_ ids: [Int64]) throws -> [Int64: (key: String, label: String, names: ActorNames)] {
        var out: [Int64: (key: String, label: String, names: ActorNames)] = [:]
        do {
            let part = ids
            let rows = try Row.fetchCursor(db.cachedStatement(sql: """
                SELECT id, key, label, label_en, label_ar FROM nodes WHERE id IN (SELECT value FROM json_each(?))
                """), arguments: [Self.json(part)])
            while let row = try rows.next() { out[row[0]] = (row[1], row[2], ActorNames(en: row[3], ar: row[4])) }
        }
        return out
    }

    /// Timeline entries for events, in the given order.
    func timeline(_ ids: [Int64]) throws -> [TimelineEntry] {
        let events = try events(ids)
        let participants = try participants(ids)
        let sources = try sources(ids)
        return ids.compactMap { id in
            guard let e = events[id] else { return nil }
            return TimelineEntry(event: e.key, type: e.type, cameo: e.cameo,
                                 date: e.isReportDate ? e.sortStart : e.date,
                                 grain: e.isReportDate ? (e.sortStart == nil ? nil : .day) : e.grain,
                                 isReportDate: e.isReportDate, isPlanned: e.isPlanned,
                                 participants: (participants[id] ?? []).map(\.label),
                                 participantNames: (participants[id] ?? []).map(\.names), sources: sources[id] ?? [])
        }
    }
}
