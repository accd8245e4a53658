import EventGraphModel
import Foundation
import Testing
@testable import TemporalTagger

@Suite("Temporal tagger · resources")
struct ResourceTests {
    @Test("The shipped rules and word lists load")
    func shippedLoads() throws {
        let tagger = try TemporalTagger.shipped()
        #expect(!tagger.ruleIDs(.ar).isEmpty)
        #expect(!tagger.ruleIDs(.en).isEmpty)
    }

    @Test("Every rule id appears in a corpus row of its language", arguments: LanguageCode.allCases)
    func everyRuleHasARow(_ language: LanguageCode) throws {
        let tagger = try TemporalTagger.shipped()
        let used = Set(Corpus.positives(language).map(\.rule) + Corpus.negatives(language).map(\.rule))
        let missing = tagger.ruleIDs(language).filter { !used.contains($0) }
        #expect(missing.isEmpty, "rules with no corpus row: \(missing)")
    }

    /// Writes a resource folder with the given Arabic patterns and word list, the English ones shipped.
    func load(patterns: String, months: String = "form\tvalue\tflags\tnote\nمارس\t3\n") throws -> TemporalTagger {
        let fm = FileManager.default
        let dir = fm.temporaryDirectory.appendingPathComponent("tagger-\(UUID().uuidString)")
        let shipped = try #require(TemporalTagger.resourceURL)
        try fm.createDirectory(at: dir.appendingPathComponent("ar"), withIntermediateDirectories: true)
        try fm.copyItem(at: shipped.appendingPathComponent("en"), to: dir.appendingPathComponent("en"))
        try patterns.write(to: dir.appendingPathComponent("ar/patterns.tsv"), atomically: true, encoding: .utf8)
        try months.write(to: dir.appendingPathComponent("ar/months.tsv"), atomically: true, encoding: .utf8)
        defer { try? fm.removeItem(at: dir) }
        return try TemporalTagger.load(from: dir)
    }

    func message(_ body: () throws -> TemporalTagger) -> String {
        do { _ = try body(); return "no error" } catch { return "\(error)" }
    }

    @Test("Errors name the file and line and say what is wrong", arguments: [
        ("id\tpattern\tvalue\ttype\nar.x\t@months\tmonth($1, news)\n", "ar/patterns.tsv:2: bad columns: expected 4 columns (id, pattern, value, type), found 3"),
        ("id\tpattern\tvalue\ttype\nar.x\t@nope\tmonth($1, news)\tDATE\n", "ar/patterns.tsv:2: bad rule: ar.x: unknown class «@nope» (known: months, int, day, monthnum, year, year2, hour, minute, num, def, nisba, word)"),
        ("id\tpattern\tvalue\ttype\nar.x\t@months\tmonth($2, news)\tDATE\n", "ar/patterns.tsv:2: bad rule: ar.x: slot «$2» is not one of $1…$1"),
        ("id\tpattern\tvalue\ttype\nar.x\t@months\tmonthly($1)\tDATE\n", "ar/patterns.tsv:2: bad rule: ar.x: unknown function «monthly» (known: date, dayof, month, monthof, weekday, shift, back, ahead, duration, halfmore, lit, quarter, half, quarterrel, season, year, decade, century, hijri, time, refquarter, prior, yearof, setweekday, setmonth, nthweekday, weekofmonth, monthday, later, earlier, hhmm, reject)"),
        ("id\tpattern\tvalue\ttype\nar.x\tأمس\tshift(D, -1)\tDATE\n", "ar/patterns.tsv:2: bad rule: ar.x: «أمس» is not in matching form; write «امس»"),
        ("id\tpattern\tvalue\ttype\nar.x\t@months\tmonth($1, news)\tDATE\nar.x\t@months\tmonth($1, news)\tDATE\n", "ar/patterns.tsv:3: duplicate: rule id «ar.x» is used twice"),
        ("id\tpattern\tvalue\ttype\nen.x\t@months\tmonth($1, news)\tDATE\n", "ar/patterns.tsv:2: bad rule: rule id «en.x» must start with «ar.» and have no spaces"),
        ("id\tpattern\tvalue\n", "ar/patterns.tsv:1: bad columns: the header must be id<TAB>pattern<TAB>value<TAB>type"),
    ])
    func patternErrors(_ patterns: String, _ expected: String) {
        #expect(message { try load(patterns: patterns) } == expected)
    }

    @Test("Word-list errors name the file and line")
    func lexiconErrors() {
        let ok = "id\tpattern\tvalue\ttype\nar.x\t@months\tmonth($1, news)\tDATE\n"
        #expect(message { try load(patterns: ok, months: "form\tvalue\tflags\tnote\nآذار\t3\n") }
                == "ar/months.tsv:2: bad entry: «آذار» is not in matching form; write «اذار»")
        #expect(message { try load(patterns: ok, months: "form\tvalue\tflags\tnote\nمارس\t3\nمارس\t3\n") }
                == "ar/months.tsv:3: duplicate: «مارس» is listed twice")
        #expect(message { try load(patterns: ok, months: "form\tvalue\tflags\tnote\nمارس\t3\tbig\n") }
                == "ar/months.tsv:2: bad entry: unknown flag «big» (known: cap)")
        #expect(message { try load(patterns: ok) } == "no error")
    }
}
