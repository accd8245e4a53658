import Foundation
import GRDB

extension GraphStore {
    /// Starts a bulk load: the fast path for filling an empty store with many documents.
    ///
    /// Until ``finishBulkLoad()``, every ingest (of this process or another) appends the links of
    /// new events to an unindexed staging table instead of the clustered `links` table, and the
    /// full-text index and the timeline index wait; the end sorts the links in once, builds the
    /// indexes and the full-text index. Queries during a bulk load do not see the staged links.
    /// A load whose process died is finished by the next process that opens the store for writing.
    ///
    /// - Returns: Whether a bulk load started (the store held no document and no load was under way).
    /// - Throws: ``StoreError`` `databaseError`.
    @discardableResult
    public func beginBulkLoad() throws -> Bool {
        let started = try write { db -> Bool in
            guard try !(Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM documents)") ?? true),
                  try Bulk.owner(db) == nil else { return false }
            try db.execute(sql: """
                CREATE TABLE IF NOT EXISTS links_load(a INTEGER, kind INTEGER, event INTEGER, b INTEGER, outgoing INTEGER);
                DROP INDEX IF EXISTS events_by_day;
                INSERT OR REPLACE INTO meta(key, value) VALUES ('bulk', ?);
                """, arguments: [Int(getpid())])
            return true
        }
        if started { try setPragmas(Bulk.pragmas) }
        return started
    }

    /// While this process loads, the writer's memory does not grow with the store: a page cache of
    /// fixed size (``Bulk/pragmas``), no memory map of the file (each page read through the map
    /// counts in the process's memory until the end, and the end reads every text for the full-text
    /// index), the end's sorts that outgrow the cache spilled to temporary files on disk, not in
    /// memory (``Bulk/endPragmas``), and checkpoints after larger WAL growth. Afterwards the
    /// connection's own settings come back (``Bulk/normalPragmas``).
    func setPragmas(_ pragmas: String) throws {
        do {
            try writer.writeWithoutTransaction { db in
                try db.execute(sql: pragmas)
            }
        } catch {
            throw StoreError(.databaseError, path: path, reason: "\(error)", underlying: error as? DatabaseError)
        }
    }

    /// Ends a bulk load (see ``beginBulkLoad()``): links sorted into their table, indexes and the
    /// full-text index built, the texts compressed with a dictionary trained on them when the load
    /// did not train it already (``StoredText``, at least 1,000 documents), the file rewritten
    /// without free space (``compact()``), the write-ahead log folded into the file. Does nothing
    /// when no load is under way.
    ///
    /// - Throws: ``StoreError`` `databaseError`.
    public func finishBulkLoad() throws {
        // Also when finishing the load of a process that died: the end's sorts and reads stay bounded.
        try setPragmas(Bulk.endPragmas)
        let finished = try write { db in try Bulk.finish(db) }
        if finished { try compact() }
        try setPragmas(Bulk.normalPragmas)
        if finished { try checkpoint() }
    }

    /// Rewrites the file with every page full (`VACUUM`): a bulk load leaves the pages the full-text
    /// index's merges freed, and B-tree pages that splits left part empty (`links`, `mentions`, the
    /// signature index; 21 MB, 6 %, at a million interactions, for ~5 s). Skipped when another
    /// connection is using the store: the store is whole without it.
    func compact() throws {
        do {
            try writer.writeWithoutTransaction { db in try db.execute(sql: "VACUUM") }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
            // Another connection is reading or writing: the free space stays until a later VACUUM.
        } catch {
            throw StoreError(.databaseError, path: path, reason: "\(error)", underlying: error as? DatabaseError)
        }
    }

    /// Finishes the bulk load of a process that died (its id is no longer running).
    func recoverBulkLoad() throws {
        let orphan = try read { db -> Bool in
            guard let owner = try Bulk.owner(db) else { return false }
            return kill(pid_t(owner), 0) != 0 && errno == ESRCH
        }
        if orphan { try finishBulkLoad() }
    }

    /// Folds the write-ahead log into the database file.
    func checkpoint() throws {
        do {
            try writer.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
            // Another connection is reading or writing: SQLite checkpoints later.
        } catch {
            throw StoreError(.databaseError, path: path, reason: "\(error)", underlying: error as? DatabaseError)
        }
    }
}

/// The bulk-load state, kept in `meta` (`bulk` = the owner's process id) and `links_load`.
enum Bulk {
    /// The writer's settings while a bulk load writes its documents: a page cache of 64 MiB, as
    /// every connection has (a loaded transaction touches more pages than that, and SQLite writes the
    /// excess to the WAL before the commit; at a million interactions 16 MiB read 2.2 million pages
    /// back, 64 MiB 0.8 million), no memory map, a checkpoint every 16,384 pages (64 MiB of WAL), and
    /// temporary data in memory: the savepoint of each document journals the pages it changes before
    /// changing them (~80 KB a document, past the 64 KiB at which SQLite moves a journal to a file,
    /// where each page is a write system call: 7 million of them at a million interactions). The
    /// journal is emptied when the document's savepoint is released, so it holds one document's pages.
    static let pragmas = "PRAGMA cache_size = -65536; PRAGMA mmap_size = 0; PRAGMA temp_store = MEMORY; "
        + "PRAGMA wal_autocheckpoint = 16384"

    /// The writer's settings at the end of a bulk load: those of the load, with temporary files on
    /// disk (the end sorts every link and index entry: more than memory should hold).
    static let endPragmas = "PRAGMA cache_size = -65536; PRAGMA mmap_size = 0; PRAGMA temp_store = FILE; "
        + "PRAGMA wal_autocheckpoint = 16384"

    /// The settings of every connection (``GraphStore/connectionPragmas``), and SQLite's default checkpoints.
    static let normalPragmas = GraphStore.connectionPragmas + "; PRAGMA wal_autocheckpoint = 1000"

    static func owner(_ db: Database) throws -> Int? {
        try Int.fetchOne(db.cachedStatement(sql: "SELECT value FROM meta WHERE key = 'bulk'"))
    }

    /// Whether ingests should stage their links (a bulk load is under way).
    static func isActive(_ db: Database) throws -> Bool { try owner(db) != nil }

    /// Moves the staged links in, builds what waited; `false` when no load was under way.
    static func finish(_ db: Database) throws -> Bool {
        guard try owner(db) != nil else { return false }
        try db.execute(sql: """
            INSERT OR IGNORE INTO links(a, kind, day, event, b, outgoing)
              SELECT l.a, l.kind, coalesce(e.first_day, \(SchemaV4.unknownDay)), l.event, l.b, l.outgoing
              FROM links_load l JOIN events e ON e.id = l.event
              ORDER BY 1, 2, 3, 4, 5;
            DROP TABLE links_load;
            """)
        try db.execute(sql: SchemaV4.indexes)
        try db.execute(sql: """
            INSERT INTO evidence_fts(evidence_fts) VALUES ('rebuild');
            INSERT INTO evidence_fts(evidence_fts) VALUES ('optimize');
            """)
        try StoredText.compressAll(db)
        try db.execute(sql: "DELETE FROM meta WHERE key = 'bulk'")
        return true
    }
}
