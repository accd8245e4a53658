import GRDB
import TextAnalysis

/// The `v7` schema: the same rows in fewer bytes. Nothing is dropped; a text that its row (or its
/// report's evidence) already holds is stored as a reference to it, in a column of its own
/// (`title` and the date texts have TEXT affinity, which would turn a number into text).
///
/// - `documents.title_chars`: *n* when the title is the first *n* characters of the text (the
///   title line an article starts with); `title` is then NULL. ``title(_:)`` reads it.
/// - `events.r_date_at` and `reports.date_at`: `offset << 8 | length` (characters) when the date
///   text the report wrote is in its evidence there; `r_date_text` / `date_text` are then NULL.
///   ``dateText(_:at:evidence:)`` reads them.
/// - The full-text index keeps no per-row token counts (`columnsize=0`): `bm25` counts a matching
///   row's tokens from its text when it ranks, with the same result; only `search` reads them.
///
/// An upgraded store keeps its file size until `VACUUM` (its pages get free space).
enum SchemaV7 {
    /// The SQL expression of a document's title, for `documents` as `d`.
    static func title(_ d: String) -> String {
        "CASE WHEN \(d).title_chars IS NULL THEN \(d).title ELSE substr(\(d).text, 1, \(d).title_chars) END"
    }

    /// The SQL expression of a report's date text stored in `column` or referenced by `at`, whose
    /// evidence is the SQL expression `evidence`.
    static func dateText(_ column: String, at: String, evidence: String) -> String {
        "CASE WHEN \(at) IS NULL THEN \(column) ELSE substr(\(evidence), (\(at) >> 8) + 1, \(at) & 255) END"
    }

    /// The title to store: its length in characters when the text starts with it, else the title.
    /// Titles with NUL stay text (SQLite's `length` stops at NUL).
    static func storedTitle(_ title: String?, text: String) -> Either<Int, String>? {
        guard let title else { return nil }
        let scalars = title.unicodeScalars
        guard !scalars.isEmpty, !scalars.contains("\u{0}") else { return .right(title) }
        var count = 0
        var textScalars = text.unicodeScalars.makeIterator()
        for scalar in scalars {
            guard textScalars.next() == scalar else { return .right(title) }
            count += 1
        }
        return .left(count)
    }

    /// The date text of a report to store: `offset << 8 | length` (characters) when `dateText` is
    /// in `evidence`, at its first occurrence, 1–255 characters long; else the text.
    static func storedDateText(_ dateText: String?, evidence: String?) -> Either<Int, String>? {
        guard let dateText else { return nil }
        let needle = AnalyzedText.scalars(of: dateText)
        guard let evidence, (1...255).contains(needle.count), !needle.contains("\u{0}") else { return .right(dateText) }
        let haystack = AnalyzedText.scalars(of: evidence)
        guard haystack.count >= needle.count else { return .right(dateText) }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return .left(start << 8 | needle.count) }
        }
        return .right(dateText)
    }

    /// The full-text index without per-row token counts, over the same view as `v6`.
    static let search = """
    CREATE VIRTUAL TABLE evidence_fts USING fts5(
      evidence, content='evidence_text', content_rowid='id', tokenize='eventgraph_arabic', columnsize=0);
    """

    /// Adds the reference columns, stores titles and date texts as references where they can be,
    /// and rebuilds the full-text index without token counts (same rowids, same tokens).
    static func migrate(_ db: Database) throws {
        let own = SchemaV5.evidence(event: "events", document: "d")
        let other = "COALESCE(reports.evidence, substr(d.text, reports.evidence_start + 1, reports.evidence_end - reports.evidence_start))"
        try db.execute(sql: """
            ALTER TABLE documents ADD COLUMN title_chars INTEGER;
            ALTER TABLE events ADD COLUMN r_date_at INTEGER;
            ALTER TABLE reports ADD COLUMN date_at INTEGER;
            UPDATE documents SET title_chars = length(title), title = NULL
              WHERE length(title) > 0 AND instr(title, char(0)) = 0 AND substr(text, 1, length(title)) = title;
            UPDATE events SET r_date_at = ((instr(\(own), r_date_text) - 1) << 8) | length(r_date_text), r_date_text = NULL
              FROM documents d
              WHERE d.id = events.document AND events.r_start IS NOT NULL
                AND length(events.r_date_text) BETWEEN 1 AND 255 AND instr(events.r_date_text, char(0)) = 0
                AND instr(\(own), events.r_date_text) > 0;
            UPDATE reports SET date_at = ((instr(\(other), date_text) - 1) << 8) | length(date_text), date_text = NULL
              FROM documents d
              WHERE d.id = reports.document
                AND length(reports.date_text) BETWEEN 1 AND 255 AND instr(reports.date_text, char(0)) = 0
                AND instr(\(other), reports.date_text) > 0;
            DROP TABLE evidence_fts;
            """)
        try db.execute(sql: search)
        try db.execute(sql: "INSERT INTO evidence_fts(evidence_fts) VALUES ('rebuild')")
    }
}
