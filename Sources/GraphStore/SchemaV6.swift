import GRDB

/// The `v6` schema: the full-text index keyed by dense ids, narrower event signatures.
///
/// - FTS5 stores each token's rowids as deltas; with report ids (`event << 16 | n`) as rowids,
///   neighbouring reports were 65,536 apart and every delta took three bytes. In `v6` the report in
///   an event's row is indexed at the event's id (neighbours 1 apart, one byte), and a row of
///   `reports` at its id plus ``rowOffset``: 39 % less index data at a million interactions.
/// - `events.sig` keeps 31 bits of the signature (4 bytes in the row and in `events_by_signature`
///   instead of 8): it only finds candidates, whose family and participants are then compared.
/// - `events.r_confidence` is NULL when it is the event's own confidence (always, for the report
///   of the document that found the event).
enum SchemaV6 {
    /// The stored signature of an event's type family and participant set.
    static func signature(family: String, members: [Int64]) -> Int64 {
        SchemaV4.signature(family: family, members: members) & signatureMask
    }

    static let signatureMask: Int64 = 0x7FFF_FFFF

    /// Added to a `reports` id to make its full-text rowid: above every event id.
    static let rowOffset: Int64 = 1 << 62

    /// The full-text rowid of the report in an event's row.
    static func rowid(event: Int64) -> Int64 { event }

    /// The full-text rowid of a row of `reports`.
    static func rowid(report: Int64) -> Int64 { report + rowOffset }

    /// The evidence the full-text index reads, at its rowids, and the index itself.
    static let search = """
    CREATE VIEW evidence_text(id, evidence) AS
      SELECT e.id, \(SchemaV5.evidence(event: "e", document: "d"))
        FROM events e JOIN documents d ON d.id = e.document WHERE e.r_start IS NOT NULL
      UNION ALL
      SELECT r.id + \(rowOffset),
             COALESCE(r.evidence, substr(d.text, r.evidence_start + 1, r.evidence_end - r.evidence_start))
        FROM reports r JOIN documents d ON d.id = r.document;
    CREATE VIRTUAL TABLE evidence_fts USING fts5(
      evidence, content='evidence_text', content_rowid='id', tokenize='eventgraph_arabic');
    """

    /// The report id (`event << 16 | n`) of a full-text rowid, as SQL over the expression `rowid`.
    static func reportID(_ rowid: String) -> String {
        "CASE WHEN \(rowid) < \(rowOffset) THEN \(rowid) << \(SchemaV4.reportShift) ELSE \(rowid) - \(rowOffset) END"
    }

    /// Rebuilds the full-text index at the new rowids (same text, same tokens), narrows the
    /// signatures and drops the confidences that repeat the event's.
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            DROP INDEX IF EXISTS events_by_signature;
            UPDATE events SET sig = sig & \(signatureMask),
              r_confidence = CASE WHEN r_confidence = confidence THEN NULL ELSE r_confidence END;
            CREATE INDEX events_by_signature ON events(sig, first_day);
            DROP TABLE evidence_fts;
            DROP VIEW evidence_text;
            """)
        try db.execute(sql: search)
        try db.execute(sql: "INSERT INTO evidence_fts(evidence_fts) VALUES ('rebuild')")
    }
}
