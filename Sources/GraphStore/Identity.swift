import GRDB
import TextAnalysis

/// Key lookups shared by ingest and queries.
enum Identity {
    /// The key a merge rule sends `key` to (following chains), or `key` itself.
    static func followMerges(_ key: String, db: Database) throws -> String {
        var current = key
        var seen: Set<String> = [key]
        while let next = try String.fetchOne(db.cachedStatement(sql: "SELECT kept_key FROM merges WHERE merged_key = ?"),
                                             arguments: [current]), seen.insert(next).inserted {
            current = next
        }
        return current
    }

    /// The node that owns `key` (its own key or one it absorbed).
    static func node(forKey key: String, db: Database) throws -> Int64? {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT node FROM node_keys WHERE key = ?"), arguments: [key])
    }

    /// Node ids matching a key or a name, best first: the exact key, then aliases in matching form
    /// (with Arabic proclitics stripped if needed), then names containing the query as whole words.
    static func resolve(_ query: String, db: Database) throws -> [Int64] {
        var out: [Int64] = []
        func add(_ ids: [Int64]) { for id in ids where !out.contains(id) { out.append(id) } }
        let trimmed = query.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return [] }
        if let node = try node(forKey: try followMerges(trimmed, db: db), db: db) { add([node]) }
        let form = MatchingForm.key(trimmed)
        let byForm = "SELECT a.node FROM aliases a JOIN nodes n ON n.id = a.node WHERE a.form = ? ORDER BY n.documents DESC, n.id"
        add(try Int64.fetchAll(db.cachedStatement(sql: byForm), arguments: [form]))
        if out.isEmpty {
            var words = form.split(separator: " ").map(String.init)
            if let first = words.first {
                for reading in ArabicClitics.readings(of: first).dropFirst() {
                    words[0] = reading.stem
                    add(try Int64.fetchAll(db.cachedStatement(sql: byForm), arguments: [words.joined(separator: " ")]))
                }
            }
        }
        if out.isEmpty, form.unicodeScalars.count >= 3 {
            let escaped = form.replacingOccurrences(of: "\\", with: "\\\\")
                .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
            add(try Int64.fetchAll(db, sql: """
                SELECT DISTINCT a.node FROM aliases a JOIN nodes n ON n.id = a.node
                WHERE a.form LIKE ? ESCAPE '\\' OR a.form LIKE ? ESCAPE '\\' OR a.form LIKE ? ESCAPE '\\'
                ORDER BY n.documents DESC, n.id LIMIT 50
                """, arguments: ["% " + escaped, escaped + " %", "% " + escaped + " %"]))
        }
        return out
    }
}

import Foundation
