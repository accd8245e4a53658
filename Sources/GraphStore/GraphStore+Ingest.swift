import EventGraphModel
import Foundation
import GRDB
import TextAnalysis

extension GraphStore {
    /// Stores one document and its extraction in one transaction.
    ///
    /// Re-ingesting the same text (same SHA-256) writes nothing and returns a report with
    /// `isDuplicate`. Actors join existing nodes by key, by merge rule or by an alias of the same
    /// kind; events join an existing event of the same type family, participant set and compatible
    /// dates as one more report. If anything fails, nothing of the document is kept.
    ///
    /// - Parameters:
    ///   - document: The article as read.
    ///   - extraction: What the pipeline extracted from it.
    /// - Returns: What was added.
    /// - Throws: ``StoreError`` `invalidExtraction` (an id the extraction does not define) or `databaseError`.
    /// - Complexity: A few indexed statements per actor, mention and event; no scans.
    public func ingest(_ document: Document, _ extraction: Extraction) throws -> IngestReport {
        let prepared = PreparedDocument(document, extraction)
        var state: IngestCache.State?
        let report = try write { db in
            let ingester = try Ingester(db: db, storePath: path, resuming: ingestMemo.current)
            let report = try ingester.ingest(prepared)
            ingester.commit()
            try ingester.buffer.flush(db)
            if ingester.bulk { try StoredText.trainDuringLoad(db, added: 1) }
            state = try ingester.cache.state(db, limit: ingestMemo.limit)
            return report
        }
        ingestMemo.keep(state)
        return report
    }

    /// Stores many documents in one transaction, with a savepoint per document: a document that
    /// fails rolls back alone and the others are kept.
    ///
    /// - Parameter batch: Documents with their extractions, in order.
    /// - Returns: One result per document, in the same order.
    /// - Throws: ``StoreError`` only when the transaction itself cannot be committed.
    public func ingest(batch: [(Document, Extraction)]) throws -> [Result<IngestReport, StoreError>] {
        let prepared = PreparedDocument.Batch(batch)
        var state: IngestCache.State?
        let results = try write { db in
            let ingester = try Ingester(db: db, storePath: path, resuming: ingestMemo.current)
            var results: [Result<IngestReport, StoreError>] = []
            results.reserveCapacity(prepared.count)
            let savepoint = try DocumentSavepoint(db)
            for i in 0..<prepared.count {
                let doc = prepared[i]
                do {
                    let report = try savepoint.run { try ingester.ingest(doc) }
                    ingester.commit()
                    results.append(.success(report))
                } catch let error as StoreError {
                    ingester.discard()
                    results.append(.failure(error))
                } catch {
                    ingester.discard()
                    results.append(.failure(StoreError(.databaseError, path: doc.document.path ?? doc.key,
                                                       reason: "\(error)", underlying: error as? DatabaseError)))
                }
                try ingester.buffer.flushIfLarge(db)
            }
            try ingester.buffer.flush(db)
            if ingester.bulk { try StoredText.trainDuringLoad(db, added: prepared.count) }
            state = try ingester.cache.state(db, limit: ingestMemo.limit)
            return results
        }
        ingestMemo.keep(state)
        return results
    }
}

/// Writes one prepared document inside the caller's transaction, with cached statements.
struct Ingester {
    let db: Database
    let storePath: String
    /// Whether any merge rule exists; when none does, keys are not looked up in `merges`.
    let hasMerges: Bool
    /// Whether a bulk load is under way (``GraphStore/beginBulkLoad()``).
    let bulk: Bool
    /// Keys and aliases already handled in this transaction (or, while nothing else wrote, before).
    let cache: IngestCache
    /// Rows written together at the end of the transaction.
    let buffer = IngestBuffer()

    init(db: Database, storePath: String, resuming state: IngestCache.State? = nil) throws {
        self.db = db
        self.storePath = storePath
        cache = try IngestCache(resuming: state, db: db)
        hasMerges = try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM merges)")) ?? true
        bulk = try Bulk.isActive(db)
    }

    /// The document was kept (its savepoint released): what it taught and its rows join the transaction's.
    func commit() {
        cache.commit()
        buffer.commit()
    }

    /// The document rolled back: forget what it taught and its rows.
    func discard() {
        cache.discard()
        buffer.discard()
    }

    /// Writes one document; its buffered rows wait for ``commit()`` (or ``discard()``).
    func ingest(_ doc: PreparedDocument) throws -> IngestReport {
        var report = IngestReport(isDuplicate: false, document: doc.key, path: doc.document.path)
        let d = doc.document
        // A stored text (same hash) inserts nothing: the document is a duplicate.
        try RawStatement(db.cachedStatement(sql: """
            INSERT INTO documents(hash, key, input_id, path, url, title, title_chars, outlet, published, language, text)
            VALUES (?,?,?,?,?,?,?,?,?,?,eventgraph_pack(?)) ON CONFLICT(hash) DO NOTHING
            """)).execute { b in
                b.blob(doc.hashBytes)
                b.text(doc.key)
                b.text(d.id)
                b.text(d.path)
                b.text(d.url ?? doc.extraction.document.url)
                b.textOrReference(SchemaV7.storedTitle(d.title ?? doc.extraction.document.title, text: d.text))
                b.text(d.outlet ?? doc.extraction.document.outlet)
                b.text(doc.published)
                b.text(d.language.rawValue)
                b.text(d.text)
            }
        guard db.changesCount > 0 else {
            report.isDuplicate = true
            return report
        }
        let documentID = db.lastInsertedRowID
        let language = d.language

        // Actors → nodes.
        var nodeOf: [String: Int64] = [:]
        var kindOf: [Int64: ActorKind] = [:]
        var nameOf: [String: String] = [:]
        // A node counts each document once; its label grows to a fuller name in the same language
        // (`ترامب` becomes `دونالد ترامب`), never changes language.
        var counted = Set<Int64>()
        for prepared in doc.actors {
            let actor = prepared.actor
            let (node, created) = try resolveOrCreate(prepared, language: language)
            if created { report.actorsAdded += 1 } else { report.actorsMatched += 1 }
            nodeOf[actor.id] = node
            kindOf[node] = actor.kind
            nameOf[actor.id] = actor.name
            for (form, surface) in prepared.forms
            where cache.insertAlias(kind: actor.kind.rawValue, form: form, node: node) {
                try RawStatement(db.cachedStatement(sql: "INSERT OR IGNORE INTO aliases(kind, form, node, surface) VALUES (?,?,?,?)"))
                    .execute { b in
                        b.text(actor.kind.rawValue)
                        b.text(form)
                        b.int(node)
                        b.text(surface)
                    }
            }
            let bit = language == .ar ? 1 : 2
            if counted.insert(node).inserted {
                buffer.touch(.init(node: node, bit: bit, nameEN: actor.nameEN ?? (language == .en ? actor.name : nil),
                                   nameAR: actor.nameAR ?? (language == .ar ? actor.name : nil),
                                   language: language.rawValue, name: actor.name))
            }
            let offsets = SchemaV9.offsets(actor.mentions.lazy.map { ($0.start, $0.end) })
            buffer.mention(node: node, document: documentID, count: actor.mentions.count, offsets: offsets)
            report.mentionsAdded += actor.mentions.count
        }

        // Affiliations.
        for prepared in doc.actors {
            guard let affiliation = prepared.actor.affiliation else { continue }
            guard let src = nodeOf[prepared.actor.id], let dst = nodeOf[affiliation] else {
                throw invalid(doc, "actor \(prepared.actor.id) is affiliated to \(affiliation), which is not among the actors")
            }
            guard src != dst else { continue }
            try db.cachedStatement(sql: "INSERT OR IGNORE INTO affiliations(src, dst, document) VALUES (?, ?, ?)")
                .execute(arguments: [src, dst, documentID])
            report.edgesAdded += db.changesCount
            if kindOf[dst] == .country {
                try db.cachedStatement(sql: "UPDATE nodes SET country = ? WHERE id = ? AND country IS NULL")
                    .execute(arguments: [dst, src])
            }
        }

        // Events.
        var writer = EventWriter(db: db, documentID: documentID, text: doc.events.isEmpty ? [] : AnalyzedText.scalars(of: d.text),
                                 published: doc.published, language: language,
                                 outlet: d.outlet ?? doc.extraction.document.outlet, bulk: bulk, buffer: buffer,
                                 maxSpan: cache.maxSpan)
        for prepared in doc.events {
            let event = prepared.event
            var participants: [Int64] = []
            for id in event.participants {
                guard let node = nodeOf[id] else {
                    throw invalid(doc, "event \(event.id) names participant \(id), which is not among the actors")
                }
                if !participants.contains(node) { participants.append(node) }
            }
            var outlets: [Int64] = []
            for id in event.reportedBy {
                guard let node = nodeOf[id] else {
                    throw invalid(doc, "event \(event.id) is reported by \(id), which is not among the actors")
                }
                if !outlets.contains(node) { outlets.append(node) }
            }
            var roles: [Int64: String] = [:]
            if let target = event.target.flatMap({ nodeOf[$0] }) { roles[target] = "target" }
            if let source = event.source.flatMap({ nodeOf[$0] }) { roles[source] = "source" }
            let outletNames = event.reportedBy.compactMap { nameOf[$0] }
            let outcome = try writer.write(prepared, participants: participants, roles: roles, outlets: outlets,
                                           outletNames: outletNames)
            if outcome.created { report.eventsAdded += 1 } else { report.eventsMerged += 1 }
            report.edgesAdded += outcome.edges
        }
        cache.remember(maxSpan: writer.maxSpan)
        return report
    }

    func invalid(_ doc: PreparedDocument, _ reason: String) -> StoreError {
        StoreError(.invalidExtraction, path: doc.document.path ?? doc.key, reason: reason)
    }

    /// The node an actor belongs to: by merge rule, by key, by an alias of the same kind, or a new one.
    func resolveOrCreate(_ prepared: PreparedDocument.Actor, language: LanguageCode) throws -> (Int64, Bool) {
        let actor = prepared.actor
        let key = hasMerges ? try Identity.followMerges(actor.key, db: db) : actor.key
        if let node = cache.node(forKey: key) { return (node, false) }
        if let node = try Identity.node(forKey: key, db: db) {
            cache.remember(key: key, node: node)
            return (node, false)
        }
        for (form, _) in prepared.forms {
            if let node = try Int64.fetchOne(db.cachedStatement(sql: """
                SELECT node FROM aliases WHERE kind = ? AND form = ? ORDER BY node LIMIT 1
                """), arguments: [actor.kind.rawValue, form]) {
                try db.cachedStatement(sql: "INSERT OR IGNORE INTO node_keys(key, node) VALUES (?, ?)")
                    .execute(arguments: [key, node])
                cache.remember(key: key, node: node)
                if key.hasPrefix("gz:") {
                    // A gazetteer identity wins over a name-based one: the node takes the gazetteer key.
                    try db.cachedStatement(sql: "UPDATE nodes SET key = ? WHERE id = ? AND key NOT LIKE 'gz:%'")
                        .execute(arguments: [key, node])
                }
                return (node, false)
            }
        }
        try db.cachedStatement(sql: """
            INSERT INTO nodes(key, kind, label, label_en, label_ar, language) VALUES (?,?,?,?,?,?)
            """).execute(arguments: [key, actor.kind.rawValue, actor.name,
                                     actor.nameEN ?? (language == .en ? actor.name : nil),
                                     actor.nameAR ?? (language == .ar ? actor.name : nil), language.rawValue])
        let node = db.lastInsertedRowID
        try db.cachedStatement(sql: "INSERT INTO node_keys(key, node) VALUES (?, ?)").execute(arguments: [key, node])
        cache.remember(key: key, node: node)
        if actor.kind == .country {
            try db.cachedStatement(sql: "UPDATE nodes SET country = id WHERE id = ?").execute(arguments: [node])
        }
        return (node, true)
    }
}

/// The savepoint of one document in a batch's transaction, through cached statements (the batch
/// runs it once per document; `Database.inSavepoint` parses its SQL each time).
struct DocumentSavepoint {
    let begin: Statement
    let release: Statement
    let rollback: Statement

    init(_ db: Database) throws {
        begin = try db.cachedStatement(sql: "SAVEPOINT document")
        release = try db.cachedStatement(sql: "RELEASE SAVEPOINT document")
        rollback = try db.cachedStatement(sql: "ROLLBACK TRANSACTION TO SAVEPOINT document")
    }

    /// Runs `body` inside the savepoint: released when it returns, rolled back (then released)
    /// when it throws, and its error rethrown (the first error, as `inSavepoint` does).
    func run<T>(_ body: () throws -> T) throws -> T {
        try begin.execute()
        let value: T
        do {
            value = try body()
        } catch {
            try? rollback.execute()
            try? release.execute()
            throw error
        }
        try release.execute()
        return value
    }
}
