import EventGraphModel
import Foundation
import Testing
@testable import TemporalTagger

@Test func debugDump() throws {
    guard let text = try? String(contentsOfFile: "/tmp/tg/debug.txt", encoding: .utf8) else { return }
    let tagger = try TemporalTagger.shipped()
    for line in text.split(separator: "\n") {
        let parts = line.split(separator: "\t").map(String.init)
        guard parts.count >= 3, let lang = LanguageCode(rawValue: parts[0]) else { continue }
        let found = tagger.tag(parts[2], language: lang, anchor: parts[1])
        print("DBG \(parts[2]) => " + found.map { "[\($0.text)|\($0.value)|\($0.grain.rawValue)|\($0.rule)]" }.joined(separator: " "))
    }
}
