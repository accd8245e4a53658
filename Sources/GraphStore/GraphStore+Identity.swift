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
            guard let kept = try Identity.node(forKey: Identity.followMerges(b, db: db), db: db) else {
                throw StoreError(.notFound, path: path, reason: "no node has the key \(b)")
            }
            let keptKey = try String.fetchOne(db, sql: "SELECT key FROM nodes WHERE id = ?", arguments: [kept]) ?? b
            guard a != keptKey else { return }
            try db.execute(sql: "INSERT OR REPLACE INTO merges(merged_key, kept_key) VALUES (?, ?)",
                           arguments: [a, keptKey])
            guard let gone = try Identity.node(forKey: a, db: db), gone != kept else { return }
            try db.execute(sql: """
                UPDATE edges SET src = :kept WHERE src = :gone;
                UPDATE edges SET dst = :kept WHERE dst = :gone;
                DELETE FROM edges WHERE src = dst;
                DELETE FROM edges WHERE kind IN ('participant', 'affiliation', 'reported') AND (src = :kept OR dst = :kept)
                  AND id NOT IN (SELECT MIN(id) FROM edges WHERE kind IN ('participant', 'affiliation', 'reported')
                                 AND (src = :kept OR dst = :kept) GROUP BY src, dst, kind);
                INSERT INTO mentions(node, document, count, offsets)
                  SELECT :kept, document, count, offsets FROM mentions WHERE node = :gone AND true
                  ON CONFLICT(node, document) DO UPDATE SET count = count + excluded.count,
                    offsets = offsets || ';' || excluded.offsets;
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
            // Events whose participant set changed get a new signature.
            let events = try Int64.fetchAll(db, sql: "SELECT src FROM edges WHERE dst = ? AND kind = 'participant'",
                                            arguments: [kept])
            for event in events {
                let members = try Int64.fetchAll(db, sql: "SELECT dst FROM edges WHERE src = ? AND kind = 'participant'",
                                                 arguments: [event])
                try db.execute(sql: "UPDATE events SET signature = ? WHERE node = ?",
                               arguments: [EventWriter.signature(Array(Set(members))), event])
            }
        }
    }
}
