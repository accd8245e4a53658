import EventGraphModel
import ExtractionPipeline
import Foundation
import Testing

/// Who-spoke-to-whom quality on `../shared/corpus/dev`, scored the way `tools/score.py` scores it:
/// system actors are matched to gold actors by their normalised names and forms, every pair of
/// parties of an interaction event is a pair, and a pair's date is right when one of its dates is
/// one of gold's. Skipped when the corpus is not there.
@Suite("Event extractor · dev corpus quality", .tags(.corpus))
struct DevCorpusQualityTests {
    /// Floors per language: pair precision, pair recall, pair date accuracy.
    static let floors: [LanguageCode: (precision: Double, recall: Double, dates: Double)] = [
        .ar: (0.85, 0.70, 0.80),
        .en: (0.85, 0.75, 0.80),
    ]

    static var corpus: URL? {
        var dir = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { dir.deleteLastPathComponent() }
        let url = dir.deletingLastPathComponent().appendingPathComponent("shared/corpus/dev")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    @Test("Pair precision, recall and date accuracy stay above their floors", arguments: [LanguageCode.ar, .en])
    func staysAboveFloors(_ language: LanguageCode) throws {
        guard let dir = Self.corpus else { return }
        let pipeline = try ExtractionPipeline.shipped()
        var tp = 0, fp = 0, fn = 0, datesRight = 0, datesTotal = 0
        for file in try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() where file.hasSuffix(".json") {
            let data = try Data(contentsOf: dir.appendingPathComponent(file))
            guard let gold = try JSONSerialization.jsonObject(with: data) as? [String: Any],
                  gold["lang"] as? String == language.rawValue, let text = gold["text"] as? String else { continue }
            let doc = Document(text: text, published: gold["published"] as? String, language: language)
            let s = PairScore.score(gold: gold, extraction: pipeline.extract(doc))
            tp += s.tp; fp += s.fp; fn += s.fn; datesRight += s.datesRight; datesTotal += s.datesTotal
        }
        let precision = tp + fp == 0 ? 1 : Double(tp) / Double(tp + fp)
        let recall = tp + fn == 0 ? 1 : Double(tp) / Double(tp + fn)
        let dates = datesTotal == 0 ? 1 : Double(datesRight) / Double(datesTotal)
        let floor = try #require(Self.floors[language])
        let figures = "\(language.rawValue): P=\(precision) R=\(recall) dates=\(dates) (tp \(tp), fp \(fp), fn \(fn))"
        print("dev corpus pairs \(figures)")
        #expect(precision >= floor.precision, "\(figures)")
        #expect(recall >= floor.recall, "\(figures)")
        #expect(dates >= floor.dates, "\(figures)")
    }
}

/// The pair scoring of `tools/score.py`, for one document.
enum PairScore {
    static let interactions: Set<String> = ["talk", "meet", "call", "visit", "negotiate", "letter"]

    static func norm(_ s: String) -> String {
        var t = s.precomposedStringWithCompatibilityMapping
        t = String(String.UnicodeScalarView(t.unicodeScalars.filter {
            !((0x0610...0x061A).contains($0.value) || (0x064B...0x065F).contains($0.value) || $0.value == 0x0670
              || (0x06D6...0x06ED).contains($0.value) || $0.value == 0x0640)
        }))
        for (a, b) in [("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ٱ", "ا"), ("ى", "ي"), ("ة", "ه")] {
            t = t.replacingOccurrences(of: a, with: b)
        }
        t = t.lowercased()
        let punct = Set("\"'“”‘’«»().,،:;!?-–—".unicodeScalars)
        t = String(String.UnicodeScalarView(t.unicodeScalars.map { punct.contains($0) ? " " : $0 }))
        let words = t.split(separator: " ").filter { !["the", "mr", "mrs", "ms", "dr"].contains($0) }
        return words.joined(separator: " ")
    }

    static func stripClitics(_ s: String) -> String {
        s.split(separator: " ").map { w -> String in
            for p in ["وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ل", "ف"]
            where w.hasPrefix(p) && w.count - p.count >= 3 {
                return String(w.dropFirst(p.count))
            }
            return String(w)
        }.joined(separator: " ")
    }

    static func keys(_ s: String) -> Set<String> {
        let n = norm(s)
        return Set([n, stripClitics(n)]).subtracting([""])
    }

    static func score(gold: [String: Any], extraction: Extraction)
        -> (tp: Int, fp: Int, fn: Int, datesRight: Int, datesTotal: Int) {
        let goldActors = gold["actors"] as? [[String: Any]] ?? []
        var goldKeys: [(String, Set<String>)] = []
        for a in goldActors {
            guard let name = a["name"] as? String else { continue }
            var k = keys(name)
            for f in a["forms"] as? [String] ?? [] { k.formUnion(keys(f)) }
            goldKeys.append((name, k))
        }
        var candidates: [(Int, String, String)] = []
        for a in extraction.actors {
            var k = keys(a.name)
            for f in a.aliases + a.mentions.map(\.text) { k.formUnion(keys(f)) }
            for (g, gk) in goldKeys where !k.isDisjoint(with: gk) { candidates.append((k.intersection(gk).count, a.id, g)) }
        }
        candidates.sort { $0.0 > $1.0 }
        var mapping: [String: String] = [:]
        var usedGold: Set<String> = []
        for (_, id, g) in candidates where mapping[id] == nil && !usedGold.contains(g) {
            mapping[id] = g
            usedGold.insert(g)
        }
        func pair(_ a: String, _ b: String) -> String { a < b ? "\(a)|\(b)" : "\(b)|\(a)" }
        var goldPairs: [String: Set<String>] = [:]
        for i in gold["interactions"] as? [[String: Any]] ?? [] {
            guard let a = i["a"] as? String, let b = i["b"] as? String else { continue }
            goldPairs[pair(a, b), default: []].formUnion([i["date"] as? String].compactMap { $0 })
        }
        let optional = Set((gold["optional_interactions"] as? [[String: Any]] ?? []).compactMap { i -> String? in
            guard let a = i["a"] as? String, let b = i["b"] as? String else { return nil }
            return pair(a, b)
        })
        var systemPairs: [String: Set<String>] = [:]
        for e in extraction.events where interactions.contains(e.type.rawValue) {
            let names = e.participants.map { mapping[$0] ?? "?\($0)" }
            for x in names.indices {
                for y in names.indices where y > x && names[x] != names[y] {
                    systemPairs[pair(names[x], names[y]), default: []].insert(e.date ?? "")
                }
            }
        }
        var tp = 0, fp = 0, right = 0, total = 0
        for (p, dates) in systemPairs {
            if let g = goldPairs[p] {
                tp += 1
                if !g.isEmpty {
                    total += 1
                    if !dates.isDisjoint(with: g) { right += 1 }
                }
            } else if !optional.contains(p) {
                fp += 1
            }
        }
        let fn = goldPairs.keys.filter { systemPairs[$0] == nil }.count
        return (tp, fp, fn, right, total)
    }
}
