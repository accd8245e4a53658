import EventGraphModel
import Foundation
import GRDB
import Testing
@testable import GraphStore

/// Every read of the store (``GraphStore/read(_:)``) is one read transaction: its statements see
/// one snapshot, and it ends however its body ends.
@Suite("Graph store · reads")
struct ReadTransactionTests {
    static func document(_ n: Int) -> (Document, Extraction) {
        Fixture.interaction("Lavrov called Kerry, call number \(n).", ("Lavrov", "gz:lavrov"), ("Kerry", "gz:kerry"),
                            date: "2015-03-\(10 + n)", published: "2015-03-\(11 + n)")
    }

    @Test("A read's statements see one snapshot while another connection writes; the next read sees the write")
    func snapshot() throws {
        // Given a store file with one document, and a second store writing to the same file
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reads-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("store.sqlite").path
        let store = try GraphStore(path: path)
        try store.ingest(Self.document(1))
        let other = try GraphStore(path: path)
        func count(_ db: Database) throws -> Int { try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents") ?? -1 }
        // When the other store adds a document between two statements of one read
        let counts = try store.read { db in
            let before = try count(db)
            try other.ingest(Self.document(2))
            return (before, try count(db), db.isInsideTransaction)
        }
        // Then both statements saw the store as it was, inside one transaction, and the next read sees both documents
        #expect(counts.0 == 1 && counts.1 == 1 && counts.2)
        #expect(try store.read(count) == 2)
        #expect(try store.talks(TalkFilter(actor: "gz:lavrov")).count == 2)
    }

    @Test("A read that fails ends its transaction: the error is the store's, and the next read runs", arguments: [false, true])
    func failure(inMemory: Bool) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reads-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = inMemory ? try GraphStore.inMemory() : try GraphStore(path: folder.appendingPathComponent("s.sqlite").path)
        try store.ingest(Self.document(1))
        #expect(throws: StoreError.self) {
            try store.read { db in
                _ = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents")
                _ = try Int.fetchOne(db, sql: "SELECT no_such_column FROM documents")
            }
        }
        #expect(try store.writer.unsafeRead { db in db.isInsideTransaction } == false)
        #expect(try store.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents") } == 1)
        // And a write after it is kept
        try store.ingest(Self.document(2))
        #expect(try store.talks(TalkFilter(actor: "gz:lavrov")).count == 2)
    }
}
