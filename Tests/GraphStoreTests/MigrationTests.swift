import EventGraphModel
import EventGraphTestSupport
import Foundation
import GRDB
import Testing
@testable import GraphStore

/// Upgrading a store made by an earlier EventGraph: `Fixtures/store-v1.sqlite` is the six articles
/// of the project's `Fixtures/` ingested by the release whose schema was `v1`, `Fixtures/store-v4.sqlite`
/// the same articles ingested by the release whose schema was `v4`, `Fixtures/store-v6.sqlite` that
/// store upgraded by the release whose schema was `v6` (`main` at 252c245), `Fixtures/store-v7.sqlite`
/// that one upgraded by the release whose schema was `v7` (`main` at 1389170), `Fixtures/store-v8.sqlite`
/// that one upgraded by the release whose schema was `v8` (`main` at 4e4fe33), `Fixtures/store-v9.sqlite`
/// that one upgraded by the release whose schema was `v9` (`main` at 5de6ba2); `Fixtures/store-vN.answers.txt`
/// holds what that store answers (events, talks, actors, graph, paths, search), one line per answer.
/// Set `EVENTGRAPH_RECORD_ANSWERS=1` to write the files again after a deliberate change of the answers.
@Suite("Graph store · migration")
struct MigrationTests {
    static let fixtures = TestPaths.packageRoot.appendingPathComponent("Tests/GraphStoreTests/Fixtures")

    /// A copy of a fixture store (`store-v1`, `store-v4`) in a temporary folder.
    static func copy(_ name: String = "store-v1") throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("migration-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("store.sqlite").path
        try FileManager.default.copyItem(atPath: fixtures.appendingPathComponent(name + ".sqlite").path, toPath: path)
        return path
    }

    /// Every answer of the store, one line each, in a stable order.
    static func answers(_ store: GraphStore) throws -> [String] {
        var lines: [String] = []
        let stats = try store.statistics()
        lines.append("statistics documents=\(stats.documents) actors=\(stats.actors) events=\(stats.events) "
                     + "reports=\(stats.reports) mentions=\(stats.mentions) aliases=\(stats.aliases)")
        for e in try store.events(EventFilter()) {
            let sources = e.sources.map { "\($0.document)|\($0.outlet ?? "")|\($0.published ?? "")|\($0.evidence)" }
            lines.append("event \(e.event) \(e.type.rawValue) \(e.cameo) \(e.date ?? "-") \(e.grain?.rawValue ?? "-") "
                         + "report-date=\(e.isReportDate) planned=\(e.isPlanned) [\(e.participants.joined(separator: ", "))] "
                         + sources.joined(separator: " ¦ "))
        }
        for t in try store.talks(TalkFilter()) {
            lines.append("talk \(t.event) \(t.type.rawValue) \(t.date ?? "-") \(t.a) \(t.b) \(t.aName) / \(t.bName) "
                         + "sources=\(t.sources.map(\.document).joined(separator: ","))")
        }
        let actors = try store.actors()
        for a in actors {
            lines.append("actor \(a.id) \(a.kind.rawValue) \(a.name) en=\(a.nameEN ?? "-") ar=\(a.nameAR ?? "-") "
                         + "documents=\(a.documents) aliases=\(a.aliases.joined(separator: "|"))")
        }
        for a in actors where a.kind == .person {
            let talks = try store.talks(TalkFilter(actor: a.id))
            lines.append("talks-of \(a.id): " + talks.map { "\($0.event)>\($0.b)" }.joined(separator: " "))
        }
        let graph = try store.graph(GraphFilter())
        for e in graph.edges {
            lines.append("edge \(e.source) \(e.target) \(e.kind.rawValue) \(e.type?.rawValue ?? "-") \(e.date ?? "-") \(e.weight)")
        }
        let people = actors.filter { $0.kind == .person }.map(\.id)
        for (a, b) in zip(people, people.reversed()) where a < b {
            let steps = try store.path(from: a, to: b) ?? []
            lines.append("path \(a) \(b): " + steps.map { "\($0.from)>\($0.to)@\($0.event)" }.joined(separator: " "))
        }
        for query in ["Lavrov", "Sullivan", "لافروف", "talks"] {
            lines.append("search \(query): " + (try store.search(query)).map { "\($0.event)@\($0.source.document)" }.joined(separator: " "))
        }
        return lines
    }

    @Test("A store made by an earlier release is upgraded and answers as before",
          arguments: [("store-v1", ["v1"]), ("store-v4", ["v1", "v2", "v3", "v4"]),
                      ("store-v6", ["v1", "v2", "v3", "v4", "v5", "v6"]),
                      ("store-v7", ["v1", "v2", "v3", "v4", "v5", "v6", "v7"]),
                      ("store-v8", ["v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8"]),
                      ("store-v9", ["v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9"])])
    func upgradeKeepsAnswers(fixture: String, migrations: [String]) throws {
        // Given a copy of the store made by that release
        let path = try Self.copy(fixture)
        let applied = try DatabaseQueue(path: path).read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") }
        #expect(applied == migrations)
        // When it is opened for writing (the migrator runs)
        let store = try GraphStore(path: path)
        // Then every migration is applied, the store says it is an EventGraph store, and the answers are the same
        let after = try store.writer.read { db in try Schema.migrator.hasCompletedMigrations(db) }
        #expect(after)
        let id = try store.writer.read { db in try Int32.fetchOne(db, sql: "PRAGMA application_id") }
        #expect(id == GraphStore.applicationID)
        let lines = try Self.answers(store)
        let golden = Self.fixtures.appendingPathComponent(fixture + ".answers.txt")
        if ProcessInfo.processInfo.environment["EVENTGRAPH_RECORD_ANSWERS"] == "1" {
            try (lines.joined(separator: "\n") + "\n").write(to: golden, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: golden, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            .dropLast().map(String.init)
        #expect(lines.count == expected.count)
        for (got, want) in zip(lines, expected) where got != want {
            Issue.record("answer changed:\n  was: \(want)\n  now: \(got)")
        }
        // And a document of the v1 store ingested again (here: its text with CRLF line endings) is a duplicate
        let text = try store.writer.read { db in try String.fetchOne(db, sql: "SELECT text FROM documents ORDER BY id LIMIT 1") }
        let crlf = try #require(text).replacingOccurrences(of: "\n", with: "\r\n")
        let report = try store.ingest(Document(path: "again.txt", text: crlf, published: "2022-11-08", language: .en),
                                      Extraction(document: .init(Document(text: crlf, language: .en)), actors: [], events: []))
        #expect(report.isDuplicate)
    }

    @Test("An upgraded store keeps titles and date texts as references (v7), and the same texts")
    func compactRows() throws {
        // Given the v6 store and the texts it stores
        let path = try Self.copy("store-v6")
        let before = try DatabaseQueue(path: path).read { db in try Self.texts(db, v7: false) }
        // When it is upgraded
        let store = try GraphStore(path: path)
        // Then every title and most date texts are references, and each reads as before
        let counts = try store.writer.read { db in
            try Row.fetchOne(db, sql: """
                SELECT (SELECT COUNT(*) FROM documents WHERE title IS NOT NULL OR title_chars IS NULL),
                       (SELECT COUNT(*) FROM events WHERE r_date_at IS NOT NULL),
                       (SELECT COUNT(*) FROM events WHERE r_date_text IS NOT NULL),
                       (SELECT COUNT(*) FROM sqlite_master WHERE name = 'evidence_fts_docsize')
                """).map { [$0[0], $0[1], $0[2], $0[3]] as [Int] }
        }
        #expect(counts?[0] == 0 && (counts?[1] ?? 0) > (counts?[2] ?? 0) && counts?[3] == 0)
        let after = try store.writer.read { db in try Self.texts(db, v7: true) }
        #expect(after == before)
    }

    /// Titles, then the date texts of events, then those of `reports`, one string each.
    static func texts(_ db: Database, v7: Bool) throws -> [String] {
        let own = SchemaV5.evidence(event: "e", document: "d")
        let other = "COALESCE(r.evidence, substr(d.text, r.evidence_start + 1, r.evidence_end - r.evidence_start))"
        let sql = """
            SELECT (SELECT group_concat(t, '¦') FROM (SELECT \(v7 ? SchemaV7.title("d") : "d.title") AS t FROM documents d ORDER BY id)),
                   (SELECT group_concat(coalesce(x, '-'), '¦') FROM (SELECT \(v7 ? SchemaV7.dateText("e.r_date_text", at: "e.r_date_at", evidence: own) : "e.r_date_text") AS x
                      FROM events e JOIN documents d ON d.id = e.document ORDER BY e.id)),
                   (SELECT group_concat(coalesce(x, '-'), '¦') FROM (SELECT \(v7 ? SchemaV7.dateText("r.date_text", at: "r.date_at", evidence: other) : "r.date_text") AS x
                      FROM reports r JOIN documents d ON d.id = r.document ORDER BY r.id))
            """
        return try Row.fetchOne(db, sql: sql).map { [$0[0], $0[1], $0[2]] } ?? []
    }

    @Test("An upgraded store keeps event types, CAMEO codes and grains as codes (v8), read as before")
    func eventCodes() throws {
        // Given the v7 store and its events' types, CAMEO codes and grains
        let path = try Self.copy("store-v7")
        let sql = "SELECT group_concat(type || '/' || cameo || '/' || coalesce(grain, '-'), ' ') FROM (SELECT * FROM events ORDER BY id)"
        let before = try DatabaseQueue(path: path).read { db in try String.fetchOne(db, sql: sql) }
        // When it is upgraded
        let store = try GraphStore(path: path)
        // Then they are codes of one character (an empty CAMEO code for a type's default) and read as before
        let after = try store.writer.read { db in try String.fetchOne(db, sql: sql) }
        #expect(after == before)
        let long = try store.writer.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM events WHERE length(type_code) <> 1 OR length(coalesce(grain_code, 'x')) <> 1")
        }
        #expect(long == 0)
        #expect(try store.writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM events WHERE cameo_code = ''") } ?? 0 > 0)
    }

    @Test("An upgraded store keeps mention offsets as bytes (v9), the same spans")
    func mentionOffsets() throws {
        // Given the v8 store and its mention offsets as text
        let path = try Self.copy("store-v8")
        let sql = "SELECT offsets FROM mentions ORDER BY node, document"
        let before = try DatabaseQueue(path: path).read { db in try String.fetchAll(db, sql: sql) }
        #expect(before.contains { $0.contains(";") })
        // When it is upgraded
        let store = try GraphStore(path: path)
        // Then every row's offsets are bytes that read back as the same spans, in fewer bytes
        let after = try store.writer.read { db in try Data.fetchAll(db, sql: sql) }
        let types = try store.writer.read { db in try String.fetchAll(db, sql: "SELECT DISTINCT typeof(offsets) FROM mentions") }
        #expect(types == ["blob"])
        let read: [String?] = after.map { bytes in SchemaV9.spans(bytes).map(Self.text) }
        #expect(read == before.map { Optional($0) })
        let bytes = after.map(\.count).reduce(0, +), textBytes = before.map(\.utf8.count).reduce(0, +)
        #expect(bytes < textBytes / 2)
    }

    @Test("An upgraded store keeps its texts plain, reads them through eventgraph_text (v10), and finds the same evidence")
    func storedTexts() throws {
        // Given the v9 store and what its full-text index's view reads
        let path = try Self.copy("store-v9")
        let sql = "SELECT group_concat(id || ':' || evidence, '¦') FROM (SELECT * FROM evidence_text ORDER BY id)"
        let before = try DatabaseQueue(path: path).read { db in try String.fetchOne(db, sql: sql) }
        // When it is upgraded
        let store = try GraphStore(path: path)
        // Then the texts stay plain, there is no dictionary yet, and the view reads the same evidence through the function
        let after = try store.writer.read { db in try String.fetchOne(db, sql: sql) }
        #expect(after == before)
        let state = try store.writer.read { db in
            try Row.fetchOne(db, sql: """
                SELECT (SELECT group_concat(DISTINCT typeof(text)) FROM documents), (SELECT COUNT(*) FROM text_dictionary),
                       (SELECT instr(sql, 'eventgraph_text') > 0 FROM sqlite_master WHERE name = 'evidence_text')
                """)
        }
        #expect(state?[0] as String? == "text" && state?[1] as Int? == 0 && state?[2] as Bool? == true)
        #expect(try store.search("Lavrov").count > 0)
    }

    /// Spans as the `v8` text wrote them.
    static func text(_ spans: [(start: Int, end: Int)]) -> String {
        spans.map { "\($0.start)-\($0.end)" }.joined(separator: ";")
    }

    @Test("A v4 event whose first report is from another document keeps that report in reports")
    func firstReportElsewhere() throws {
        // Given a v4 store where the first report of one event names a document other than the event's own
        let path = try Self.copy("store-v4")
        let (event, other) = try DatabaseQueue(path: path).write { db -> (Int64, Int64) in
            let event = try #require(try Int64.fetchOne(db, sql: "SELECT MIN(id) FROM events"))
            let other = try #require(try Int64.fetchOne(db, sql: """
                SELECT MIN(id) FROM documents WHERE id <> (SELECT document FROM events WHERE id = ?)
                  AND id NOT IN (SELECT document FROM reports WHERE id >> 16 = ?)
                """, arguments: [event, event]))
            try db.execute(sql: "UPDATE reports SET document = ? WHERE id = ?", arguments: [other, event << 16])
            return (event, other)
        }
        let sourcesBefore = try DatabaseQueue(path: path).read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM reports WHERE id >> 16 = ?", arguments: [event]) ?? 0
        }
        // When it is upgraded
        let store = try GraphStore(path: path)
        // Then that report is still a row of reports, counted by the event, and read with the others
        let row = try store.writer.read { db in
            try Row.fetchOne(db, sql: "SELECT r_start IS NULL, more FROM events WHERE id = ?", arguments: [event])
        }
        #expect(row.map { [$0[0], $0[1]] as [Int] } == [1, sourcesBefore])
        let key = try store.writer.read { db in
            try String.fetchOne(db, sql: "SELECT 'ev:' || k.key || ':' || e.local FROM events e JOIN documents k ON k.id = e.document WHERE e.id = ?",
                                arguments: [event])
        }
        let otherKey = try store.writer.read { db in try String.fetchOne(db, sql: "SELECT key FROM documents WHERE id = ?", arguments: [other]) }
        let entry = try #require(try store.events(EventFilter()).first { $0.event == key })
        #expect(entry.sources.count == sourcesBefore)
        #expect(entry.sources.contains { $0.key == otherKey })
        #expect(try store.statistics().reports == 53)
    }

    @Test("A query on a writable v1 store upgrades it once, then reads it read-only")
    func queryUpgrades() throws {
        let path = try Self.copy()
        let store = try GraphStore(path: path, access: .readOnly)
        #expect(try store.statistics().documents == 6)
        let applied = try DatabaseQueue(path: path).read { db in try Schema.migrator.hasCompletedMigrations(db) }
        #expect(applied)
    }
}
