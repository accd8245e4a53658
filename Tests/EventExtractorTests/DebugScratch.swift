import EventGraphModel
import ExtractionPipeline
import Foundation
import Testing
import TextAnalysis
@testable import EventExtractor

@Test func debugScratch() throws {
    guard let path = ProcessInfo.processInfo.environment["EV_DOC"] else { return }
    let obj = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any] ?? [:]
    let lang = LanguageCode(rawValue: obj["lang"] as? String ?? "ar") ?? .ar
    let doc = Document(text: obj["text"] as? String ?? "", published: obj["published"] as? String, language: lang)
    let p = try ExtractionPipeline.shipped()
    let t = AnalyzedText(doc.text)
    let dates = p.tagger.tag(t, language: lang, anchor: doc.published)
    let actors = p.recognizer.recognize(t, language: lang, outlet: nil)
    let ex = p.extractor
    let rules = try #require(ex.rules[lang])
    let names = Dictionary(uniqueKeysWithValues: actors.actors.map { ($0.id, $0.name) })
    let want = Int(ProcessInfo.processInfo.environment["EV_SENT"] ?? "-1") ?? -1
    let mentions = RoleMentions.augment(actors, text: t, rules: rules).sorted { $0.start < $1.start }
    for s in SentenceUnits.merge(t, rules: rules) where want < 0 || s.index == want {
        let v = SentenceView(s, text: t, rules: rules, mentions: mentions, kinds: Dictionary(uniqueKeysWithValues: actors.actors.map { ($0.id, $0.kind) }))
        print("S\(s.index)", t.substring(s.start, s.end).prefix(100))
        print("  TRIG", v.triggers.map { "\($0.value.id)@\($0.first)" })
        print("  CUES", v.cues.map { "\($0.value)@\($0.first)" })
        print("  MENT", v.mentions.map { "\(names[$0.actorID] ?? "")@\($0.first)-\($0.end)\($0.clitic)" })
    }
    let c = ex.findCandidates(t, rules: rules, actors: actors, dates: dates, published: doc.published)
    for x in c {
        print("CAND S\(x.sentenceIndex)", x.trigger.id, x.participants.map { names[$0] ?? $0 }, x.date ?? "-", x.dateText ?? "-", x.isPlanned)
    }
}
