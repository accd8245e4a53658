import Foundation
import Testing
@testable import GraphvizRendering

/// Arabic DOT written by hand: LTR dates inside Arabic labels are isolated (U+2066…U+2069).
let arabicDOT = """
digraph "G" {
  graph [charset="UTF-8", rankdir=LR, fontname="Noto Sans Arabic,DejaVu Sans", label="محادثات \u{2066}2022-11\u{2069}"];
  node [fontname="Noto Sans Arabic,DejaVu Sans", shape=box];
  edge [fontname="Noto Sans Arabic,DejaVu Sans"];
  "a" [label="جيك سوليفان\\nJake Sullivan"];
  "b" [label="يوري أوشاكوف", shape=ellipse];
  "a" -> "b" [label="محادثات \u{2066}2022-11\u{2069}"];
}
"""

/// Writes an artifact for a person to look at when `EVENTGRAPH_RENDER_OUT` names a folder.
func keep(_ bytes: [UInt8], as name: String) {
    guard let dir = ProcessInfo.processInfo.environment["EVENTGRAPH_RENDER_OUT"] else { return }
    try? Data(bytes).write(to: URL(fileURLWithPath: dir).appendingPathComponent(name))
}

@Suite("Graphviz renderer")
struct GraphvizRendererTests {
    @Test("SVG keeps the Arabic label text in logical order")
    func svgHasArabicText() throws {
        let bytes = try GraphvizRenderer.render(dot: arabicDOT, format: .svg)
        let svg = try #require(String(bytes: bytes, encoding: .utf8))
        keep(bytes, as: "arabic.svg")
        #expect(svg.contains("<svg"))
        #expect(svg.contains("جيك سوليفان"))
        #expect(svg.contains("يوري أوشاكوف"))
        #expect(svg.contains("Jake Sullivan"))
    }

    @Test("PNG is rendered by cairo and starts with the PNG signature")
    func pngSignature() throws {
        let bytes = try GraphvizRenderer.render(dot: arabicDOT, format: .png)
        keep(bytes, as: "arabic.png")
        #expect(Array(bytes.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        #expect(bytes.count > 1000)
    }

    @Test("PDF starts with %PDF")
    func pdfSignature() throws {
        let bytes = try GraphvizRenderer.render(dot: arabicDOT, format: .pdf)
        keep(bytes, as: "arabic.pdf")
        #expect(Array(bytes.prefix(4)) == Array("%PDF".utf8))
    }

    @Test("Malformed DOT throws a syntax error carrying Graphviz's message",
          arguments: ["digraph { a -> }", "digraph { a [label=\"open }", "not a graph at all {", ""])
    func malformedThrows(_ dot: String) throws {
        let error = try #require(throws: RenderError.self) {
            try GraphvizRenderer.render(dot: dot, format: .svg)
        }
        #expect(error.code == .syntax)
        #expect(error.description.hasPrefix("syntax error: "))
        // The parser recovers: a good graph renders right after a bad one.
        #expect(try GraphvizRenderer.render(dot: "digraph { a -> b }", format: .svg).count > 100)
    }

    @Test("A syntax error names the line Graphviz stopped at")
    func syntaxMessage() throws {
        let error = try #require(throws: RenderError.self) {
            try GraphvizRenderer.render(dot: "digraph {\n a -> b\n c -> }\n", format: .svg)
        }
        #expect(error.messages.joined().contains("syntax error in line 3"), "\(error)")
    }

    @Test("An unknown layout engine throws a layout error")
    func unknownEngine() throws {
        let error = try #require(throws: RenderError.self) {
            try GraphvizRenderer.render(dot: "digraph { a -> b }", format: .svg, engine: "nope")
        }
        #expect(error.code == .layout)
        #expect(error.description.contains("nope"))
    }

    @Test("Labels with quotes, backslashes, entities and markup render literally",
          arguments: [
            (#""say \"hi\"""#, "say &quot;hi&quot;"),
            (#""C:\\dir\\n""#, #"C:\dir\n"#),
            (#""ends with \\""#, #"ends with \"#),
            (#""AT&amp;T""#, "AT&amp;T"),
            (#""<b>x</b>""#, "&lt;b&gt;x&lt;/b&gt;"),
          ])
    func literalLabels(_ label: String, _ expectedInSVG: String) throws {
        let bytes = try GraphvizRenderer.render(dot: "digraph { n [label=\(label)] }", format: .svg)
        let svg = try #require(String(bytes: bytes, encoding: .utf8))
        #expect(svg.contains(">\(expectedInSVG)<"), "\(svg)")
    }

    @Test("Concurrent renders from a task group do not crash")
    func concurrentRenders() async throws {
        let sizes = try await withThrowingTaskGroup(of: Int.self) { group in
            for i in 0..<24 {
                group.addTask {
                    let format = RenderFormat.allCases[i % RenderFormat.allCases.count]
                    return try GraphvizRenderer.render(dot: arabicDOT, format: format).count
                }
            }
            var sizes: [Int] = []
            for try await size in group { sizes.append(size) }
            return sizes
        }
        #expect(sizes.count == 24)
        #expect(sizes.allSatisfy { $0 > 100 })
    }
}

@Suite("Rendering the exporter's golden DOT files")
struct GoldenDOTRenderingTests {
    /// The DOT goldens of GraphExportTests, read from the source tree (skipped when absent).
    static let goldenDOT = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("GraphExportTests/Golden/graph.dot")

    @Test("The bilingual golden graph renders in every format",
          .enabled(if: FileManager.default.fileExists(atPath: goldenDOT.path)), arguments: RenderFormat.allCases)
    func rendersGolden(_ format: RenderFormat) throws {
        let dot = try String(contentsOf: Self.goldenDOT, encoding: .utf8)
        let bytes = try GraphvizRenderer.render(dot: dot, format: format)
        keep(bytes, as: "golden-graph.\(format.rawValue)")
        #expect(bytes.count > 1000)
        if format == .svg {
            let svg = String(decoding: bytes, as: UTF8.self)
            #expect(svg.contains("يوري أوشاكوف"))
            #expect(svg.contains("Noto Sans Arabic,DejaVu Sans"))
        }
    }

    @Test("The golden DOT of hostile labels parses and shows the labels literally",
          .enabled(if: FileManager.default.fileExists(atPath: goldenDOT.path)))
    func rendersHostile() throws {
        let url = Self.goldenDOT.deletingLastPathComponent().appendingPathComponent("hostile.dot")
        let dot = try String(contentsOf: url, encoding: .utf8)
        let svg = String(decoding: try GraphvizRenderer.render(dot: dot, format: .svg), as: UTF8.self)
        keep(try GraphvizRenderer.render(dot: dot, format: .png), as: "hostile.png")
        #expect(svg.contains(">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;<"))
        #expect(svg.contains(">He said &quot;yes&quot;<"))
        #expect(svg.contains(#">C:\path\n and trailing \<"#))
        #expect(svg.contains(">AT&amp;T &amp;amp; co<"))
        #expect(svg.contains(">first line<") && svg.contains(">second line<"))
        #expect(svg.contains(">hostile &quot;labels&quot; \\<"))
    }
}

@Suite("Render error messages")
struct RenderErrorTests {
    @Test("A syntax error reads as one line with Graphviz's message")
    func syntaxErrorText() throws {
        let error = try #require(throws: RenderError.self) {
            try GraphvizRenderer.render(dot: "digraph { a -> }", format: .png)
        }
        #expect(error.description == "syntax error: Graphviz could not read the DOT text: Error: syntax error in line 1 near '}'")
    }

    @Test("Empty DOT says there is no graph")
    func emptyText() throws {
        let error = try #require(throws: RenderError.self) { try GraphvizRenderer.render(dot: "", format: .svg) }
        #expect(error.description == "syntax error: the DOT text holds no graph")
    }

    @Test("Messages are trimmed and joined into the description")
    func descriptionJoinsMessages() {
        let error = RenderError(.layout, reason: "layout engine \"x\" failed", messages: ["Warning: a\n", " Error: b\n"])
        #expect(error.description == "layout failed: layout engine \"x\" failed: Warning: a Error: b")
    }
}
