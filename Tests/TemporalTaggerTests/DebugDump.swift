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

@Test func debugTempEval() throws {
    guard FileManager.default.fileExists(atPath: "/tmp/tg/te.on") else { return }
    let data = try String(contentsOf: TempEvalTests.corpusFile, encoding: .utf8)
    let tagger = try TemporalTagger.shipped()
    var out = ""
    for line in data.split(separator: "\n") {
        let doc = try JSONDecoder().decode(TempEvalTests.Doc.self, from: Data(line.utf8))
        let found = tagger.tag(doc.text, language: .en, anchor: doc.dct)
        let enc = try JSONEncoder().encode(found.map { ["s": "\($0.start)", "e": "\($0.end)", "v": $0.value, "r": $0.rule, "t": $0.type.rawValue, "x": $0.text] })
        out += "{\"doc\":\"\(doc.doc)\",\"found\":" + String(decoding: enc, as: UTF8.self) + "}\n"
    }
    try out.write(toFile: "/tmp/tg/te_out.jsonl", atomically: true, encoding: .utf8)
}

@Test func debugDev() throws {
    guard let list = try? String(contentsOfFile: "/tmp/tg/devlist.txt", encoding: .utf8) else { return }
    let tagger = try TemporalTagger.shipped()
    for path in list.split(separator: "\n") {
        let data = try Data(contentsOf: URL(fileURLWithPath: String(path)))
        guard let o = try JSONSerialization.jsonObject(with: data) as? [String: Any], let text = o["text"] as? String else { continue }
        let lang = LanguageCode(rawValue: o["lang"] as? String ?? "ar") ?? .ar
        let found = tagger.tag(text, language: lang, anchor: o["published"] as? String)
        let scalars = Array(text.unicodeScalars)
        for f in found {
            let a = max(0, f.start - 25), b = min(scalars.count, f.end + 15)
            let ctx = String(String.UnicodeScalarView(scalars[a..<b])).replacingOccurrences(of: "\n", with: " ")
            print("DEV \(path.split(separator: "/").last ?? "") \(o["published"] ?? "") [\(f.text)] \(f.value) \(f.rule) :: \(ctx)")
        }
    }
}
