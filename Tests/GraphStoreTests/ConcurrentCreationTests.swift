import Foundation
import Testing
@testable import GraphStore

/// Writers that create one new store at the same moment: each finds the schema to make, one makes
/// it, and every one opens the store (none fails on tables the other has just created).
@Suite("Graph store · many writers creating one store")
struct ConcurrentCreationTests {
    final class Outcomes: @unchecked Sendable {
        private let lock = NSLock()
        private var errors: [String] = []
        func add(_ error: String) { lock.lock(); errors.append(error); lock.unlock() }
        var all: [String] { lock.lock(); defer { lock.unlock() }; return errors }
    }

    @Test("Six connections opening a new store at once all succeed, twenty times over")
    func concurrentCreation() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("concurrent-create-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcomes = Outcomes()
        for round in 0..<20 {
            let path = folder.appendingPathComponent("store-\(round).sqlite").path
            DispatchQueue.concurrentPerform(iterations: 6) { _ in
                do {
                    _ = try GraphStore(path: path, access: .readWrite)
                } catch {
                    outcomes.add("round \(round): \(error)")
                }
            }
        }
        #expect(outcomes.all.isEmpty, "\(outcomes.all.prefix(3))")
    }
}
