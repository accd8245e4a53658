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
    }

    static let chunk = 500

    static func placeholders(_ n: Int) -> String {
        Array(repeating: "?", count: n).joined(separator: ",")
    }

    func chunks(_ ids: [Int64]) -> [[Int64]] {
        stride(from: 0, to: ids.count, by: Self.chunk).map { Array(ids[$0..<min($0 + Self.chunk, ids.count)]) }
    }

    func events(_ ids: [Int64]) throws -> [Int64: EventRow] {
        var out: [Int64: EventRow] = [:]
        for part in chunks(ids) {
            let rows = try Row.fetchCursor(db, sql: """
                SELECT e.node, n.key, e.type, e.cameo, e.date, e.grain, e.sort_start, e.is_report_date, e.planned
                FROM events e JOIN nodes n ON n.id = e.node WHERE e.node IN (\(Self.placeholders(part.count)))
                """, arguments: StatementArguments(part))
            while let row = try rows.next() {
                let node: Int64 = row["node"]
                out[node] = EventRow(node: node, key: row["key"], type: EventType(rawValue: row["type"]) ?? .other,
                                     cameo: row["cameo"], date: row["date"],
                                     grain: (row["grain"] as String?).flatMap(DateGrain.init(rawValue:)),
                                     sortStart: row["sort_start"], isReportDate: row["is_report_date"],
                                     isPlanned: row["planned"])
            }
        }
        return out
    }

    /// Participants of each event, source first, then in insertion order.
    func participants(_ ids: [Int64]) throws -> [Int64: [Participant]] {
        var out: [Int64: [Participant]] = [:]
        for part in chunks(ids) {
            let rows = try Row.fetchCursor(db, sql: """
                SELECT p.src AS event, n.id, n.key, n.label FROM edges p JOIN nodes n ON n.id = p.dst
                WHERE p.src IN (\(Self.placeholders(part.count))) AND p.kind = 'participant'
                ORDER BY p.src, p.role IS NOT 'source', p.id
                """, arguments: StatementArguments(part))
            while let row = try rows.next() {
                out[row["event"], default: []].append(Participant(node: row["id"], key: row["key"], label: row["label"]))
            }
        }
        return out
    }

    /// Reports of each event, by publication date.
    func sources(_ ids: [Int64]) throws -> [Int64: [EventSource]] {
        var out: [Int64: [EventSource]] = [:]
        for part in chunks(ids) {
            let rows = try Row.fetchCursor(db, sql: """
                SELECT r.event, d.key, d.title, r.outlet, r.published, r.language, r.evidence
                FROM reports r JOIN documents d ON d.id = r.document
                WHERE r.event IN (\(Self.placeholders(part.count))) ORDER BY r.event, r.published, r.id
                """, arguments: StatementArguments(part))
            while let row = try rows.next() {
                out[row["event"], default: []].append(EventSource(
                    document: row["key"], title: row["title"], outlet: row["outlet"], published: row["published"],
                    language: (row["language"] as String?).flatMap(LanguageCode.init(rawValue:)),
                    evidence: row["evidence"]))
            }
        }
        return out
    }

    /// Keys and labels of nodes.
    func labels(_ ids: [Int64]) throws -> [Int64: (key: String, label: String)] {
        var out: [Int64: (key: String, label: String)] = [:]
        for part in chunks(ids) {
            let rows = try Row.fetchCursor(db, sql: "SELECT id, key, label FROM nodes WHERE id IN (\(Self.placeholders(part.count)))",
                                           arguments: StatementArguments(part))
            while let row = try rows.next() { out[row["id"]] = (row["key"], row["label"]) }
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
                                 participants: (participants[id] ?? []).map(\.label), sources: sources[id] ?? [])
        }
    }
}
