import EventGraphModel
import EventGraphTestSupport
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

/// The normalisation of document texts without Foundation's NFC (``ContentIdentity/normalizedWithoutNFC(_:)``)
/// gives the bytes the general path gives, whenever it answers.
@Suite("Graph store · content identity without NFC")
struct ContentIdentityFastPathTests {
    static func agrees(_ text: String) -> Bool {
        guard let fast = ContentIdentity.normalizedWithoutNFC(text) else { return true }
        return fast == ContentIdentity.normalizedThroughNFC(text)
    }

    @Test("Every scalar of the Basic Multilingual Plane, alone and between letters and spaces")
    func everyScalar() {
        var answered = 0
        for value in UInt32(0x80)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let s = String(Character(scalar))
            for text in [s, "a" + s + "b", " " + s + "\u{00A0}", "ب" + s + " ا", s + s, "ب\u{64B}" + s, "ب" + s + "\u{64E}"] {
                #expect(Self.agrees(text), "U+\(String(value, radix: 16))")
            }
            if ContentIdentity.normalizedWithoutNFC(s) != nil { answered += 1 }
        }
        #expect(answered > 1_000)
    }

    @Test("Texts that NFC changes or that hold other scalars take the general path", arguments: [
        "e\u{301}", "آ", "ا\u{653}", "ا\u{654}", "و\u{654}", "ي\u{654}", "ه\u{654}", "قالَ لافروف", "\u{2000}x\u{2001}",
        "한국", "emoji 😀", "\u{FB1D}", "Å", "A\u{30A}", "جداً", "\u{64B}أيضاً", "بَّ", "بَّ", "ب\u{651}\u{64E}", "ب\u{64E}\u{651}",
        "ا\u{64B}\u{653}", " \u{650}x",
    ])
    func generalPath(text: String) {
        #expect(Self.agrees(text))
        #expect(ContentIdentity.normalizedUTF8(text) == ContentIdentity.normalizedThroughNFC(text))
    }

    @Test("The project's articles hash as through the general path")
    func articles() throws {
        let folder = TestPaths.packageRoot.appendingPathComponent("Fixtures")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }
        #expect(!names.isEmpty)
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            #expect(ContentIdentity.normalizedUTF8(text) == ContentIdentity.normalizedThroughNFC(text), "\(name)")
            let spaced = "\u{FEFF}  " + text.replacingOccurrences(of: "\n", with: "\u{2028}\u{00A0}\u{200B}\r\n") + " \u{2029}"
            #expect(ContentIdentity.normalizedUTF8(spaced) == ContentIdentity.normalizedThroughNFC(spaced), "\(name)")
        }
    }
}
