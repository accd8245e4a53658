import EventGraphModel
import Foundation
import TemporalTagger
import TextAnalysis

/// Measures temporal-tagging throughput (MB/s of UTF-8 input, one core) on the TempEval-3 texts
/// and on the Arabic development articles, and prints the figures.
///
/// Two figures per corpus: the whole call (`AnalyzedText` + tagging, what `tag(String…)` costs)
/// and tagging an already analysed text (what the pipeline pays, since it analyses once).
///
/// - Parameter sharedDir: The `shared` folder holding `corpus/tempeval3/train.jsonl` and `corpus/dev/`.
/// - Throws: When the corpus files cannot be read or the shipped rules do not load.
func runTaggerBenchmark(sharedDir: String) throws {
    let tagger = try TemporalTagger.shipped()
    let corpus = URL(fileURLWithPath: sharedDir).appendingPathComponent("corpus")

    var english: [(String, String?)] = []
    let jsonl = try String(contentsOf: corpus.appendingPathComponent("tempeval3/train.jsonl"), encoding: .utf8)
    for line in jsonl.split(separator: "\n") {
        guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
              let text = object["text"] as? String else { continue }
        english.append((text, object["dct"] as? String))
    }

    var arabic: [(String, String?)] = []
    let dev = corpus.appendingPathComponent("dev")
    let names = try FileManager.default.contentsOfDirectory(atPath: dev.path)
        .filter { $0.hasPrefix("ar-") && $0.hasSuffix(".json") }.sorted()
    for name in names {
        let data = try Data(contentsOf: dev.appendingPathComponent(name))
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any],
              let text = object["text"] as? String else { continue }
        arabic.append((text, object["published"] as? String))
    }

    func measure(_ label: String, _ docs: [(String, String?)], _ language: LanguageCode) {
        let bytes = docs.reduce(0) { $0 + $1.0.utf8.count }
        guard bytes > 0 else { print("tagger \(label): no texts"); return }
        let analysed = docs.map { (AnalyzedText($0.0), $0.1) }
        // CPU time of this thread: the machine may be shared, and the target is per core.
        func cpuSeconds() -> Double {
            var ts = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
            return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
        }
        func run(_ body: () -> Int) -> (mbps: Double, found: Int) {
            var rounds = 0, found = 0
            let start = cpuSeconds()
            var elapsed = 0.0
            repeat {
                found = body()
                rounds += 1
                elapsed = cpuSeconds() - start
            } while elapsed < 1 || rounds < 3
            return (Double(bytes * rounds) / elapsed / 1_000_000, found)
        }
        let whole = run { docs.reduce(0) { $0 + tagger.tag($1.0, language: language, anchor: $1.1).count } }
        let tagOnly = run { analysed.reduce(0) { $0 + tagger.tag($1.0, language: language, anchor: $1.1).count } }
        print(String(format: "tagger %@: %d docs, %.2f MB, %d expressions; analyse+tag %.1f MB/s, tag only %.1f MB/s (per core, thread CPU time)",
                     label, docs.count, Double(bytes) / 1_000_000, whole.found, whole.mbps, tagOnly.mbps))
    }
    measure("TempEval-3 (en)", english, .en)
    measure("dev Arabic", arabic, .ar)
}
