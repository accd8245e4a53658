import EventGraphModel
import GRDB

extension GraphStore {
    /// The shortest chain of interactions between two actors, found by a bidirectional
    /// breadth-first search over indexed neighbour lookups (never a recursive query).
    ///
    /// - Parameters:
    ///   - a: Key or name of the first actor.
    ///   - b: Key or name of the second actor.
    ///   - maxDepth: At most this many hops.
    /// - Returns: The hops from `a` to `b` with the event of each (empty when `a` is `b`), or `nil`
    ///   when no chain of at most `maxDepth` hops exists or a name matches nothing.
    /// - Throws: ``StoreError`` `databaseError`.
    public func path(from a: String, to b: String, maxDepth: Int = 4) throws -> [PathStep]? {
        try read { db in
            guard let start = try GraphStore.filterNodes(a, db: db).first,
                  let goal = try GraphStore.filterNodes(b, db: db).first else { return nil }
            guard let hops = try PathSearch(db: db).shortest(from: start, to: goal, maxDepth: maxDepth) else { return nil }
            let hydration = Hydration(db: db)
            let names = try hydration.labels(Array(Set(hops.flatMap { [$0.from, $0.to] })))
            let events = try hydration.events(Array(Set(hops.map(\.event))))
            return hops.compactMap { hop in
                guard let f = names[hop.from], let t = names[hop.to], let e = events[hop.event] else { return nil }
                return PathStep(from: f.key, to: t.key, event: e.key, type: e.type, date: e.date ?? e.sortDate)
            }
        }
    }

    /// The actors within `depth` hops of an actor and the edges between them.
    ///
    /// - Parameters:
    ///   - key: Key or name of the centre.
    ///   - depth: Hops over interaction, event and affiliation edges.
    /// - Throws: ``StoreError`` `notFound` when the key matches nothing.
    public func neighbours(of key: String, depth: Int) throws -> GraphSnapshot {
        try graph(GraphFilter(actor: key, depth: depth))
    }

    /// The graph of actors: the whole graph, or the ego network of an actor, in a date window.
    ///
    /// Edges are aggregated per pair, kind and type (`weight` counts the events, `date` is the
    /// latest); with `filter.outlets`, `reported` edges go from an outlet to each participant of an
    /// event it reported.
    ///
    /// - Parameter filter: Centre, depth, window and size.
    /// - Throws: ``StoreError`` `notFound` when `filter.actor` matches nothing.
    public func graph(_ filter: GraphFilter) throws -> GraphSnapshot {
        try read { db in
            let builder = SnapshotBuilder(db: db, window: DateWindow(from: filter.from, to: filter.to),
                                          evidence: filter.evidence)
            if let actor = filter.actor {
                guard let centre = try GraphStore.filterNodes(actor, db: db).first else {
                    throw StoreError(.notFound, path: path, reason: "no actor matches \(actor)")
                }
                return try builder.ego(centre, depth: max(0, filter.depth), maxNodes: filter.maxNodes, outlets: filter.outlets)
            }
            return try builder.whole(maxNodes: filter.maxNodes, outlets: filter.outlets)
        }
    }
}

/// Bidirectional BFS over the interaction edges.
struct PathSearch {
    let db: Database

    struct Hop {
        var from: Int64
        var to: Int64
        var event: Int64
    }

    /// Interaction partners of a node: one range of the `links` primary key.
    static let neighbourSQL = "SELECT b, event FROM links WHERE a = ? AND kind = \(SchemaV4.interaction)"

    func neighbours(_ node: Int64) throws -> [(Int64, Int64)] {
        var out: [(Int64, Int64)] = []
        let statement = try db.cachedStatement(sql: Self.neighbourSQL)
        try statement.setArguments([node])
        let rows = try Row.fetchCursor(statement)
        while let row = try rows.next() { out.append((row[0], row[1])) }
        return out
    }

    func shortest(from start: Int64, to goal: Int64, maxDepth: Int) throws -> [Hop]? {
        if start == goal { return [] }
        // parent[n] = (previous node towards the side's root, event)
        var parentA: [Int64: (Int64, Int64)] = [:], parentB: [Int64: (Int64, Int64)] = [:]
        var depthA: [Int64: Int] = [start: 0], depthB: [Int64: Int] = [goal: 0]
        var frontierA = [start], frontierB = [goal]
        var levelA = 0, levelB = 0
        while !frontierA.isEmpty, !frontierB.isEmpty, levelA + levelB < maxDepth {
            let expandA = frontierA.count <= frontierB.count
            var next: [Int64] = []
            var best: (node: Int64, length: Int)?
            let frontier = expandA ? frontierA : frontierB
            // A node met from the other side has that side's current depth: had it been nearer, the
            // other side's earlier levels would have reached this node already. So the first meeting
            // of a level is a shortest path, and the search stops there.
            expansion: for node in frontier {
                for (other, event) in try neighbours(node) {
                    if expandA {
                        if depthA[other] != nil { continue }
                        depthA[other] = levelA + 1
                        parentA[other] = (node, event)
                        if let d = depthB[other] {
                            // Every meeting found in this level has the same length (see below): the first one wins.
                            best = (other, levelA + 1 + d)
                            break expansion
                        }
                    } else {
                        if depthB[other] != nil { continue }
                        depthB[other] = levelB + 1
                        parentB[other] = (node, event)
                        if let d = depthA[other] {
                            best = (other, levelB + 1 + d)
                            break expansion
                        }
                    }
                    next.append(other)
                }
            }
            if expandA { frontierA = next; levelA += 1 } else { frontierB = next; levelB += 1 }
            if let meet = best?.node, (best?.length ?? Int.max) <= maxDepth {
                var hops: [Hop] = []
                var n = meet
                while let (prev, event) = parentA[n] { hops.insert(Hop(from: prev, to: n, event: event), at: 0); n = prev }
                n = meet
                while let (prev, event) = parentB[n] { hops.append(Hop(from: n, to: prev, event: event)); n = prev }
                return hops
            }
        }
        return nil
    }
}
