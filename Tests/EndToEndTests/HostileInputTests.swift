import EventGraphTestSupport
import Foundation
import Testing

/// What users' folders hold besides articles, and what file names and texts may hide, at the
/// command line: special files are named and skipped, nothing blocks, and no escape sequence or
/// bidi override from a name or a text reaches the terminal raw.
@Suite("Command line · hostile inputs", .serialized, .timeLimit(.minutes(2)))
struct HostileInputTests {
    static let article = """
        WASHINGTON, Nov. 3, 2022 (Reuters) - Secretary of State Antony Blinken met Foreign Minister Sergei Lavrov on Thursday.

        """

    @Test("A named pipe, a dangling link and link loops in an input folder are named and skipped; ingest goes on and exits 1")
    func specialFiles() throws {
        let folder = try TestPaths.temporaryFolder("special-files")
        let inputs = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try Self.article.write(to: inputs.appendingPathComponent("good.txt"), atomically: true, encoding: .utf8)
        #expect(mkfifo(inputs.appendingPathComponent("pipe.txt").path, 0o644) == 0)
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: inputs.appendingPathComponent("dangling.txt").path, withDestinationPath: "gone.txt")
        try fm.createSymbolicLink(atPath: inputs.appendingPathComponent("loop.txt").path, withDestinationPath: "loop.txt")
        try fm.createSymbolicLink(atPath: inputs.appendingPathComponent("sub/up").path, withDestinationPath: "..")
        let db = folder.appendingPathComponent("s.sqlite").path
        let result = try CommandRunner.eventgraph(["ingest", inputs.path, "--db", db, "--quiet"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("pipe.txt: special file: a named pipe (FIFO), not a regular file; skipped"), "\(result.stderr)")
        #expect(result.stderr.contains("dangling.txt: not found: a symbolic link to gone.txt, which does not exist; skipped"))
        #expect(result.stderr.contains("loop.txt: unreadable: a symbolic-link loop (the link leads back to itself); skipped"))
        #expect(result.stderr.contains("sub/up: unreadable: a symbolic-link loop: this folder is \(inputs.path) again; skipped"))
        #expect(result.stderr.contains("documents: 1 stored, 0 skipped as duplicates, 4 rejected"), "\(result.stderr)")
    }

    @Test("A JSON Lines article with \\u0000 in its text is rejected with the reason; the others are stored")
    func jsonNUL() throws {
        let folder = try TestPaths.temporaryFolder("json-nul")
        let input = folder.appendingPathComponent("a.jsonl")
        let good = try JSONSerialization.data(withJSONObject: ["text": Self.article])
        try (String(decoding: good, as: UTF8.self) + "\n" + #"{"text": "Blinken met Lavrov\u0000 in secret."}"# + "\n")
            .write(to: input, atomically: true, encoding: .utf8)
        let result = try CommandRunner.eventgraph(["ingest", input.path, "--db", folder.appendingPathComponent("s.sqlite").path, "--quiet"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("a.jsonl#2: malformed: the \"text\" field holds a NUL character (\\u0000) at character 18; it is not text"), "\(result.stderr)")
        #expect(result.stderr.contains("1 stored"))
    }

    static func hasRawControls(_ text: String) -> Bool {
        text.unicodeScalars.contains { s in
            (s.value < 0x20 && s != "\n" && s != "\t") || (0x7F...0x9F).contains(s.value) || (0x202A...0x202E).contains(s.value)
        }
    }

    @Test("Escape sequences and bidi overrides in file names reach standard error as visible escapes")
    func hostileFileNames() throws {
        let folder = try TestPaths.temporaryFolder("hostile-names")
        let inputs = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        try Data().write(to: inputs.appendingPathComponent("clear\u{1B}[2J\u{1B}[31mred.txt"))
        try Data().write(to: inputs.appendingPathComponent("invoice\u{202E}fdp.txt"))
        let result = try CommandRunner.eventgraph(["ingest", inputs.path, "--db", folder.appendingPathComponent("s.sqlite").path])
        #expect(result.status == 1)
        #expect(!Self.hasRawControls(result.stderr), "\(result.stderr.debugDescription)")
        #expect(result.stderr.contains("clear\\u{1B}[2J\\u{1B}[31mred.txt: empty file"), "\(result.stderr)")
        #expect(result.stderr.contains("invoice\\u{202E}fdp.txt: empty file"), "\(result.stderr)")
    }

    @Test("Escape sequences and bidi overrides in a text never reach the terminal in tables and results",
          arguments: [["talks", "Lavrov"], ["events"], ["actors"], ["search", "Lavrov"], ["path", "Blinken", "Lavrov"]])
    func hostileTexts(_ command: [String]) throws {
        let folder = try TestPaths.temporaryFolder("hostile-texts")
        let input = folder.appendingPathComponent("a.txt")
        try """
            WASHINGTON, Nov. 3, 2022 (Reuters) - Secretary of State Antony Blinken met Foreign Minister Sergei Lavrov \u{1B}]0;pwned\u{07}\u{1B}[2J on Thursday in \u{202E}airoC.

            """.write(to: input, atomically: true, encoding: .utf8)
        let db = folder.appendingPathComponent("s.sqlite").path
        let ingest = try CommandRunner.eventgraph(["ingest", input.path, "--db", db, "--quiet"])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let result = try CommandRunner.eventgraph(command + ["--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.isEmpty)
        #expect(!Self.hasRawControls(result.stdout + result.stderr), "\(result.stdout.debugDescription)")
    }
}
