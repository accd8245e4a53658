import EventGraphTestSupport
import Foundation
import Testing

/// `script` runs a command with a pseudo-terminal as its standard error, as a user's shell would.
let scriptProgram = URL(fileURLWithPath: "/usr/bin/script")

@Suite("Command line · progress of long ingests", .serialized)
struct ProgressTests {
    /// 150 short English articles in one JSON Lines file.
    static func bigJSONL() throws -> URL {
        let folder = try TestPaths.temporaryFolder("progress")
        let lines = (0..<150).map { i in
            let text = "WASHINGTON, March \(i % 28 + 1) - Secretary \(i) met Minister \(i) on Monday to discuss trade, officials said."
            return "{\"id\": \"a\(i)\", \"published\": \"1987-03-31\", \"lang\": \"en\", \"text\": \"\(text)\"}"
        }
        let url = folder.appendingPathComponent("articles.jsonl")
        try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    static var pattern: Regex<(Substring, Substring, Substring)> { #/(\d[\d,]*) documents · [\d,]+/s · (\d+)% · /# }

    @Test("On a terminal a single JSON Lines file shows count, rate, share and time left as it goes",
          .enabled(if: FileManager.default.isExecutableFile(atPath: scriptProgram.path), "needs util-linux script"))
    func progressOnATerminal() throws {
        let input = try Self.bigJSONL()
        let db = input.deletingLastPathComponent().appendingPathComponent("store.sqlite").path
        let command = "\(TestPaths.eventgraph.path) ingest \(input.path) --db \(db)"
        let result = try CommandRunner.run(scriptProgram, ["-qfec", command, "/dev/null"])
        #expect(result.status == 0, "\(result.stdout)")
        let lines = result.stdout.split(whereSeparator: { $0 == "\r" || $0 == "\n" }).map(String.init)
        let progress = lines.compactMap { $0.firstMatch(of: Self.pattern) }
        #expect(!progress.isEmpty, "\(result.stdout)")
        #expect(progress.last.map { Int($0.output.2) } == 100)
        #expect(progress.last.map { String($0.output.1) } == "150")
        #expect(result.stdout.contains("150 stored, 0 duplicates, 0 rejected"))
        #expect(result.stdout.contains("documents: 150 stored"))
    }

    @Test("Without a terminal, or with --quiet, nothing but the summary")
    func quietOtherwise() throws {
        let input = try Self.bigJSONL()
        let db = input.deletingLastPathComponent().appendingPathComponent("store.sqlite").path
        let piped = try CommandRunner.eventgraph(["ingest", input.path, "--db", db])
        #expect(piped.status == 0)
        #expect(!piped.stderr.contains("\r") && piped.stderr.firstMatch(of: Self.pattern) == nil, "\(piped.stderr)")
        #expect(piped.stderr.hasPrefix("documents: 150 stored"))
        guard FileManager.default.isExecutableFile(atPath: scriptProgram.path) else { return }
        let command = "\(TestPaths.eventgraph.path) ingest \(input.path) --quiet --db \(db)"
        let quiet = try CommandRunner.run(scriptProgram, ["-qfec", command, "/dev/null"])
        #expect(quiet.stdout.firstMatch(of: Self.pattern) == nil, "\(quiet.stdout)")
    }
}
