import GRDB

/// The store's schema, created and upgraded by a `DatabaseMigrator`.
///
/// A good migration is never modified once it has shipped: add a new one instead.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: v1)
        }
        migrator.registerMigration("v2") { db in
            try db.execute(sql: "PRAGMA application_id = \(GraphStore.applicationID)")
            try rehashDocuments(db)
        }
        migrator.registerMigration("v3") { db in
            // Preferences the store keeps for its users (the label language).
            try db.execute(sql: "CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID")
        }
        migrator.registerMigration("v4") { db in
            try SchemaV4.migrate(db)
        }
        migrator.registerMigration("v5") { db in
            try SchemaV5.migrate(db)
        }
        migrator.registerMigration("v6") { db in
            try SchemaV6.migrate(db)
        }
        migrator.registerMigration("v7") { db in
            try SchemaV7.migrate(db)
        }
        migrator.registerMigration("v8") { db in
            try SchemaV8.migrate(db)
        }
        migrator.registerMigration("v9") { db in
            try SchemaV9.migrate(db)
        }
        migrator.registerMigration("v10") { db in
            try SchemaV10.migrate(db)
        }
        return migrator
    }

    /// `v2`: documents are identified by the hash of their normalised text (``ContentIdentity``).
    /// Keys stay as they were; of two stored documents that become one identity, the later keeps its old hash.
    static func rehashDocuments(_ db: Database) throws {
        var updates: [(Int64, String)] = []
        let rows = try Row.fetchCursor(db, sql: "SELECT id, hash, text FROM documents ORDER BY id")
        while let row = try rows.next() {
            let hash = ContentIdentity.hash(row["text"])
            if hash != row["hash"] as String { updates.append((row["id"], hash)) }
        }
        let update = try db.makeStatement(sql: "UPDATE OR IGNORE documents SET hash = ? WHERE id = ?")
        for (id, hash) in updates { try update.execute(arguments: [hash, id]) }
    }

    /// Edges: `date` is the event's own TimeML value (nil when undated); `date_start`/`date_end` are
    /// the first and last day it covers, or the report day for an undated event (for ordering and windows).
    /// Events: `sort_start`/`sort_end` likewise; `span` is `sort_end - sort_start` in days.
    /// Mentions: one row per actor node and document (also when the actor has no mention spans), with
    /// `offsets` as `start-end` scalar offsets joined by `;` (bytes since `v9`, ``SchemaV9``).
    static let v1 = """
    CREATE TABLE documents(
      id INTEGER PRIMARY KEY,
      hash TEXT NOT NULL UNIQUE,
      key TEXT NOT NULL,
      input_id TEXT, path TEXT, url TEXT, title TEXT, outlet TEXT, published TEXT,
      language TEXT NOT NULL,
      text TEXT NOT NULL);
    CREATE INDEX documents_key ON documents(key);

    CREATE TABLE nodes(
      id INTEGER PRIMARY KEY,
      key TEXT NOT NULL UNIQUE,
      kind TEXT NOT NULL,
      label TEXT NOT NULL,
      label_en TEXT,
      label_ar TEXT,
      language TEXT,
      country INTEGER,
      languages INTEGER NOT NULL DEFAULT 0,
      documents INTEGER NOT NULL DEFAULT 0,
      properties TEXT NOT NULL DEFAULT '{}');
    CREATE INDEX nodes_kind ON nodes(kind);

    CREATE TABLE node_keys(
      key TEXT PRIMARY KEY,
      node INTEGER NOT NULL REFERENCES nodes(id) ON DELETE CASCADE) WITHOUT ROWID;
    CREATE INDEX node_keys_node ON node_keys(node);

    CREATE TABLE aliases(
      kind TEXT NOT NULL,
      form TEXT NOT NULL,
      node INTEGER NOT NULL REFERENCES nodes(id) ON DELETE CASCADE,
      surface TEXT NOT NULL,
      PRIMARY KEY(kind, form, node)) WITHOUT ROWID;
    CREATE INDEX aliases_form ON aliases(form);
    CREATE INDEX aliases_node ON aliases(node);

    CREATE TABLE events(
      node INTEGER PRIMARY KEY REFERENCES nodes(id) ON DELETE CASCADE,
      type TEXT NOT NULL,
      family TEXT NOT NULL,
      cameo TEXT NOT NULL,
      date TEXT, date_end TEXT, grain TEXT, date_text TEXT,
      sort_start TEXT, sort_end TEXT,
      span INTEGER NOT NULL DEFAULT 0,
      is_report_date INTEGER NOT NULL,
      planned INTEGER NOT NULL,
      signature TEXT NOT NULL,
      confidence REAL NOT NULL);
    CREATE INDEX events_match ON events(family, signature, sort_start);
    CREATE INDEX events_sort ON events(sort_start, node);
    CREATE INDEX events_span ON events(span);

    CREATE TABLE edges(
      id INTEGER PRIMARY KEY,
      src INTEGER NOT NULL REFERENCES nodes(id) ON DELETE CASCADE,
      dst INTEGER NOT NULL REFERENCES nodes(id) ON DELETE CASCADE,
      kind TEXT NOT NULL,
      type TEXT, cameo TEXT, role TEXT,
      date TEXT, date_start TEXT, date_end TEXT, grain TEXT,
      event INTEGER,
      document INTEGER,
      evidence_start INTEGER, evidence_end INTEGER,
      confidence REAL);
    CREATE INDEX edges_src ON edges(src, kind, date_start, type, dst, event, date_end);
    CREATE INDEX edges_dst ON edges(dst, kind, date_start, type, src, event, date_end);

    CREATE TABLE mentions(
      node INTEGER NOT NULL REFERENCES nodes(id) ON DELETE CASCADE,
      document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      count INTEGER NOT NULL,
      offsets TEXT NOT NULL,
      PRIMARY KEY(node, document)) WITHOUT ROWID;

    CREATE TABLE reports(
      id INTEGER PRIMARY KEY,
      event INTEGER NOT NULL REFERENCES nodes(id) ON DELETE CASCADE,
      document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      outlet TEXT, published TEXT, language TEXT,
      date TEXT, date_text TEXT,
      evidence TEXT NOT NULL, evidence_start INTEGER, evidence_end INTEGER,
      confidence REAL,
      UNIQUE(event, document));

    CREATE VIRTUAL TABLE evidence_fts USING fts5(
      evidence, content='reports', content_rowid='id', tokenize='eventgraph_arabic');
    CREATE TRIGGER reports_fts_insert AFTER INSERT ON reports BEGIN
      INSERT INTO evidence_fts(rowid, evidence) VALUES (new.id, new.evidence);
    END;
    CREATE TRIGGER reports_fts_delete AFTER DELETE ON reports BEGIN
      INSERT INTO evidence_fts(evidence_fts, rowid, evidence) VALUES ('delete', old.id, old.evidence);
    END;
    CREATE TRIGGER reports_fts_update AFTER UPDATE OF evidence ON reports BEGIN
      INSERT INTO evidence_fts(evidence_fts, rowid, evidence) VALUES ('delete', old.id, old.evidence);
      INSERT INTO evidence_fts(rowid, evidence) VALUES (new.id, new.evidence);
    END;

    CREATE TABLE merges(
      merged_key TEXT PRIMARY KEY,
      kept_key TEXT NOT NULL) WITHOUT ROWID;
    """
}
