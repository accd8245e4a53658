import Foundation
import GraphStore
import Testing

@Suite("Store errors · one line each")
struct StoreErrorTextTests {
    @Test("A foreign file whose first bytes hold line breaks is still named on one line")
    func foreignFileOnOneLine() throws {
        // Given a short text file with line breaks where a store is expected
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("notes-\(UUID().uuidString).sqlite")
        try Data("not sqlite\nsecond line\n".utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        // When it is opened as a store
        let error = #expect(throws: StoreError.self) { try GraphStore(path: url.path) }
        // Then the message is one line that quotes the start of the file
        let text = try #require(error).description
        #expect(!text.contains("\n"), "\(text)")
        #expect(text.contains("not sqlite."))
    }
}
