import EventGraphModel
import Foundation
import Testing
@testable import EventExtractor

@Suite("Event extractor · rules files")
struct EventRulesTests {
    @Test("Every shipped rules file loads")
    func shippedRulesLoad() throws {
        _ = try EventExtractor.shipped()
    }

    @Test("A bad line is reported with its file and line",
          arguments: [
            ("id\tform\ttype\tcameo\tframe\nx.1\tالتقى\tmeet\t044\tsubject-object\n", "ar/triggers.tsv:2: not in matching form"),
            ("id\tform\ttype\tcameo\tframe\nx.1\tmet\tmeeting\t044\tsubject-object\n", "ar/triggers.tsv:2: bad value"),
            ("id\tform\ttype\tcameo\tframe\nx.1\tmet\tmeet\t044\tsubjet-object\n", "ar/triggers.tsv:2: bad value"),
            ("id\tform\ttype\tcameo\tframe\nx.1\tmet\tmeet\t044\n", "ar/triggers.tsv:2: bad columns"),
            ("id\tform\ttype\tcameo\tframe\nx.1\tmet\tmeet\t044\tsubject-object\nx.1\tmeet\tmeet\t044\tsubject-object\n", "ar/triggers.tsv:3: duplicate"),
            ("form\tid\n", "ar/triggers.tsv:1: bad columns"),
          ])
    func badLineIsReported(_ content: String, _ expected: String) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("eventrules-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for lang in ["ar", "en"] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(lang), withIntermediateDirectories: true)
            try "id\tform\ttype\tcameo\tframe\n".write(to: root.appendingPathComponent("\(lang)/triggers.tsv"), atomically: true, encoding: .utf8)
            try "kind\tform\n".write(to: root.appendingPathComponent("\(lang)/cues.tsv"), atomically: true, encoding: .utf8)
        }
        try content.write(to: root.appendingPathComponent("ar/triggers.tsv"), atomically: true, encoding: .utf8)
        let error = #expect(throws: EventRulesError.self) { _ = try EventExtractor(resources: root) }
        #expect(error?.description.hasPrefix(expected) == true, "\(String(describing: error))")
    }
}
