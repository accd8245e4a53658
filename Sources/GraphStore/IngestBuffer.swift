import GRDB

/// Rows an ingest transaction writes together at its end instead of one statement each: what each
/// document adds to its actors' nodes (document count, languages, labels), the mentions, and the
/// links a bulk load stages.
///
/// Nothing reads these rows while documents are written (ingest never reads a node's counts or
/// labels, mentions or staged links), so writing them later, in fewer statements and outside the
/// documents' savepoints, stores the same rows. A document's rows stay pending until its savepoint
/// is released (``commit()``); a document that rolls back takes them with it (``discard()``).
final class IngestBuffer {
    /// What one document adds to an actor's node: `UPDATE nodes SET documents = documents + 1,
    /// languages = languages | bit, label_en = COALESCE(label_en, nameEN), label_ar = COALESCE(label_ar, nameAR)`,
    /// and the label grown to `name` (see ``Tally``).
    struct Touch {
        var node: Int64
        var bit: Int
        var nameEN: String?
        var nameAR: String?
        /// The document's language and the actor's name in it.
        var language: String
        var name: String
    }

    /// A node's touches of the transaction, added up: the counts, the first English and Arabic
    /// names (a `COALESCE` keeps the first non-null), and the names the label may grow to, in order.
    ///
    /// A name replaces the label when the node is of the document's language and the name is longer
    /// and contains the label; applying the same name twice in a row changes nothing more, so
    /// repeats in a row are kept once.
    struct Tally {
        var documents = 0
        var languages = 0
        var nameEN: String?
        var nameAR: String?
        var names: [(language: String, name: String)] = []

        mutating func add(_ touch: Touch) {
            documents += 1
            languages |= touch.bit
            if nameEN == nil { nameEN = touch.nameEN }
            if nameAR == nil { nameAR = touch.nameAR }
            if let last = names.last, last.language == touch.language, last.name == touch.name { return }
            names.append((touch.language, touch.name))
        }
    }

    /// One row of `mentions`.
    struct Mention {
        var node: Int64
        var document: Int64
        var count: Int
        /// ``SchemaV9/offsets(_:)``.
        var offsets: [UInt8]
    }

    /// One row of `links_load`.
    struct StagedLink {
        var a: Int64
        var kind: Int
        var event: Int64
        var b: Int64
        var outgoing: Int
    }

    private var tallies: [Int64: Tally] = [:]
    private var mentions: [Mention] = []
    private var links: [StagedLink] = []
    private var pendingTouches: [Touch] = []
    private var pendingMentions: [Mention] = []
    private var pendingLinks: [StagedLink] = []

    /// Committed rows past which ``flushIfLarge(_:)`` writes them, to bound the memory of a large batch.
    static let flushRows = 400_000

    /// Records what a document adds to a node (once per node and document).
    func touch(_ touch: Touch) { pendingTouches.append(touch) }

    /// Records the document's mentions of its actors, one row per node: an actor that resolved to
    /// a node already mentioned adds its count and offsets to that row, as `ON CONFLICT` would.
    func mention(node: Int64, document: Int64, count: Int, offsets: [UInt8]) {
        if let i = pendingMentions.lastIndex(where: { $0.node == node && $0.document == document }) {
            pendingMentions[i].count += count
            pendingMentions[i].offsets += offsets
        } else {
            pendingMentions.append(Mention(node: node, document: document, count: count, offsets: offsets))
        }
    }

    /// Stages a link of a bulk load.
    func stage(_ link: StagedLink) { pendingLinks.append(link) }

    /// The document was kept: its rows join the transaction's.
    func commit() {
        for touch in pendingTouches { tallies[touch.node, default: Tally()].add(touch) }
        mentions.append(contentsOf: pendingMentions)
        links.append(contentsOf: pendingLinks)
        discard()
    }

    /// The document rolled back: forget its rows.
    func discard() {
        pendingTouches.removeAll(keepingCapacity: true)
        pendingMentions.removeAll(keepingCapacity: true)
        pendingLinks.removeAll(keepingCapacity: true)
    }

    /// Writes the committed rows when many wait (outside any document's savepoint).
    func flushIfLarge(_ db: Database) throws {
        if mentions.count + links.count > Self.flushRows { try flushRows(db) }
    }

    /// Writes every committed row; the transaction must not end before.
    func flush(_ db: Database) throws {
        try flushRows(db)
        try flushNodes(db)
    }

    private func flushRows(_ db: Database) throws {
        // `mentions` is keyed by (node, document): inserted in key order, its pages are visited
        // once; rows of one key keep their order (the sort is stable), so upserts join them as before.
        let sorted = mentions.enumerated().sorted {
            ($0.element.node, $0.element.document, $0.offset) < ($1.element.node, $1.element.document, $1.offset)
        }.map(\.element)
        try Self.insert(db, rows: sorted, columns: 4, prefix: "INSERT INTO mentions(node, document, count, offsets) VALUES ",
                        suffix: """
                         ON CONFLICT(node, document) DO UPDATE SET count = count + excluded.count,
                          offsets = CAST(offsets || excluded.offsets AS BLOB)
                        """) { b, row in
            b.int(row.node)
            b.int(row.document)
            b.int(row.count)
            b.blob(row.offsets)
        }
        mentions.removeAll(keepingCapacity: true)
        try Self.insert(db, rows: links, columns: 5, prefix: "INSERT INTO links_load(a, kind, event, b, outgoing) VALUES ",
                        suffix: "") { b, row in
            b.int(row.a)
            b.int(row.kind)
            b.int(row.event)
            b.int(row.b)
            b.int(row.outgoing)
        }
        links.removeAll(keepingCapacity: true)
    }

    private func flushNodes(_ db: Database) throws {
        let update = RawStatement(try db.cachedStatement(sql: """
            UPDATE nodes SET documents = documents + ?, languages = languages | ?,
              label_en = COALESCE(label_en, ?), label_ar = COALESCE(label_ar, ?),
              label = CASE WHEN language = ? AND length(?) > length(label) AND instr(?, label) > 0 THEN ? ELSE label END
              WHERE id = ?
            """))
        let grow = RawStatement(try db.cachedStatement(sql: """
            UPDATE nodes SET label = CASE WHEN language = ? AND length(?) > length(label) AND instr(?, label) > 0
                                          THEN ? ELSE label END
              WHERE id = ?
            """))
        for node in tallies.keys.sorted() {
            guard let tally = tallies[node], let first = tally.names.first else { continue }
            try update.execute { b in
                b.int(tally.documents)
                b.int(tally.languages)
                b.text(tally.nameEN)
                b.text(tally.nameAR)
                b.text(first.language)
                for _ in 0..<3 { b.text(first.name) }
                b.int(node)
            }
            for next in tally.names.dropFirst() {
                try grow.execute { b in
                    b.text(next.language)
                    for _ in 0..<3 { b.text(next.name) }
                    b.int(node)
                }
            }
        }
        tallies.removeAll(keepingCapacity: true)
    }

    /// Rows per multi-row `INSERT`.
    static let rowsPerStatement = 128

    /// Inserts `rows` with multi-row statements of up to ``rowsPerStatement`` rows.
    private static func insert<Row>(_ db: Database, rows: [Row], columns: Int, prefix: String, suffix: String,
                                    values: (inout RawStatement.Bindings, Row) -> Void) throws {
        var start = 0
        let tuple = "(" + Array(repeating: "?", count: columns).joined(separator: ",") + ")"
        var full: RawStatement?
        while start < rows.count {
            let count = min(rowsPerStatement, rows.count - start)
            let statement: RawStatement
            if count == rowsPerStatement, let full {
                statement = full
            } else {
                let sql = prefix + Array(repeating: tuple, count: count).joined(separator: ",") + suffix
                statement = RawStatement(try db.cachedStatement(sql: sql))
                if count == rowsPerStatement { full = statement }
            }
            try statement.execute { b in
                for row in rows[start..<(start + count)] { values(&b, row) }
            }
            start += count
        }
    }
}
