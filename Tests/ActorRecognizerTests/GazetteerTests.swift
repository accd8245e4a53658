import EventGraphModel
import Foundation
import Testing
@testable import ActorRecognizer

@Suite("Gazetteer loader")
struct GazetteerTests {
    @Test("Every shipped gazetteer file loads strictly", arguments: try ActorRecognizer.shippedGazetteerFiles())
    func shippedFileLoads(_ url: URL) throws {
        let g = try Gazetteer.load(files: try ActorRecognizer.shippedGazetteerFiles())
        let alone = try? Gazetteer.load(files: [url])
        #expect(!g.entries.isEmpty)
        // A file may name countries of countries.jsonl; alone it must at least parse line by line.
        if alone == nil {
            let text = try String(contentsOf: url, encoding: .utf8)
            for (n, line) in text.split(separator: "\n").enumerated() where !line.hasPrefix("#") {
                _ = try GazetteerEntry.parse(String(line), path: url.lastPathComponent, lineNumber: n + 1)
            }
        }
    }

    @Test("The shipped gazetteer covers every country and both languages")
    func coversCountries() throws {
        let g = try Gazetteer.load(files: try ActorRecognizer.shippedGazetteerFiles())
        let countries = g.entries.values.filter { $0.kind == .country }
        #expect(countries.count >= 190)
        #expect(countries.allSatisfy { !$0.namesEN.isEmpty && !$0.namesAR.isEmpty })
        for id in ["russia", "united-states", "saudi-arabia", "soviet-union", "china", "turkey", "united-kingdom"] {
            #expect(g.entries[id]?.kind == .country, "\(id)")
        }
        for id in ["white-house", "kremlin", "reuters", "afp", "saudi-press-agency", "united-nations", "nato", "vladimir-putin", "mikhail-gorbachev"] {
            #expect(g.entries[id] != nil, "\(id)")
        }
    }

    static let badLines: [(line: String, message: String)] = [
        (#"{"id":"x","kind":"planet","en":["X"]}"#, ":2: \"kind\" must be one of"),
        (#"{"id":"x","kind":"person"}"#, ":2: entry x has no name"),
        (#"{"id":"x","kind":"person","en":["X"],"nick":["Y"]}"#, ":2: unknown field \"nick\""),
        (#"{"id":"x","kind":"person","ar":["مُحمد"]}"#, ":2: \"ar\" entry «مُحمد»: contains tashkeel"),
        (#"{"id":"X Y","kind":"person","en":["X"]}"#, ":2: \"id\" must be lower-case"),
        ("not json", ":2: not a JSON object"),
        (#"{"id":"x","kind":"person","en":"X"}"#, ":2: \"en\" must be a list of strings"),
        (#"{"id":"x","kind":"person","en":["X  Y"]}"#, ":2: \"en\" entry «X  Y»: stray spaces"),
        (#"{"id":"x","kind":"person","en":["X"],"country":7}"#, ":2: \"country\" must be an id"),
        (#"{"id":"russia","kind":"country","en":["Russia"]}"#, ":2: id russia is already defined at"),
    ]

    @Test("A bad line is reported as file:line: reason", arguments: badLines)
    func reportsBadLine(_ bad: (line: String, message: String)) throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gz-\(UUID().uuidString).jsonl")
        try "{\"id\":\"russia\",\"kind\":\"country\",\"en\":[\"Russia\"]}\n\(bad.line)\n".write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        do {
            _ = try Gazetteer.load(files: [url])
            Issue.record("expected an error for \(bad.line)")
        } catch let error as ResourceError {
            #expect(error.description.hasPrefix(url.path))
            #expect(error.description.contains(bad.message), "\(error.description)")
        }
    }

    @Test("Lines with escapes, other white space or CRLF endings read as JSON reads them")
    func linesOfOtherShapes() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gz-\(UUID().uuidString).jsonl")
        let lines = [#"{"id":"russia","kind":"country","en":["Russia"]}"#,
                     #"  { "id" : "a-b", "kind":"person", "en":["A \"Al\" B"], "roles":["Envoy \u2013 UN"] }"#,
                     #"{"id":"c-d","kind":"person","en":["C D"],"country":"russia"}"#]
        try (lines.joined(separator: "\r\n") + "\r\n").write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let g = try Gazetteer.load(files: [url])
        #expect(g.order == ["russia", "a-b", "c-d"])
        #expect(g.entries["a-b"]?.namesEN == ["A \"Al\" B"])
        #expect(g.entries["a-b"]?.roles == ["Envoy \u{2013} UN"])
        #expect(g.entries["c-d"]?.country == "russia")
    }

    @Test("A user gazetteer extends the shipped one")
    func userGazetteerExtends() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gz-\(UUID().uuidString).jsonl")
        try #"{"id":"zorana-velic","kind":"person","en":["Zorana Velic"],"ar":["زورانا فيليتش"],"country":"serbia"}"#
            .write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let r = try ActorRecognizer.shipped(extraGazetteers: [url.path])
        let found = r.recognize(.init("Zorana Velic arrived in Belgrade."), language: .en, outlet: nil)
        #expect(found.actors.contains { $0.key == "gz:zorana-velic" && $0.kind == .person })
    }
}
