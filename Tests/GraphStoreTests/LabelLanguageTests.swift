import EventGraphModel
import Testing
@testable import GraphStore

@Suite("Graph store · the language names are shown in")
struct LabelLanguageTests {
    /// One Arabic and two English reports of calls with Lavrov, the Arabic one ingested first.
    static func store() throws -> GraphStore {
        let store = try GraphStore.inMemory()
        let arabic = "أجرى لافروف اتصالا مع بلينكن."
        let doc = Fixture.document(arabic, language: .ar)
        try store.ingest(doc, Fixture.extraction(doc, [
            Fixture.actor("a1", "لافروف", key: "gz:sergey-lavrov", en: "Sergey Lavrov", ar: "سيرغي لافروف", in: arabic),
            Fixture.actor("a2", "بلينكن", key: "gz:antony-blinken", en: "Antony Blinken", ar: "أنتوني بلينكن", in: arabic),
        ], [Fixture.event("e1", .call, ["a1", "a2"], date: "2022-07-29", text: arabic)]))
        for text in ["Lavrov spoke with Blinken on Friday.", "Lavrov met Shoukry in Cairo."] {
            try store.ingest(Fixture.interaction(text, ("Lavrov", "gz:sergey-lavrov"), ("Shoukry", "gz:sameh-shoukry"),
                                                 date: "2022-07-24", published: "2022-07-30"))
        }
        return store
    }

    @Test("Without a setting, the language of most documents; a setting wins and can be cleared")
    func defaultAndSetting() throws {
        // Given two English documents and one Arabic, the Arabic ingested first
        let store = try Self.store()
        // Then the store's labels are English, though the node labels came from the Arabic article
        #expect(try store.labelLanguage() == .en)
        #expect(try store.actors().first { $0.id == "gz:sergey-lavrov" }?.name == "لافروف")
        // When Arabic is chosen, it is kept; when cleared, the majority is back
        try store.setLabelLanguage(.ar)
        #expect(try store.labelLanguage() == .ar)
        try store.setLabelLanguage(nil)
        #expect(try store.labelLanguage() == .en)
        #expect(try GraphStore.inMemory().labelLanguage() == nil)
    }

    @Test("Timeline and talks records carry every participant's names in both languages")
    func recordsCarryNames() throws {
        let store = try Self.store()
        let talk = try #require(try store.talks(TalkFilter(actor: "gz:antony-blinken")).first)
        #expect(talk.aNames == ActorNames(en: "Antony Blinken", ar: "أنتوني بلينكن"))
        #expect(talk.bNames?.en == "Sergey Lavrov")
        let entry = try #require(try store.events(EventFilter(actor: "gz:antony-blinken")).first)
        #expect(entry.participantNames.map(\.en) == ["Sergey Lavrov", "Antony Blinken"])
        #expect(entry.participantNames.count == entry.participants.count)
    }
}
