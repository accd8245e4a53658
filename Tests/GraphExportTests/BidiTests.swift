import EventGraphModel
import Testing
@testable import GraphExport

@Suite("Bidi isolates and text direction")
struct BidiTests {
    @Test("LTR runs after Arabic are wrapped in LRI…PDI; Latin-first and Latin-only lines keep their order",
          arguments: [
            ("محادثات 2022-11", "محادثات \u{2066}2022-11\u{2069}"),
            ("اجتماع في 5/11/2022 مع NATO", "اجتماع في \u{2066}5/11/2022\u{2069} مع \u{2066}NATO\u{2069}"),
            ("قرار 2334.", "قرار \u{2066}2334\u{2069}."),
            ("talks 2022-11", "talks 2022-11"),
            ("Talks · محادثات 2022", "Talks · محادثات \u{2066}2022\u{2069}"),
            ("روسيا", "روسيا"),
            ("", ""),
          ])
    func isolates(_ input: String, _ expected: String) {
        #expect(Bidi.isolatingLTRRuns(input) == expected)
    }

    @Test("HTML direction follows the letters of the text", arguments: [
        ("أجرى سوليفان محادثات", "rtl", "ar"),
        ("Sullivan held talks", "ltr", "en"),
        ("قال Jake Sullivan إن the talks went well", "auto", nil),
        ("2022-11-05", "ltr", "en"),
    ] as [(String, String, String?)])
    func direction(_ text: String, _ dir: String, _ lang: String?) {
        let d = Bidi.direction(of: text)
        #expect(d.dir == dir && d.lang == lang)
    }

    @Test("An edge to a node missing from the snapshot draws a bare node labelled with its key")
    func missingEndpoint() throws {
        let dot = DOTExporter.dot(GraphSnapshot(edges: [GraphEdge(source: "a\"b", target: "c", kind: .event)]))
        #expect(dot.contains("\"a%22b\" [label=\"a\\\"b\", shape=ellipse, style=dashed];"))
        #expect(dot.contains("\"a%22b\" -> \"c\""))
        #expect(!dot.contains("cluster_legend"))
    }
}
