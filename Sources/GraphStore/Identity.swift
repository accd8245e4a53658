import Foundation
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

    /// The event an event key (`ev:<document key>:<event id>`) names, or `nil`.
    static func event(forKey key: String, db: Database) throws -> Int64? {
        let parts = key.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == "ev", !parts[1].isEmpty, !parts[2].isEmpty else { return nil }
        let document = String(parts[1]), local = String(parts[2])
        let sql = "SELECT e.id FROM events e JOIN documents k ON k.id = e.document WHERE k.key = ? AND e.local = ?"
        // A document key is the start of its hash, except in stores upgraded from before content identity.
        let bytes = SchemaV4.hashBytes(hex: document)
        if document.count == 12, bytes.count == 6, document.allSatisfy(\.isHexDigit) {
            var upper = bytes
            var i = upper.count - 1
            while i >= 0 { if upper[i] == 0xFF { upper[i] = 0; i -= 1 } else { upper[i] += 1; break } }
            if let id = try Int64.fetchOne(db, sql: """
                SELECT e.id FROM documents k JOIN events e ON e.document = k.id
                WHERE k.hash >= ? AND k.hash < ? AND k.key = ? AND e.local = ?
                """, arguments: [Data(bytes), i < 0 ? Data(repeating: 0xFF, count: 17) : Data(upper), document, local]) {
                return id
            }
        }
        return try Int64.fetchOne(db, sql: sql, arguments: [document, local])
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
