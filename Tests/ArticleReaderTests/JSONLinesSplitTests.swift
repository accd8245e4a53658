@testable import ArticleReader
import Testing

/// A JSON Lines text is cut into lines on its UTF-8 bytes: the lines must be those of
/// `String.split(separator: "\n", omittingEmptySubsequences: false)`, which compares characters
/// (`\r\n` is one character and no line break there).
@Suite("Reader · JSON Lines cut into lines on bytes")
struct JSONLinesSplitTests {
    static let texts = [
        "", "\n", "\n\n", "a", "a\n", "\na", "a\nb\n\nc",
        "{\"text\": \"x\"}\r\n{\"text\": \"y\"}\r\n", "a\r\rb\n\rc\r", "\r\n\r\n\n",
        "é\u{301}\nمرحبا\u{651}\n\u{301}x\n🇺🇳\n", "a\u{2028}b\u{85}c\nd",
    ]

    @Test("The lines are String.split's", arguments: texts)
    func sameLines(_ text: String) {
        let expected = text.split(separator: "\n", omittingEmptySubsequences: false)
        let lines = JSONArticles.lines(of: text)
        #expect(lines == expected)
        #expect(lines.map { $0.startIndex } == expected.map { $0.startIndex })
    }
}
