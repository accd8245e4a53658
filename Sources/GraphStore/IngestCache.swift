import Foundation
import GRDB

/// What ingest already knows (keys resolved to nodes, aliases written, the widest span), so that a
/// batch does not look up or rewrite them for every document.
///
/// Entries learnt while a document is written stay pending until its savepoint is released; a
/// document that rolls back takes its entries with it (``discard()``). A transaction that commits
/// leaves what it knew to the store's next ingest (``IngestMemo``), which uses it only when
/// nothing else wrote in between.
final class IngestCache {
    /// The committed entries, and the marks of the store they describe.
    struct State {
        var keys: [String: Int64] = [:]
        var aliases = Set<Alias>()
        var maxSpan: Int?
        /// `PRAGMA data_version` (changes when another connection commits) and the writer
        /// connection's total of changed rows, when the state was taken.
        var dataVersion = 0
        var totalChanges = 0

        /// Whether the store is still as the state describes it: no other connection committed and
        /// this one changed no row since.
        func isCurrent(_ db: Database) throws -> Bool {
            try Self.dataVersion(db) == dataVersion && db.totalChangesCount == totalChanges
        }

        static func dataVersion(_ db: Database) throws -> Int {
            try Int.fetchOne(db.cachedStatement(sql: "PRAGMA data_version")) ?? -1
        }
    }

    /// Entries past which a state is not kept for the next transaction: the next starts empty and
    /// looks keys up in the store again, so that memory stays bounded however many actors a long
    /// ingest meets (an entry, key or alias, takes up to ~100 bytes: ~100 MB at most). A lower bound
    /// costs the stores of many actors: at 100,000 entries, the query benchmark's store of 300,000
    /// interactions among 30,000 actors took 7 % more CPU to build (its memo was dropped after every batch).
    static let keptEntries = 1_000_000

    private var keys: [String: Int64] = [:]
    private var aliases = Set<Alias>()
    private var pendingKeys: [String: Int64] = [:]
    private var pendingAliases = Set<Alias>()
    /// The widest event span (`meta.max_span`) as this transaction left it, and as the document
    /// being written leaves it.
    private(set) var maxSpan: Int?
    private var pendingMaxSpan: Int?

    init() {}

    /// A cache that starts from what an earlier transaction left, when it still holds.
    init(resuming state: IngestCache.State?, db: Database) throws {
        guard let state, try state.isCurrent(db) else { return }
        keys = state.keys
        aliases = state.aliases
        maxSpan = state.maxSpan
    }

    /// The committed entries with the store's marks, for the next transaction; nil when they are
    /// more than `limit`.
    func state(_ db: Database, limit: Int = IngestCache.keptEntries) throws -> State? {
        guard keys.count + aliases.count <= limit else { return nil }
        return State(keys: keys, aliases: aliases, maxSpan: maxSpan, dataVersion: try State.dataVersion(db),
                     totalChanges: db.totalChangesCount)
    }

    /// A row of `aliases`.
    struct Alias: Hashable {
        var node: Int64
        var kind: String
        var form: String
    }

    func node(forKey key: String) -> Int64? { pendingKeys[key] ?? keys[key] }

    func remember(key: String, node: Int64) { pendingKeys[key] = node }

    /// Whether the alias row (kind, form, node) was written in this transaction; records it if not.
    func insertAlias(kind: String, form: String, node: Int64) -> Bool {
        let id = Alias(node: node, kind: kind, form: form)
        if aliases.contains(id) || pendingAliases.contains(id) { return false }
        pendingAliases.insert(id)
        return true
    }

    /// Records the widest span as the document being written leaves it.
    func remember(maxSpan: Int?) { pendingMaxSpan = maxSpan }

    /// The document was kept: its entries become known.
    func commit() {
        keys.merge(pendingKeys) { _, new in new }
        aliases.formUnion(pendingAliases)
        if let pendingMaxSpan { maxSpan = pendingMaxSpan }
        discard()
    }

    /// The document rolled back: forget what it taught.
    func discard() {
        pendingKeys.removeAll(keepingCapacity: true)
        pendingAliases.removeAll(keepingCapacity: true)
        pendingMaxSpan = nil
    }
}

/// What the last committed ingest transaction of a store value knew (``IngestCache/State``),
/// shared by the copies of the value.
final class IngestMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var state: IngestCache.State?
    private var entryLimit = IngestCache.keptEntries

    /// Entries past which a transaction's state is not kept (``IngestCache/keptEntries``; tests lower it).
    var limit: Int {
        get {
            lock.lock()
            defer { lock.unlock() }
            return entryLimit
        }
        set {
            lock.lock()
            entryLimit = newValue
            lock.unlock()
        }
    }

    var current: IngestCache.State? {
        lock.lock()
        defer { lock.unlock() }
        return state
    }

    /// Keeps the state of a transaction that committed.
    func keep(_ new: IngestCache.State?) {
        lock.lock()
        state = new
        lock.unlock()
    }
}
