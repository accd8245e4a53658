import EventGraphModel
import Testing
@testable import ActorRecognizer
import TextAnalysis

/// Checks one corpus row: every expected actor (kind and key) is found, with the listed mentions.
func checkExpected(_ row: ActorCorpusRow) throws {
    let found = try Shipped.recognize(row.sentence, row.language)
    let summary = found.actors.map { "\($0.kind.rawValue) \($0.key) \($0.mentions.map(\.text))" }.joined(separator: "; ")
    for entry in row.expected.components(separatedBy: " ; ") {
        // `kind key = mention|mention @ role`: the role, where given, must be among the actor's roles.
        let roleParts = entry.components(separatedBy: " @ ")
        let item = roleParts[0]
        let parts = item.components(separatedBy: " = ")
        let head = parts[0].split(separator: " ", maxSplits: 1).map(String.init)
        try #require(head.count == 2, "\(row): malformed expectation «\(item)»")
        let actor = found.actors.first { $0.kind.rawValue == head[0] && $0.key == head[1] }
        #expect(actor != nil, "\(row): missing \(item); found \(summary)")
        if let actor, roleParts.count > 1 {
            #expect(actor.roles.contains(roleParts[1]), "\(row): \(head[1]) lacks role «\(roleParts[1])»; has \(actor.roles)")
        }
        if let actor, parts.count > 1 {
            for text in parts[1].components(separatedBy: "|") {
                #expect(actor.mentions.contains { $0.text == text }, "\(row): \(head[1]) lacks mention «\(text)»; found \(summary)")
            }
        }
    }
    checkInvariants(found, row)
}

/// Mentions are sorted, do not overlap, point at their text, and name known actors.
func checkInvariants(_ found: RecognizedActors, _ row: ActorCorpusRow) {
    let text = AnalyzedText(row.sentence)
    var last = -1
    for m in found.mentions {
        #expect(m.start >= last, "\(row): mentions overlap or are unsorted at \(m.start)")
        last = m.end
        #expect(text.substring(m.start, m.end) == m.text, "\(row): mention offsets do not match «\(m.text)»")
        #expect(found.actors.contains { $0.id == m.actorID }, "\(row): mention of unknown actor \(m.actorID)")
    }
    for a in found.actors {
        if let aff = a.affiliation { #expect(found.actors.contains { $0.id == aff } && aff != a.id, "\(row): bad affiliation of \(a.name)") }
    }
}

/// Checks one negative row: no actor at all (`*`), or none of the listed mention texts.
func checkForbidden(_ row: ActorCorpusRow) throws {
    let found = try Shipped.recognize(row.sentence, row.language)
    let summary = found.actors.map { "\($0.kind.rawValue) \($0.key) \($0.mentions.map(\.text))" }.joined(separator: "; ")
    if row.expected == "*" {
        #expect(found.actors.isEmpty, "\(row): expected no actor, found \(summary)")
    } else {
        for text in row.expected.components(separatedBy: "|") {
            #expect(!found.mentions.contains { $0.text == text }, "\(row): «\(text)» must not be a mention; found \(summary)")
        }
    }
}

@Suite("Actor recognizer · Arabic corpus", .tags(.arabic, .corpus))
struct ArabicActorCorpusTests {
    @Test("Each row finds its actors and mentions", arguments: try ActorCorpusRow.load(.ar, "actors.tsv"))
    func findsActors(_ row: ActorCorpusRow) throws { try checkExpected(row) }

    @Test("Each negative row finds nothing it must not", arguments: try ActorCorpusRow.load(.ar, "negative.tsv"))
    func findsNothingForbidden(_ row: ActorCorpusRow) throws { try checkForbidden(row) }

    @Test("A role and a country adjective give the person an affiliation")
    func roleAdjectiveGivesAffiliation() throws {
        let found = try Shipped.recognize("وقال وزير الخارجية القطري، سالم بن ناصر الكبيسي، إن بلاده ترحب بالمبادرة.", .ar)
        let person = try #require(found.actors.first { $0.kind == .person })
        let qatar = try #require(found.actors.first { $0.key == "gz:qatar" })
        #expect(person.affiliation == qatar.id)
        #expect(person.roles.contains { $0.hasPrefix("وزير الخارجية") })
    }

    @Test("Role and counterpart mentions carry their form")
    func roleAndCounterpartForms() throws {
        let found = try Shipped.recognize("أكد وزير الخارجية العماني سالم الحارثي دعم بلاده. وأضاف وزير الخارجية العماني أن الحل سياسي، فيما بحث وزير الخارجية الأمريكي أنتوني بلينكن مع نظيره الروسي سيرغي لافروف الأزمة.", .ar)
        #expect(found.mentions.first { $0.text == "وزير الخارجية العماني" && $0.start > 20 }?.form == .role)
        #expect(found.mentions.first { $0.text == "نظيره الروسي" }?.form == .pronoun)
        #expect(found.mentions.first { $0.text == "سالم الحارثي" }?.form == .name)
    }

    @Test("The document's outlet is an actor where the text names it")
    func documentOutletIsAnActor() throws {
        let found = try Shipped.recognize("صنعاء / مأرب برس - وكالات\nقال مسؤول إن المحادثات مستمرة.", .ar, outlet: "مأرب برس")
        #expect(found.actors.contains { $0.kind == .outlet && $0.name == "مأرب برس" })
    }
}

@Suite("Actor recognizer · English corpus", .tags(.english, .corpus))
struct EnglishActorCorpusTests {
    @Test("Each row finds its actors and mentions", arguments: try ActorCorpusRow.load(.en, "actors.tsv"))
    func findsActors(_ row: ActorCorpusRow) throws { try checkExpected(row) }

    @Test("Each negative row finds nothing it must not", arguments: try ActorCorpusRow.load(.en, "negative.tsv"))
    func findsNothingForbidden(_ row: ActorCorpusRow) throws { try checkForbidden(row) }

    @Test("An apposition after a name gives the role and the affiliation")
    func appositionGivesRole() throws {
        let found = try Shipped.recognize("Sergei Lavrov, Russia's foreign minister, said on Monday that talks would go on.", .en)
        let lavrov = try #require(found.actors.first { $0.key == "gz:sergey-lavrov" })
        let russia = try #require(found.actors.first { $0.key == "gz:russia" })
        #expect(lavrov.roles == ["Russia's foreign minister"])
        #expect(lavrov.affiliation == russia.id)
    }

    /// A role right after a name is the name's when it is of the person's own country; of another
    /// country it opens the verb's object.
    static let rolesAfterNames: [(text: String, person: String, role: String, isTheirs: Bool)] = [
        ("وصل الأمير فيصل بن فرحان وزير الخارجية السعودي إلى عمان.", "gz:faisal-bin-farhan", "وزير الخارجية السعودي", true),
        ("استقبل الملك عبدالله الثاني وزير الخارجية الفرنسي في عمان.", "gz:abdullah-ii", "وزير الخارجية الفرنسي", false),
        ("التقى وزير الخارجية الأردني أيمن الصفدي وزير الخارجية الفرنسي أمس.", "gz:ayman-safadi", "وزير الخارجية الفرنسي", false),
        ("استقبل الأمير محمد بن نايف ولي العهد وزير الداخلية سفير اليابان لدى المملكة.", "gz:mohammed-bin-nayef", "ولي العهد", true),
    ]

    @Test("A role after a name is the name's only if of the person's own country", arguments: rolesAfterNames)
    func roleAfterName(_ row: (text: String, person: String, role: String, isTheirs: Bool)) throws {
        let found = try Shipped.recognize(row.text, .ar)
        let person = try #require(found.actors.first { $0.key == row.person })
        #expect(person.roles.contains { $0.hasPrefix(row.role) } == row.isTheirs, "\(person.roles)")
    }

    @Test("Gazetteer actors carry both names and a gz key")
    func gazetteerActorsCarryBothNames() throws {
        let found = try Shipped.recognize("President Vladimir Putin spoke on Friday.", .en)
        let putin = try #require(found.actors.first { $0.key == "gz:vladimir-putin" })
        #expect(putin.nameEN == "Vladimir Putin")
        #expect(putin.nameAR == "فلاديمير بوتين")
        #expect(putin.roles.contains("President"))
    }
}

@Suite("Actor recognizer · odd inputs")
struct OddInputTests {
    static let inputs = ["", " ", "\n\n", "،،،", "...", "ﷺ", "\u{200F}\u{0640}", "A", "ب", "Mr.", "وزير", "the", "بن بن بن", "U.S.-", "'s", "CHIRAC,\n"]

    @Test("Odd texts give no crash and only well-formed mentions", arguments: inputs)
    func oddText(_ text: String) throws {
        for language in LanguageCode.allCases {
            let found = try Shipped.recognize(text, language)
            checkInvariants(found, ActorCorpusRow(file: "odd", line: 0, phenomenon: "odd input", sentence: text, expected: "", language: language))
        }
    }
}
