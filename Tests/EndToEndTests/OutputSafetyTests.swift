import EventGraphTestSupport
import Foundation
import Testing

/// No output file may land on the store: `-o` naming it, its write-ahead log or shared-memory
/// index — directly, relatively, through a symbolic or hard link — is refused, and the store stays.
@Suite("Command line · outputs never overwrite the store", .serialized)
struct OutputSafetyTests {
    /// A folder holding `x.sqlite`, built from the fixtures, and its bytes.
    static func storeFolder() throws -> (folder: URL, bytes: Data) {
        let folder = try TestPaths.temporaryFolder("output-safety")
        let fixtures = TestPaths.packageRoot.appendingPathComponent("Fixtures")
        let result = try CommandRunner.eventgraph(["ingest", fixtures.path, "--db", folder.appendingPathComponent("x.sqlite").path, "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        return (folder, try Data(contentsOf: folder.appendingPathComponent("x.sqlite")))
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let arguments: [String]
        /// Links to make in the folder first: (link, target, symbolic).
        var links: [(String, String, Bool)] = []
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "export timeline -o the store", arguments: ["export", "timeline", "--format", "html", "-o", "x.sqlite"]),
        Case(name: "export graph -o the store", arguments: ["export", "graph", "--format", "svg", "-o", "x.sqlite"]),
        Case(name: "talks -o the store", arguments: ["talks", "-o", "x.sqlite"]),
        Case(name: "events -o the write-ahead log", arguments: ["events", "-o", "x.sqlite-wal"]),
        Case(name: "actors --format csv -o the shared-memory index", arguments: ["actors", "--format", "csv", "-o", "x.sqlite-shm"]),
        Case(name: "neighbours -o the store through ..", arguments: ["neighbours", "Sullivan", "-o", "sub/../x.sqlite"]),
        Case(name: "-o an absolute-looking relative path ./x.sqlite", arguments: ["actors", "--suspects", "-o", "./x.sqlite"]),
        Case(name: "-o a symbolic link to the store", arguments: ["export", "timeline", "--format", "csv", "-o", "link.csv"],
             links: [("link.csv", "x.sqlite", true)]),
        Case(name: "-o a dangling link to the store's log", arguments: ["export", "timeline", "--format", "md", "-o", "wal.md"],
             links: [("wal.md", "x.sqlite-wal", true)]),
        Case(name: "-o a hard link to the store", arguments: ["talks", "--format", "json", "-o", "hard.json"],
             links: [("hard.json", "x.sqlite", false)]),
    ]

    @Test("An output naming the store or its companions is refused, exit 1, the store unchanged", arguments: cases)
    func refused(_ c: Case) throws {
        let (folder, before) = try Self.storeFolder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        for (link, target, symbolic) in c.links {
            if symbolic {
                try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent(link).path, withDestinationPath: target)
            } else {
                try FileManager.default.linkItem(at: folder.appendingPathComponent(target), to: folder.appendingPathComponent(link))
            }
        }
        let result = try CommandRunner.eventgraph(c.arguments + ["--db", "x.sqlite"], in: folder)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("refusing to write over it"), "\(result.stderr)")
        #expect(try Data(contentsOf: folder.appendingPathComponent("x.sqlite")) == before)
        for suffix in ["-wal", "-shm"] {
            let companion = folder.appendingPathComponent("x.sqlite" + suffix).path
            if let data = FileManager.default.contents(atPath: companion) {
                #expect(!data.starts(with: Array("<!DOCTYPE".utf8)) && !data.starts(with: Array("[".utf8)), "\(suffix) was written over")
            }
        }
        let talks = try CommandRunner.eventgraph(["talks", "Sullivan", "--db", "x.sqlite"], in: folder)
        #expect(talks.status == 0 && talks.stdout.contains("November 2022"), "the store still answers: \(talks.stderr)")
    }

    @Test("The message names the file, what it is and the --db")
    func message() throws {
        let (folder, _) = try Self.storeFolder()
        let result = try CommandRunner.eventgraph(["events", "-o", "x.sqlite-wal", "--db", "x.sqlite"], in: folder)
        #expect(result.stderr == "eventgraph: x.sqlite-wal: this is the store's write-ahead log (--db x.sqlite): refusing to write over it; the store was left as it was: choose another output file\n")
    }

    @Test("build whose --db is one of the files it writes is refused before anything is created")
    func buildRefusesStoreAsOutput() throws {
        let folder = try TestPaths.temporaryFolder("output-safety-build")
        let out = folder.appendingPathComponent("out")
        let fixtures = TestPaths.packageRoot.appendingPathComponent("Fixtures")
        let result = try CommandRunner.eventgraph(["build", fixtures.path, "--out", out.path, "--db",
                                                   out.appendingPathComponent("timeline.md").path, "--quiet"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("timeline.md: this is the store"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("timeline.md").path))
    }

    @Test("An output beside the store, or named like it in another folder, is written")
    func neighboursAllowed() throws {
        let (folder, _) = try Self.storeFolder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        for output in ["x.sqlite.html", "sub/x.sqlite", "x.sqlite-walrus"] {
            let result = try CommandRunner.eventgraph(["export", "timeline", "--format", "html", "-o", output, "--db", "x.sqlite"], in: folder)
            #expect(result.status == 0, "\(output): \(result.stderr)")
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(output).path))
        }
    }
}
