import EventGraphModel
import Foundation
import GRDB

/// The `v4` schema, designed from the query workload, and the migration of a `v3` store (or older) to it.
///
/// - `events`: one row per event with integer days (`first_day`, `last_day`: days since 0000-03-01,
///   the report day when undated), its participants in order (`members`, source first) and a
///   64-bit signature of its type family and participant set (`sig`) for deduplication.
/// - `links`: who is linked to whom through which event, stored from both ends, clustered by
///   `(a, kind, day, event, b)` (`WITHOUT ROWID`): "who spoke to X in a window" and the neighbours of
///   a path search are one range of the primary key. `kind` 0 is an interaction (every pair of an
///   interaction event), 1 an event edge (the first participant of another event to each other
///   one); `outgoing` is 1 on the row that goes the stored direction.
/// - `members`: participation `(actor, day, event)` in events of fewer than two participants (the
///   others are found through `links`), for events of an actor.
/// - `reports.date` (the date this report gave) is NULL when it is its event's date;
///   `events.date` is NULL when it is the day `first_day` (the common case); confidences are
///   thousandths.
/// - `reports`: one row per event and reporting document, its id `event << 16 | n` so that the
///   reports of an event are one range of the table; the evidence is the document's text at the
///   offsets (`evidence` holds a copy only when it differs), and the full-text index reads it
///   through the view `evidence_text`.
/// - `documents.hash`: the first 16 bytes of the SHA-256 of the normalised text.
enum SchemaV4 {
    /// The `day` of links and members whose event has no day at all (neither its own nor a report day):
    /// after every real day, so that they sort last.
    static let unknownDay = 9_999_999
    /// Bits of a report id below the event id.
    static let reportShift = 16
    static let maxReportsPerEvent = 1 << reportShift

    /// Link kinds.
    static let interaction = 0
    static let eventLink = 1

    /// Participant roles in `members`.
    static let roleCodes: [String: Int] = ["source": 1, "target": 2]

    static let tables = """
    CREATE TABLE meta(key TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;

    CREATE TABLE documents_new(
      id INTEGER PRIMARY KEY,
      hash BLOB NOT NULL UNIQUE,
      key TEXT NOT NULL,
      input_id TEXT, path TEXT, url TEXT, title TEXT, outlet TEXT, published TEXT,
      language TEXT NOT NULL,
      text TEXT NOT NULL);

    CREATE TABLE events_new(
      id INTEGER PRIMARY KEY,
      document INTEGER NOT NULL,
      local TEXT NOT NULL,
      type TEXT NOT NULL,
      cameo TEXT NOT NULL,
      date TEXT, date_end TEXT, grain TEXT,
      first_day INTEGER, last_day INTEGER,
      report_date INTEGER NOT NULL,
      planned INTEGER NOT NULL,
      members TEXT NOT NULL,
      target INTEGER,
      sig INTEGER NOT NULL,
      confidence INTEGER NOT NULL);

    CREATE TABLE links(
      a INTEGER NOT NULL, kind INTEGER NOT NULL, day INTEGER NOT NULL, event INTEGER NOT NULL, b INTEGER NOT NULL,
      outgoing INTEGER NOT NULL,
      PRIMARY KEY(a, kind, day, event, b)) WITHOUT ROWID;

    CREATE TABLE members(
      actor INTEGER NOT NULL, day INTEGER NOT NULL, event INTEGER NOT NULL, role INTEGER NOT NULL,
      PRIMARY KEY(actor, day, event)) WITHOUT ROWID;

    CREATE TABLE reports_new(
      id INTEGER PRIMARY KEY,
      document INTEGER NOT NULL,
      outlet TEXT,
      date TEXT,
      date_text TEXT,
      evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL,
      evidence TEXT,
      confidence INTEGER);

    CREATE TABLE reported(
      event INTEGER NOT NULL, outlet INTEGER NOT NULL,
      PRIMARY KEY(event, outlet)) WITHOUT ROWID;

    CREATE TABLE affiliations(
      src INTEGER NOT NULL, dst INTEGER NOT NULL, document INTEGER,
      PRIMARY KEY(src, dst)) WITHOUT ROWID;
    """

    /// Indexes that only reads need; ``GraphStore/ingest(batch:)`` on a large load may build them after it.
    static let indexes = """
    CREATE INDEX IF NOT EXISTS events_by_signature ON events(sig, first_day);
    CREATE INDEX IF NOT EXISTS events_by_day ON events(first_day, last_day);
    CREATE INDEX IF NOT EXISTS reported_by_outlet ON reported(outlet);
    CREATE INDEX IF NOT EXISTS affiliations_by_dst ON affiliations(dst);
    """

    static let search = """
    CREATE VIEW evidence_text(id, evidence) AS
      SELECT r.id, COALESCE(r.evidence, substr(d.text, r.evidence_start + 1, r.evidence_end - r.evidence_start))
      FROM reports r JOIN documents d ON d.id = r.document;
    CREATE VIRTUAL TABLE evidence_fts USING fts5(
      evidence, content='evidence_text', content_rowid='id', tokenize='eventgraph_arabic');
    """

    /// The 64-bit signature of an event's type family and participant set (FNV-1a).
    static func signature(family: String, members: [Int64]) -> Int64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ byte: UInt8) { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        for byte in family.utf8 { mix(byte) }
        for member in members.sorted() {
            mix(0x2c)
            var v = UInt64(bitPattern: member)
            for _ in 0..<8 { mix(UInt8(truncatingIfNeeded: v)); v >>= 8 }
        }
        return Int64(bitPattern: h)
    }

    /// The `events.date` to store: nil when it is the plain day `first_day` says.
    static func storedDate(_ dating: EventDating) -> String? {
        guard let date = dating.date else { return nil }
        return dating.grain == .day && dating.dateEnd == nil && date == dating.start ? nil : date
    }

    /// The TimeML value of a stored event: its `date`, or the day of `first_day` for a plain day.
    static func date(stored: String?, grain: DateGrain?, firstDay: Int?, isReportDate: Bool) -> String? {
        if let stored { return stored }
        guard !isReportDate, grain == .day, let firstDay else { return nil }
        return Days.string(firstDay)
    }

    /// A confidence as stored: thousandths.
    static func confidence(_ value: Double?) -> Int? { value.map { Int(($0 * 1000).rounded()) } }

    /// Participant ids as stored in `events.members`.
    static func membersText(_ members: [Int64]) -> String { members.map(String.init).joined(separator: ",") }

    static func members(_ text: String) -> [Int64] {
        members(utf8: text.utf8) ?? text.split(separator: ",").compactMap { Int64($0) }
    }

    /// The same from a column's bytes (NULL: none), without making a string.
    static func members(_ bytes: UnsafeBufferPointer<UInt8>?) -> [Int64] {
        guard let bytes else { return [] }
        return members(utf8: bytes) ?? members(String(decoding: bytes, as: UTF8.self))
    }

    /// Stored lists are plain digits and commas: read them without splitting into substrings; nil
    /// for anything else.
    private static func members(utf8: some Sequence<UInt8>) -> [Int64]? {
        var out: [Int64] = []
        var value: Int64 = 0
        var digits = 0
        for byte in utf8 {
            if byte == UInt8(ascii: ",") {
                if digits > 0 { out.append(value) }
                value = 0
                digits = 0
            } else if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), digits < 18 {
                value = value * 10 + Int64(byte - UInt8(ascii: "0"))
                digits += 1
            } else {
                return nil
            }
        }
        if digits > 0 { out.append(value) }
        return out
    }

    /// The 16 bytes of `documents.hash` from a hex SHA-256.
    static func hashBytes(hex: String) -> [UInt8] {
        var out: [UInt8] = []
        var chars = hex.utf8.makeIterator()
        func nibble(_ c: UInt8) -> UInt8 { c <= 0x39 ? c - 0x30 : (c | 0x20) - 0x61 + 10 }
        while out.count < 16, let hi = chars.next(), let lo = chars.next() { out.append(nibble(hi) << 4 | nibble(lo)) }
        return out
    }

    // MARK: - Migration

    /// Rebuilds a `v3` store (empty or not) as `v4`: same documents, actors, events, reports and
    /// answers; event ids are given in the order of the old event nodes, so every order is kept.
    static func migrate(_ db: Database) throws {
        try db.execute(sql: tables)
        let insertDocument = try db.makeStatement(sql: """
            INSERT INTO documents_new(id, hash, key, input_id, path, url, title, outlet, published, language, text)
            VALUES (?,?,?,?,?,?,?,?,?,?,?)
            """)
        let documents = try Row.fetchCursor(db, sql: """
            SELECT id, hash, key, input_id, path, url, title, outlet, published, language, text FROM documents ORDER BY id
            """)
        while let row = try documents.next() {
            try insertDocument.execute(arguments: [
                row["id"] as Int64, Data(hashBytes(hex: row["hash"])), row["key"] as String, row["input_id"] as String?,
                row["path"] as String?, row["url"] as String?, row["title"] as String?, row["outlet"] as String?,
                row["published"] as String?, row["language"] as String, row["text"] as String,
            ])
        }
        try migrateEvents(db)
        try db.execute(sql: """
            DROP TRIGGER IF EXISTS reports_fts_insert;
            DROP TRIGGER IF EXISTS reports_fts_delete;
            DROP TRIGGER IF EXISTS reports_fts_update;
            DROP TABLE evidence_fts;
            DROP TABLE reports;
            DROP TABLE edges;
            DROP TABLE events;
            DROP TABLE documents;
            ALTER TABLE documents_new RENAME TO documents;
            ALTER TABLE events_new RENAME TO events;
            ALTER TABLE reports_new RENAME TO reports;
            DELETE FROM node_keys WHERE node IN (SELECT id FROM nodes WHERE kind = 'event');
            DELETE FROM nodes WHERE kind = 'event';
            """)
        try db.execute(sql: indexes)
        try db.execute(sql: search)
        try db.execute(sql: "INSERT INTO evidence_fts(evidence_fts) VALUES ('rebuild')")
        let span = try Int.fetchOne(db, sql: "SELECT MAX(last_day - first_day) FROM events") ?? 0
        try db.execute(sql: "INSERT INTO meta(key, value) VALUES ('max_span', ?)", arguments: [max(0, span)])
    }

    static func migrateEvents(_ db: Database) throws {
        // Old event node → new id, in node order.
        var ids: [Int64: Int64] = [:]
        let documentIDs = Dictionary(try Row.fetchAll(db, sql: "SELECT key, id FROM documents").map {
            ($0["key"] as String, $0["id"] as Int64)
        }, uniquingKeysWith: { first, _ in first })
        var participants: [Int64: [(actor: Int64, role: Int)]] = [:]
        let participantRows = try Row.fetchCursor(db, sql: """
            SELECT src, dst, role FROM edges WHERE kind = 'participant' ORDER BY src, role IS NOT 'source', id
            """)
        while let row = try participantRows.next() {
            let role = (row["role"] as String?).flatMap { roleCodes[$0] } ?? 0
            participants[row["src"], default: []].append((row["dst"], role))
        }
        let insertEvent = try db.makeStatement(sql: """
            INSERT INTO events_new(id, document, local, type, cameo, date, date_end, grain, first_day, last_day,
              report_date, planned, members, target, sig, confidence) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
            """)
        let insertMember = try db.makeStatement(sql: "INSERT OR IGNORE INTO members(actor, day, event, role) VALUES (?,?,?,?)")
        var days: [Int64: Int] = [:]
        let events = try Row.fetchCursor(db, sql: """
            SELECT n.id AS node, n.key, e.type, e.family, e.cameo, e.date, e.date_end, e.grain, e.date_text,
              e.sort_start, e.sort_end, e.is_report_date, e.planned, e.confidence
            FROM events e JOIN nodes n ON n.id = e.node ORDER BY n.id
            """)
        var next: Int64 = 1
        while let row = try events.next() {
            let node: Int64 = row["node"]
            let key: String = row["key"]
            // ev:<document key>:<event id in the document>
            let parts = key.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
            guard parts.count == 3, let document = documentIDs[String(parts[1])] else { continue }
            let id = next
            next += 1
            ids[node] = id
            let members = participants[node] ?? []
            let first = (row["sort_start"] as String?).flatMap(Days.number)
            let last = (row["sort_end"] as String?).flatMap(Days.number)
            let day = first ?? unknownDay
            days[id] = day
            let memberIDs = members.map(\.actor)
            let dating = EventDating(date: row["date"], dateEnd: row["date_end"],
                                     grain: (row["grain"] as String?).flatMap(DateGrain.init(rawValue:)),
                                     start: row["sort_start"], end: row["sort_end"], isReportDate: row["is_report_date"])
            try insertEvent.execute(arguments: [
                id, document, String(parts[2]), row["type"] as String, row["cameo"] as String, storedDate(dating),
                dating.dateEnd, dating.grain?.rawValue, first, last, dating.isReportDate, row["planned"] as Bool,
                membersText(memberIDs), members.first { $0.role == 2 }?.actor,
                signature(family: row["family"], members: memberIDs), confidence(row["confidence"] as Double),
            ])
            if members.count < 2 {
                for member in members { try insertMember.execute(arguments: [member.actor, day, id, member.role]) }
            }
        }
        // Interaction and event edges, from both ends.
        let insertLink = try db.makeStatement(sql: """
            INSERT OR IGNORE INTO links(a, kind, day, event, b, outgoing) VALUES (?,?,?,?,?,?)
            """)
        let edges = try Row.fetchCursor(db, sql: """
            SELECT src, dst, kind, event FROM edges WHERE kind IN ('interaction', 'event') ORDER BY id
            """)
        while let row = try edges.next() {
            guard let old: Int64 = row["event"], let event = ids[old], let day = days[event] else { continue }
            let kind = (row["kind"] as String) == "interaction" ? interaction : eventLink
            let src: Int64 = row["src"], dst: Int64 = row["dst"]
            try insertLink.execute(arguments: [src, kind, day, event, dst, 1])
            try insertLink.execute(arguments: [dst, kind, day, event, src, 0])
        }
        let insertReported = try db.makeStatement(sql: "INSERT OR IGNORE INTO reported(event, outlet) VALUES (?, ?)")
        for row in try Row.fetchAll(db, sql: "SELECT src, dst FROM edges WHERE kind = 'reported'") {
            if let event = ids[row["dst"]] { try insertReported.execute(arguments: [event, row["src"] as Int64]) }
        }
        try db.execute(sql: """
            INSERT OR IGNORE INTO affiliations(src, dst, document)
              SELECT src, dst, document FROM edges WHERE kind = 'affiliation' ORDER BY id
            """)
        // Reports: the evidence is kept as offsets when the document's text holds it there.
        let insertReport = try db.makeStatement(sql: """
            INSERT INTO reports_new(id, document, outlet, date, date_text, evidence_start, evidence_end, evidence, confidence)
            VALUES (?,?,?,?,?,?,?,?,?)
            """)
        var count: [Int64: Int64] = [:]
        let reports = try Row.fetchCursor(db, sql: """
            SELECT r.event, r.document, r.outlet, d.outlet AS document_outlet,
              CASE WHEN r.date IS (SELECT date FROM events WHERE node = r.event) THEN NULL ELSE r.date END AS date,
              r.date_text, r.evidence,
              r.evidence_start, r.evidence_end, r.confidence,
              substr(d.text, r.evidence_start + 1, r.evidence_end - r.evidence_start) AS span
            FROM reports r JOIN documents d ON d.id = r.document ORDER BY r.id
            """)
        while let row = try reports.next() {
            guard let event = ids[row["event"]] else { continue }
            let n = count[event, default: 0]
            guard n < Int64(maxReportsPerEvent) else { continue }
            count[event] = n + 1
            let evidence: String = row["evidence"]
            let start: Int? = row["evidence_start"], end: Int? = row["evidence_end"]
            let atOffsets = start != nil && end != nil && (row["span"] as String?) == evidence
            let outlet: String? = row["outlet"]
            try insertReport.execute(arguments: [
                event << Int64(reportShift) | n, row["document"] as Int64,
                outlet == (row["document_outlet"] as String?) ? nil : outlet, row["date"] as String?,
                row["date_text"] as String?, atOffsets ? start : 0, atOffsets ? end : 0, atOffsets ? nil : evidence,
                confidence(row["confidence"] as Double?),
            ])
        }
    }
}
