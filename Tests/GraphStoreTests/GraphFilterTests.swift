import EventGraphModel
import Testing
@testable import GraphStore

@Suite("Graph store · what a diagram asks for")
struct GraphFilterTests {
    static let text = "Reuters reported that Lavrov met Kerry in Doha; Reuters is based in London."

    /// An outlet (with a country) that reported a meeting of two people.
    static func store() throws -> GraphStore {
        let store = try GraphStore.inMemory()
        let doc = Fixture.document(text)
        let actors = [
            Fixture.actor("a1", "Lavrov", key: "gz:sergey-lavrov", in: text),
            Fixture.actor("a2", "Kerry", key: "gz:john-kerry", in: text),
            Fixture.actor("a3", "Reuters", kind: .outlet, key: "gz:reuters", affiliation: "a4", in: text),
            Fixture.actor("a4", "United Kingdom", kind: .country, key: "gz:united-kingdom", in: text),
        ]
        let events = [Fixture.event("e1", .meet, ["a1", "a2"], date: "2015-08-03", reportedBy: ["a3"], text: text)]
        try store.ingest(doc, Fixture.extraction(doc, actors, events))
        return store
    }

    @Test("Without outlets neither reported edges nor the outlet's affiliation come back, whole or ego",
          arguments: [nil, "gz:sergey-lavrov"])
    func withoutOutlets(_ actor: String?) throws {
        // Given an outlet that reported a meeting
        let store = try Self.store()
        // When the graph is asked for without outlets
        let plain = try store.graph(GraphFilter(actor: actor, maxNodes: 100, outlets: false))
        // Then the outlet is neither a node nor an edge end
        #expect(!plain.edges.contains { $0.kind == .reported })
        #expect(!plain.edges.contains { $0.source == "gz:reuters" || $0.target == "gz:reuters" })
        #expect(plain.edges.contains { $0.kind == .interaction && $0.type == .meet })
        // And with outlets the report is there
        let full = try store.graph(GraphFilter(actor: actor, maxNodes: 100, outlets: true))
        #expect(full.edges.contains { $0.kind == .reported && $0.source == "gz:reuters" })
    }

    @Test("With evidence, each edge carries its events and their reports; without, none")
    func edgesWithEvidence() throws {
        let store = try Self.store()
        let plain = try store.graph(GraphFilter(outlets: true))
        #expect(plain.edges.allSatisfy { $0.events.isEmpty && $0.sources.isEmpty })
        let full = try store.graph(GraphFilter(outlets: true, evidence: true))
        let meet = try #require(full.edges.first { $0.kind == .interaction })
        #expect(meet.events.count == 1 && meet.events.first?.hasPrefix("ev:") == true)
        #expect(meet.sources.map(\.evidence) == [Self.text])
        #expect(meet.sources.first?.outlet == "Test Wire")
        let report = try #require(full.edges.first { $0.kind == .reported })
        #expect(report.sources.count == 1)
        #expect(full.edges.first { $0.kind == .affiliation }?.sources.isEmpty == true)
    }
}
