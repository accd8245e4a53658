import EventGraphTestSupport
import Foundation
import Testing
@testable import GraphvizRendering

/// Three nodes on which Graphviz 2.43's `dot` asserts in `class2.c` `merge_chain` and aborts:
/// two parallel `constraint=false` edges into another cluster, beside a third one in the first.
let mergeChainDOT = """
digraph { subgraph cluster_0 { a; c; } subgraph cluster_1 { b; } c -> a [constraint=false]; a -> b [constraint=false]; a -> b [constraint=false]; }
"""

/// The `eventgraph` program as the rendering helper, the way the command line uses it.
let eventgraphHelper = IsolatedRenderer(executable: TestPaths.eventgraph, arguments: ["render-worker"])

/// A stand-in helper that writes an assertion message and aborts, as Graphviz does.
func abortingHelper() throws -> IsolatedRenderer {
    let folder = try TestPaths.temporaryFolder("aborting-helper")
    let script = folder.appendingPathComponent("helper.sh")
    try """
    #!/bin/sh
    cat > /dev/null
    echo "eventgraph: class2.c:148: merge_chain: Assertion \\`ED_to_virt(e) == NULL' failed." >&2
    kill -ABRT $$
    """.write(to: script, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
    return IsolatedRenderer(executable: script, arguments: [])
}

@Suite("Graphviz renderer · isolated in a helper process",
       .enabled(if: FileManager.default.isExecutableFile(atPath: TestPaths.eventgraph.path)))
struct IsolatedRendererTests {
    @Test("A graph renders through the helper in every format", arguments: RenderFormat.allCases)
    func rendersThroughHelper(_ format: RenderFormat) throws {
        let image = try eventgraphHelper.render(dot: arabicDOT, format: format)
        let inProcess = try GraphvizRenderer.render(dot: arabicDOT, format: format)
        #expect(image.notes.isEmpty)
        #expect(image.bytes.count > 100)
        if format == .svg { #expect(image.bytes == inProcess) }
    }

    @Test("The three-node graph that aborts Graphviz kills only the helper, and is drawn again with the guard")
    func mergeChainDrawnAfterCrash() throws {
        let plain = try eventgraphHelper.run(["--format", "svg", "--engine", "dot"], input: Data(mergeChainDOT.utf8))
        let image = try eventgraphHelper.render(dot: mergeChainDOT, format: .svg)
        let svg = String(decoding: image.bytes, as: UTF8.self)
        #expect(svg.contains("<svg") && svg.contains(">a<") && svg.contains(">b<") && svg.contains(">c<"))
        if plain.signalled {
            // Graphviz 2.43 (Debian 12): the abort is reported in the note, with Graphviz's words.
            #expect(plain.status == SIGABRT)
            let note = try #require(image.notes.first)
            #expect(note.contains("signal 6 (SIGABRT)"), "\(note)")
            #expect(note.contains("merge_chain: Assertion"), "\(note)")
            #expect(note.hasSuffix("drawn again with 1 parallel constraint=false edge(s) merged into one"), "\(note)")
        } else {
            #expect(image.notes.isEmpty, "a Graphviz that draws the graph needs no fallback")
        }
    }

    @Test("A helper that aborts every time gives a crash error naming the signal and the assertion")
    func crashBecomesError() throws {
        let error = try #require(throws: RenderError.self) {
            try abortingHelper().render(dot: mergeChainDOT, format: .png, engine: "dot")
        }
        #expect(error.code == .crashed)
        #expect(error.description == "Graphviz crashed: it stopped with signal 6 (SIGABRT) while laying out the graph with \"dot\" for png: class2.c:148: merge_chain: Assertion `ED_to_virt(e) == NULL' failed.")
    }

    @Test("Errors Graphviz reports come back from the helper with their code and messages")
    func syntaxErrorThroughHelper() throws {
        let error = try #require(throws: RenderError.self) {
            try eventgraphHelper.render(dot: "digraph { a -> }", format: .svg)
        }
        #expect(error.description == "syntax error: Graphviz could not read the DOT text: Error: syntax error in line 1 near '}'")
        let engine = try #require(throws: RenderError.self) {
            try eventgraphHelper.render(dot: "digraph { a -> b }", format: .svg, engine: "nope")
        }
        #expect(engine.code == .layout)
    }

    @Test("A helper that cannot be started is named")
    func missingHelper() throws {
        let renderer = IsolatedRenderer(executable: URL(fileURLWithPath: "/nonexistent/eventgraph"), arguments: [])
        let error = try #require(throws: RenderError.self) { try renderer.render(dot: "digraph { a }", format: .svg) }
        #expect(error.code == .helper)
        #expect(error.description.contains("/nonexistent/eventgraph"))
    }

    @Test("A DOT text larger than a pipe's buffer goes through whole")
    func largeGraph() throws {
        let dot = "digraph {\n" + (0..<3000).map { "  n\($0) -> n\($0 + 1) [label=\"edge number \($0)\"];" }.joined(separator: "\n") + "\n}"
        let image = try eventgraphHelper.render(dot: dot, format: .svg, engine: "sfdp")
        #expect(String(decoding: image.bytes, as: UTF8.self).contains("edge number 2999"))
    }
}

@Suite("Graphviz renderer · the parallel-edge guard")
struct ParallelEdgeGuardTests {
    @Test("The guard merges parallel constraint=false edges and keeps every other edge", arguments: [
        (mergeChainDOT, 1),
        ("digraph { a -> b [constraint=false]; a -> b [constraint=no]; a -> b [constraint=0]; a -> b }", 2),
        ("digraph { a -> b [constraint=false]; b -> a [constraint=false]; a -> c [constraint=false] }", 0),
        ("digraph { a -> b; a -> b; a -> b [constraint=true] }", 0),
    ])
    func merges(_ dot: String, _ expected: Int) throws {
        var merged = -1
        let svg = try GraphvizEngine.shared.render(dot: dot, format: "svg", engine: "dot", guarded: true) { merged = $0 }
        #expect(merged == expected)
        #expect(String(decoding: svg, as: UTF8.self).contains("<svg"))
    }
}
