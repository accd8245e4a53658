import EventGraphModel
import GRDB

extension GraphStore {
    /// The language the store shows names in when a command is not told otherwise.
    ///
    /// The language set with ``setLabelLanguage(_:)``; when none was set, the language most of the
    /// stored documents are in (English on a tie), so that a corpus that began with one Arabic
    /// article is not labelled in Arabic; `nil` for an empty store.
    ///
    /// - Throws: ``StoreError`` `databaseError`.
    public func labelLanguage() throws -> LanguageCode? {
        try read { db in
            if try db.tableExists("settings"),
               let value = try String.fetchOne(db, sql: "SELECT value FROM settings WHERE key = 'label_language'"),
               let language = LanguageCode(rawValue: value) {
                return language
            }
            let row = try Row.fetchOne(db, sql: """
                SELECT language, COUNT(*) AS n FROM documents GROUP BY language
                ORDER BY n DESC, language = 'en' DESC LIMIT 1
                """)
            return (row?["language"] as String?).flatMap(LanguageCode.init(rawValue:))
        }
    }

    /// Keeps `language` as the store's label language, or forgets it (`nil`: back to the majority
    /// language of the documents).
    ///
    /// - Throws: ``StoreError`` `databaseError` (a read-only store cannot keep a setting).
    public func setLabelLanguage(_ language: LanguageCode?) throws {
        try write { db in
            if let language {
                try db.execute(sql: "INSERT OR REPLACE INTO settings(key, value) VALUES ('label_language', ?)",
                               arguments: [language.rawValue])
            } else {
                try db.execute(sql: "DELETE FROM settings WHERE key = 'label_language'")
            }
        }
    }
}
