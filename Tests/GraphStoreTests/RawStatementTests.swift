import EventGraphModel
import Foundation
import GRDB
import Testing
@testable import GraphStore

/// Values bound and read through SQLite's C API (`RawStatement`) are the values GRDB binds and
/// reads, and the hand-written readers and writers of stored text agree with the plain ones.
@Suite("Graph store · values bound and read directly")
struct RawStatementTests {
    static let values: [(label: String, text: String?, int: Int64?)] = [
        ("plain", "Putin", 42),
        ("empty text", "", 0),
        ("null", nil, nil),
        ("Arabic", "بوتين التقى شي", -7),
        ("long", String(repeating: "x", count: 10_000), Int64.max),
    ]

    @Test("A row inserted with bound values reads back as GRDB reads it", arguments: values.indices)
    func roundTrip(index: Int) throws {
        let value = Self.values[index]
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t(a TEXT, b INTEGER, c BLOB)")
            let blob: [UInt8] = value.text == nil ? [] : [0, 1, 255]
            try RawStatement(db.cachedStatement(sql: "INSERT INTO t(a, b, c) VALUES (?, ?, ?)")).execute { b in
                b.text(value.text)
                b.int(value.int)
                b.blob(blob)
            }
            let row = try #require(try Row.fetchOne(db, sql: "SELECT a, b, c, typeof(a), typeof(c) FROM t"))
            #expect(row[0] as String? == value.text, "\(value.label)")
            #expect(row[1] as Int64? == value.int, "\(value.label)")
            #expect((row[2] as Data?).map { [UInt8]($0) } == blob, "\(value.label)")
            #expect(row[3] as String == (value.text == nil ? "null" : "text"), "\(value.label)")
            #expect(row[4] as String == "blob", "\(value.label)")
            var read: (String?, Int64?, String)?
            try RawStatement(db.cachedStatement(sql: "SELECT a, b, a FROM t WHERE 1 = ?")).forEach({ $0.int(1) }) { row in
                read = (row.optionalText(0), row.optionalInt64(1), row.text(2))
                return false
            }
            #expect(read?.0 == value.text && read?.1 == value.int && read?.2 == (value.text ?? ""), "\(value.label)")
        }
    }

    @Test("A statement used directly is left for GRDB's own use, and a failure is a DatabaseError")
    func sharedStatement() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t(a INTEGER PRIMARY KEY, b TEXT NOT NULL)")
            let sql = "INSERT INTO t(a, b) VALUES (?, ?)"
            try RawStatement(db.cachedStatement(sql: sql)).execute { b in
                b.int(1)
                b.text("one")
            }
            try db.cachedStatement(sql: sql).execute(arguments: [2, "two"])
            #expect(throws: DatabaseError.self) {
                try RawStatement(db.cachedStatement(sql: sql)).execute { b in
                    b.int(3)
                    b.null()
                }
            }
            try RawStatement(db.cachedStatement(sql: sql)).execute { b in
                b.int(3)
                b.text("three")
            }
            #expect(try String.fetchAll(db, sql: "SELECT b FROM t ORDER BY a") == ["one", "two", "three"])
        }
    }

    @Test("Enum columns read as their raw values do, and anything else as none")
    func enumColumns() throws {
        let texts = EventType.allCases.map(\.rawValue) + DateGrain.allCases.map(\.rawValue)
            + LanguageCode.allCases.map(\.rawValue) + ["", "Talk", "talks", "دy"]
        let queue = try DatabaseQueue()
        try queue.read { db in
            for text in texts + [nil] as [String?] {
                try RawStatement(db.cachedStatement(sql: "SELECT ?, ?, ?")).forEach({ b in
                    for _ in 0..<3 { b.text(text) }
                }) { row in
                    #expect(row.value(0, in: ColumnTables.eventTypes) == text.flatMap(EventType.init(rawValue:)))
                    #expect(row.value(1, in: ColumnTables.grains) == text.flatMap(DateGrain.init(rawValue:)))
                    #expect(row.value(2, in: ColumnTables.languages) == text.flatMap(LanguageCode.init(rawValue:)))
                    return false
                }
            }
        }
    }

    @Test("Member lists read as the split of their text", arguments: [
        "", "1", "1,2", "12345,67890,3", "1,,2", ",5,", "-5,6", "+5", "1, 2", "x,3", "123456789012345678901,4",
    ])
    func members(text: String) {
        #expect(SchemaV4.members(text) == text.split(separator: ",").compactMap { Int64($0) })
    }

    @Test("Day strings are the calendar's, across years of one to four digits and beyond")
    func dayStrings() {
        for n in stride(from: -800_000, through: 3_700_000, by: 997) {
            #expect(Days.string(n) == CivilDays.string(n), "\(n)")
        }
        #expect(Days.string(730_685) == "2000-09-17")
    }

    @Test("Id lists are JSON arrays of the ids")
    func json() {
        #expect(Hydration.json([]) == "[]")
        #expect(Hydration.json([1, 22, -3, Int64.max, Int64.min]) == "[1,22,-3,\(Int64.max),\(Int64.min)]")
    }
}
