import EventGraphModel
import Foundation
import Testing
@testable import ActorRecognizer
import TextAnalysis

/// Actor F1 over `../shared/corpus/dev`, matched the way `../shared/tools/score.py` matches:
/// normalised names, aliases and mention texts, greedy by overlap; optional gold actors count
/// neither way. Skipped when the shared corpus is absent.
@Suite("Actor recognizer · dev corpus", .tags(.corpus))
struct DevCorpusTests {
    static let devDir: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/corpus/dev")

    /// F1 floors per language; raise them when the figures improve, never lower them silently.
    static let floors: [LanguageCode: Double] = [.ar: 0.90, .en: 0.90]

    @Test("Actor F1 per language stays above its floor",
          .enabled(if: FileManager.default.fileExists(atPath: devDir.path)), arguments: LanguageCode.allCases)
    func actorF1(_ language: LanguageCode) throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.devDir.path).filter { $0.hasSuffix(".json") }.sorted()
        var tp = 0, fp = 0, fn = 0
        for name in files {
            let data = try Data(contentsOf: Self.devDir.appendingPathComponent(name))
            guard let gold = try JSONSerialization.jsonObject(with: data) as? [String: Any],
                  gold["lang"] as? String == language.rawValue, let text = gold["text"] as? String else { continue }
            let found = try Shipped.recognize(text, language, outlet: gold["outlet"] as? String)
            let goldActors = (gold["actors"] as? [[String: Any]]) ?? []
            let r = ScoreMatching.score(gold: goldActors, system: found.actors)
            tp += r.tp; fp += r.fp; fn += r.fn
        }
        let p = tp + fp == 0 ? 1 : Double(tp) / Double(tp + fp)
        let r = tp + fn == 0 ? 1 : Double(tp) / Double(tp + fn)
        let f1 = p + r == 0 ? 0 : 2 * p * r / (p + r)
        print("actor F1 [\(language.rawValue)]: tp=\(tp) fp=\(fp) fn=\(fn) P=\(String(format: "%.3f", p)) R=\(String(format: "%.3f", r)) F1=\(String(format: "%.3f", f1))")
        #expect(f1 >= Self.floors[language] ?? 0.9, "actor F1 \(language.rawValue) = \(f1)")
    }
}

/// The actor matching of `score.py`, in Swift.
enum ScoreMatching {
    static func norm(_ s: String) -> String {
        var t = s.precomposedStringWithCompatibilityMapping
        t = String(String.UnicodeScalarView(t.unicodeScalars.filter { u in
            !((0x0610...0x061A).contains(u.value) || (0x064B...0x065F).contains(u.value) || u.value == 0x0670
              || (0x06D6...0x06ED).contains(u.value) || u.value == 0x0640)
        }))
        for (a, b) in [("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ٱ", "ا"), ("ى", "ي"), ("ة", "ه")] { t = t.replacingOccurrences(of: a, with: b) }
        t = t.lowercased()
        t = String(t.map { "\"'“”‘’«»().,،:;!?-–—".contains($0) ? " " : $0 })
        let words = t.split(whereSeparator: { $0.isWhitespace }).map(String.init)
            .filter { !["the", "mr", "mrs", "ms", "dr"].contains($0) }
        return words.joined(separator: " ")
    }

    static func stripClitics(_ s: String) -> String {
        s.split(separator: " ").map { w -> String in
            for p in ["وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ل", "ف"] where w.hasPrefix(p) && w.count - p.count >= 3 {
                return String(w.dropFirst(p.count))
            }
            return String(w)
        }.joined(separator: " ")
    }

    static func keys(_ s: String) -> Set<String> {
        let n = norm(s)
        return Set([n, stripClitics(n)].filter { !$0.isEmpty })
    }

    static func score(gold: [[String: Any]], system: [NewsActor]) -> (tp: Int, fp: Int, fn: Int) {
        var cands: [(Int, Int, String)] = []
        for (i, a) in system.enumerated() {
            var sk = Set<String>()
            for f in [a.name] + a.aliases + a.mentions.map(\.text) { sk.formUnion(keys(f)) }
            for g in gold {
                guard let name = g["name"] as? String else { continue }
                var gk = Set<String>()
                for f in [name] + ((g["forms"] as? [String]) ?? []) { gk.formUnion(keys(f)) }
                let ov = sk.intersection(gk).count
                if ov > 0 { cands.append((ov, i, name)) }
            }
        }
        cands.sort { $0.0 > $1.0 }
        var usedS = Set<Int>(), usedG = Set<String>()
        for (_, i, g) in cands where !usedS.contains(i) && !usedG.contains(g) {
            usedS.insert(i); usedG.insert(g)
        }
        let optional = Set(gold.filter { $0["optional"] as? Bool == true }.compactMap { $0["name"] as? String })
        let tp = usedG.subtracting(optional).count
        let fp = system.count - usedG.count
        let fn = gold.compactMap { $0["name"] as? String }.filter { !usedG.contains($0) && !optional.contains($0) }.count
        return (tp, fp, fn)
    }
}
