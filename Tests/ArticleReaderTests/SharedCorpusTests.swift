import ArticleReader
import EventGraphModel
import Foundation
import Testing

/// The reader on the shared development corpus (read from `../shared`, skipped when absent; its
/// texts are never copied into the project): languages are right, and a detected publication day
/// is never a wrong one.
@Suite("Reader · shared dev corpus", .enabled(if: SharedCorpus.isPresent))
struct SharedCorpusTests {
    @Test("Each dev article's language, and its publication day when one is detected", arguments: SharedCorpus.files())
    func devArticle(_ name: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: SharedCorpus.folder + "/" + name))
        let gold = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let text = try #require(gold["text"] as? String)
        let reader = ArticleReader(dateResolver: FakeResolver.resolve)
        let document = try #require(reader.read(data: Data(text.utf8), path: name + ".txt").first?.value)
        #expect(document.language.rawValue == gold["lang"] as? String)
        if let detected = document.published {
            #expect(detected == gold["published"] as? String)
        }
    }
}

enum SharedCorpus {
    static let folder = packageRoot + "/../shared/corpus/dev"
    static var isPresent: Bool { FileManager.default.fileExists(atPath: folder) }
    static func files() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
    }
}
