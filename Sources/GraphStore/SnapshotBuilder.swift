import EventGraphModel
import GRDB

/// Builds graph snapshots (whole graph or ego network) from the edge table, with batched lookups.
struct SnapshotBuilder {
    let db: Database
    let window: DateWindow
    /// Whether edges carry their events' keys and reports.
    var evidence = false

    struct EdgeRow: Hashable {
        var id: Int64
        var src: Int64
        var dst: Int64
        var kind: GraphEdgeKind
        var type: EventType?
        var date: String?
        var event: Int64?
    }

    /// Whether an edge of an event covering `first`…`last` (day numbers) lies in the window; edges
    /// without days (affiliations, events with no day at all) always do.
    func inWindow(_ first: Int?, _ last: Int?) -> Bool {
        guard let first else { return true }
        if let from = window.from.flatMap(Days.number), (last ?? first) < from { return false }
        if let to = window.to.flatMap(Days.number), first > to { return false }
        return true
    }

    /// Link rows of `links l JOIN events e`: a, b, kind, outgoing, event, type, date, first day, last day.
    static let linkColumns = "l.a, l.b, l.kind, l.outgoing, l.event, e.type, e.date, e.first_day, e.last_day, e.grain, e.report_date"

    /// The TimeML date of an event row whose stored date, grain, first day and report flag are at these columns.
    static func date(_ row: Row, stored: Int, grain: Int, first: Int, reportDate: Int) -> String? {
        SchemaV4.date(stored: row[stored], grain: (row[grain] as String?).flatMap(DateGrain.init(rawValue:)),
                      firstDay: row[first], isReportDate: row[reportDate])
    }

    func link(_ row: Row) -> EdgeRow? {
        guard inWindow(row[7], row[8]) else { return nil }
        let a: Int64 = row[0], b: Int64 = row[1]
        let outgoing: Bool = row[3]
        let kind: GraphEdgeKind = (row[2] as Int) == SchemaV4.interaction ? .interaction : .event
        return EdgeRow(id: 0, src: outgoing ? a : b, dst: outgoing ? b : a, kind: kind,
                       type: (row[5] as String?).flatMap(EventType.init(rawValue:)),
                       date: Self.date(row, stored: 6, grain: 9, first: 7, reportDate: 10), event: row[4])
    }

    func affiliation(_ row: Row) -> EdgeRow {
        EdgeRow(id: 0, src: row[0], dst: row[1], kind: .affiliation, type: nil, date: nil, event: nil)
    }

    func adjacency(_ node: Int64) throws -> [EdgeRow] {
        var out = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT \(Self.linkColumns) FROM links l JOIN events e ON e.id = l.event WHERE l.a = ?
            """), arguments: [node]).compactMap(link)
        out += try Row.fetchAll(db.cachedStatement(sql: """
            SELECT src, dst FROM affiliations WHERE src = ? UNION ALL SELECT src, dst FROM affiliations WHERE dst = ?
            """), arguments: [node, node]).map(affiliation)
        return out
    }

    func ego(_ centre: Int64, depth: Int, maxNodes: Int?, outlets: Bool) throws -> GraphSnapshot {
        var order = [centre]
        var members: Set<Int64> = [centre]
        var cache: [Int64: [EdgeRow]] = [:]
        var frontier = [centre]
        let cap = maxNodes ?? Int.max
        for _ in 0..<depth {
            var next: [Int64] = []
            for node in frontier {
                let rows = try adjacency(node)
                cache[node] = rows
                for row in rows {
                    let other = row.src == node ? row.dst : row.src
                    guard !members.contains(other), members.count < cap else { continue }
                    members.insert(other)
                    order.append(other)
                    next.append(other)
                }
            }
            frontier = next
        }
        var edges = Set<EdgeRow>()
        for rows in cache.values {
            for row in rows where members.contains(row.src) && members.contains(row.dst) { edges.insert(row) }
        }
        // Edges among the members reached last (their own adjacency was not read): one batched probe.
        let unread = order.filter { cache[$0] == nil }
        if !unread.isEmpty {
            let members = Hydration.json(Array(members))
            for row in try Row.fetchAll(db, sql: """
                SELECT \(Self.linkColumns) FROM links l JOIN events e ON e.id = l.event
                WHERE l.a IN (SELECT value FROM json_each(?)) AND l.b IN (SELECT value FROM json_each(?))
                """, arguments: [Hydration.json(unread), members]) {
                if let edge = link(row) { edges.insert(edge) }
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT src, dst FROM affiliations
                WHERE src IN (SELECT value FROM json_each(?)) AND dst IN (SELECT value FROM json_each(?))
                """, arguments: [Hydration.json(unread), members]) {
                edges.insert(affiliation(row))
            }
        }
        var all = Array(edges)
        if outlets {
            all += try reported(for: Set(all.compactMap(\.event)), members: &members, order: &order, cap: cap)
        } else {
            let outletIDs = try outletNodes()
            all.removeAll { $0.kind == .affiliation && outletIDs.contains($0.src) }
            let linked = Set(all.flatMap { [$0.src, $0.dst] })
            order.removeAll { $0 != centre && !linked.contains($0) }
        }
        return GraphSnapshot(nodes: try nodes(order), edges: aggregate(all))
    }

    func whole(maxNodes: Int?, outlets: Bool) throws -> GraphSnapshot {
        var edges: [EdgeRow] = []
        let links = try Row.fetchCursor(db, sql: """
            SELECT \(Self.linkColumns) FROM links l JOIN events e ON e.id = l.event WHERE l.outgoing = 1
            """)
        while let row = try links.next() { if let edge = link(row) { edges.append(edge) } }
        edges += try Row.fetchAll(db, sql: "SELECT src, dst FROM affiliations").map(affiliation)
        if !outlets {
            let outletIDs = try outletNodes()
            edges.removeAll { $0.kind == .affiliation && outletIDs.contains($0.src) }
        }
        let reports = outlets ? try Row.fetchCursor(db, sql: """
            SELECT r.outlet, r.event, e.type, e.date, e.first_day, e.last_day, e.members, e.grain, e.report_date
            FROM reported r JOIN events e ON e.id = r.event
            """) : nil
        while let row = try reports?.next() {
            guard inWindow(row[4], row[5]) else { continue }
            for member in SchemaV4.members(row[6]) {
                edges.append(EdgeRow(id: 0, src: row[0], dst: member, kind: .reported,
                                     type: (row[2] as String?).flatMap(EventType.init(rawValue:)),
                                     date: Self.date(row, stored: 3, grain: 7, first: 4, reportDate: 8), event: row[1]))
            }
        }
        var ids: [Int64]
        if window.isOpen && maxNodes == nil {
            ids = try Int64.fetchAll(db, sql: "SELECT id FROM nodes WHERE kind <> 'event' ORDER BY id")
        } else {
            var seen = Set<Int64>()
            ids = []
            for e in edges { for n in [e.src, e.dst] where seen.insert(n).inserted { ids.append(n) } }
        }
        if let maxNodes, ids.count > maxNodes {
            var degree: [Int64: Int] = [:]
            for e in edges { degree[e.src, default: 0] += 1; degree[e.dst, default: 0] += 1 }
            let keep = Set(ids.sorted { (degree[$0] ?? 0, -$0) > (degree[$1] ?? 0, -$1) }.prefix(maxNodes))
            ids = ids.filter(keep.contains)
            edges = edges.filter { keep.contains($0.src) && keep.contains($0.dst) }
        }
        return GraphSnapshot(nodes: try nodes(ids), edges: aggregate(edges))
    }

    /// The outlet nodes: without outlets, their affiliations (an outlet's country) are left out too.
    func outletNodes() throws -> Set<Int64> {
        Set(try Int64.fetchAll(db.cachedStatement(sql: "SELECT id FROM nodes WHERE kind = 'outlet'")))
    }

    /// Edges from the outlets that reported `events` to their participants in the snapshot.
    func reported(for events: Set<Int64>, members: inout Set<Int64>, order: inout [Int64], cap: Int) throws -> [EdgeRow] {
        guard !events.isEmpty else { return [] }
        var out: [EdgeRow] = []
        let rows = try Row.fetchAll(db, sql: """
            SELECT r.outlet, r.event, e.type, e.date, e.members, e.grain, e.first_day, e.report_date
            FROM reported r JOIN events e ON e.id = r.event
            WHERE r.event IN (SELECT value FROM json_each(?)) ORDER BY r.event, r.outlet
            """, arguments: [Hydration.json(Array(events))])
        for row in rows {
            let outlet: Int64 = row[0]
            let event: Int64 = row[1]
            if !members.contains(outlet) {
                guard members.count < cap else { continue }
                members.insert(outlet)
                order.append(outlet)
            }
            for p in SchemaV4.members(row[4]) where members.contains(p) && p != outlet {
                out.append(EdgeRow(id: 0, src: outlet, dst: p, kind: .reported,
                                   type: (row[2] as String?).flatMap(EventType.init(rawValue:)),
                                   date: Self.date(row, stored: 3, grain: 5, first: 6, reportDate: 7), event: event))
            }
        }
        return out
    }

    /// One edge per pair, kind and type; interaction pairs are unordered.
    func aggregate(_ rows: [EdgeRow]) -> [GraphEdge] {
        struct Key: Hashable { var a: Int64; var b: Int64; var kind: GraphEdgeKind; var type: EventType? }
        var events: [Key: Set<Int64>] = [:]
        var dates: [Key: String] = [:]
        var order: [Key] = []
        for row in rows {
            let undirected = row.kind == .interaction
            let key = Key(a: undirected ? min(row.src, row.dst) : row.src, b: undirected ? max(row.src, row.dst) : row.dst,
                          kind: row.kind, type: row.kind == .affiliation ? nil : row.type)
            if events[key] == nil { order.append(key) }
            events[key, default: []].insert(row.event ?? -row.id)
            if let d = row.date, d > (dates[key] ?? "") { dates[key] = d }
        }
        let hydration = Hydration(db: db)
        let keys = (try? hydration.labels(Array(Set(order.flatMap { [$0.a, $0.b] })))) ?? [:]
        var eventKeys: [Int64: String] = [:]
        var sources: [Int64: [EventSource]] = [:]
        if evidence {
            let ids = Array(Set(events.values.flatMap { $0.filter { $0 > 0 } }))
            eventKeys = ((try? hydration.events(ids)) ?? [:]).mapValues(\.key)
            sources = (try? hydration.sources(ids)) ?? [:]
        }
        return order.compactMap { k in
            guard let a = keys[k.a]?.key, let b = keys[k.b]?.key else { return nil }
            let ids = (events[k] ?? []).filter { $0 > 0 }.sorted()
            return GraphEdge(source: a, target: b, kind: k.kind, type: k.type, date: dates[k],
                             weight: events[k]?.count ?? 1, events: ids.compactMap { eventKeys[$0] },
                             sources: ids.flatMap { sources[$0] ?? [] })
        }.sorted { ($0.source, $0.target, $0.kind.rawValue, $0.type?.rawValue ?? "") < ($1.source, $1.target, $1.kind.rawValue, $1.type?.rawValue ?? "") }
    }

    func nodes(_ ids: [Int64]) throws -> [GraphNode] {
        let hydration = Hydration(db: db)
        var byID: [Int64: GraphNode] = [:]
        for part in hydration.chunks(ids) {
            let rows = try Row.fetchAll(db, sql: """
                SELECT n.id, n.key, n.label, n.label_en, n.label_ar, n.kind, c.key AS country, n.documents
                FROM nodes n LEFT JOIN nodes c ON c.id = n.country WHERE n.id IN (\(Hydration.placeholders(part.count)))
                """, arguments: StatementArguments(part))
            for row in rows {
                guard let kind = ActorKind(rawValue: row["kind"]) else { continue }
                byID[row["id"]] = GraphNode(id: row["key"], label: row["label"], labelEN: row["label_en"],
                                            labelAR: row["label_ar"], kind: kind, country: row["country"],
                                            documents: row["documents"])
            }
        }
        return ids.compactMap { byID[$0] }
    }
}
