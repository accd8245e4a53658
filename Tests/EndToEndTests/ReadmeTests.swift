import EventGraphTestSupport
import Foundation
import Testing

/// One `$ command` of the README's shell examples, with the output the README shows for it.
struct ReadmeCommand: CustomTestStringConvertible, Sendable {
    var line: Int
    var command: String
    var shown: [String]
    var testDescription: String { "README.md:\(line) \(command)" }

    /// Every `$ ` line of the ```sh blocks, in order; the lines up to the next `$ ` or the end of the
    /// block are its output (blank lines end it too).
    static func all(in readme: String) -> [ReadmeCommand] {
        var out: [ReadmeCommand] = []
        var inShell = false
        for (index, raw) in readme.components(separatedBy: "\n").enumerated() {
            let text = raw.trimmingCharacters(in: .whitespaces)
            if text.hasPrefix("```") {
                inShell = !inShell && text == "```sh"
                continue
            }
            guard inShell else { continue }
            if text.hasPrefix("$ ") {
                out.append(ReadmeCommand(line: index + 1, command: String(text.dropFirst(2)), shown: []))
            } else if !text.isEmpty, !out.isEmpty, out[out.count - 1].line + out[out.count - 1].shown.count + 1 == index + 1 {
                out[out.count - 1].shown.append(raw)
            }
        }
        return out
    }
}

/// The README's examples run as written from the project root: in a copy of it, one after the other,
/// each exiting as the README says and printing the lines it shows (elided ones, with `…`, aside).
@Suite("README · every example runs as written", .serialized)
struct ReadmeTests {
    static let root = TestPaths.packageRoot

    static func commands() throws -> [ReadmeCommand] {
        ReadmeCommand.all(in: try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8))
    }

    /// A copy of what the examples read (`Fixtures/`, `Examples/`), without any store.
    static func workspace() throws -> URL {
        let folder = try TestPaths.temporaryFolder("readme")
        for name in ["Fixtures", "Examples"] {
            try FileManager.default.copyItem(at: root.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        return folder
    }

    @Test("The README has examples for every command it documents")
    func examplesFound() throws {
        let commands = try Self.commands()
        for c in commands {
            #expect(c.command.hasPrefix("eventgraph ") || c.command.contains("| eventgraph "), "\(c.testDescription)")
        }
        let verbs = Set(commands.compactMap { c in c.command.components(separatedBy: "eventgraph ").dropFirst().first?.split(separator: " ").first }
            .map(String.init))
        for verb in ["build", "talks", "events", "extract", "dates", "path", "search", "neighbours", "actors", "ingest",
                     "merge", "export"] {
            #expect(verbs.contains(verb), "no example of \(verb)")
        }
    }

    @Test("Each example exits as shown and prints the lines shown, in order of the README")
    func examplesRun() throws {
        let folder = try Self.workspace()
        let path = TestPaths.eventgraph.deletingLastPathComponent().path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        for example in try Self.commands() {
            if example.command.contains("../shared"), TestPaths.shared == nil { continue }
            let result = try CommandRunner.run(URL(fileURLWithPath: "/usr/bin/env"),
                                               ["PATH=\(path)", "/bin/sh", "-c", example.command], in: folder)
            // As a person sees it: the invisible isolates around right-to-left text are not in the README.
            let output = String(String.UnicodeScalarView((result.stdout + result.stderr).unicodeScalars.filter {
                !(0x2066...0x2069).contains($0.value)
            }))
            let failing = example.shown.contains { $0.hasPrefix("eventgraph: ") }
            #expect((result.status == 0) != failing, "\(example.testDescription): exit \(result.status)\n\(result.stderr)")
            for line in example.shown where !line.contains("…") {
                let expected = line.trimmingCharacters(in: .whitespaces)
                #expect(output.contains(expected), "\(example.testDescription) does not print «\(expected)»; it printed:\n\(output.prefix(3000))")
            }
        }
        // No example relies on the default store: none appears in the project root.
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("eventgraph.sqlite").path))
    }
}
