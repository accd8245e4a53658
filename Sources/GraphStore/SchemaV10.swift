import GRDB

/// The `v10` schema: document texts may be stored compressed (``StoredText``), and an event's
/// target is NULL when it is its second participant.
///
/// `documents.text` holds either the text (TEXT) or, once the store has trained its dictionary in
/// a bulk load, the text compressed with it (BLOB). The dictionary is the one row of
/// `text_dictionary`. Every read of a text in SQL goes through the SQL function `eventgraph_text`,
/// which gives a plain text as it is: the expressions below replace those of ``SchemaV5`` and
/// ``SchemaV7`` in queries, and the full-text index's view reads through it. `talks` and the
/// timeline read the column itself and decompress in Swift (``TextReader``). A store upgraded to `v10` keeps its
/// texts plain (only a bulk load trains a dictionary).
///
/// `events.target` (the participant the event is aimed at) is NULL when it is the second of
/// `members` (almost always: the source comes first, then the target), 0 when an event of two or
/// more participants has none, else the node (``storedTarget(_:members:)``, ``target(stored:members:)``).
/// At a million interactions: `documents` 101.9 → 56.0 MB, `events` −2.2 MB (`Benchmarks/README.md`, tenth round).
enum SchemaV10 {
    /// The `events.target` to store for an event's target and members (source first).
    static func storedTarget(_ target: Int64?, members: [Int64]) -> Int64? {
        let second = members.count >= 2 ? members[1] : nil
        return target == second ? nil : (target ?? 0)
    }

    /// The target of an event from its stored `target` and members.
    static func target(stored: Int64?, members: [Int64]) -> Int64? {
        guard let stored else { return members.count >= 2 ? members[1] : nil }
        return stored == 0 ? nil : stored
    }

    /// The SQL expression of the text of a document `d`.
    static func text(_ d: String) -> String { "eventgraph_text(\(d).text)" }

    /// The SQL expression of a document's title (``SchemaV7/title(_:)`` on the stored text).
    static func title(_ d: String) -> String {
        "CASE WHEN \(d).title_chars IS NULL THEN \(d).title ELSE substr(\(text(d)), 1, \(d).title_chars) END"
    }

    /// The SQL expression of the evidence of the report in an `events` row (``SchemaV5/evidence(event:document:)``).
    static func evidence(event e: String, document d: String) -> String {
        "COALESCE(\(e).r_evidence, substr(\(text(d)), \(e).r_start + 1, \(e).r_end - \(e).r_start))"
    }

    /// The SQL expression of the evidence of a row `r` of `reports`, whose document is `d`.
    static func evidence(report r: String, document d: String) -> String {
        "COALESCE(\(r).evidence, substr(\(text(d)), \(r).evidence_start + 1, \(r).evidence_end - \(r).evidence_start))"
    }

    /// What the full-text index reads (as ``SchemaV6/search``), through `eventgraph_text`.
    static let search = """
    CREATE VIEW evidence_text(id, evidence) AS
      SELECT e.id, \(evidence(event: "e", document: "d"))
        FROM events e JOIN documents d ON d.id = e.document WHERE e.r_start IS NOT NULL
      UNION ALL
      SELECT r.id + \(SchemaV6.rowOffset), \(evidence(report: "r", document: "d"))
        FROM reports r JOIN documents d ON d.id = r.document;
    """

    /// Adds the dictionary's table, reads the full-text index's texts through `eventgraph_text`
    /// (same texts, same index) and stores targets as ``storedTarget(_:members:)`` does.
    static func migrate(_ db: Database) throws {
        // members is `id,id,…`: CAST reads the second id up to its comma.
        let second = "CASE WHEN instr(members, ',') > 0 THEN CAST(substr(members, instr(members, ',') + 1) AS INTEGER) END"
        try db.execute(sql: """
            CREATE TABLE text_dictionary(id INTEGER PRIMARY KEY CHECK (id = 1), bytes BLOB NOT NULL);
            DROP VIEW evidence_text;
            UPDATE events SET target = CASE WHEN target IS \(second) THEN NULL ELSE coalesce(target, 0) END
              WHERE target IS NOT \(second) OR target IS NOT NULL;
            """)
        try db.execute(sql: search)
    }
}
