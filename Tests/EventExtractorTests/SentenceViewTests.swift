import EventGraphModel
import Testing
import TextAnalysis
@testable import EventExtractor

/// `SentenceView`'s questions are answered without building strings or arrays; the answers must be
/// those of the plain definitions (the gap between tokens as a string, cues filtered then sorted).
@Suite("Event extractor · sentence view answers equal their plain definitions")
struct SentenceViewTests {
    static let texts: [(LanguageCode, String)] = [
        (.ar, "التقى وزير الخارجية الأمريكي، أنتوني بلينكن، نظيره الروسي في جنيف؛ وبحث الجانبان الأزمة. وقال إنه سيزور موسكو الأسبوع المقبل «لإجراء محادثات»."),
        (.ar, "أجرى الرئيس اتصالا هاتفيا مع رئيس الوزراء ، وناقشا العلاقات الثنائية ،وأكد الطرفان على التعاون."),
        (.en, "Secretary of State Antony Blinken met his Russian counterpart, Sergei Lavrov, in Geneva; they discussed Ukraine. He said he will visit Moscow next week — \"for talks\", he added."),
        (.en, "The president, who called the prime minister on Monday , said: talks would resume ; no date was set."),
    ]

    static func views(_ language: LanguageCode, _ string: String) throws -> [SentenceView] {
        let rules = try #require(try EventExtractor.shipped().rules[language])
        let text = AnalyzedText(string)
        return text.sentences.map { SentenceView($0, text: text, rules: rules, mentions: [], kinds: [:]) }
    }

    @Test("first(_:in:_:) is the earliest cue of the kind in the range, the first found of equal starts",
          arguments: texts.indices)
    func firstCue(_ i: Int) throws {
        for view in try Self.views(Self.texts[i].0, Self.texts[i].1) {
            let n = view.tokens.count
            for kind in Set(view.cues.map { "\($0.value)" }) {
                let value = try #require(view.cues.first { "\($0.value)" == kind }).value
                for lo in -1...n { for hi in lo...(n + 1) {
                    let plain = view.cues.filter { $0.value == value && $0.first >= lo && $0.first < hi }
                        .min { $0.first < $1.first }.map { ($0.first, $0.end) }
                    let fast = view.first(value, in: lo, hi)
                    #expect(fast?.start == plain?.0 && fast?.end == plain?.1)
                } }
            }
        }
    }

    @Test("hasComma(in:_:) is a comma or semicolon in the gap before a token of the range", arguments: texts.indices)
    func comma(_ i: Int) throws {
        for view in try Self.views(Self.texts[i].0, Self.texts[i].1) {
            let n = view.tokens.count
            for lo in 0...n { for hi in lo...n {
                let plain = lo < hi && (lo..<hi).contains { k in view.gap(after: k - 1, before: k).contains { ",،;".contains($0) } }
                #expect(view.hasComma(in: lo, hi) == plain)
            } }
        }
    }
    @Test("best(_:at:) is the first of matches(_:at:), for triggers and cues", arguments: texts.indices)
    func bestMatch(_ i: Int) throws {
        let (language, string) = Self.texts[i]
        let rules = try #require(try EventExtractor.shipped().rules[language])
        for view in try Self.views(language, string) {
            let tokens = view.tokens
            for k in tokens.indices {
                let trigger = rules.triggers.best(tokens, at: k), plain = rules.triggers.matches(tokens, at: k).first
                #expect(trigger?.value == plain?.value && trigger?.first == plain?.first && trigger?.end == plain?.end
                        && trigger?.reading == plain?.reading)
                let cue = rules.cues.best(tokens, at: k), plainCue = rules.cues.matches(tokens, at: k).first
                #expect(cue?.value == plainCue?.value && cue?.end == plainCue?.end && cue?.reading == plainCue?.reading)
            }
        }
    }
}
