import EventGraphModel
import Testing
@testable import GraphStore

@Suite("Graph store · role mentions are not names")
struct RoleMentionIdentityTests {
    @Test("Two different people each referred to as 'the minister' stay two nodes")
    func roleMentionsDoNotJoinPeople() throws {
        // Given two documents about two ministers the gazetteer does not know, each also named by role
        let store = try GraphStore.inMemory()
        let first = "Karim Haddad spoke on Monday. The minister said talks would go on."
        let second = "Laila Nasser spoke on Tuesday. The minister said talks had stalled."
        for (text, name) in [(first, "Karim Haddad"), (second, "Laila Nasser")] {
            var actor = Fixture.actor("a1", name, in: text)
            actor.mentions += Fixture.mentions(of: "The minister", in: text)   // a role mention
            let document = Fixture.document(text)
            // When both are ingested
            try store.ingest(document, Fixture.extraction(document, [actor], []))
        }
        // Then they are two people, and the role is nobody's alias
        let people = try store.actors(kind: .person)
        #expect(people.count == 2)
        #expect(people.allSatisfy { !$0.aliases.contains { $0.lowercased() == "the minister" } })
    }
}
