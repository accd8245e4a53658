import Testing
import TextAnalysis

/// `StringTable`, `StringSet` and `StringSequenceTable` look keys up by their bytes where that is
/// exact; every answer must be the one of the `Dictionary` / `Set` they stand for, also for keys
/// and queries that are not in NFC (canonically equivalent strings with other bytes).
@Suite("String tables · the answers of Dictionary and Set", .tags(.arabic, .english))
struct StringTableTests {
    /// Keys in matching form and others, some not in NFC.
    static let keys: [String] = [
        "وزير", "الخارجيه", "سوليفان", "minister", "foreign", "the", "", "a",
        "cafe\u{301}",                 // e + combining acute: canonically "café"
        "\u{212B}ngstrom",             // ANGSTROM SIGN: canonically "Ångstrom"
        "\u{0627}\u{0653}",            // alef + madda above: canonically "آ"
        "\u{0628}\u{0651}\u{064E}",    // beh + shadda + fatha (marks reorder in NFC)
        "\u{0610}\u{0628}",            // a combining honorific before a letter
        "naïve", "ÉLYSÉE", "中国", "Ωμέγα",
    ]

    /// Queries: the keys, canonical equivalents with other bytes, and strings not in the table.
    static let queries: [String] = keys + [
        "café", "Ångstrom", "\u{00C5}ngstrom", "\u{0622}",
        "\u{0628}\u{064E}\u{0651}",    // the same marks in the other order
        "nai\u{308}ve", "وزيرة", "وزي", "minist", "ministerx", "\u{1}", "ال\u{1}", "x",
    ]

    static let dictionary: [String: Int] = Dictionary(keys.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })

    @Test("A table answers every query as its dictionary", arguments: queries)
    func tableAnswers(_ q: String) {
        let table = StringTable(Self.dictionary)
        #expect(table[q] == Self.dictionary[q], "«\(q.unicodeScalars.map { String($0.value, radix: 16) })»")
        #expect(table.contains(q) == (Self.dictionary[q] != nil))
    }

    @Test("A set answers every query as Set", arguments: queries)
    func setAnswers(_ q: String) {
        let strings = Set(Self.keys)
        #expect(StringSet(strings).contains(q) == strings.contains(q))
    }

    @Test("Inserting, overwriting and removing keep the answers of the dictionary")
    func mutation() {
        var table = StringTable<Int>()
        var dictionary: [String: Int] = [:]
        // Enough keys to grow the index several times; every third one written twice.
        for i in 0..<500 {
            let key = i % 2 == 0 ? "كلمة\(i)" : "word\(i)"
            table[key] = i
            dictionary[key] = i
            if i % 3 == 0 {
                table[key] = -i
                dictionary[key] = -i
            }
        }
        for i in stride(from: 0, to: 500, by: 7) {
            let key = i % 2 == 0 ? "كلمة\(i)" : "word\(i)"
            table[key] = nil
            dictionary[key] = nil
        }
        table["cafe\u{301}"] = 1
        dictionary["cafe\u{301}"] = 1
        table["café"] = 2                // the same key, canonically
        dictionary["café"] = 2
        #expect(table.count == dictionary.count)
        for i in 0..<520 {
            for key in ["كلمة\(i)", "word\(i)"] { #expect(table[key] == dictionary[key], "\(key)") }
        }
        #expect(table["cafe\u{301}"] == 2 && table["café"] == 2)
        var withDefault = StringTable<Set<String>>()
        withDefault["سموه", default: []].formUnion(["سمو"])
        withDefault["سموه", default: []].formUnion(["الامير"])
        #expect(withDefault["سموه"] == ["سمو", "الامير"])
    }

    static let sequences: [[String]] = [
        ["وزير", "الخارجيه"], ["وزير"], ["foreign", "minister"], ["foreign"], [], [""], ["", ""],
        ["a\u{1}b"], ["a", "b"], ["cafe\u{301}", "owner"], ["\u{0627}\u{0653}", "x"],
    ]

    static let sequenceQueries: [[String]] = sequences + [
        ["café", "owner"], ["\u{0622}", "x"], ["وزير", "الخارجيه", "السعودي"], ["الخارجيه"],
        ["foreign", "minister", ""], ["a\u{1}", "b"], ["a", "\u{1}b"], ["a"],
    ]

    @Test("A sequence table answers every query as its dictionary", arguments: sequenceQueries)
    func sequenceAnswers(_ q: [String]) {
        var dictionary: [[String]: Int] = [:]
        var table = StringSequenceTable<Int>()
        var plain = StringSequenceTable<Int>()      // no key that turns the byte index off
        for (i, s) in Self.sequences.enumerated() {
            dictionary[s] = i
            table[s] = i
            if !s.isEmpty, !s.contains(where: { $0.isEmpty || $0.contains("\u{1}") }) { plain[s] = i }
        }
        #expect(table[q] == dictionary[q])
        let plainDictionary = dictionary.filter { k, _ in !k.isEmpty && !k.contains(where: { $0.isEmpty || $0.contains("\u{1}") }) }
        #expect(plain[q] == plainDictionary[q])
        var set = StringSequenceSet()
        for s in plainDictionary.keys { set.insert(s) }
        #expect(set.contains(q) == (plainDictionary[q] != nil))
    }
}
