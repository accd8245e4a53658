/// What one ingest transaction already knows (keys resolved to nodes, aliases written), so that a
/// batch does not look up or rewrite them for every document.
///
/// Entries learnt while a document is written stay pending until its savepoint is released; a
/// document that rolls back takes its entries with it (``discard()``).
final class IngestCache {
    private var keys: [String: Int64] = [:]
    private var aliases = Set<Alias>()
    private var pendingKeys: [String: Int64] = [:]
    private var pendingAliases = Set<Alias>()
    /// The widest event span (`meta.max_span`) as this transaction left it, and as the document
    /// being written leaves it.
    private(set) var maxSpan: Int?
    private var pendingMaxSpan: Int?

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
