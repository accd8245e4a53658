import EventGraphModel
import Testing
@testable import GraphStore

@Suite("Graph store · who published a report, and which document it is")
struct SourceTests {
    /// An Arabic article published by Okaz that names itself (`عكاظ`), and an English one by
    /// Xinhua that quotes Interfax.
    static func store() throws -> GraphStore {
        let store = try GraphStore.inMemory()
        let arabic = "وقال مصدر لعكاظ إن الوزير التقى نظيره الروسي لافروف في الرياض."
        let okaz = Document(id: "ar-05", path: "dev.jsonl#3", text: arabic, published: "2015-06-01", outlet: "Okaz",
                            language: .ar)
        let okazActors = [
            Fixture.actor("a1", "عكاظ", kind: .outlet, key: "gz:okaz", en: "Okaz", ar: "عكاظ", in: arabic),
            Fixture.actor("a2", "لافروف", key: "gz:sergey-lavrov", en: "Sergey Lavrov", in: arabic),
            Fixture.actor("a3", "الجبير", key: "gz:adel-al-jubeir", en: "Adel al-Jubeir", in: arabic),
        ]
        try store.ingest(okaz, Fixture.extraction(okaz, okazActors, [
            Fixture.event("e1", .meet, ["a3", "a2"], date: "2015-05-31", reportedBy: ["a1"], text: arabic)]))
        let english = "Lavrov met Kerry in Doha, Interfax reported."
        let xinhua = Document(path: "inbox/xinhua-0803.txt", text: english, published: "2015-08-03", outlet: "Xinhua",
                              language: .en)
        let xinhuaActors = [
            Fixture.actor("a1", "Lavrov", key: "gz:sergey-lavrov", in: english),
            Fixture.actor("a2", "Kerry", key: "gz:john-kerry", in: english),
            Fixture.actor("a3", "Interfax", kind: .outlet, key: "gz:interfax", in: english),
        ]
        try store.ingest(xinhua, Fixture.extraction(xinhua, xinhuaActors, [
            Fixture.event("e1", .meet, ["a1", "a2"], date: "2015-08-03", reportedBy: ["a3"], text: english)]))
        return store
    }

    @Test("The publisher given with the input is the outlet, kept as written; the article naming itself is no citation")
    func publisherKeptAsGiven() throws {
        let talks = try Self.store().talks(TalkFilter(actor: "gz:adel-al-jubeir"))
        let source = try #require(talks.first?.sources.first)
        #expect(source.outlet == "Okaz")
        #expect(source.cited == [])
        #expect(source.document == "ar-05")
        #expect(source.key?.count == 12)
    }

    @Test("An outlet the article quotes is cited, apart from the publisher; the file name names the document")
    func citedApartFromPublisher() throws {
        let talks = try Self.store().talks(TalkFilter(actor: "gz:john-kerry"))
        let source = try #require(talks.first?.sources.first)
        #expect(source.outlet == "Xinhua")
        #expect(source.cited == ["Interfax"])
        #expect(source.document == "xinhua-0803.txt")
        let timeline = try Self.store().events(EventFilter(actor: "gz:john-kerry"))
        #expect(timeline.first?.sources.first?.cited == ["Interfax"])
    }

    @Test("Search hits carry the same source")
    func searchSource() throws {
        let hit = try #require(try Self.store().search("Doha").first)
        #expect(hit.source.outlet == "Xinhua")
        #expect(hit.source.cited == ["Interfax"])
        #expect(hit.source.document == "xinhua-0803.txt")
    }
}
