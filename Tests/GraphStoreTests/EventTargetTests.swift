import EventGraphModel
import Foundation
import GRDB
import Testing
@testable import GraphStore

/// An event's target as `v10` stores it: NULL when it is the second participant, 0 when there is none.
@Suite("Graph store · event targets")
struct EventTargetTests {
    /// Each event's stored target and the target it reads as, by event id.
    static func targets(_ store: GraphStore) throws -> [(stored: Int64?, target: Int64?)] {
        try store.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT target, members FROM events ORDER BY id").map { row in
                (row[0], SchemaV10.target(stored: row[0], members: SchemaV4.members(row[1] as String)))
            }
        }
    }

    static func node(_ store: GraphStore, _ key: String) throws -> Int64? {
        try store.writer.read { db in try Int64.fetchOne(db, sql: "SELECT node FROM node_keys WHERE key = ?", arguments: [key]) }
    }

    @Test("A target that is the second participant is NULL, another one its node, none 0")
    func stored() throws {
        // Given a call from Lavrov to Kerry, a meeting of three aimed at its third party, and a joint statement without target
        let store = try GraphStore.inMemory()
        try store.ingest(Fixture.interaction("Lavrov called Kerry.", ("Lavrov", "t:lavrov"), ("Kerry", "t:kerry"),
                                             date: "2015-03-14", published: "2015-03-15"))
        let m = "Lavrov and Kerry met Zarif."
        let md = Fixture.document(m, published: "2015-03-20")
        var meeting = Fixture.event("e1", .meet, ["a1", "a2", "a3"], date: "2015-03-20", text: m)
        meeting.target = "a3"
        var joint = Fixture.event("e2", .statement, ["a1", "a2"], date: "2015-03-20", text: m)
        joint.target = nil
        try store.ingest(md, Fixture.extraction(md, [
            Fixture.actor("a1", "Lavrov", key: "t:lavrov", in: m), Fixture.actor("a2", "Kerry", key: "t:kerry", in: m),
            Fixture.actor("a3", "Zarif", key: "t:zarif", in: m),
        ], [meeting, joint]))
        // Then the call stores NULL and reads as Kerry, the meeting stores Zarif, the statement 0 (none)
        let kerry = try Self.node(store, "t:kerry"), zarif = try Self.node(store, "t:zarif")
        let targets = try Self.targets(store)
        #expect(targets.count == 3)
        #expect(targets[0].stored == nil && targets[0].target == kerry)
        #expect(targets[1].stored == zarif && targets[1].target == zarif)
        #expect(targets[2].stored == 0 && targets[2].target == nil)
    }

    @Test("A merge of the target into another actor keeps it the target")
    func merged() throws {
        // Given a call from Lavrov to Kerry and one from Lavrov to John Kerry (another node)
        let store = try GraphStore.inMemory()
        try store.ingest(Fixture.interaction("Lavrov called Kerry.", ("Lavrov", "t:lavrov"), ("Kerry", "t:kerry"),
                                             date: "2015-03-14", published: "2015-03-15"))
        try store.ingest(Fixture.interaction("Lavrov called John Kerry.", ("Lavrov", "t:lavrov"), ("John Kerry", "t:john-kerry"),
                                             date: "2015-04-14", published: "2015-04-15"))
        // When Kerry is merged into John Kerry
        try store.merge("t:kerry", into: "t:john-kerry")
        // Then both calls are aimed at John Kerry
        let john = try Self.node(store, "t:john-kerry")
        #expect(try Self.targets(store).map(\.target) == [john, john])
    }

    @Test("Stored targets read back as the targets they stand for",
          arguments: [(Int64?.none, [Int64]()), (nil, [1]), (2, [1, 2]), (3, [1, 2, 3]), (nil, [1, 2]), (1, [1, 2]), (5, [1])]
            as [(Int64?, [Int64])])
    func roundTrip(target: Int64?, members: [Int64]) {
        #expect(SchemaV10.target(stored: SchemaV10.storedTarget(target, members: members), members: members) == target)
    }
}
