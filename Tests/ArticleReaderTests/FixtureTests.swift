import ArticleReader
import EventGraphModel
import Foundation
import Testing

/// The demo fixtures read as their gold files say: the text the extractor sees, the day, the outlet, the language.
@Suite("Reader · demo fixtures")
struct FixtureTests {
    static let goldFolder = packageRoot + "/Tests/QualityTests/FixtureGold"
    static let fixtureFolder = packageRoot + "/Fixtures"

    static func goldNames() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: goldFolder)) ?? []
        return names.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
    }

    @Test("There is a gold file for every fixture and a fixture for every gold file")
    func pairing() throws {
        let fixtures = try FileManager.default.contentsOfDirectory(atPath: Self.fixtureFolder)
            .filter { !$0.hasPrefix(".") }
            .map { name in name.split(separator: ".").dropLast().joined(separator: ".") }.sorted()
        #expect(fixtures == Self.goldNames())
        #expect(fixtures.count >= 6)
    }

    @Test("Each fixture reads as its gold file says", arguments: goldNames())
    func readsAsGold(_ name: String) throws {
        let goldData = try Data(contentsOf: URL(fileURLWithPath: Self.goldFolder + "/\(name).json"))
        let gold = try #require(try JSONSerialization.jsonObject(with: goldData) as? [String: Any])
        let file = try #require(try FileManager.default.contentsOfDirectory(atPath: Self.fixtureFolder)
            .first { $0.hasPrefix(name + ".") })
        let results = ArticleReader(dateResolver: FakeResolver.resolve).read(path: Self.fixtureFolder + "/" + file)
        #expect(results.count == 1)
        let document = try #require(results.first?.value)
        if let dump = ProcessInfo.processInfo.environment["EVENTGRAPH_DUMP_FIXTURE_TEXT"] {
            try document.text.write(toFile: dump + "/\(name).txt", atomically: true, encoding: .utf8)
        }
        #expect(document.text == gold["text"] as? String)
        #expect(document.published == gold["published"] as? String)
        #expect(document.outlet == gold["outlet"] as? String)
        #expect(document.language.rawValue == gold["lang"] as? String)
    }

    @Test("The seed fixture is the shared seed's text exactly",
          .enabled(if: FileManager.default.fileExists(atPath: packageRoot + "/../shared/corpus/dev/seed-ar-01.json")))
    func seedIsExact() throws {
        let shared = try Data(contentsOf: URL(fileURLWithPath: packageRoot + "/../shared/corpus/dev/seed-ar-01.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: shared) as? [String: Any])
        let fixture = try String(contentsOfFile: Self.fixtureFolder + "/seed-ar-01.txt", encoding: .utf8)
        #expect(fixture == object["text"] as? String)
    }
}
