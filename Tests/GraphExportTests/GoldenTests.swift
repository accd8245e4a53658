import EventGraphModel
import Foundation
import Testing
import GraphExport

/// One golden file: its name and how to produce it from the bilingual fixtures.
struct GoldenCase: CustomTestStringConvertible, Sendable {
    var file: String
    var make: @Sendable () -> String
    var testDescription: String { file }

    static let all: [GoldenCase] = [
        GoldenCase(file: "graph.dot") { DOTExporter.dot(Fixtures.snapshot, title: "Who spoke to whom · من تحدث مع من 2022") },
        GoldenCase(file: "hostile.dot") { DOTExporter.dot(Fixtures.hostileSnapshot, title: "hostile \"labels\" \\") },
        GoldenCase(file: "graph.graphml") { GraphMLExporter.graphML(Fixtures.snapshot) },
        GoldenCase(file: "graph.gexf") { GEXFExporter.gexf(Fixtures.snapshot) },
        GoldenCase(file: "timeline.md") { TimelineExporter.markdown(Fixtures.entries, title: "Timeline") },
        GoldenCase(file: "timeline.html") { TimelineExporter.html(Fixtures.entries, title: "Timeline · خط زمني") },
        GoldenCase(file: "timeline.json") { TimelineExporter.json(Fixtures.entries) },
        GoldenCase(file: "timeline.csv") { TimelineExporter.csv(Fixtures.entries) },
        GoldenCase(file: "timeline.ics") { TimelineExporter.ics(Fixtures.entries) },
        GoldenCase(file: "talks.md") { TalksExporter.markdown(Fixtures.talks) },
        GoldenCase(file: "events.table.txt") { ListingExporter.events(Fixtures.entries, as: .table) },
        GoldenCase(file: "events.md") { ListingExporter.events(Fixtures.entries, as: .md) },
        GoldenCase(file: "events.json") { ListingExporter.events(Fixtures.entries, as: .json) },
        GoldenCase(file: "talks.table.txt") { ListingExporter.talks(Fixtures.talks, as: .table) },
        GoldenCase(file: "talks.csv") { ListingExporter.talks(Fixtures.talks, as: .csv) },
        GoldenCase(file: "actors.table.txt") { ListingExporter.actors(Fixtures.actors, as: .table) },
        GoldenCase(file: "actors.json") { ListingExporter.actors(Fixtures.actors, as: .json) },
    ]
}

/// Compares each export of the fixtures with `Golden/<file>`.
///
/// Re-record with `EVENTGRAPH_RECORD_GOLDEN=1 swift test --filter GraphExportTests`, then review the diff.
@Suite("Golden files")
struct GoldenTests {
    static let sourceFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    @Test("Each export matches its golden file", arguments: GoldenCase.all)
    func matchesGolden(_ golden: GoldenCase) throws {
        let actual = golden.make()
        if ProcessInfo.processInfo.environment["EVENTGRAPH_RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: Self.sourceFolder, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: Self.sourceFolder.appendingPathComponent(golden.file))
            return
        }
        let folder = try #require(Bundle.module.url(forResource: "Golden", withExtension: nil),
                                  "Golden/ missing from the test bundle")
        let data = try Data(contentsOf: folder.appendingPathComponent(golden.file))
        let expected = try #require(String(data: data, encoding: .utf8))
        #expect(actual == expected, "\(golden.file) differs; re-record with EVENTGRAPH_RECORD_GOLDEN=1 and review")
    }
}
