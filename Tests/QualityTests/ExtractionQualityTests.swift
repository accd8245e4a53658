import EventGraphTestSupport
import Foundation
import Testing

/// Extraction quality on the gold corpora, scored by `../shared/tools/score.py`.
///
/// The floors in `floors.json` only go up: raise them when the scores improve, never lower them
/// to make a change pass. Needs `../shared` (skipped in a clone that has none) and `python3`.
@Suite("Extraction quality · gold corpora against floors", .serialized)
struct ExtractionQualityTests {
    /// The figures score.py prints with `--json`.
    struct Scores: CustomStringConvertible {
        var actorF1: Double, pairP: Double, pairR: Double, pairF1: Double, pairDateAcc: Double

        subscript(_ name: String) -> Double? {
            switch name {
            case "actorF1": actorF1
            case "pairP": pairP
            case "pairR": pairR
            case "pairF1": pairF1
            case "pairDateAcc": pairDateAcc
            default: nil
            }
        }

        var description: String {
            String(format: "actorF1=%.3f pairP=%.3f pairR=%.3f pairF1=%.3f pairDateAcc=%.3f",
                   actorF1, pairP, pairR, pairF1, pairDateAcc)
        }
    }

    /// A named set of gold files.
    struct GoldSet: Sendable, CustomTestStringConvertible {
        let name: String
        let folder: @Sendable () -> URL?
        let filePrefix: String
        var testDescription: String { name }
    }

    static let sets: [GoldSet] = [
        GoldSet(name: "ar", folder: { TestPaths.shared?.appendingPathComponent("corpus/dev") }, filePrefix: "ar-"),
        GoldSet(name: "seed", folder: { TestPaths.shared?.appendingPathComponent("corpus/dev") }, filePrefix: "seed-"),
        GoldSet(name: "en", folder: { TestPaths.shared?.appendingPathComponent("corpus/dev") }, filePrefix: "en-"),
        GoldSet(name: "fixtures", folder: { TestPaths.packageRoot.appendingPathComponent("Tests/QualityTests/FixtureGold") },
                filePrefix: ""),
        // The dev articles with every person's name replaced by invented words: what extraction
        // finds without the names it knows (`rename_people.py`).
        GoldSet(name: "ar-renamed", folder: { renamedDev }, filePrefix: "ar-"),
        GoldSet(name: "en-renamed", folder: { renamedDev }, filePrefix: "en-"),
        // 24 TempEval-3 articles annotated for the project and never tuned on before their
        // annotation: the texts from ../shared, the annotations from TempEvalGold.
        GoldSet(name: "en-tempeval", folder: { tempEval }, filePrefix: "te-"),
    ]

    /// The TempEval annotations joined with their texts, once per test run, in a temporary folder.
    static let tempEval: URL? = {
        guard let jsonl = TestPaths.shared?.appendingPathComponent("corpus/tempeval3/train.jsonl") else { return nil }
        let out = FileManager.default.temporaryDirectory
            .appendingPathComponent("eventgraph-tempeval-gold-\(ProcessInfo.processInfo.processIdentifier)")
        let script = TestPaths.packageRoot.appendingPathComponent("Tests/QualityTests/tempeval_gold.py")
        let annotations = TestPaths.packageRoot.appendingPathComponent("Tests/QualityTests/TempEvalGold")
        let result = try? CommandRunner.run(URL(fileURLWithPath: "/usr/bin/env"),
                                            ["python3", script.path, annotations.path, jsonl.path, out.path])
        return result?.status == 0 ? out : nil
    }()

    /// The renamed copy of the dev set, written once per test run into a temporary folder.
    static let renamedDev: URL? = {
        guard let dev = TestPaths.shared?.appendingPathComponent("corpus/dev") else { return nil }
        let out = FileManager.default.temporaryDirectory
            .appendingPathComponent("eventgraph-renamed-dev-\(ProcessInfo.processInfo.processIdentifier)")
        let script = TestPaths.packageRoot.appendingPathComponent("Tests/QualityTests/rename_people.py")
        let result = try? CommandRunner.run(URL(fileURLWithPath: "/usr/bin/env"),
                                            ["python3", script.path, dev.path, out.path, TestPaths.packageRoot.path])
        return result?.status == 0 ? out : nil
    }()

    static func floors() throws -> [String: [String: Double]] {
        let url = try #require(Bundle.module.url(forResource: "floors", withExtension: "json"))
        return try JSONDecoder().decode([String: [String: Double]].self, from: Data(contentsOf: url))
    }

    /// Runs score.py over the files of a set (linked into a folder of their own).
    static func score(_ set: GoldSet, scorer: URL) throws -> Scores? {
        guard let folder = set.folder(),
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return nil }
        let picked = names.filter { $0.hasPrefix(set.filePrefix) && $0.hasSuffix(".json") }.sorted()
        guard !picked.isEmpty else { return nil }
        let subset = try TestPaths.temporaryFolder("gold-\(set.name)")
        defer { try? FileManager.default.removeItem(at: subset) }
        for name in picked {
            try FileManager.default.createSymbolicLink(at: subset.appendingPathComponent(name),
                                                       withDestinationURL: folder.appendingPathComponent(name))
        }
        let command = "'\(TestPaths.eventgraph.path)' extract --format json --published {published} --lang {lang} {file}"
        let result = try CommandRunner.run(URL(fileURLWithPath: "/usr/bin/env"),
                                           ["python3", scorer.path, subset.path, "--json", "--cmd", command])
        guard result.status == 0,
              let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any],
              let actors = object["actors"] as? [String: Any], let pairs = object["pairs"] as? [String: Any]
        else {
            Issue.record("score.py failed (\(result.status)): \(result.stderr.prefix(500)) \(result.stdout.prefix(500))")
            return nil
        }
        #expect(object["errors"] as? Int == 0, "extract failed on some articles of \(set.name)")
        func number(_ d: [String: Any], _ k: String) -> Double { (d[k] as? NSNumber)?.doubleValue ?? 0 }
        return Scores(actorF1: number(actors, "f1"), pairP: number(pairs, "p"), pairR: number(pairs, "r"),
                      pairF1: number(pairs, "f1"), pairDateAcc: (object["pair_date_acc"] as? NSNumber)?.doubleValue ?? 1)
    }

    @Test("Scores stay at or above their floors", arguments: sets)
    func scoresHoldFloors(_ set: GoldSet) throws {
        guard let shared = TestPaths.shared else {
            print("skipped: ../shared is absent, the scorer and the dev corpus live there")
            return
        }
        let scorer = shared.appendingPathComponent("tools/score.py")
        guard let scores = try Self.score(set, scorer: scorer) else {
            Issue.record("no scores for \(set.name): its files could not be found or written")
            return
        }
        print("quality \(set.name): \(scores)")
        let floors = try Self.floors()[set.name] ?? [:]
        for (name, floor) in floors.sorted(by: { $0.key < $1.key }) {
            let value = try #require(scores[name], "unknown figure \(name) in floors.json")
            #expect(value + 1e-9 >= floor, "\(set.name) \(name) = \(value) fell below its floor \(floor)")
        }
    }
}
