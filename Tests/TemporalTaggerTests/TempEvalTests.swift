import EventGraphModel
import Foundation
import Testing
import TemporalTagger

/// Scores the English tagger on TempEval-3 (TBAQ-cleaned) from `../shared/corpus/tempeval3/train.jsonl`.
///
/// Relaxed span match: a found expression counts when it overlaps a gold one. Value accuracy is
/// over the gold expressions that were found (the value of the overlapping expression compared
/// with the gold value). Floors live in `Corpus/en/tempeval-floors.json` and only go up.
@Suite("Temporal tagger · TempEval-3", .tags(.english, .corpus))
struct TempEvalTests {
    struct Gold: Decodable {
        let start: Int
        let end: Int
        let type: String
        let value: String
    }

    struct Doc: Decodable {
        let doc: String
        let dct: String
        let text: String
        let timexes: [Gold]
    }

    struct Floors: Decodable {
        let relaxedF1: Double
        let valueAccuracy: Double
        let dateRelaxedF1: Double
        let dateValueAccuracy: Double
    }

    /// Counts for one slice of the gold (all types or DATE only).
    struct Score {
        var found = 0, correct = 0, gold = 0, goldFound = 0, valueRight = 0
        var precision: Double { found == 0 ? 0 : Double(correct) / Double(found) }
        var recall: Double { gold == 0 ? 0 : Double(goldFound) / Double(gold) }
        var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        var valueAccuracy: Double { goldFound == 0 ? 0 : Double(valueRight) / Double(goldFound) }
    }

    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    static var corpusFile: URL {
        packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus/tempeval3/train.jsonl")
    }

    /// Value errors written out (one TSV line each: doc, DCT, gold type, gold value, found value,
    /// found text, sentence context) when `TEMPEVAL_ERRORS` names a file; for grouping by cause.
    final class ErrorLog {
        var lines: [String] = []
        func append(_ doc: Doc, _ gold: Gold, _ found: TemporalExpression) {
            let scalars = Array(doc.text.unicodeScalars)
            func slice(_ a: Int, _ b: Int) -> String {
                var s = String.UnicodeScalarView()
                s.append(contentsOf: scalars[max(0, a)..<min(scalars.count, b)])
                return String(s).replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\t", with: " ")
            }
            lines.append([doc.doc, doc.dct, gold.type, gold.value, found.value, found.rule,
                          slice(found.start, found.end), slice(gold.start, gold.end),
                          slice(gold.start - 80, gold.end + 60)].joined(separator: "\t"))
        }
    }

    static func score(_ docs: [Doc], tagger: TemporalTagger, errors: ErrorLog? = nil) -> (all: Score, date: Score) {
        var all = Score(), date = Score()
        for doc in docs {
            let found = tagger.tag(doc.text, language: .en, anchor: doc.dct)
            func overlaps(_ a: (Int, Int), _ b: (Int, Int)) -> Bool { a.0 < b.1 && b.0 < a.1 }
            for f in found {
                all.found += 1
                let hit = doc.timexes.contains { overlaps(($0.start, $0.end), (f.start, f.end)) }
                if hit { all.correct += 1 }
                if f.type == .date {
                    date.found += 1
                    if hit { date.correct += 1 }
                }
            }
            for g in doc.timexes {
                let match = found.first { overlaps((g.start, g.end), ($0.start, $0.end)) }
                all.gold += 1
                if g.type == "DATE" { date.gold += 1 }
                guard let match else { continue }
                all.goldFound += 1
                if match.value == g.value { all.valueRight += 1 } else { errors?.append(doc, g, match) }
                if g.type == "DATE" {
                    date.goldFound += 1
                    if match.value == g.value { date.valueRight += 1 }
                }
            }
        }
        return (all, date)
    }

    @Test("Relaxed span F1 and value accuracy stay above the recorded floors")
    func scoresAboveFloors() throws {
        guard FileManager.default.fileExists(atPath: Self.corpusFile.path) else {
            print("TempEval-3 corpus not found at \(Self.corpusFile.path); skipped")
            return
        }
        let data = try String(contentsOf: Self.corpusFile, encoding: .utf8)
        let decoder = JSONDecoder()
        let docs = try data.split(separator: "\n").map { try decoder.decode(Doc.self, from: Data($0.utf8)) }
        #expect(docs.count == 256)
        let errorPath = ProcessInfo.processInfo.environment["TEMPEVAL_ERRORS"]
        let log = errorPath.map { _ in ErrorLog() }
        let (all, date) = Self.score(docs, tagger: try TemporalTagger.shipped(), errors: log)
        if let errorPath, let log {
            try log.lines.joined(separator: "\n").write(toFile: errorPath, atomically: true, encoding: .utf8)
        }
        func pct(_ x: Double) -> String { String(format: "%.3f", x) }
        print("TempEval-3 train (\(docs.count) docs): all types: P \(pct(all.precision)) R \(pct(all.recall)) relaxed F1 \(pct(all.f1)), value accuracy \(pct(all.valueAccuracy)) (\(all.valueRight)/\(all.goldFound))")
        print("TempEval-3 train DATE only: P \(pct(date.precision)) R \(pct(date.recall)) relaxed F1 \(pct(date.f1)), value accuracy \(pct(date.valueAccuracy)) (\(date.valueRight)/\(date.goldFound))")
        let floorsURL = try #require(Bundle.module.url(forResource: "Corpus", withExtension: nil))
            .appendingPathComponent("en/tempeval-floors.json")
        let floors = try JSONDecoder().decode(Floors.self, from: Data(contentsOf: floorsURL))
        #expect(all.f1 >= floors.relaxedF1, "relaxed F1 \(all.f1) fell below the floor \(floors.relaxedF1)")
        #expect(all.valueAccuracy >= floors.valueAccuracy, "value accuracy \(all.valueAccuracy) fell below \(floors.valueAccuracy)")
        #expect(date.f1 >= floors.dateRelaxedF1, "DATE relaxed F1 \(date.f1) fell below \(floors.dateRelaxedF1)")
        #expect(date.valueAccuracy >= floors.dateValueAccuracy,
                "DATE value accuracy \(date.valueAccuracy) fell below \(floors.dateValueAccuracy)")
    }
}

extension Tag {
    @Tag static var english: Self
    @Tag static var arabic: Self
    @Tag static var corpus: Self
}
