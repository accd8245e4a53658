import EventGraphModel
import GRDB
import TextAnalysis

extension GraphStore {
    /// Node keys whose key, label or alias matches `query`, best first.
    ///
    /// The exact key (or a key merged into a node) comes first; then names and aliases in matching
    /// form, in any language (`ترامب`, `Trump`, `وترامب` with its proclitic); then names that contain
    /// the query as whole words.
    ///
    /// - Parameter query: A key (`gz:russia`) or a name.
    /// - Returns: Keys of actor or event nodes; empty when nothing matches.
    /// - Throws: ``StoreError`` `databaseError`.
    public func resolveActor(_ query: String) throws -> [String] {
        try read { db in
            let trimmed = query.trimmingCharacters(in: .whitespacesAndNewlines)
            if try Identity.event(forKey: trimmed, db: db) != nil { return [trimmed] }
            let ids = try Identity.resolve(query, db: db)
            return try ids.compactMap { try String.fetchOne(db, sql: "SELECT key FROM nodes WHERE id = ?", arguments: [$0]) }
        }
    }

    /// Every actor, with its aliases, document count and languages, by kind then label.
    ///
    /// - Parameter kind: Only actors of this kind.
    /// - Throws: ``StoreError`` `databaseError`.
    public func actors(kind: ActorKind? = nil) throws -> [ActorRecord] {
        try read { db in
            var aliases: [Int64: [String]] = [:]
            let aliasRows = try Row.fetchCursor(db, sql: "SELECT node, surface FROM aliases ORDER BY node, surface")
            while let row = try aliasRows.next() { aliases[row["node"], default: []].append(row["surface"]) }
            let sql = """
                SELECT id, key, kind, label, label_en, label_ar, documents, languages FROM nodes
                WHERE kind <> 'event' \(kind == nil ? "" : "AND kind = ?") ORDER BY kind, label
                """
            let rows = try Row.fetchAll(db, sql: sql, arguments: kind.map { [$0.rawValue] } ?? [])
            return rows.compactMap { row -> ActorRecord? in
                guard let kind = ActorKind(rawValue: row["kind"]) else { return nil }
                let label: String = row["label"]
                var seen: Set<String> = [label]
                let names = (aliases[row["id"]] ?? []).filter { seen.insert($0).inserted }
                let bits: Int = row["languages"]
                var languages: [LanguageCode] = []
                if bits & 1 != 0 { languages.append(.ar) }
                if bits & 2 != 0 { languages.append(.en) }
                return ActorRecord(id: row["key"], name: label, nameEN: row["label_en"], nameAR: row["label_ar"],
                                   kind: kind, aliases: names, documents: row["documents"], languages: languages)
            }
        }
    }

    /// Merges node `a` into node `b`, and keeps the rule so that later ingests send `a` to `b`.
    ///
    /// Edges, mentions, aliases, keys and reports of `a` move to `b`; `a` is deleted. When `a` is not
    /// (yet) in the store only the rule is kept.
    ///
    /// - Parameters:
    ///   - a: The key to merge away.
    ///   - b: The key to keep; it must name a node.
    /// - Throws: ``StoreError`` `notFound` when `b` names no node.
    public func merge(_ a: String, into b: String) throws {
        try write { db in
            for key in [a, b] where try Identity.event(forKey: key, db: db) != nil {
                throw StoreError(.cannotMerge, path: path, reason: "\(a) and \(b): only actors can be merged, not events")
            }
            guard let kept = try Identity.node(forKey: Identity.followMerges(b, db: db), db: db) else {
                throw StoreError(.notFound, path: path, reason: "no node has the key \(b)")
            }
            let keptKey = try String.fetchOne(db, sql: "SELECT key FROM nodes WHERE id = ?", arguments: [kept]) ?? b
            guard a != keptKey else { return }
            func keepRule() throws {
                try db.execute(sql: "INSERT OR REPLACE INTO merges(merged_key, kept_key) VALUES (?, ?)",
                               arguments: [a, keptKey])
            }
            guard let gone = try Identity.node(forKey: a, db: db), gone != kept else { try keepRule(); return }
            let kinds = try String.fetchAll(db, sql: "SELECT kind FROM nodes WHERE id IN (?, ?)", arguments: [kept, gone])
            guard !kinds.contains("event") else {
                throw StoreError(.cannotMerge, path: path, reason: "\(a) and \(b): only actors can be merged, not events")
            }
            try keepRule()
            try GraphStore.moveLinks(from: gone, to: kept, db: db)
            try db.execute(sql: """
                UPDATE OR IGNORE affiliations SET src = :kept WHERE src = :gone;
                DELETE FROM affiliations WHERE src = :gone;
                UPDATE OR IGNORE affiliations SET dst = :kept WHERE dst = :gone;
                DELETE FROM affiliations WHERE dst = :gone;
                DELETE FROM affiliations WHERE src = dst;
                UPDATE OR IGNORE reported SET outlet = :kept WHERE outlet = :gone;
                DELETE FROM reported WHERE outlet = :gone;
                INSERT INTO mentions(node, document, count, offsets)
                  SELECT :kept, document, count, offsets FROM mentions WHERE node = :gone AND true
                  ON CONFLICT(node, document) DO UPDATE SET count = count + excluded.count,
                    offsets = CAST(offsets || excluded.offsets AS BLOB);
                DELETE FROM mentions WHERE node = :gone;
                UPDATE OR IGNORE aliases SET node = :kept WHERE node = :gone;
                UPDATE node_keys SET node = :kept WHERE node = :gone;
                UPDATE nodes SET country = :kept WHERE country = :gone;
                UPDATE nodes SET
                  documents = (SELECT COUNT(*) FROM mentions WHERE node = :kept),
                  languages = languages | (SELECT languages FROM nodes WHERE id = :gone),
                  label_en = COALESCE(label_en, (SELECT label_en FROM nodes WHERE id = :gone)),
                  label_ar = COALESCE(label_ar, (SELECT label_ar FROM nodes WHERE id = :gone)),
                  country = COALESCE(country, (SELECT country FROM nodes WHERE id = :gone))
                  WHERE id = :kept;
                DELETE FROM aliases WHERE node = :gone;
                DELETE FROM nodes WHERE id = :gone;
                """, arguments: ["kept": kept, "gone": gone])
        }
    }

    /// Moves the members and links of node `gone` to node `kept`: each event it took part in gets
    /// `kept` instead (once), with a new signature; a link between the two disappears, and an event
    /// left with one participant gets a `members` row.
    static func moveLinks(from gone: Int64, to kept: Int64, db: Database) throws {
        var events = Set(try Int64.fetchAll(db, sql: "SELECT event FROM members WHERE actor = ?", arguments: [gone]))
        // Links are stored from both ends: rewrite each of gone's rows and its mirror.
        let rows = try Row.fetchAll(db, sql: "SELECT kind, day, event, b, outgoing FROM links WHERE a = ?", arguments: [gone])
        try db.execute(sql: "DELETE FROM links WHERE a = ?", arguments: [gone])
        for row in rows {
            let kind: Int = row[0], day: Int = row[1], event: Int64 = row[2], b: Int64 = row[3], outgoing: Int = row[4]
            events.insert(event)
            try db.execute(sql: "DELETE FROM links WHERE a = ? AND kind = ? AND day = ? AND event = ? AND b = ?",
                           arguments: [b, kind, day, event, gone])
            guard b != kept else { continue }
            try db.execute(sql: "INSERT OR IGNORE INTO links(a, kind, day, event, b, outgoing) VALUES (?,?,?,?,?,?)",
                           arguments: [kept, kind, day, event, b, outgoing])
            try db.execute(sql: "INSERT OR IGNORE INTO links(a, kind, day, event, b, outgoing) VALUES (?,?,?,?,?,?)",
                           arguments: [b, kind, day, event, kept, 1 - outgoing])
        }
        if try Bulk.isActive(db) {
            events.formUnion(try Int64.fetchAll(db, sql: "SELECT event FROM links_load WHERE a = ?", arguments: [gone]))
            try db.execute(sql: """
                UPDATE links_load SET a = :kept WHERE a = :gone;
                UPDATE links_load SET b = :kept WHERE b = :gone;
                DELETE FROM links_load WHERE a = b;
                """, arguments: ["kept": kept, "gone": gone])
        }
        try db.execute(sql: """
            UPDATE OR IGNORE members SET actor = ? WHERE actor = ?;
            DELETE FROM members WHERE actor = ?;
            UPDATE events SET target = ? WHERE target = ?;
            """, arguments: [kept, gone, gone, kept, gone])
        for event in events.sorted() {
            guard let row = try Row.fetchOne(db, sql: "SELECT type, planned, members, first_day, target FROM events WHERE id = ?",
                                             arguments: [event]) else { continue }
            var members: [Int64] = []
            let old = SchemaV4.members(row[2])
            let target = SchemaV10.target(stored: row[4], members: old).map { $0 == gone ? kept : $0 }
            for member in old {
                let id = member == gone ? kept : member
                if !members.contains(id) { members.append(id) }
            }
            let type = EventType(rawValue: row[0]) ?? .other
            let base = type.isInteraction ? "interaction" : type.rawValue
            let family = (row[1] as Bool) ? "planned:" + base : base
            try db.execute(sql: "UPDATE events SET members = ?, sig = ?, target = ? WHERE id = ?",
                           arguments: [SchemaV4.membersText(members), SchemaV6.signature(family: family, members: members),
                                       SchemaV10.storedTarget(target, members: members), event])
            if members.count == 1 {
                try db.execute(sql: "INSERT OR IGNORE INTO members(actor, day, event, role) VALUES (?, ?, ?, 0)",
                               arguments: [kept, (row[3] as Int?) ?? SchemaV4.unknownDay, event])
            }
        }
    }
}
