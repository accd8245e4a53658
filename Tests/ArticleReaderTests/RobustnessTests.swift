import ArticleReader
import EventGraphModel
import Foundation
import Testing

/// Markup-heavy noise never crashes the reader: each input gives at least one result.
@Suite("Reader · robustness")
struct RobustnessTests {
    /// A fixed linear congruential generator, so every run tests the same inputs.
    struct Noise: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state
        }
    }

    static let pieces = ["<", ">", "</", "/>", "<p>", "<script>", "</script>", "<!--", "-->", "&", "&#", "&#x", ";", "amp",
                         "\"", "'", "=", "[", "]", "(", ")", "*", "**", "_", "`", "#", "---", "\n", " ", "{", "}", ":",
                         ",", "text", "وزير", "2022-11-08", "/", "|", "By ", "Source:", "(AP) -", "\u{00A0}", "\r\n"]

    @Test("Random markup in every format gives results, not crashes", arguments: ["html", "md", "json", "jsonl", "txt"])
    func noise(_ ext: String) {
        var rng = Noise(state: 2022_11_08)
        let reader = ArticleReader(dateResolver: FakeResolver.resolve)
        for _ in 0..<300 {
            let count = Int.random(in: 1...60, using: &rng)
            let text = (0..<count).map { _ in Self.pieces.randomElement(using: &rng) ?? "" }.joined()
            let results = reader.read(data: Data(text.utf8), path: "noise.\(ext)")
            #expect(!results.isEmpty)
        }
    }
}
