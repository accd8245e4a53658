import EventGraphTestSupport
import Foundation
import Testing

/// Pictures are drawn in a helper process: a Graphviz crash is an error naming the picture, and
/// the store, the DOT file, the timelines and the talks are written all the same.
@Suite("Command line · rendering isolated from Graphviz crashes", .serialized)
struct RenderingIsolationTests {
    static let fixtures = TestPaths.packageRoot.appendingPathComponent("Fixtures")

    /// A helper that aborts the way Graphviz 2.43 does in `merge_chain`.
    static func abortingHelper(in folder: URL) throws -> String {
        let script = folder.appendingPathComponent("abort.sh")
        try """
        #!/bin/sh
        cat > /dev/null
        echo "eventgraph: class2.c:148: merge_chain: Assertion \\`ED_to_virt(e) == NULL' failed." >&2
        kill -ABRT $$
        """.write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        return script.path
    }

    static let pictures = ["graph.svg", "graph.png", "graph.pdf", "graph-outlets.svg", "graph-outlets.png"]
    static let texts = ["eventgraph.sqlite", "graph.dot", "timeline.md", "timeline.html", "timeline.json", "talks.md"]

    @Test("build whose pictures crash Graphviz writes the store, DOT, timelines and talks, names each picture and exits 1")
    func buildSurvivesCrash() throws {
        let folder = try TestPaths.temporaryFolder("render-crash")
        let out = folder.appendingPathComponent("out")
        let result = try CommandRunner.eventgraph(["build", Self.fixtures.path, "--out", out.path, "--fresh", "--quiet"],
                                                  environment: ["EVENTGRAPH_RENDER_HELPER": try Self.abortingHelper(in: folder)])
        #expect(result.status == 1, "\(result.stderr)")
        for name in Self.texts {
            let data = try Data(contentsOf: out.appendingPathComponent(name))
            #expect(data.count > 100, "\(name) is nearly empty")
        }
        for name in Self.pictures {
            #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path), "\(name)")
            #expect(result.stderr.contains("\(out.appendingPathComponent(name).path): cannot render"), "\(name) not named: \(result.stderr)")
        }
        #expect(result.stderr.contains("Graphviz crashed: it stopped with signal 6 (SIGABRT)"))
        #expect(result.stderr.contains("merge_chain: Assertion `ED_to_virt(e) == NULL' failed."))
        #expect(!result.stderr.contains("Backtrac"), "no crash report of our own: \(result.stderr)")
        let talks = try CommandRunner.eventgraph(["talks", "Sullivan", "--db", out.appendingPathComponent("eventgraph.sqlite").path])
        #expect(talks.status == 0 && talks.stdout.contains("November 2022"), "the store answers: \(talks.stderr)")
    }

    @Test("export graph whose picture crashes Graphviz exits 1 with the reason and writes no file")
    func exportSurvivesCrash() throws {
        let folder = try TestPaths.temporaryFolder("render-crash-export")
        let out = folder.appendingPathComponent("out")
        let built = try CommandRunner.eventgraph(["build", Self.fixtures.path, "--out", out.path, "--fresh", "--quiet"])
        #expect(built.status == 0, "\(built.stderr)")
        let png = folder.appendingPathComponent("graph.png")
        let result = try CommandRunner.eventgraph(["export", "graph", "--format", "png", "-o", png.path,
                                                   "--db", out.appendingPathComponent("eventgraph.sqlite").path],
                                                  environment: ["EVENTGRAPH_RENDER_HELPER": try Self.abortingHelper(in: folder)])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("eventgraph: cannot render png: Graphviz crashed: it stopped with signal 6 (SIGABRT)"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: png.path))
    }

    /// The development articles as one JSON Lines file, the input format of `build`.
    static func devCorpusJSONL(into folder: URL) throws -> URL? {
        guard let shared = TestPaths.shared else { return nil }
        let dev = shared.appendingPathComponent("corpus/dev")
        var lines: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: dev.path).sorted() where name.hasSuffix(".json") {
            let object = try JSONSerialization.jsonObject(with: Data(contentsOf: dev.appendingPathComponent(name)))
            guard let article = object as? [String: Any] else { continue }
            var line: [String: Any] = ["id": article["id"] ?? name, "text": article["text"] ?? ""]
            for (from, to) in [("published", "published"), ("outlet", "outlet"), ("lang", "language")] {
                if let value = article[from], !(value is NSNull) { line[to] = value }
            }
            lines.append(String(decoding: try JSONSerialization.data(withJSONObject: line, options: [.sortedKeys]), as: UTF8.self))
        }
        let url = folder.appendingPathComponent("dev.jsonl")
        try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test("build of the development corpus (../shared) as JSON Lines writes every file",
          .enabled(if: TestPaths.shared != nil, "needs ../shared/corpus/dev"))
    func buildDevCorpus() throws {
        let folder = try TestPaths.temporaryFolder("build-dev")
        let input = try #require(try Self.devCorpusJSONL(into: folder))
        let out = folder.appendingPathComponent("out")
        let result = try CommandRunner.eventgraph(["build", input.path, "--out", out.path, "--fresh", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("31 stored"), "\(result.stderr)")
        for name in Self.texts + Self.pictures {
            let data = try Data(contentsOf: out.appendingPathComponent(name))
            #expect(data.count > 100, "\(name) is nearly empty")
        }
        #expect(!result.stderr.contains("Graphviz crashed"), "\(result.stderr)")
    }
}
