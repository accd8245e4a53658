import EventGraphModel
import GRDB
import GRDBSQLite

/// Binding values to a cached statement and reading its rows straight through SQLite's C API, for
/// the statements the store runs millions of times (ingest) or per returned record (queries).
///
/// GRDB's `execute(arguments:)` and `Row` cursors build an array of existentials per execution
/// (`StatementArguments`) and decode each column through a protocol; these helpers bind each value
/// with the matching `sqlite3_bind_*` call and read columns with `sqlite3_column_*`. The statement
/// stays GRDB's (prepared once, cached by SQL): it is reset before and after each use, with its
/// bindings cleared, so GRDB's own uses of it are unaffected.
struct RawStatement {
    let statement: Statement
    private var handle: OpaquePointer { statement.sqliteStatement }

    init(_ statement: Statement) { self.statement = statement }

    /// Runs the statement to its end with the values `bind` gives, in parameter order.
    ///
    /// - Throws: `DatabaseError` when SQLite fails (a constraint, a full disk …).
    func execute(_ bind: (inout Bindings) -> Void) throws {
        try forEach(bind) { _ in true }
    }

    /// Steps through the rows of the statement with the values `bind` gives; `body` reads each row
    /// (valid only during the call) and returns false to stop.
    func forEach(_ bind: (inout Bindings) -> Void, _ body: (Columns) throws -> Bool) throws {
        let h = handle
        sqlite3_reset(h)
        var bindings = Bindings(handle: h)
        bind(&bindings)
        defer {
            sqlite3_reset(h)
            sqlite3_clear_bindings(h)
        }
        let columns = Columns(handle: h)
        while true {
            let code = sqlite3_step(h)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else { throw error(code) }
            if try !body(columns) { return }
        }
    }

    private func error(_ code: Int32) -> DatabaseError {
        let connection = sqlite3_db_handle(handle)
        let message = connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
        return DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
    }

    /// Parameter values, bound one after the other from the first.
    struct Bindings {
        let handle: OpaquePointer
        private var index: Int32 = 1

        init(handle: OpaquePointer) { self.handle = handle }

        /// SQLite copies a value bound with this destructor.
        private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)

        mutating func null() {
            sqlite3_bind_null(handle, index)
            index += 1
        }

        mutating func int(_ value: Int64) {
            sqlite3_bind_int64(handle, index, value)
            index += 1
        }

        mutating func int(_ value: Int) { int(Int64(value)) }

        mutating func int(_ value: Int?) {
            if let value { int(Int64(value)) } else { null() }
        }

        mutating func int(_ value: Int64?) {
            if let value { int(value) } else { null() }
        }

        mutating func bool(_ value: Bool) { int(Int64(value ? 1 : 0)) }

        mutating func text(_ value: String) {
            var value = value
            value.withUTF8 { bytes in
                // A non-null pointer for the empty string: a null one would bind NULL.
                withUnsafePointer(to: 0 as UInt8) { empty in
                    _ = sqlite3_bind_text(handle, index, UnsafeRawPointer(bytes.baseAddress ?? empty)
                        .assumingMemoryBound(to: CChar.self), Int32(bytes.count), Self.transient)
                }
            }
            index += 1
        }

        mutating func text(_ value: String?) {
            if let value { text(value) } else { null() }
        }

        /// A text or its reference (``SchemaV7``) as two columns: the text, or NULL and the reference.
        mutating func textOrReference(_ value: Either<Int, String>?) {
            switch value {
            case .left(let reference):
                null()
                int(reference)
            case .right(let string):
                text(string)
                null()
            case nil:
                null()
                null()
            }
        }

        mutating func blob(_ bytes: [UInt8]) {
            bytes.withUnsafeBytes { raw in
                withUnsafePointer(to: 0 as UInt8) { empty in
                    _ = sqlite3_bind_blob(handle, index, raw.baseAddress ?? UnsafeRawPointer(empty), Int32(raw.count),
                                          Self.transient)
                }
            }
            index += 1
        }
    }

    /// The columns of the current row, by index from 0.
    struct Columns {
        let handle: OpaquePointer

        func isNull(_ i: Int32) -> Bool { sqlite3_column_type(handle, i) == SQLITE_NULL }

        func int64(_ i: Int32) -> Int64 { sqlite3_column_int64(handle, i) }

        func int(_ i: Int32) -> Int { Int(sqlite3_column_int64(handle, i)) }

        func optionalInt(_ i: Int32) -> Int? { isNull(i) ? nil : int(i) }

        func optionalInt64(_ i: Int32) -> Int64? { isNull(i) ? nil : int64(i) }

        func bool(_ i: Int32) -> Bool { sqlite3_column_int64(handle, i) != 0 }

        /// The column as text (a NULL reads as the empty string; see ``optionalText(_:)``).
        func text(_ i: Int32) -> String {
            guard let pointer = sqlite3_column_text(handle, i) else { return "" }
            let count = Int(sqlite3_column_bytes(handle, i))
            return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
        }

        /// The case of `table` whose raw value is the column's text, or nil (also for NULL), read
        /// from the column's bytes without making a string.
        func value<T>(_ i: Int32, in table: ColumnValues<T>) -> T? {
            guard let pointer = sqlite3_column_text(handle, i) else { return nil }
            let bytes = UnsafeBufferPointer(start: pointer, count: Int(sqlite3_column_bytes(handle, i)))
            for entry in table.entries where entry.bytes.elementsEqual(bytes) { return entry.value }
            return nil
        }

        /// The column's text as bytes, valid until the next step, or nil for NULL.
        func bytes(_ i: Int32) -> UnsafeBufferPointer<UInt8>? {
            guard let pointer = sqlite3_column_text(handle, i) else { return nil }
            return UnsafeBufferPointer(start: pointer, count: Int(sqlite3_column_bytes(handle, i)))
        }

        /// Whether the column is NULL or empty text.
        func isEmptyText(_ i: Int32) -> Bool { sqlite3_column_bytes(handle, i) == 0 }

        /// An event's key, `ev:<document key>:<event id in the document>`, from the columns of the
        /// document's key and the event's local id, made as one string.
        func eventKey(document: Int32, local: Int32) -> String {
            let key = bytes(document) ?? UnsafeBufferPointer(start: nil, count: 0)
            let id = bytes(local) ?? UnsafeBufferPointer(start: nil, count: 0)
            return String(unsafeUninitializedCapacity: key.count + id.count + 4) { Self.eventKey(into: $0, key, id) }
        }

        private static func eventKey(into buffer: UnsafeMutableBufferPointer<UInt8>, _ key: UnsafeBufferPointer<UInt8>,
                                     _ id: UnsafeBufferPointer<UInt8>) -> Int {
            var n = 0
            for byte in "ev:".utf8 { buffer[n] = byte; n += 1 }
            for byte in key { buffer[n] = byte; n += 1 }
            buffer[n] = UInt8(ascii: ":"); n += 1
            for byte in id { buffer[n] = byte; n += 1 }
            return n
        }

        /// The column as text, nil for NULL; `string` itself when the column's bytes are those of
        /// column `j` and `string` was made from them (no second string of the same bytes).
        func optionalText(_ i: Int32, orSameAs j: Int32, _ string: String) -> String? {
            guard let pointer = sqlite3_column_text(handle, i) else { return nil }
            let count = Int(sqlite3_column_bytes(handle, i))
            let bytes = UnsafeBufferPointer(start: pointer, count: count)
            if let other = sqlite3_column_text(handle, j), Int(sqlite3_column_bytes(handle, j)) == count,
               bytes.elementsEqual(UnsafeBufferPointer(start: other, count: count)) {
                return string
            }
            return String(decoding: bytes, as: UTF8.self)
        }

        /// The column as text, nil for NULL (SQLite gives no pointer for NULL, and a pointer to an
        /// empty string for empty text).
        func optionalText(_ i: Int32) -> String? {
            guard let pointer = sqlite3_column_text(handle, i) else { return nil }
            let count = Int(sqlite3_column_bytes(handle, i))
            return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
        }
    }
}

/// The cases of a string-valued enum by their UTF-8 bytes, for ``RawStatement/Columns/value(_:in:)``.
struct ColumnValues<T: Sendable>: Sendable {
    let entries: [(bytes: [UInt8], value: T)]
}

extension ColumnValues where T: CaseIterable & RawRepresentable, T.RawValue == String {
    init() { entries = T.allCases.map { (Array($0.rawValue.utf8), $0) } }
}

/// The tables the queries read enums with.
enum ColumnTables {
    static let eventTypes = ColumnValues<EventType>()
    static let grains = ColumnValues<DateGrain>()
    static let languages = ColumnValues<LanguageCode>()
    /// Event types and grains by their `v8` codes (``SchemaV8``), then by their names (a type or
    /// grain the codes do not cover is stored by name).
    static let eventTypeCodes = ColumnValues<EventType>(
        entries: SchemaV8.types.compactMap { t in EventType(rawValue: t.name).map { (Array(t.code.utf8), $0) } }
            + ColumnValues<EventType>().entries)
    static let grainCodes = ColumnValues<DateGrain>(
        entries: SchemaV8.grains.compactMap { g in DateGrain(rawValue: g.name).map { (Array(g.code.utf8), $0) } }
            + ColumnValues<DateGrain>().entries)
}
