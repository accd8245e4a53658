import GRDB

/// The `v5` schema: an event's first report is stored in its `events` row.
///
/// Almost every event is reported once, by the document it was found in, so reading an event with
/// its sources took one B-tree descent more than needed (`events`, then `reports`, then
/// `documents`). In `v5` the report of the event's own document (report number 0, id
/// `event << 16`) lives in the event's row:
///
/// - `r_start`, `r_end`: the evidence as offsets into the text of the event's document (both 0
///   when the evidence is a copy in `r_evidence`); `r_start` is NULL when the row holds no report;
/// - `r_outlet`, `r_date`, `r_date_text`, `r_confidence`: as `reports.outlet`, `date`,
///   `date_text`, `confidence` (since `v6`, `r_confidence` is NULL when it is the event's own);
/// - `more`: how many reports of the event are rows of `reports` (later documents that report
///   the same event, numbers 1, 2, …), so that a read looks in `reports` only when there are some.
///
/// Report ids, and so the full-text index's rowids, are those of `v4`.
enum SchemaV5 {
    /// The first report's columns of `events`, in the order of `reports`' own.
    static let columns = """
    ALTER TABLE events ADD COLUMN r_outlet TEXT;
    ALTER TABLE events ADD COLUMN r_date TEXT;
    ALTER TABLE events ADD COLUMN r_date_text TEXT;
    ALTER TABLE events ADD COLUMN r_start INTEGER;
    ALTER TABLE events ADD COLUMN r_end INTEGER;
    ALTER TABLE events ADD COLUMN r_evidence TEXT;
    ALTER TABLE events ADD COLUMN r_confidence INTEGER;
    ALTER TABLE events ADD COLUMN more INTEGER NOT NULL DEFAULT 0;
    """

    /// What the full-text index reads: the evidence of every report, at its report id.
    static let search = """
    CREATE VIEW evidence_text(id, evidence) AS
      SELECT e.id << \(SchemaV4.reportShift), \(evidence(event: "e", document: "d"))
        FROM events e JOIN documents d ON d.id = e.document WHERE e.r_start IS NOT NULL
      UNION ALL
      SELECT r.id, COALESCE(r.evidence, substr(d.text, r.evidence_start + 1, r.evidence_end - r.evidence_start))
        FROM reports r JOIN documents d ON d.id = r.document;
    """

    /// The SQL expression of the evidence of the report in an `events` row (`event`), whose
    /// document is `document`.
    static func evidence(event e: String, document d: String) -> String {
        "COALESCE(\(e).r_evidence, substr(\(d).text, \(e).r_start + 1, \(e).r_end - \(e).r_start))"
    }

    /// Moves each event's report from its own document into its row, drops those rows from
    /// `reports` and counts the rest; the full-text index keeps its rowids and text.
    static func migrate(_ db: Database) throws {
        try db.execute(sql: columns)
        try db.execute(sql: """
            UPDATE events SET (r_outlet, r_date, r_date_text, r_start, r_end, r_evidence, r_confidence) =
              (SELECT outlet, date, date_text, evidence_start, evidence_end, evidence, confidence
               FROM reports r WHERE r.id = events.id << \(SchemaV4.reportShift) AND r.document = events.document)
            WHERE EXISTS (SELECT 1 FROM reports r WHERE r.id = events.id << \(SchemaV4.reportShift)
                          AND r.document = events.document);
            DELETE FROM reports WHERE id IN (SELECT id << \(SchemaV4.reportShift) FROM events WHERE r_start IS NOT NULL);
            UPDATE events SET more = x.n
              FROM (SELECT id >> \(SchemaV4.reportShift) AS event, COUNT(*) AS n FROM reports GROUP BY 1) AS x
              WHERE x.event = events.id;
            DROP VIEW evidence_text;
            """)
        try db.execute(sql: search)
    }
}
