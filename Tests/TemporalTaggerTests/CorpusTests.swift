import EventGraphModel
import Foundation
import Testing
import TemporalTagger

@Suite("Temporal tagger · Arabic corpus", .tags(.arabic, .corpus))
struct ArabicCorpusTests {
    @Test("Each row's bracketed span is tagged with its value, grain and rule", arguments: Corpus.positives(.ar))
    func positive(_ row: CorpusRow) throws {
        try CorpusChecks.check(row)
    }

    @Test("Nothing is tagged in a negative row", arguments: Corpus.negatives(.ar))
    func negative(_ row: NegativeRow) throws {
        try CorpusChecks.check(row)
    }

    @Test("The corpus has at least 300 positive and 50 negative rows, all well formed")
    func size() {
        #expect(Corpus.positives(.ar).count >= 300)
        #expect(Corpus.negatives(.ar).count >= 50)
        #expect(Corpus.malformed(.ar).isEmpty, "\(Corpus.malformed(.ar))")
    }

    @Test("The seed article's dateline and dates resolve against 2022-11-08")
    func seed() throws {
        let tagger = try TemporalTagger.shipped()
        let text = "الثلاثاء 08 نوفمبر-تشرين الثاني 2022 الساعة 12 صباحاً\nبدأت الحرب في 24 فبراير، ومنذ مارس الماضي لم يلتقيا، والسبت اتصل به."
        let found = tagger.tag(text, language: .ar, anchor: "2022-11-08")
        let pairs = found.filter { $0.type == .date }.map { "\($0.text)=\($0.value)" }
        #expect(pairs == ["الثلاثاء 08 نوفمبر-تشرين الثاني 2022=2022-11-08", "24 فبراير=2022-02-24",
                          "مارس الماضي=2022-03", "والسبت=2022-11-05"])
        #expect(found.first?.start == 0 && found.first?.end == 36)
    }
}

@Suite("Temporal tagger · English corpus", .tags(.english, .corpus))
struct EnglishCorpusTests {
    @Test("Each row's bracketed span is tagged with its value, grain and rule", arguments: Corpus.positives(.en))
    func positive(_ row: CorpusRow) throws {
        try CorpusChecks.check(row)
    }

    @Test("Nothing is tagged in a negative row", arguments: Corpus.negatives(.en))
    func negative(_ row: NegativeRow) throws {
        try CorpusChecks.check(row)
    }

    @Test("The corpus rows are well formed")
    func wellFormed() {
        #expect(Corpus.positives(.en).count >= 50)
        #expect(Corpus.malformed(.en).isEmpty, "\(Corpus.malformed(.en))")
    }
}

enum CorpusChecks {
    static func check(_ row: CorpusRow) throws {
        let tagger = try TemporalTagger.shipped()
        let found = tagger.tag(row.text, language: row.language, anchor: row.anchor)
        let described = found.map { "[\($0.start),\($0.end)) «\($0.text)» \($0.value) \($0.rule)" }
        guard let hit = found.first(where: { $0.start < row.end && row.start < $0.end }) else {
            Issue.record("nothing tagged at [\(row.start),\(row.end)); found \(described)")
            return
        }
        #expect(hit.start == row.start && hit.end == row.end, "span: found \(described)")
        #expect(hit.value == row.value, "value: found \(described)")
        #expect(hit.grain.rawValue == row.grain, "grain: found \(hit.grain.rawValue)")
        #expect(hit.rule == row.rule, "rule: found \(hit.rule)")
    }

    static func check(_ row: NegativeRow) throws {
        let tagger = try TemporalTagger.shipped()
        let found = tagger.tag(row.text, language: row.language, anchor: row.anchor)
        #expect(found.isEmpty, "tagged: \(found.map { "«\($0.text)» \($0.rule)" })")
    }
}
