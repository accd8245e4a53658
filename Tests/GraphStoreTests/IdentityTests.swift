import EventGraphModel
import Testing
@testable import GraphStore

@Suite("Graph store · identity across documents and languages")
struct IdentityTests {
    @Test("The same gazetteer key in English and Arabic documents is one node with both labels")
    func sameKeyAcrossLanguages() throws {
        // Given an English and an Arabic document naming Russia by its gazetteer id
        let store = try GraphStore.inMemory()
        let en = "Russia said the talks would continue."
        let ar = "قالت روسيا إن المحادثات ستستمر."
        let docEN = Fixture.document(en, language: .en)
        let docAR = Fixture.document(ar, language: .ar)
        try store.ingest(docEN, Fixture.extraction(docEN, [Fixture.actor("a1", "Russia", kind: .country, key: "gz:russia",
                                                                        en: "Russia", ar: "روسيا", in: en)], []))
        // When both are ingested
        try store.ingest(docAR, Fixture.extraction(docAR, [Fixture.actor("a1", "روسيا", kind: .country, key: "gz:russia",
                                                                        en: "Russia", ar: "روسيا", in: ar)], []))
        // Then there is one node, counted in two documents, in both languages, labelled as first seen
        let actors = try store.actors()
        #expect(actors.count == 1)
        let russia = try #require(actors.first)
        #expect(russia.id == "gz:russia")
        #expect(russia.name == "Russia")
        #expect(russia.nameAR == "روسيا")
        #expect(russia.documents == 2)
        #expect(russia.languages == [.ar, .en])
        #expect(try store.graph(GraphFilter()).nodes.first?.country == "gz:russia")
    }

    @Test("A short name in a later document joins the node whose alias it is")
    func aliasJoin() throws {
        // Given a document naming «دونالد ترامب» with the short form «ترامب»
        let store = try GraphStore.inMemory()
        let t1 = "قال الرئيس الأميركي دونالد ترامب إن ترامب لن يتراجع."
        let d1 = Fixture.document(t1, language: .ar)
        try store.ingest(d1, Fixture.extraction(d1, [Fixture.actor("a1", "دونالد ترامب", key: "person:دونالد ترامب",
                                                                   aliases: ["ترامب"], in: t1)], []))
        // When another document names only «ترامب» (its own key differs)
        let t2 = "وصل ترامب إلى فلوريدا."
        let d2 = Fixture.document(t2, language: .ar)
        let report = try store.ingest(d2, Fixture.extraction(d2, [Fixture.actor("a1", "ترامب", key: "person:ترامب", in: t2)], []))
        // Then it joins the first node
        #expect(report.actorsMatched == 1)
        #expect(report.actorsAdded == 0)
        let actors = try store.actors(kind: .person)
        #expect(actors.count == 1)
        #expect(actors.first?.documents == 2)
        // And both keys and the names, with or without a proclitic, resolve to it
        #expect(try store.resolveActor("person:ترامب") == ["person:دونالد ترامب"])
        #expect(try store.resolveActor("ترامب") == ["person:دونالد ترامب"])
        #expect(try store.resolveActor("وترامب") == ["person:دونالد ترامب"])
        #expect(try store.resolveActor("دونالد تْرامب") == ["person:دونالد ترامب"])
    }

    @Test("An English name given in an Arabic document links the English document's actor")
    func crossScriptAlias() throws {
        // Given an Arabic document that gives «جيك سوليفان (Jake Sullivan)»
        let store = try GraphStore.inMemory()
        let t1 = "التقى جيك سوليفان (Jake Sullivan) بنظيره."
        let d1 = Fixture.document(t1, language: .ar)
        try store.ingest(d1, Fixture.extraction(d1, [Fixture.actor("a1", "جيك سوليفان", key: "person:جيك سوليفان",
                                                                   en: "Jake Sullivan", in: t1)], []))
        // When an English document names Jake Sullivan
        let t2 = "Jake Sullivan arrived in Kyiv."
        let d2 = Fixture.document(t2, language: .en)
        try store.ingest(d2, Fixture.extraction(d2, [Fixture.actor("a1", "Jake Sullivan", key: "person:jake sullivan", in: t2)], []))
        // Then both are one node with labels in both languages
        let actors = try store.actors()
        #expect(actors.count == 1)
        #expect(actors.first?.nameEN == "Jake Sullivan")
        #expect(actors.first?.languages == [.ar, .en])
    }

    @Test("A gazetteer key found later takes over a name-based node")
    func gazetteerKeyWins() throws {
        let store = try GraphStore.inMemory()
        let t1 = "Patrushev spoke."
        let d1 = Fixture.document(t1)
        try store.ingest(d1, Fixture.extraction(d1, [Fixture.actor("a1", "Patrushev", key: "person:patrushev", in: t1)], []))
        let t2 = "Nikolai Patrushev met officials."
        let d2 = Fixture.document(t2)
        try store.ingest(d2, Fixture.extraction(d2, [Fixture.actor("a1", "Nikolai Patrushev", key: "gz:nikolai-patrushev",
                                                                   aliases: ["Patrushev"], in: t2)], []))
        #expect(try store.actors().map(\.id) == ["gz:nikolai-patrushev"])
        // The label grows to the fuller name of the same language
        #expect(try store.actors().first?.name == "Nikolai Patrushev")
        #expect(try store.resolveActor("person:patrushev") == ["gz:nikolai-patrushev"])
    }

    @Test("The same name of another kind is another node")
    func kindsStayApart() throws {
        let store = try GraphStore.inMemory()
        let t = "Georgia met Georgia."
        let d = Fixture.document(t)
        try store.ingest(d, Fixture.extraction(d, [Fixture.actor("a1", "Georgia", kind: .country, in: t),
                                                   Fixture.actor("a2", "Georgia", kind: .person, in: t)], []))
        #expect(try store.actors().count == 2)
    }

    @Test("Suspects list transliteration variants; a merge is kept and later ingests respect it")
    func mergePersists() throws {
        // Given two nodes for one person under two spellings, each in a call with Biden
        let store = try GraphStore.inMemory()
        try store.ingest(Fixture.interaction("Biden called Zelenskyy on Monday.", ("Biden", "gz:joe-biden"),
                                             ("Zelenskyy", "person:zelenskyy"), date: "2022-11-07", published: "2022-11-08"))
        try store.ingest(Fixture.interaction("Biden met Zelensky in March.", ("Biden", "gz:joe-biden"),
                                             ("Zelensky", "person:zelensky"), type: .meet, date: "2022-03", published: "2022-11-08"))
        #expect(try store.actors(kind: .person).count == 3)
        // When the suspects are listed
        let suspects = try store.suspects()
        // Then the pair is there
        let pair = try #require(suspects.first { Set([$0.a, $0.b]) == ["person:zelenskyy", "person:zelensky"] })
        #expect(pair.kind == .person)
        // When they are merged
        try store.merge("person:zelensky", into: "person:zelenskyy")
        // Then one node holds both interactions
        #expect(try store.actors(kind: .person).count == 2)
        #expect(try store.talks(TalkFilter(actor: "person:zelenskyy")).count == 2)
        #expect(try store.talks(TalkFilter(actor: "person:zelensky")).count == 2)
        // And a later document with the merged key goes to the kept node
        let report = try store.ingest(Fixture.interaction("Zelensky thanked Biden during a call.", ("Zelensky", "person:zelensky"),
                                                          ("Biden", "gz:joe-biden"), date: "2022-12-01", published: "2022-12-02"))
        #expect(report.actorsAdded == 0)
        #expect(try store.actors(kind: .person).count == 2)
        #expect(try store.talks(TalkFilter(actor: "person:zelenskyy")).count == 3)
        #expect(try store.suspects().isEmpty)
    }

    @Test("Merging into a key that names nothing is an error")
    func mergeUnknown() throws {
        let store = try GraphStore.inMemory()
        let error = #expect(throws: StoreError.self) { try store.merge("person:a", into: "person:nobody") }
        #expect(error?.code == .notFound)
    }

    @Test("Events cannot be merged into actors")
    func mergeEventRefused() throws {
        // Given a store with a call between two actors
        let store = try GraphStore.inMemory()
        try store.ingest(Fixture.interaction("Biden called Macron.", ("Biden", "gz:joe-biden"), ("Macron", "gz:emmanuel-macron"),
                                             date: "2022-11-07", published: "2022-11-08"))
        let event = try #require(try store.events(EventFilter()).first?.event)
        let before = try store.statistics()
        // When the event is merged into an actor
        let error = #expect(throws: StoreError.self) { try store.merge(event, into: "gz:joe-biden") }
        // Then the merge is refused and nothing changes
        #expect(error?.code == .cannotMerge)
        #expect(try store.statistics() == before)
        #expect(try store.resolveActor(event) == [event])
    }
}
