import EventGraphModel
import GraphStore
import Testing

@Suite("Ingest · source and target roles")
struct EventRoleTests {
    @Test("An event without source and target, or whose source is its target, is stored without a crash",
          arguments: [(String?.none, String?.none), ("a1", "a1")])
    func rolesThatCoincide(_ roles: (String?, String?)) throws {
        // Given an event with no roles, or with the same actor as source and target
        let store = try GraphStore.inMemory()
        let text = "Lavrov spoke at length on Monday."
        var event = Fixture.event("e1", .statement, ["a1"], text: text)
        event.source = roles.0
        event.target = roles.1
        let extraction = Extraction(document: .init(title: nil, published: "2022-11-08", language: .en, outlet: nil),
                                    actors: [Fixture.actor("a1", "Lavrov", in: text)], events: [event])
        // When it is ingested
        let report = try store.ingest(Fixture.document(text), extraction)
        // Then the event is stored
        #expect(report.eventsAdded == 1)
    }
}
