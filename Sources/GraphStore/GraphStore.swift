import EventGraphModel
import Foundation
import GRDB

/// The knowledge graph in one SQLite file: documents, actors, events, links between actors,
/// mentions, reports and a full-text index over evidence.
///
/// The store is a `Sendable` value over one GRDB connection: a `DatabasePool` in WAL mode for a
/// file opened for writing, a read-only `DatabaseQueue` for queries, a `DatabaseQueue` in memory. Each document is ingested in one transaction; a batch shares one
/// transaction with a savepoint per document. It is the only module that knows SQL.
///
/// ```swift
/// let store = try GraphStore(path: "eventgraph.sqlite")
/// let report = try store.ingest(document, extraction)
/// let talks = try store.talks(TalkFilter(actor: "gz:russia", from: "2022"))
/// ```
public struct GraphStore: Sendable {
    let writer: any DatabaseWriter
    /// The file the store lives in, or `:memory:`.
    public let path: String
    /// What the last ingest transaction knew, for the next.
    let ingestMemo = IngestMemo()

    /// A fresh store in memory, for tests and one-off commands.
    ///
    /// - Throws: ``StoreError`` when the schema cannot be created.
    public static func inMemory() throws -> GraphStore {
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(configuration: configuration(readOnly: false))
        } catch {
            throw StoreError(.cannotOpen, path: ":memory:", reason: "\(error)")
        }
        let store = GraphStore(writer: queue, path: ":memory:")
        try store.migrate()
        return store
    }

    init(writer: any DatabaseWriter, path: String) {
        self.writer = writer
        self.path = path
    }

    /// How long a connection waits for another process's write lock before SQLite gives up; the
    /// batch writer then retries (``GraphStore/ingest(batch:)``).
    static let busyTimeout: TimeInterval = 10

    /// Every connection's page cache (64 MiB), memory map of the file (up to 2 GiB) and temporary
    /// tables and sorts in memory: what queries read fast with. A bulk load replaces them on its
    /// writer while it lasts (``Bulk/pragmas``).
    static let connectionPragmas = "PRAGMA temp_store = MEMORY; PRAGMA cache_size = -65536; PRAGMA mmap_size = 2147418112"

    static func configuration(readOnly: Bool) -> Configuration {
        var config = Configuration()
        config.readonly = readOnly
        config.busyMode = .timeout(busyTimeout)
        config.prepareDatabase { db in
            db.add(tokenizer: ArabicTokenizer.self)
            StoredText.register(db)
            try db.execute(sql: connectionPragmas + "; PRAGMA secure_delete = FAST")
            if !db.configuration.readonly { try db.execute(sql: "PRAGMA synchronous = NORMAL") }
        }
        return config
    }

    func migrate() throws {
        do {
            // Processes opening a new store at once each read which migrations are pending, then
            // apply them one transaction each: the later one fails on what the first created (a
            // table that exists, or the migration's row in grdb_migrations when its statements
            // could run twice). It reads again and finds nothing left to do.
            var attempt = 0
            while true {
                do {
                    try Schema.migrator.migrate(writer)
                    return
                } catch let error as DatabaseError
                            where [.SQLITE_ERROR, .SQLITE_CONSTRAINT].contains(error.resultCode) && attempt < 5 {
                    attempt += 1
                    if try writer.read({ db in try Schema.migrator.hasCompletedMigrations(db) }) { return }
                }
            }
        } catch let error as DatabaseError
                    where [.SQLITE_NOTADB, .SQLITE_CORRUPT, .SQLITE_BUSY, .SQLITE_LOCKED].contains(error.resultCode) {
            throw GraphStore.openError(error, path: path, doing: "could not create or upgrade the schema")
        } catch {
            throw StoreError(.migrationFailed, path: path,
                             reason: "could not create or upgrade the schema: \(error)",
                             underlying: error as? DatabaseError)
        }
    }

    /// Runs a read in one read transaction (one snapshot for all its statements), mapping GRDB
    /// errors to ``StoreError``.
    ///
    /// The transaction is begun and committed through cached statements: GRDB's `read` parses
    /// `BEGIN` and `COMMIT` again for every read, and with its savepoint bookkeeping cost ~63,000
    /// instructions a read where this costs ~30,000 (callgrind; ~0.02 ms of wall time in a `talks`
    /// query of a few rows, 0.087 → 0.068 ms).
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try writer.unsafeRead { db in
                if db.isInsideTransaction { return try body(db) }
                try db.cachedStatement(sql: "BEGIN DEFERRED TRANSACTION").execute()
                let value: T
                do {
                    value = try body(db)
                } catch {
                    if db.isInsideTransaction { try? db.rollback() }
                    throw error
                }
                try db.cachedStatement(sql: "COMMIT TRANSACTION").execute()
                return value
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(.databaseError, path: path, reason: "\(error)", underlying: error as? DatabaseError)
        }
    }

    /// How many times a write that found the store locked by another process is tried again
    /// (each try waits up to ``busyTimeout``).
    static let busyRetries = 60

    /// Runs a write transaction, mapping GRDB errors to ``StoreError``.
    ///
    /// When another process holds the write lock past the busy timeout, the whole transaction is
    /// run again (nothing of the failed try was kept), so concurrent ingests store every document.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        var attempt = 0
        while true {
            do {
                return try writer.write { db in try body(db) }
            } catch let error as StoreError {
                throw error
            } catch let error as DatabaseError
                        where (error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED)
                        && attempt < Self.busyRetries {
                attempt += 1
                Thread.sleep(forTimeInterval: 0.01 * Double(min(attempt, 10)) + Double.random(in: 0..<0.02))
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
                throw GraphStore.openError(error, path: path, doing: "cannot write")
            } catch {
                throw StoreError(.databaseError, path: path, reason: "\(error)", underlying: error as? DatabaseError)
            }
        }
    }

    /// Counts of what the store holds.
    ///
    /// - Throws: ``StoreError`` `databaseError`.
    public func statistics() throws -> StoreStatistics {
        try read { db in
            func count(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql) ?? 0 }
            return StoreStatistics(
                documents: try count("SELECT COUNT(*) FROM documents"),
                actors: try count("SELECT COUNT(*) FROM nodes WHERE kind <> 'event'"),
                events: try count("SELECT COUNT(*) FROM events"),
                // Participant, interaction, event, affiliation and reported edges, as the graph counts them.
                edges: try count("SELECT (SELECT COALESCE(SUM(length(members) - length(replace(members, ',', '')) + (members <> '')), 0)"
                                 + " FROM events) + (SELECT COUNT(*) FROM links WHERE outgoing = 1)"
                                 + " + (SELECT COUNT(*) FROM affiliations) + (SELECT COUNT(*) FROM reported)"),
                reports: try count("SELECT (SELECT COUNT(*) FROM reports) + (SELECT COUNT(*) FROM events WHERE r_start IS NOT NULL)"),
                mentions: try count("SELECT COALESCE(SUM(count), 0) FROM mentions"),
                aliases: try count("SELECT COUNT(*) FROM aliases"))
        }
    }
}
