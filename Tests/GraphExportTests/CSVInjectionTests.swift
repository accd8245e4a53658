import EventGraphModel
import Foundation
import Testing
@testable import GraphExport

/// Cells a spreadsheet would run as formulas are neutralised in every CSV (OWASP, CSV injection).
@Suite("CSV · formula injection")
struct CSVInjectionTests {
    @Test("A cell starting with =, +, -, @, tab or CR gets a quote in front and is quoted", arguments: [
        ("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""),
        ("+1+cmd|' /C calc'!A0", "\"'+1+cmd|' /C calc'!A0\""),
        ("-2+3", "\"'-2+3\""),
        ("@SUM(A1:A9)", "\"'@SUM(A1:A9)\""),
        ("\t=1+1", "\"'\t=1+1\""),
        ("\r=1+1", "\"'\r=1+1\""),
        ("=وزير", "\"'=وزير\""),
    ])
    func neutralised(_ cell: String, _ expected: String) {
        #expect(TextEscaping.csvField(cell) == expected)
    }

    @Test("Numbers, dates and ordinary text are left as they are", arguments: [
        ("-3", "-3"), ("+0.5", "+0.5"), ("2022-11-08", "2022-11-08"), ("Lavrov", "Lavrov"), ("a=b", "a=b"),
        ("Smith, John", "\"Smith, John\""), ("", ""),
    ])
    func leftAlone(_ cell: String, _ expected: String) {
        #expect(TextEscaping.csvField(cell) == expected)
    }

    static let formula = "=HYPERLINK(\"http://evil.example\",\"click\")"

    @Test("Every CSV the tool writes neutralises names and evidence: timeline, events, talks, actors")
    func everyCSV() throws {
        let source = EventSource(document: "d", outlet: "+Outlet", published: "2022-11-08", evidence: "-1+2 said the minister")
        let entry = TimelineEntry(event: "e1", type: .meet, cameo: "044", date: "2022-11-08", grain: .day,
                                  isReportDate: false, participants: [Self.formula, "@B"], sources: [source])
        let talk = TalkRecord(event: "e1", type: .meet, cameo: "044", date: "2022-11-08", grain: .day,
                              a: "k:a", b: "k:b", aName: Self.formula, bName: "@B", sources: [source])
        let actor = ActorRecord(id: "k:a", name: Self.formula, nameEN: "-Minus", nameAR: nil, kind: .person,
                                aliases: ["@alias"], documents: 1, languages: [.en])
        let outputs = [TimelineExporter.csv([entry]), ListingExporter.events([entry], as: .csv),
                       ListingExporter.talks([talk], as: .csv), ListingExporter.actors([actor], as: .csv)]
        for csv in outputs {
            let records = try #require(Readers.csv(csv))
            for cell in records.dropFirst().flatMap({ $0 }) {
                #expect(!TextEscaping.isFormulaLike(cell), "\(cell) in \(csv)")
            }
            #expect(csv.contains("'="), "\(csv)")
        }
    }
}
