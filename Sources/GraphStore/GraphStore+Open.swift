import Foundation
import GRDB

extension GraphStore {
    /// How a command uses the store.
    public enum Access: Sendable {
        /// Ingest, build and merge: the store is created when missing and its schema brought up to date.
        case readWrite
        /// Queries and exports: the store must exist and be an EventGraph store; nothing is written
        /// (a read-only file or folder is fine), except a schema upgrade of a writable store made by
        /// an earlier version.
        case readOnly
    }

    /// `PRAGMA application_id` of an EventGraph store ("EvGr"), set by the `v2` migration.
    static let applicationID: Int32 = 0x4576_4772

    /// Opens the store at `path`.
    ///
    /// Nothing is written to a file that is not an EventGraph store: a file that is not SQLite, or an
    /// SQLite database of another application, is refused and left untouched. With `.readWrite`
    /// an existing store must also pass `PRAGMA quick_check` (a damaged store is refused, not written to).
    ///
    /// - Parameters:
    ///   - path: The database file.
    ///   - access: `.readWrite` (default) creates a missing store; `.readOnly` requires one.
    /// - Throws: ``StoreError`` `noStore`, `notADatabase`, `notAStore`, `corrupt`, `cannotOpen` or `migrationFailed`.
    public init(path: String, access: Access = .readWrite) throws {
        self.path = path
        switch access {
        case .readWrite: writer = try GraphStore.openWritableWaiting(path)
        case .readOnly: writer = try GraphStore.openReadOnly(path)
        }
        if access == .readWrite {
            try migrate()
            try recoverBulkLoad()
        }
    }

    /// ``openWritable(_:)``, tried again for up to ``busyTimeout`` while the store is busy: SQLite
    /// answers `SQLITE_BUSY` at once, without its busy handler, while another connection turns a
    /// new file into a WAL database or recovers its log.
    static func openWritableWaiting(_ path: String) throws -> DatabasePool {
        let deadline = Date().addingTimeInterval(busyTimeout)
        while true {
            do {
                return try openWritable(path)
            } catch let error as StoreError where error.code == .busy && Date() < deadline {
                Thread.sleep(forTimeInterval: 0.02)
            }
        }
    }

    /// A writable pool on `path`, refused when the file is not (and cannot become) an EventGraph store.
    static func openWritable(_ path: String) throws -> DatabasePool {
        if try checkHeader(path) {
            // Checked through a read-only connection first: opening a pool already writes (WAL mode).
            let queue = try readOnlyQueue(path)
            do {
                try queue.read { db in
                    try checkIdentity(db, path: path)
                    let check = try String.fetchAll(db, sql: "PRAGMA quick_check(3)")
                    if check != ["ok"] {
                        throw StoreError(.corrupt, path: path,
                                         reason: "the store is damaged (quick_check: \(check.joined(separator: "; "))); "
                                             + "nothing was written: restore a copy or ingest into a new store")
                    }
                }
                try queue.close()
            } catch let error as StoreError {
                throw error
            } catch let error as DatabaseError {
                throw openError(error, path: path, doing: "cannot read")
            }
        }
        do {
            return try DatabasePool(path: path, configuration: configuration(readOnly: false))
        } catch let error as DatabaseError {
            throw openError(error, path: path, doing: "cannot open")
        } catch {
            throw StoreError(.cannotOpen, path: path, reason: "\(error)")
        }
    }

    /// A read-only connection on an existing EventGraph store; a store of an earlier schema is upgraded
    /// first when the file can be written, else refused with the reason.
    static func openReadOnly(_ path: String) throws -> DatabaseQueue {
        guard FileManager.default.fileExists(atPath: path) else {
            throw StoreError(.noStore, path: path,
                             reason: "no store at this path (check --db; 'eventgraph ingest FILES --db PATH' creates one)")
        }
        guard try checkHeader(path) else {
            throw StoreError(.notAStore, path: path, reason: "the file is empty, not an EventGraph store")
        }
        let queue = try readOnlyQueue(path)
        let pending: Bool
        do {
            pending = try queue.read { db in
                try checkIdentity(db, path: path)
                guard try Schema.migrator.hasCompletedMigrations(db) else { return true }
                // A bulk load whose process died is finished before the store is read.
                guard let owner = try Bulk.owner(db) else { return false }
                return kill(pid_t(owner), 0) != 0 && errno == ESRCH
            }
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            throw openError(error, path: path, doing: "cannot read")
        }
        guard pending else { return queue }
        guard FileManager.default.isWritableFile(atPath: path) else {
            throw StoreError(.migrationFailed, path: path,
                             reason: "the store was made by an earlier EventGraph, or its last bulk load was interrupted, "
                                 + "and the file is read-only: make it writable once so that it can be brought up to date")
        }
        try queue.close()
        _ = try GraphStore(path: path, access: .readWrite)
        return try readOnlyQueue(path)
    }

    /// A read-only queue; when SQLite cannot create the WAL index beside a read-only store, the file
    /// is opened as immutable.
    static func readOnlyQueue(_ path: String) throws -> DatabaseQueue {
        do {
            return try DatabaseQueue(path: path, configuration: configuration(readOnly: true))
        } catch let error as DatabaseError where [.SQLITE_CANTOPEN, .SQLITE_READONLY].contains(error.resultCode) {
            let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
            let uri = "file:" + (absolute.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? absolute)
                + "?immutable=1"
            do {
                return try DatabaseQueue(path: uri, configuration: configuration(readOnly: true))
            } catch let error as DatabaseError {
                throw openError(error, path: path, doing: "cannot open")
            }
        } catch let error as DatabaseError {
            throw openError(error, path: path, doing: "cannot open")
        } catch {
            throw StoreError(.cannotOpen, path: path, reason: "\(error)")
        }
    }

    /// Refuses an SQLite database that holds tables but is not an EventGraph store.
    ///
    /// A store carries the application id; one made before the id existed is recognised by its
    /// migration table and its `documents`, `nodes` and `edges` tables.
    static func checkIdentity(_ db: Database, path: String) throws {
        if try Int32.fetchOne(db, sql: "PRAGMA application_id") == applicationID { return }
        let tables = try String.fetchAll(db, sql: """
            SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name
            """)
        // Empty, or another process is creating it: GRDB commits its `grdb_migrations` table before `v1`.
        if Set(tables).isSubset(of: ["grdb_migrations"]) { return }
        let legacy: Set<String> = ["grdb_migrations", "documents", "nodes", "edges", "events", "reports"]
        if legacy.isSubset(of: Set(tables)) { return }
        let shown = tables.prefix(5).joined(separator: ", ") + (tables.count > 5 ? ", …" : "")
        throw StoreError(.notAStore, path: path,
                         reason: "this SQLite database belongs to another application (tables: \(shown)); "
                             + "it was left untouched: choose another --db path")
    }

    /// Whether `path` is an existing non-empty file; refuses one whose first 16 bytes are not
    /// SQLite's header, without writing to it.
    @discardableResult
    static func checkHeader(_ path: String) throws -> Bool {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return false }
        if isDirectory.boolValue {
            throw StoreError(.cannotOpen, path: path, reason: "this is a folder, not a database file")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw StoreError(.cannotOpen, path: path, reason: "the file cannot be read (check its permissions)")
        }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 16)) ?? Data()
        guard !head.isEmpty else { return false }
        let magic = Array("SQLite format 3".utf8) + [0]
        if Array(head) != magic {
            let shown = String(decoding: head.prefix(12), as: UTF8.self)
                .unicodeScalars.map { $0 == " " || ($0.value >= 0x20 && !$0.properties.isWhitespace) ? String($0) : "." }.joined()
            throw StoreError(.notADatabase, path: path,
                             reason: "the file exists but is not an SQLite database (it begins with \"\(shown)\"); "
                                 + "it was left untouched: choose another --db path")
        }
        return true
    }

    /// A GRDB error met while opening, as a ``StoreError`` that says what it means for the user.
    static func openError(_ error: DatabaseError, path: String, doing: String) -> StoreError {
        switch error.resultCode {
        case .SQLITE_NOTADB:
            return StoreError(.notADatabase, path: path, reason: "the file is not an SQLite database", underlying: error)
        case .SQLITE_CORRUPT:
            return StoreError(.corrupt, path: path,
                              reason: "the store is damaged (\(error.message ?? "database disk image is malformed")); "
                                  + "nothing was written: restore a copy or ingest into a new store", underlying: error)
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return StoreError(.busy, path: path,
                              reason: "\(doing): another process held the store for more than \(Int(busyTimeout)) s",
                              underlying: error)
        default:
            return StoreError(.cannotOpen, path: path, reason: "\(doing): \(error.message ?? "\(error)")", underlying: error)
        }
    }
}
