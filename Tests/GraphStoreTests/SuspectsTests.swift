import EventGraphModel
import Testing
@testable import GraphStore

/// One pair of actors' name forms (matching form, `|` between forms) and whether they are suspects.
struct SuspectRow: CustomTestStringConvertible, Sendable {
    var kind: ActorKind
    var a: String
    var b: String
    var likely: Bool
    var testDescription: String { "\(kind.rawValue): «\(a)» / «\(b)» → \(likely ? "likely one" : "two")" }

    init(_ kind: ActorKind, _ a: String, _ b: String, _ likely: Bool) {
        self.kind = kind
        self.a = a
        self.b = b
        self.likely = likely
    }

    var forms: (Set<String>, Set<String>) {
        (Set(a.split(separator: "|").map(String.init)), Set(b.split(separator: "|").map(String.init)))
    }
}

@Suite("Graph store · likely duplicates, not noise")
struct SuspectsTests {
    /// Pairs seen on the dev articles with the TempEval texts: the first group are one actor each,
    /// the second were listed before and are two.
    static let rows: [SuspectRow] = [
        SuspectRow(.person, "zelenskyy", "zelensky", true),
        SuspectRow(.person, "louie freeh|freeh", "louis freeh|freeh", true),
        SuspectRow(.person, "george bush", "bush", true),
        SuspectRow(.person, "juan miguel gonzalez", "juan gonzalez", true),
        SuspectRow(.person, "moammar gadhafi", "muammar gaddafi", true),
        SuspectRow(.person, "hashemi", "akbar hashemi rafsanjani", true),
        SuspectRow(.person, "nigel lawson's", "lawson", true),
        SuspectRow(.person, "willam e. trotter ii", "william e. trotter ii", true),
        SuspectRow(.organization, "dresdner bank ag", "dresdner bank", true),
        SuspectRow(.organization, "jenrette securities inc", "jenrette securities corp", true),
        SuspectRow(.organization, "health and human services", "department of health and human services", true),
        SuspectRow(.government, "cuban national assembly", "cuba's national assembly", true),
        SuspectRow(.person, "john egan|john", "john kerry", false),
        SuspectRow(.person, "peter", "peter guber", false),
        SuspectRow(.person, "george mitchell|mitchell", "david mitchell", false),
        SuspectRow(.person, "sarah sanders|sanders", "bernie sanders", false),
        SuspectRow(.person, "saddam hussein|hussein", "hassan", false),
        SuspectRow(.person, "treasury robert rubin|rubin", "yitzhak rabin|rabin", false),
        SuspectRow(.person, "gm class h", "gm class e", false),
        SuspectRow(.government, "chinese foreign ministry", "japanese foreign ministry", false),
        SuspectRow(.government, "foreign ministry", "iraqi foreign ministry", false),
        SuspectRow(.government, "وزاره الخارجيه الروسيه", "وزاره الخارجيه التركيه", false),
        SuspectRow(.organization, "sony corp", "sony columbia acquisition corp", false),
        SuspectRow(.organization, "holdings plc", "holdings inc", false),
        SuspectRow(.organization, "elco industries inc", "coleco industries inc", false),
        SuspectRow(.country, "libyan|ليبيا", "lebanon|لبنان", false),
    ]

    @Test("A pair of name forms is a suspect only when it likely names one actor", arguments: rows)
    func pair(_ row: SuspectRow) {
        let (a, b) = row.forms
        let similar = NameSimilarity.compare(a, b, kind: row.kind) != nil
        let distinct = row.kind == .person && NameSimilarity.haveDifferentFirstNames(a, b)
        #expect((similar && !distinct) == row.likely)
    }

    @Test("Two gazetteer actors are never suspects, even with a shared alias; a gazetteer and a found one are")
    func gazetteerPairs() throws {
        // Given Germany and West Germany from the gazetteer, both also called "Germans"
        let store = try GraphStore.inMemory()
        let text = "The Germans and the Germans met."
        let doc = Fixture.document(text)
        try store.ingest(doc, Fixture.extraction(doc, [
            Fixture.actor("a1", "Germany", kind: .country, key: "gz:germany", aliases: ["Germans"], in: text),
            Fixture.actor("a2", "West Germany", kind: .country, key: "gz:west-germany", aliases: ["Germans"], in: text),
        ], []))
        // Then they are no suspects: the gazetteer knows them as two
        #expect(try store.suspects().isEmpty)
        // When a body found by name comes close to a gazetteer one
        let other = "Dresdner Bank AG said Dresdner Bank would talk."
        let doc2 = Fixture.document(other)
        try store.ingest(doc2, Fixture.extraction(doc2, [
            Fixture.actor("a1", "Dresdner Bank", kind: .organization, key: "gz:dresdner-bank", in: other),
            Fixture.actor("a2", "Dresdner Bank AG", kind: .organization, in: other)], []))
        // Then that pair is listed
        let pairs = try store.suspects()
        #expect(pairs.map { Set([$0.a, $0.b]) } == [["gz:dresdner-bank", "organization:dresdner bank ag"]])
    }
}
