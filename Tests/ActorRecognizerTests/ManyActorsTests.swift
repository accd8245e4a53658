import EventGraphModel
import Testing
import TextAnalysis
@testable import ActorRecognizer

/// A document may name hundreds of people: each must still be found once, with every later
/// mention (full name again, title and surname) given to the right one. (The recognizer finds
/// people through indexes of their name words; these rows would catch an index that loses or
/// mixes people.)
@Suite("Recognizer · documents that name many people", .tags(.english, .arabic))
struct ManyActorsTests {
    static let count = 150

    /// Distinct made-up words: syllables picked by the digits of `i` in base 12.
    static func word(_ i: Int, _ syllables: [String]) -> String {
        var i = i, out = ""
        for _ in 0..<3 {
            out += syllables[i % syllables.count]
            i /= syllables.count
        }
        return out
    }

    static let latin = ["ka", "lo", "mi", "ru", "te", "vo", "dan", "sel", "bor", "nik", "faz", "gul"]
    static let arabic = ["بر", "تم", "ثق", "جد", "حف", "خص", "دن", "زك", "سع", "شر", "صب", "ضي"]

    @Test("English: a full name, the same name again and the title with the surname are one person each")
    func english() throws {
        let people = (0..<Self.count).map { i in
            (given: Self.word(i, Self.latin).capitalizedFirst, family: Self.word(i + 700, Self.latin).capitalizedFirst)
        }
        var lines = people.map { "Ambassador \($0.given) \($0.family) arrived in the capital on Monday." }
        lines += people.map { "On Tuesday \($0.given) \($0.family) met officials." }
        lines += people.map { "President \($0.family) left on Wednesday." }
        let found = try Shipped.recognize(lines.joined(separator: "\n"), .en)
        let persons = found.actors.filter { $0.kind == .person }
        #expect(persons.count == Self.count)
        let missing = Set(people.map { "\($0.given) \($0.family)" }).subtracting(persons.map(\.name))
        #expect(missing.isEmpty, "\(missing.count) people not found, such as \(missing.first ?? "")")
        let wrong = persons.filter { $0.mentions.count != 3 }
        #expect(wrong.isEmpty, "\(wrong.count) people without three mentions, such as \(wrong.first.map { "\($0.name): \($0.mentions.map(\.text))" } ?? "")")
    }

    @Test("Arabic: a titled full name, the same name again and the family name alone are one person each")
    func arabicNames() throws {
        // Given names from the lexicon, family names made up (with the article).
        let given = ["محمد", "أحمد", "خالد", "سعيد", "يوسف"]
        let people = (0..<Self.count).map { i in
            (given: given[i % given.count], family: "ال" + Self.word(i, Self.arabic))
        }
        var lines = people.map { "التقى السفير \($0.given) \($0.family) اليوم في العاصمة." }
        lines += people.map { "وأكد \($0.given) \($0.family) أهمية العلاقات." }
        lines += people.map { "وقال \($0.family) إن المحادثات مثمرة." }
        let found = try Shipped.recognize(lines.joined(separator: "\n"), .ar)
        let persons = found.actors.filter { $0.kind == .person }
        #expect(persons.count == Self.count)
        let missing = Set(people.map { MatchingForm.of("\($0.given) \($0.family)") }).subtracting(persons.map { MatchingForm.of($0.name) })
        #expect(missing.isEmpty, "\(missing.count) people not found, such as \(missing.first ?? "")")
        let wrong = persons.filter { $0.mentions.count != 3 }
        #expect(wrong.isEmpty, "\(wrong.count) people without three mentions, such as \(wrong.first.map { "\($0.name): \($0.mentions.map(\.text))" } ?? "")")
    }
}

/// `Gazetteer.endsWith` answers from bytes where it can; it must agree with `String.hasSuffix`.
@Suite("Gazetteer · a stem ends its form as String.hasSuffix tells", .tags(.arabic))
struct StemSuffixTests {
    static let pairs: [(String, String)] = [
        ("والرئيس", "الرئيس"), ("للرئيس", "الرئيس"), ("وزير", "زير"), ("وزير", "وزير"), ("زير", "وزير"),
        ("وcnn", "cnn"), ("و\u{0654}زير", "زير"), ("\u{0600}زير", "زير"), ("بزير", "\u{0654}زير"),
        ("ولل", "ل"), ("", ""), ("ب", ""), ("كالسيل", "السيل"), ("فبالرئيس", "رئيس"),
    ]

    @Test("Same answer as hasSuffix", arguments: pairs)
    func agrees(_ pair: (String, String)) {
        #expect(Gazetteer.endsWith(pair.0, pair.1) == pair.0.hasSuffix(pair.1))
    }
}
