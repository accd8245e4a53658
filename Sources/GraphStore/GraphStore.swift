import EventGraphModel
import Foundation
import GRDB

/// The knowledge graph in one SQLite file: documents, actor and event nodes, edges, mentions,
/// reports and a full-text index over evidence.
///
/// The store is a `Sendable` value over one GRDB writer (a `DatabasePool` in WAL mode for files,
/// a `DatabaseQueue` in memory). Each document is ingested in one transaction; a batch shares one
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

    /// Opens the store at `path`, creating it when missing, and brings its schema up to date.
    ///
    /// A file that exists but is not an SQLite database is refused before SQLite touches it.
    ///
    /// - Parameter path: The database file.
    /// - Throws: ``StoreError`` `notADatabase`, `cannotOpen` or `migrationFailed`.
    public init(path: String) throws {
        self.path = path
        try GraphStore.checkHeader(path)
        do {
            writer = try DatabasePool(path: path, configuration: GraphStore.configuration())
        } catch let error as DatabaseError {
            throw GraphStore.openError(error, path: path)
        } catch {
            throw StoreError(.cannotOpen, path: path, reason: "\(error)")
        }
        try migrate()
    }

    /// A fresh store in memory, for tests and one-off commands.
    ///
    /// - Throws: ``StoreError`` when the schema cannot be created.
    public static func inMemory() throws -> GraphStore {
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(configuration: configuration())
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

    static func configuration() -> Configuration {
        var config = Configuration()
        config.prepareDatabase { db in
            db.add(tokenizer: ArabicTokenizer.self)
            try db.execute(sql: """
                PRAGMA synchronous = NORMAL;
                PRAGMA temp_store = MEMORY;
                PRAGMA cache_size = -65536;
                PRAGMA mmap_size = 268435456;
                """)
        }
        return config
    }

    func migrate() throws {
        do {
            try Schema.migrator.migrate(writer)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw StoreError(.notADatabase, path: path, reason: "the file is not an SQLite database",
                             underlying: error)
        } catch {
            throw StoreError(.migrationFailed, path: path,
                             reason: "could not create or upgrade the schema: \(error)",
                             underlying: error as? DatabaseError)
        }
    }

    /// Refuses an existing non-empty file whose first 16 bytes are not SQLite's header, without writing to it.
    static func checkHeader(_ path: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return }
        if isDirectory.boolValue {
            throw StoreError(.cannotOpen, path: path, reason: "this is a folder, not a database file")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw StoreError(.cannotOpen, path: path, reason: "the file cannot be read (check its permissions)")
        }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 16)) ?? Data()
        guard !head.isEmpty else { return }
        let magic = Array("SQLite format 3".utf8) + [0]
        if Array(head) != magic {
            let shown = String(decoding: head.prefix(12), as: UTF8.self)
                .unicodeScalars.map { $0 == " " || ($0.value >= 0x20 && !$0.properties.isWhitespace) ? String($0) : "." }.joined()
            throw StoreError(.notADatabase, path: path,
                             reason: "the file exists but is not an SQLite database (it begins with \"\(shown)\"); "
                                 + "it was left untouched: choose another --db path")
        }
    }

    static func openError(_ error: DatabaseError, path: String) -> StoreError {
        if error.resultCode == .SQLITE_NOTADB {
            return StoreError(.notADatabase, path: path, reason: "the file is not an SQLite database",
                              underlying: error)
        }
        return StoreError(.cannotOpen, path: path, reason: error.message ?? "\(error)", underlying: error)
    }

    /// Runs a read, mapping GRDB errors to ``StoreError``.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try writer.read { db in try body(db) }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(.databaseError, path: path, reason: "\(error)", underlying: error as? DatabaseError)
        }
    }

    /// Runs a write transaction, mapping GRDB errors to ``StoreError``.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try writer.write { db in try body(db) }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(.databaseError, path: path, reason: "\(error)", underlying: error as? DatabaseError)
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
                edges: try count("SELECT COUNT(*) FROM edges"),
                reports: try count("SELECT COUNT(*) FROM reports"),
                mentions: try count("SELECT COALESCE(SUM(count), 0) FROM mentions"),
                aliases: try count("SELECT COUNT(*) FROM aliases"))
        }
    }
}
