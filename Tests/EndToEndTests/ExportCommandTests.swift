import EventGraphTestSupport
import Foundation
import Testing

@Suite("Command line · timeline and interchange exports", .serialized)
struct ExportCommandTests {
    static var db: String { get throws { try DiagramCommandTests.built.get().appendingPathComponent("eventgraph.sqlite").path } }

    @Test("TimelineJS has the title and at most --slides events")
    func timelineJS() throws {
        let result = try CommandRunner.eventgraph(["export", "timeline", "--format", "json", "--slides", "3",
                                                   "--title", "Demo · عرض", "--db", try Self.db])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect((object["events"] as? [Any])?.count == 3)
        let title = try #require((object["title"] as? [String: Any])?["text"] as? [String: String])
        #expect(title["headline"]?.contains("Demo · عرض") == true)
        #expect(title["text"]?.contains("The 3 most reported of") == true)
    }

    @Test("iCalendar entries never span more than a week")
    func icsSpans() throws {
        let result = try CommandRunner.eventgraph(["export", "timeline", "--format", "ics", "--db", try Self.db])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.components(separatedBy: "\r\n")
        var start: Date?
        let format = DateFormatter()
        format.dateFormat = "yyyyMMdd"
        format.timeZone = TimeZone(identifier: "UTC")
        var checked = 0
        for line in lines {
            if line.hasPrefix("DTSTART;VALUE=DATE:") { start = format.date(from: String(line.dropFirst(19))) }
            if line.hasPrefix("DTEND;VALUE=DATE:"), let s = start, let e = format.date(from: String(line.dropFirst(17))) {
                #expect(e.timeIntervalSince(s) <= 7 * 86_400, "\(line)")
                checked += 1
            }
        }
        #expect(checked > 10)
    }

    @Test("GraphML edges carry evidence and every actor is kept unless --top is given")
    func graphMLEvidence() throws {
        let all = try CommandRunner.eventgraph(["export", "graph", "--format", "graphml", "--outlets", "--db", try Self.db])
        #expect(all.status == 0, "\(all.stderr)")
        #expect(all.stdout.contains("<data key=\"evidence\">"))
        #expect(all.stdout.contains("<data key=\"sources\">"))
        let json = try CommandRunner.eventgraph(["export", "graph", "--format", "json", "--top", "5", "--db", try Self.db])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(((object["nodes"] as? [Any])?.count ?? 99) <= 5)
    }

    @Test("--lang picks the script of names; ingest --label-lang makes it the store's default")
    func labelLanguage() throws {
        let folder = try TestPaths.temporaryFolder("labels")
        let db = folder.appendingPathComponent("store.sqlite").path
        try FileManager.default.copyItem(atPath: try Self.db, toPath: db)
        let english = try CommandRunner.eventgraph(["talks", "Lavrov", "--lang", "en", "--db", db])
        #expect(english.status == 0, "\(english.stderr)")
        #expect(english.stdout.contains("Sergey Lavrov") && !english.stdout.contains("سيرغي لافروف"))
        let csv = try CommandRunner.eventgraph(["talks", "Lavrov", "--lang", "en", "--format", "csv", "--db", db])
        #expect(csv.stdout.contains(",Sergey Lavrov,") && csv.stdout.contains(",سيرغي لافروف,"))   // a and a_other
        let arabic = try CommandRunner.eventgraph(["talks", "Lavrov", "--lang", "ar", "--db", db])
        #expect(arabic.stdout.contains("سيرغي لافروف") && !arabic.stdout.contains("Sergey Lavrov"))
        // The store's default: the fixtures are three Arabic and three English articles, so English.
        let plain = try CommandRunner.eventgraph(["talks", "Lavrov", "--db", db])
        #expect(plain.stdout.contains("Sergey Lavrov"))
        let set = try CommandRunner.eventgraph(["ingest", "Fixtures/seed-ar-01.txt", "--label-lang", "ar", "--db", db])
        #expect(set.status == 0, "\(set.stderr)")
        let after = try CommandRunner.eventgraph(["talks", "Lavrov", "--db", db])
        #expect(after.stdout.contains("سيرغي لافروف") && !after.stdout.contains("Sergey Lavrov"), "\(after.stdout)")
        let graph = try CommandRunner.eventgraph(["export", "graph", "--actor", "Lavrov", "--lang", "en", "--db", db])
        #expect(graph.stdout.contains("label=\"Sergey Lavrov\\nسيرغي لافروف\""), "\(graph.stdout)")
    }

    @Test("merge on a --db that does not exist fails with the path named and creates nothing")
    func mergeNeedsAStore() throws {
        let folder = try TestPaths.temporaryFolder("merge")
        let result = try CommandRunner.eventgraph(["merge", "person:a", "person:b"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("./eventgraph.sqlite: no store"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("eventgraph.sqlite").path))
    }
}
