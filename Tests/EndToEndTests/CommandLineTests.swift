import EventGraphTestSupport
import Foundation
import Testing

/// The `eventgraph` command end to end, on `Fixtures/` and on files made for each test.
@Suite("Command line · end to end", .serialized)
struct CommandLineTests {
    static let fixtures = TestPaths.packageRoot.appendingPathComponent("Fixtures")

    /// Builds the fixtures once into a temporary folder shared by the tests below.
    static let built: Result<URL, any Error> = Result {
        let out = try TestPaths.temporaryFolder("build")
        let result = try CommandRunner.eventgraph(["build", fixtures.path, "--out", out.path, "--fresh", "--quiet"])
        guard result.status == 0 else {
            throw CommandFailed(result: result)
        }
        return out
    }

    struct CommandFailed: Error, CustomStringConvertible {
        let result: CommandResult
        var description: String { "status \(result.status): \(result.stderr)" }
    }

    @Test("build writes the store and every export")
    func buildWritesEverything() throws {
        let out = try Self.built.get()
        for name in ["eventgraph.sqlite", "graph.dot", "graph.svg", "graph.png", "graph.pdf", "graph-outlets.svg",
                     "graph-outlets.png", "timeline.md",
                     "timeline.html", "timeline.json", "talks.md"] {
            let data = try Data(contentsOf: out.appendingPathComponent(name))
            #expect(data.count > 100, "\(name) is nearly empty")
        }
        let png = try Data(contentsOf: out.appendingPathComponent("graph.png"))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        let pdf = try Data(contentsOf: out.appendingPathComponent("graph.pdf"))
        #expect(pdf.starts(with: Array("%PDF".utf8)))
        let html = try String(contentsOf: out.appendingPathComponent("timeline.html"), encoding: .utf8)
        #expect(html.contains("dir=\"rtl\""))
        #expect(!html.contains("http://") && !html.contains("https://cdn"))
    }

    @Test("talks lists Sullivan with Ushakov, Patrushev and Zelensky, dated and reported by the Wall Street Journal")
    func talksOfTheSeed() throws {
        let db = try Self.built.get().appendingPathComponent("eventgraph.sqlite")
        let result = try CommandRunner.eventgraph(["talks", "Sullivan", "--db", db.path, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let talks = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        // The seed's three pairs, with the date the seed gives; other fixtures may add reports of
        // the same events (a dated English report makes the Zelensky meeting a day, not a month).
        func pairs(with names: [String]) -> [[String: Any]] {
            talks.filter { t in
                [t["a_name"], t["b_name"]].contains { name in names.contains { (name as? String)?.contains($0) == true } }
            }
        }
        let expected = [(["أوشاكوف", "Ushakov"], "2022"), (["باتروشيف", "Patrushev"], "2022"),
                        (["زيلينسكي", "Zelensky"], "2022-11")]
        for (names, date) in expected {
            let found = pairs(with: names)
            #expect(!found.isEmpty, "no talk with \(names[1]) in \(result.stdout.prefix(2000))")
            #expect(found.contains { ($0["date"] as? String)?.hasPrefix(date) == true }, "talk with \(names[1])")
            let outlets = found.flatMap { ($0["sources"] as? [[String: Any]] ?? []).compactMap { $0["outlet"] as? String } }
            #expect(!outlets.isEmpty, "talk with \(names[1]) has no reporting outlet")
        }
        let table = try CommandRunner.eventgraph(["talks", "Sullivan", "--db", db.path])
        #expect(table.stdout.contains("November 2022"))
    }

    @Test("A folder with an empty, a binary and a non-UTF-8 file beside a good one: exit 1, three named, the good one stored")
    func badInputsAreNamedAndTheRestIsStored() throws {
        let folder = try TestPaths.temporaryFolder("bad-inputs")
        let db = folder.appendingPathComponent("store.sqlite").path
        let inputs = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        try Data().write(to: inputs.appendingPathComponent("empty.txt"))
        try Data([0x00, 0x01, 0x02, 0xFF, 0x00, 0x10] + Array(repeating: 0, count: 64)).write(to: inputs.appendingPathComponent("binary.txt"))
        try Data([0x48, 0x69, 0x20, 0xC3, 0x28, 0x20, 0x74, 0x68, 0x65, 0x72, 0x65]).write(to: inputs.appendingPathComponent("latin1.txt"))
        try "WASHINGTON, Nov. 3 (Reuters) - Secretary of State Antony Blinken met Foreign Minister Sergei Lavrov on Thursday.\n"
            .write(to: inputs.appendingPathComponent("good.txt"), atomically: true, encoding: .utf8)
        let result = try CommandRunner.eventgraph(["ingest", inputs.path, "--db", db, "--published", "2022-11-04"])
        #expect(result.status == 1)
        for name in ["empty.txt", "binary.txt", "latin1.txt"] {
            #expect(result.stderr.contains(name), "\(name) not named in: \(result.stderr)")
        }
        #expect(!result.stderr.contains("good.txt:"))
        #expect(result.stderr.contains("1 stored"))
        let again = try CommandRunner.eventgraph(["ingest", inputs.appendingPathComponent("good.txt").path, "--db", db])
        #expect(again.status == 0)
        #expect(again.stderr.contains("1 skipped as duplicates"))
    }

    @Test("A --db that is not a SQLite file is named with the reason and left as it was")
    func foreignDatabase() throws {
        let folder = try TestPaths.temporaryFolder("foreign-db")
        let db = folder.appendingPathComponent("notes.sqlite")
        let garbage = Data("this is not a database, just some notes\n".utf8)
        try garbage.write(to: db)
        let result = try CommandRunner.eventgraph(["talks", "--db", db.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("notes.sqlite"))
        #expect(try Data(contentsOf: db) == garbage)
    }

    @Test("Usage errors exit with status 2", arguments: [
        ["export", "timeline", "--format", "docx"],
        ["events", "--from", "yesterday"],
        ["extract", "--published", "08/11/2022", "x.txt"],
        ["no-such-command"],
    ])
    func usageErrors(_ arguments: [String]) throws {
        let result = try CommandRunner.eventgraph(arguments)
        #expect(result.status == 2, "\(arguments): \(result.stderr)")
    }

    @Test("Every command's help shows an example", arguments: [
        "ingest", "build", "extract", "dates", "events", "talks", "actors", "path", "neighbours", "search", "merge",
    ])
    func helpHasExample(_ command: String) throws {
        let result = try CommandRunner.eventgraph([command, "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("eventgraph \(command)"), "\(result.stdout)")
    }

    @Test("extract of the seed matches its golden file")
    func extractGolden() throws {
        let result = try CommandRunner.eventgraph(["extract", "--format", "json", "Fixtures/seed-ar-01.txt"])
        #expect(result.status == 0, "\(result.stderr)")
        let actual = result.stdout
        let expected = try Golden.expected(actual, at: TestPaths.packageRoot
            .appendingPathComponent("Tests/EndToEndTests/Golden/seed-ar-01.extract.json"))
        #expect(actual == expected, "re-record with EVENTGRAPH_RECORD_GOLDEN=1 after reviewing the change")
    }
}
