import EventGraphTestSupport
import Foundation
import Testing

/// The width and height of a PNG file, from its IHDR chunk.
func pngSize(of url: URL) throws -> (width: Int, height: Int) {
    let bytes = Array(try Data(contentsOf: url).prefix(24))
    guard bytes.count == 24, bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) else {
        throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: url.path])
    }
    func int(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
    return (int(16), int(20))
}

/// The `->` statements of a DOT text, without the legend's.
func edgeStatements(_ dot: String) -> [Substring] {
    dot.split(separator: "\n").filter { $0.contains(" -> ") && !$0.contains("legend:") }
}

/// The dev corpus as JSON Lines (`language` from `lang`) in a temporary folder; the texts stay there.
func devCorpusJSONL(_ shared: URL) throws -> URL {
    let folder = shared.appendingPathComponent("corpus/dev")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
    var lines: [String] = []
    for name in files {
        let object = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: folder.appendingPathComponent(name))) as? [String: Any])
        var article: [String: Any] = [:]
        for key in ["id", "title", "text", "published", "outlet", "lang"] { article[key] = object[key] }
        let data = try JSONSerialization.data(withJSONObject: article, options: [.sortedKeys])
        lines.append(String(decoding: data, as: UTF8.self))
    }
    let url = try TestPaths.temporaryFolder("dev-corpus").appendingPathComponent("dev.jsonl")
    try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
    return url
}

@Suite("Command line · diagrams", .serialized)
struct DiagramCommandTests {
    static let fixtures = TestPaths.packageRoot.appendingPathComponent("Fixtures")

    static let built: Result<URL, any Error> = Result {
        let out = try TestPaths.temporaryFolder("diagrams")
        let result = try CommandRunner.eventgraph(["build", fixtures.path, "--out", out.path, "--fresh", "--quiet"])
        guard result.status == 0 else { throw CommandLineTests.CommandFailed(result: result) }
        return out
    }

    @Test("build draws the actors, the actors with outlets and an ego network, each within 4,000 pixels")
    func buildDrawsEveryDiagram() throws {
        let out = try Self.built.get()
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path)
        for name in ["graph.png", "graph-outlets.png", "graph-outlets.svg"] { #expect(names.contains(name)) }
        #expect(names.contains { $0.hasPrefix("ego-") && $0.hasSuffix(".png") }, "\(names)")
        for name in names where name.hasSuffix(".png") {
            let size = try pngSize(of: out.appendingPathComponent(name))
            #expect(size.width <= 4000 && size.height <= 4000, "\(name): \(size)")
        }
    }

    @Test("export graph leaves outlets out unless --outlets is given")
    func outletsOnlyOnRequest() throws {
        let db = try Self.built.get().appendingPathComponent("eventgraph.sqlite").path
        let plain = try CommandRunner.eventgraph(["export", "graph", "--db", db])
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(!plain.stdout.contains("shape=note"))
        #expect(!plain.stdout.contains("#c8a86a"))                 // the colour of reported edges
        #expect(plain.stdout.contains("outlets not shown"))
        let outlets = try CommandRunner.eventgraph(["export", "graph", "--outlets", "--db", db])
        #expect(outlets.stdout.contains("shape=note"))
        #expect(outlets.stdout.contains("#c8a86a"))
        #expect(!outlets.stdout.contains("constraint=false"))
    }

    @Test("export graph keeps one edge per pair, --top actors and the chosen engine")
    func topAndLayout() throws {
        let db = try Self.built.get().appendingPathComponent("eventgraph.sqlite").path
        let top = try CommandRunner.eventgraph(["export", "graph", "--top", "6", "--layout", "dot", "--outlets", "--db", db])
        #expect(top.status == 0, "\(top.stderr)")
        let nodes = top.stdout.split(separator: "\n").filter { $0.contains(" [label=") && !$0.contains(" -> ") && !$0.contains("legend:") }
        #expect(nodes.count <= 6 && nodes.count >= 2, "\(nodes)")
        #expect(top.stdout.contains("layout=dot"))
        let all = try CommandRunner.eventgraph(["export", "graph", "--outlets", "--db", db])
        var pairs = Set<String>()
        for line in edgeStatements(all.stdout) {
            let ends = line.split(separator: "\"").enumerated().filter { $0.offset % 2 == 1 }.map(\.element).prefix(2)
            let pair = ends.sorted().joined(separator: "|")
            #expect(pairs.insert(pair).inserted, "two edges between \(pair)")
        }
        #expect(pairs.count > 10)
    }

    @Test("An ego diagram is captioned with its centre and drawn by dot when small")
    func egoDiagram() throws {
        let db = try Self.built.get().appendingPathComponent("eventgraph.sqlite").path
        let ego = try CommandRunner.eventgraph(["export", "graph", "--actor", "Lavrov", "--depth", "1", "--db", db])
        #expect(ego.status == 0, "\(ego.stderr)")
        #expect(ego.stdout.contains("Actors within 1 link of"))
        #expect(ego.stdout.contains("layout=dot"))
    }

    @Test("The dev corpus builds (no Graphviz abort) and every picture fits 4,000 pixels (needs ../shared)",
          .enabled(if: TestPaths.shared != nil, "needs ../shared/corpus/dev"))
    func devCorpusDiagrams() throws {
        let shared = try #require(TestPaths.shared)
        let input = try devCorpusJSONL(shared)
        let out = input.deletingLastPathComponent().appendingPathComponent("out")
        let result = try CommandRunner.eventgraph(["build", input.path, "--out", out.path, "--fresh", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path)
        #expect(names.filter { $0.hasSuffix(".png") }.count >= 3, "\(names)")
        for name in names where name.hasSuffix(".png") {
            let size = try pngSize(of: out.appendingPathComponent(name))
            #expect(size.width <= 4000 && size.height <= 4000, "\(name): \(size)")
        }
        let dot = try String(contentsOf: out.appendingPathComponent("graph.dot"), encoding: .utf8)
        #expect(!dot.contains("constraint=false"))
    }
}
