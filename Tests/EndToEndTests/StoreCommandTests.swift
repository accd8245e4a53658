import EventGraphTestSupport
import Foundation
import Testing

/// The store as the commands use it: many writers at once, queries that never create or change a
/// store, documents identified by their text whatever the file format.
@Suite("Command line · the store", .serialized)
struct StoreCommandTests {
    /// A short made-up wire report, different for every `i`.
    static func article(_ i: Int) -> String {
        let day = 1 + i % 28
        return """
            Ministers meet in Geneva, report \(i)

            GENEVA, March \(day), 2015 (Test Wire) -- Foreign Minister Sergei Lavrov met U.S. Secretary of State \
            John Kerry in Geneva on Monday to discuss item \(i) of the agenda, the Russian Foreign Ministry said.

            """
    }

    static func storedCount(_ stderr: String) -> Int? {
        guard let range = stderr.range(of: #"documents: (\d+) stored"#, options: .regularExpression) else { return nil }
        return Int(stderr[range].split(separator: " ")[1])
    }

    @Test("Four ingests at once into one store, of disjoint quarters: every document stored once, every exit 0")
    func concurrentIngests() throws {
        // Given 80 articles in four folders
        let root = try TestPaths.temporaryFolder("concurrent-ingest")
        var folders: [URL] = []
        for q in 0..<4 {
            let folder = root.appendingPathComponent("part\(q)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for i in 0..<20 {
                try Self.article(q * 20 + i).write(to: folder.appendingPathComponent("a\(i).txt"), atomically: true, encoding: .utf8)
            }
            folders.append(folder)
        }
        let db = try TestPaths.temporaryFolder("concurrent-store").appendingPathComponent("store.sqlite").path
        // When four processes ingest them into one store at the same time
        let results = ResultBox()
        let parts = folders.map(\.path)
        DispatchQueue.concurrentPerform(iterations: 4) { q in
            results.set(q, Result { try CommandRunner.eventgraph(["ingest", parts[q], "--db", db, "--quiet"]) })
        }
        // Then each exits 0 having stored its 20
        for q in 0..<4 {
            let result = try results.get(q)
            #expect(result.status == 0, "part \(q): \(result.stderr)")
            #expect(Self.storedCount(result.stderr) == 20, "part \(q): \(result.stderr)")
        }
        // And ingesting everything again stores nothing: each document is there exactly once
        let again = try CommandRunner.eventgraph(["ingest", root.path, "--db", db, "--quiet"])
        #expect(again.status == 0)
        #expect(again.stderr.contains("0 stored, 80 skipped as duplicates"), "\(again.stderr)")
    }

    @Test("A query on a --db that does not exist fails with the path named and creates nothing",
          arguments: [["talks"], ["events"], ["actors"], ["export", "timeline", "--format", "md"], ["search", "Lavrov"]])
    func queryOnMissingStore(_ command: [String]) throws {
        let db = try TestPaths.temporaryFolder("missing-db").appendingPathComponent("typo.sqlite").path
        let result = try CommandRunner.eventgraph(command + ["--db", db])
        #expect(result.status == 1)
        #expect(result.stderr.contains("typo.sqlite"), "\(result.stderr)")
        #expect(result.stderr.contains("no store"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: db))
    }

    @Test("A query on another application's SQLite file fails and adds no table to it")
    func queryOnForeignSQLite() throws {
        let folder = try TestPaths.temporaryFolder("foreign-sqlite")
        let db = folder.appendingPathComponent("app.sqlite").path
        let made = try CommandRunner.run(URL(fileURLWithPath: "/usr/bin/env"),
                                         ["python3", "-c", "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); "
                                          + "c.execute('CREATE TABLE contacts(id INTEGER PRIMARY KEY, name TEXT)'); c.commit()", db])
        try #require(made.status == 0, "python3 is needed to make the file: \(made.stderr)")
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        for command in [["talks"], ["ingest", "Fixtures/en-wire-lavrov-shoukry.txt"]] {
            let result = try CommandRunner.eventgraph(command + ["--db", db])
            #expect(result.status == 1, "\(command)")
            #expect(result.stderr.contains("app.sqlite") && result.stderr.contains("another application"), "\(result.stderr)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
    }

    @Test("The same article as .txt and as .html, or with CRLF line endings, is stored once")
    func formatVariantsAreOneDocument() throws {
        let folder = try TestPaths.temporaryFolder("variants")
        let title = "Ministers meet in Geneva"
        let body = ["Foreign Minister Sergei Lavrov met U.S. Secretary of State John Kerry in Geneva on Monday, the ministry said.",
                    "The two ministers discussed Syria and Ukraine."]
        let txt = title + "\n\n" + body.joined(separator: "\n\n") + "\n"
        let html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>\(title)</title></head><body>\n<h1>\(title)</h1>\n"
            + body.map { "<p>\($0)</p>" }.joined(separator: "\n") + "\n</body></html>\n"
        try txt.write(to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try html.write(to: folder.appendingPathComponent("b.html"), atomically: true, encoding: .utf8)
        try txt.replacingOccurrences(of: "\n", with: "\r\n").write(to: folder.appendingPathComponent("c.txt"),
                                                                    atomically: true, encoding: .utf8)
        let db = try TestPaths.temporaryFolder("variants-store").appendingPathComponent("store.sqlite").path
        let result = try CommandRunner.eventgraph(["ingest", folder.path, "--db", db, "--published", "2015-03-02", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("1 stored, 2 skipped as duplicates"), "\(result.stderr)")
    }

    @Test("talks of an actor lists every partner that --with finds, on the development corpus (needs ../shared)",
          .enabled(if: TestPaths.shared != nil))
    func talksAgreeOnDevCorpus() throws {
        let shared = try #require(TestPaths.shared)
        let db = try TestPaths.temporaryFolder("dev-talks").appendingPathComponent("dev.sqlite").path
        let ingest = try CommandRunner.eventgraph(["ingest", shared.appendingPathComponent("corpus/dev").path, "--db", db, "--quiet"])
        #expect(Self.storedCount(ingest.stderr) ?? 0 > 20, "\(ingest.stderr)")
        func talks(_ arguments: [String]) throws -> [[String: Any]] {
            let result = try CommandRunner.eventgraph(["talks"] + arguments + ["--format", "json", "--db", db])
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]] ?? []
        }
        func pairs(_ rows: [[String: Any]], of actor: String) -> Set<String> {
            Set(rows.compactMap { row -> String? in
                guard let event = row["event"] as? String, let a = row["a"] as? String, let b = row["b"] as? String else { return nil }
                return a == actor ? "\(event)\t\(b)" : b == actor ? "\(event)\t\(a)" : nil
            })
        }
        for name in ["Lavrov", "Kerry"] {
            // The listing of the actor holds every pair of the whole listing that involves the actor ...
            let listed = try talks([name])
            let key = try #require(listed.first?["a"] as? String, "no talks of \(name)")
            let mine = pairs(listed, of: key)
            #expect(mine == pairs(try talks([]), of: key), "talks \(name) and the whole listing disagree")
            // ... and every partner that --with finds
            let partners = Set(mine.map { String($0.split(separator: "\t")[1]) })
            #expect(partners.count >= 2, "\(name): \(partners)")
            for other in partners {
                let found = pairs(try talks([key, "--with", other]), of: key)
                #expect(!found.isEmpty && found.isSubset(of: mine), "talks \(name) --with \(other): \(found.subtracting(mine)) missing from the listing")
            }
        }
    }
}

/// Results of parallel runs, one slot each.
final class ResultBox: @unchecked Sendable {
    private var slots: [Int: Result<CommandResult, any Error>] = [:]
    private let lock = NSLock()

    func set(_ i: Int, _ value: Result<CommandResult, any Error>) {
        lock.lock()
        slots[i] = value
        lock.unlock()
    }

    func get(_ i: Int) throws -> CommandResult {
        lock.lock()
        defer { lock.unlock() }
        guard let slot = slots[i] else { throw CocoaError(.featureUnsupported) }
        return try slot.get()
    }
}
