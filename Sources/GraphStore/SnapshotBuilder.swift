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

    /// SQL condition on an edge's window columns; undated edges (affiliations) always pass.
    func windowCondition(_ table: String = "") -> (String, [(any DatabaseValueConvertible)?]) {
        var parts: [String] = []
        var args: [(any DatabaseValueConvertible)?] = []
        if let from = window.from {
            parts.append("\(table)date_end >= ?")
            args.append(from)
        }
        if let to = window.to {
            parts.append("\(table)date_start <= ?")
            args.append(to)
        }
        guard !parts.isEmpty else { return ("", []) }
        return (" AND (\(table)date_start IS NULL OR (" + parts.joined(separator: " AND ") + "))", args)
    }

    static let actorKinds = "('interaction', 'event', 'affiliation')"

    func edge(_ row: Row) -> EdgeRow? {
        guard let kind = GraphEdgeKind(rawValue: row[3]) else { return nil }
        return EdgeRow(id: row[0], src: row[1], dst: row[2], kind: kind,
                       type: (row[4] as String?).flatMap(EventType.init(rawValue:)), date: row[5], event: row[6])
    }

    func adjacency(_ node: Int64) throws -> [EdgeRow] {
        let (cond, args) = windowCondition()
        let sql = """
            SELECT id, src, dst, kind, type, date, event FROM edges WHERE src = ? AND kind IN \(Self.actorKinds)\(cond)
            UNION ALL
            SELECT id, src, dst, kind, type, date, event FROM edges WHERE dst = ? AND kind IN \(Self.actorKinds)\(cond)
            """
        let all: [(any DatabaseValueConvertible)?] = [node] + args + [node] + args
        return try Row.fetchAll(db.cachedStatement(sql: sql), arguments: StatementArguments(all)).compactMap(edge)
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
        let memberIDs = Array(members)
        let (cond, args) = windowCondition()
        for part in Hydration(db: db).chunks(unread) where !memberIDs.isEmpty {
            let sql = """
                SELECT id, src, dst, kind, type, date, event FROM edges
                WHERE src IN (\(Hydration.placeholders(part.count))) AND kind IN \(Self.actorKinds)
                  AND dst IN (\(Hydration.placeholders(memberIDs.count)))\(cond)
                """
            let values: [(any DatabaseValueConvertible)?] = part.map { $0 } + memberIDs.map { $0 } + args
            for row in try Row.fetchAll(db, sql: sql, arguments: StatementArguments(values)).compactMap(edge) {
                edges.insert(row)
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
        let (cond, args) = windowCondition()
        var edges = try Row.fetchAll(db, sql: """
            SELECT id, src, dst, kind, type, date, event FROM edges WHERE kind IN \(Self.actorKinds)\(cond)
            """, arguments: StatementArguments(args)).compactMap(edge)
        if !outlets {
            let outletIDs = try outletNodes()
            edges.removeAll { $0.kind == .affiliation && outletIDs.contains($0.src) }
        }
        if outlets {
            let (rcond, rargs) = windowCondition("r.")
            edges += try Row.fetchAll(db, sql: """
                SELECT r.id, r.src, p.dst, 'reported' AS kind, r.type, r.date, r.dst AS event
                FROM edges r JOIN edges p ON p.src = r.dst AND p.kind = 'participant'
                WHERE r.kind = 'reported'\(rcond)
                """, arguments: StatementArguments(rargs)).compactMap(edge)
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
        let hydration = Hydration(db: db)
        let ids = Array(events)
        let participants = try hydration.participants(ids)
        var out: [EdgeRow] = []
        for part in hydration.chunks(ids) {
            let rows = try Row.fetchAll(db, sql: """
                SELECT id, src, dst, type, date FROM edges WHERE dst IN (\(Hydration.placeholders(part.count))) AND kind = 'reported'
                """, arguments: StatementArguments(part))
            for row in rows {
                let outlet: Int64 = row["src"]
                let event: Int64 = row["dst"]
                if !members.contains(outlet) {
                    guard members.count < cap else { continue }
                    members.insert(outlet)
                    order.append(outlet)
                }
                for p in participants[event] ?? [] where members.contains(p.node) && p.node != outlet {
                    out.append(EdgeRow(id: row["id"], src: outlet, dst: p.node, kind: .reported,
                                       type: (row["type"] as String?).flatMap(EventType.init(rawValue:)),
                                       date: row["date"], event: event))
                }
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
