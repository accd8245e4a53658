import Foundation
import EventGraphModel
import GRDB

/// Batch loading of event details for query results: one statement per kind of detail and page,
/// never one per row.
struct Hydration {
    let db: Database

    struct EventRow {
        var id: Int64
        var key: String
        var type: EventType
        var cameo: String
        var date: String?
        var grain: DateGrain?
        var firstDay: Int?
        var lastDay: Int?
        var isReportDate: Bool
        var isPlanned: Bool
        /// Participant node ids, source first.
        var members: [Int64]

        /// The day the timeline sorts the event by, as `YYYY-MM-DD`.
        var sortDate: String? { firstDay.map(Days.string) }
    }

    static let chunk = 500

    static func placeholders(_ n: Int) -> String {
        Array(repeating: "?", count: n).joined(separator: ",")
    }

    /// A JSON array of ids, for `json_each(?)`: one cached statement for any count. Joined as the
    /// outer table (`FROM json_each(?) j JOIN t ON t.id = j.value`) it costs less than `IN (SELECT …)`,
    /// which first copies the ids into a temporary index.
    static func json(_ ids: [Int64]) -> String {
        var bytes: [UInt8] = [UInt8(ascii: "[")]
        bytes.reserveCapacity(ids.count * 8 + 2)
        var digits: [UInt8] = []
        digits.reserveCapacity(20)
        for (i, id) in ids.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            if id < 0 { bytes.append(UInt8(ascii: "-")) }
            var v = id.magnitude
            digits.removeAll(keepingCapacity: true)
            repeat {
                digits.append(UInt8(ascii: "0") + UInt8(v % 10))
                v /= 10
            } while v > 0
            bytes.append(contentsOf: digits.reversed())
        }
        bytes.append(UInt8(ascii: "]"))
        return String(decoding: bytes, as: UTF8.self)
    }

    func chunks(_ ids: [Int64]) -> [[Int64]] {
        stride(from: 0, to: ids.count, by: Self.chunk).map { Array(ids[$0..<min($0 + Self.chunk, ids.count)]) }
    }

    /// The SQL expression of an event's key (`ev:<document key>:<event id in the document>`), for `events e`
    /// joined with `documents k ON k.id = e.document`.
    static let eventKey = "'ev:' || k.key || ':' || e.local"

    func events(_ ids: [Int64]) throws -> [Int64: EventRow] {
        var out: [Int64: EventRow] = [:]
        out.reserveCapacity(ids.count)
        let rows = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT e.id, \(Self.eventKey), e.type, e.cameo, e.date, e.grain, e.first_day, e.last_day, e.report_date, e.planned,
              e.members
            FROM json_each(?) j JOIN events e ON e.id = j.value JOIN documents k ON k.id = e.document
            """), arguments: [Self.json(ids)])
        while let row = try rows.next() {
            let id: Int64 = row[0]
            let grain = (row[5] as String?).flatMap(DateGrain.init(rawValue:))
            let firstDay: Int? = row[6]
            let isReportDate: Bool = row[8]
            out[id] = EventRow(id: id, key: row[1], type: EventType(rawValue: row[2]) ?? .other, cameo: row[3],
                               date: SchemaV4.date(stored: row[4], grain: grain, firstDay: firstDay, isReportDate: isReportDate),
                               grain: grain, firstDay: firstDay, lastDay: row[7], isReportDate: isReportDate,
                               isPlanned: row[9], members: SchemaV4.members(row[10]))
        }
        return out
    }

    /// The columns of a source, for `reports r JOIN documents d`: key, input id, path, title,
    /// publisher, the outlets the report names, published, language, evidence (9 columns).
    static let sourceColumns = """
        d.key, d.input_id, d.path, \(SchemaV10.title("d")), d.outlet, COALESCE(r.outlet, d.outlet), d.published, d.language,
        \(SchemaV10.evidence(report: "r", document: "d"))
        """

    /// The same nine columns for the report an `events` row holds (`events e JOIN documents k ON k.id = e.document`).
    static let ownSourceColumns = """
        k.key, k.input_id, k.path, \(SchemaV10.title("k")), k.outlet, COALESCE(e.r_outlet, k.outlet), k.published, k.language,
        \(SchemaV10.evidence(event: "e", document: "k"))
        """

    /// The columns of an `events` row's own report for ``ownSource(_:at:names:texts:owner:)`` (13
    /// columns): those of ``ownSourceColumns`` with the title and the evidence as their parts, and
    /// the stored text of the document they are read from, once (``TextReader``, ``TextSlice``).
    static let ownSourceParts = """
        k.key, k.input_id, k.path, k.title, k.title_chars, k.outlet, COALESCE(e.r_outlet, k.outlet), k.published, k.language,
        e.r_evidence, e.r_start, e.r_end, k.text
        """

    /// The source ``ownSourceColumns`` give, from the 13 ``ownSourceParts`` starting at `i`: the same
    /// title and evidence, sliced from the text here rather than by `substr` in SQL. When the text
    /// is compressed they are filled at `texts.resolve`, which names the source by `owner`.
    static func ownSource(_ row: RawStatement.Columns, at i: Int32, names: inout SourceNames,
                          texts: inout TextReader, owner: Int64) throws -> EventSource {
        let key = row.text(i)
        let publisher = row.optionalText(i + 5)
        let reported = row.optionalText(i + 6)
        let titleChars = row.optionalInt64(i + 4)
        let copy = row.optionalText(i + 9)
        var source = EventSource(document: SourceNames.document(inputID: row.optionalText(i + 1), path: row.optionalText(i + 2), key: key),
                                 key: key, title: titleChars == nil ? row.optionalText(i + 3) : nil, outlet: publisher ?? reported,
                                 cited: publisher == nil ? [] : try names.cited(reported, publisher: publisher),
                                 published: row.optionalText(i + 7), language: row.value(i + 8, in: ColumnTables.languages),
                                 evidence: copy ?? "")
        let span = copy == nil && !row.isNull(i + 10) && !row.isNull(i + 11) ? (row.int64(i + 10), row.int64(i + 11)) : nil
        try texts.slice(row, i + 12, titleChars: titleChars, span: span, into: &source, owner: owner)
        return source
    }

    /// A source from the nine ``sourceColumns`` starting at `i`: the document by its input id or file
    /// name, its publisher, and the outlets it cites for the event.
    static func source(_ row: RawStatement.Columns, at i: Int32, names: inout SourceNames) throws -> EventSource {
        let key = row.text(i)
        let publisher = row.optionalText(i + 4)
        let reported = row.optionalText(i + 5)
        return EventSource(document: SourceNames.document(inputID: row.optionalText(i + 1), path: row.optionalText(i + 2), key: key),
                           key: key, title: row.optionalText(i + 3), outlet: publisher ?? reported,
                           cited: publisher == nil ? [] : try names.cited(reported, publisher: publisher),
                           published: row.optionalText(i + 6), language: row.value(i + 7, in: ColumnTables.languages),
                           evidence: row.text(i + 8))
    }

    /// Reports of each event, by publication date.
    func sources(_ ids: [Int64]) throws -> [Int64: [EventSource]] {
        var found: [Int64: [(published: String?, id: Int64, source: EventSource)]] = [:]
        found.reserveCapacity(ids.count)
        var names = SourceNames(db: db)
        let statement = RawStatement(try db.cachedStatement(sql: """
            SELECT e.id, e.r_start IS NOT NULL, \(Self.ownSourceColumns), r.id, \(Self.sourceColumns)
            FROM json_each(?) j JOIN events e ON e.id = j.value JOIN documents k ON k.id = e.document
            LEFT JOIN reports r ON e.more > 0 AND r.id BETWEEN e.id << \(SchemaV4.reportShift)
                                                      AND (e.id << \(SchemaV4.reportShift)) + \(SchemaV4.maxReportsPerEvent - 1)
            LEFT JOIN documents d ON d.id = r.document
            ORDER BY e.id, r.id
            """))
        var last: Int64?
        try statement.forEach({ $0.text(Self.json(ids)) }) { row in
            let id = row.int64(0)
            if id != last, row.bool(1) {
                let source = try Self.source(row, at: 2, names: &names)
                found[id, default: []].append((source.published, id << Int64(SchemaV4.reportShift), source))
            }
            last = id
            guard let report = row.optionalInt64(11) else { return true }
            let source = try Self.source(row, at: 12, names: &names)
            found[id, default: []].append((source.published, report, source))
            return true
        }
        return found.mapValues(Self.byPublication)
    }

    /// The reports of `events` other than each event's own (rows of `reports`, for events whose
    /// `more` is positive), by event, in report id order: one statement for all of them, so that the
    /// statements of a page read no report columns for the many events that have none.
    func laterReports(_ events: [Int64], names: inout SourceNames)
        throws -> [Int64: [(published: String?, id: Int64, source: EventSource)]] {
        guard !events.isEmpty else { return [:] }
        var found: [Int64: [(published: String?, id: Int64, source: EventSource)]] = [:]
        let shift = Int64(SchemaV4.reportShift)
        try RawStatement(db.cachedStatement(sql: """
            SELECT r.id, \(Self.sourceColumns)
            FROM json_each(?) j JOIN reports r ON r.id BETWEEN j.value << \(SchemaV4.reportShift)
                                                AND (j.value << \(SchemaV4.reportShift)) + \(SchemaV4.maxReportsPerEvent - 1)
            LEFT JOIN documents d ON d.id = r.document
            ORDER BY r.id
            """)).forEach({ $0.text(Self.json(events)) }) { row in
            let report = row.int64(0)
            let source = try Self.source(row, at: 1, names: &names)
            found[report >> shift, default: []].append((source.published, report, source))
            return true
        }
        return found
    }

    /// Sources by publication date, then report id.
    static func byPublication(_ sources: [(published: String?, id: Int64, source: EventSource)]) -> [EventSource] {
        let sorted = sources.count > 1
            ? sources.sorted { ($0.published ?? "", $0.id) < ($1.published ?? "", $1.id) } : sources
        return sorted.map(\.source)
    }

    /// The columns of a node's names for ``names(_:at:)``, for `nodes` as `n`: key, label, English and Arabic names.
    static func nameColumns(_ n: String) -> String { "\(n).key, \(n).label, \(n).label_en, \(n).label_ar" }

    /// A node's key, label and names from the four ``nameColumns(_:)`` starting at `i` (a name that
    /// is the label is the label's string, not another one).
    static func names(_ row: RawStatement.Columns, at i: Int32) -> (key: String, label: String, names: ActorNames) {
        let label = row.text(i + 1)
        return (row.text(i), label, ActorNames(en: row.optionalText(i + 2, orSameAs: i + 1, label),
                                               ar: row.optionalText(i + 3, orSameAs: i + 1, label)))
    }

    /// Up to this many nodes, ``labels(_:)`` looks each one up with a cached statement.
    static let fewLabels = 8

    /// Keys, labels and names in each language of nodes.
    func labels(_ ids: [Int64]) throws -> [Int64: (key: String, label: String, names: ActorNames)] {
        var out: [Int64: (key: String, label: String, names: ActorNames)] = [:]
        out.reserveCapacity(ids.count)
        if ids.count <= Self.fewLabels {
            // A handful: one cached lookup each costs less than building and reading a JSON array.
            let statement = RawStatement(try db.cachedStatement(sql: "SELECT \(Self.nameColumns("nodes")) FROM nodes WHERE id = ?"))
            for id in ids {
                try statement.forEach({ $0.int(id) }) { row in
                    out[id] = Self.names(row, at: 0)
                    return false
                }
            }
            return out
        }
        // In id order: neighbouring lookups share pages (6 % less SQL for a page's participants).
        try RawStatement(db.cachedStatement(sql: """
            SELECT n.id, \(Self.nameColumns("n")) FROM json_each(?) j JOIN nodes n ON n.id = j.value
            """)).forEach({ $0.text(Self.json(ids.sorted())) }) { row in
            out[row.int64(0)] = Self.names(row, at: 1)
            return true
        }
        return out
    }

    /// Timeline entries for the events `page` selects (a statement whose one column is `id`, bound
    /// with `arguments` in order), in the timeline's order (day, events without one last, then id).
    ///
    /// One statement reads the page with its events, their own reports and the names of their first
    /// two participants (every participant of almost every event); a second reads the names of the
    /// other participants of events of more, and a third the later reports, when there are any. The
    /// page is a subquery, so that its ids are not made into a list and read back.
    func timeline(page: String, arguments: [Either<Int, String>]) throws -> [TimelineEntry] {
        var entries: [TimelineRow] = []
        var sourceNames = SourceNames(db: db)
        var texts = TextReader(db)
        let statement = RawStatement(try db.cachedStatement(sql: """
            SELECT e.id, e.local,
              e.type_code, e.cameo_code, e.date, e.grain_code, e.first_day, e.report_date, e.planned, e.members,
              e.r_start IS NOT NULL, \(Self.ownSourceParts), e.more,
              n1.label, n1.label_en, n1.label_ar, n2.label, n2.label_en, n2.label_ar
            FROM (\(page)) p JOIN events e ON e.id = p.id JOIN documents k ON k.id = e.document
            LEFT JOIN nodes n1 ON n1.id = \(Self.firstMember("e.members"))
            LEFT JOIN nodes n2 ON n2.id = \(Self.secondMember("e.members"))
            """))
        var withMore: [Int64] = []
        try statement.forEach({ b in
            for argument in arguments {
                switch argument {
                case .left(let number): b.int(number)
                case .right(let text): b.text(text)
                }
            }
        }) { row in
            let id = row.int64(0)
            let grain = row.value(5, in: ColumnTables.grainCodes)
            let type = row.value(2, in: ColumnTables.eventTypeCodes)
            let firstDay = row.optionalInt(6)
            let isReportDate = row.bool(7)
            // The owner of a text set aside is the entry's index (the entries are not moved before `resolve`).
            let report = row.bool(10)
                ? try Self.ownSource(row, at: 11, names: &sourceNames, texts: &texts, owner: Int64(entries.count)) : nil
            let members = SchemaV4.members(row.bytes(9))
            var entry = TimelineRow(row: EventRow(
                id: id, key: row.eventKey(document: 11, local: 1),
                type: type ?? .other, cameo: SchemaV8.cameo(row, at: 3, type: type),
                date: SchemaV4.date(stored: row.optionalText(4), grain: grain, firstDay: firstDay, isReportDate: isReportDate),
                grain: grain, firstDay: firstDay, lastDay: nil, isReportDate: isReportDate, isPlanned: row.bool(8),
                members: members))
            if let report { entry.sources.append((report.published, id << Int64(SchemaV4.reportShift), report)) }
            if members.count <= 2 { entry.names = [Self.label(row, at: 25), Self.label(row, at: 28)].prefix(members.count).compactMap { $0 } }
            entries.append(entry)
            if row.int(24) > 0 { withMore.append(id) }
            return true
        }
        guard !entries.isEmpty else { return [] }
        // The own report is the first source of its event until the later ones are added.
        try texts.resolve { i, slices in entries[Int(i)].sources[0].source.fill(slices) }
        if !withMore.isEmpty {
            let index = Dictionary(entries.indices.map { (entries[$0].row.id, $0) }, uniquingKeysWith: { first, _ in first })
            for (id, later) in try laterReports(withMore, names: &sourceNames) {
                if let i = index[id] { entries[i].sources += later }
            }
        }
        try nameParticipants(of: &entries)
        // The page's order, which the join need not keep: by day, events without one last, then by id.
        if zip(entries, entries.dropFirst()).contains(where: { !$0.precedes($1) }) {
            entries.sort { $0.precedes($1) }
        }
        return entries.map { entry in
            let e = entry.row
            return TimelineEntry(event: e.key, type: e.type, cameo: e.cameo,
                                 date: e.isReportDate ? e.sortDate : e.date,
                                 grain: e.isReportDate ? (e.firstDay == nil ? nil : .day) : e.grain,
                                 isReportDate: e.isReportDate, isPlanned: e.isPlanned,
                                 participants: entry.names?.map(\.label) ?? [],
                                 participantNames: entry.names?.map(\.names) ?? [], sources: Self.byPublication(entry.sources))
        }
    }

    /// An event of a timeline page as it is read: the event, its sources, and the label and names of
    /// each participant that has a node, in order (nil until they are read).
    struct TimelineRow {
        var row: EventRow
        var sources: [(published: String?, id: Int64, source: EventSource)] = []
        var names: [(label: String, names: ActorNames)]?

        /// Whether this event comes before `other` on the timeline: by day, events without one last, then by id.
        func precedes(_ other: TimelineRow) -> Bool {
            if row.firstDay != other.row.firstDay {
                guard let day = row.firstDay else { return false }
                guard let otherDay = other.row.firstDay else { return true }
                return day < otherDay
            }
            return row.id < other.row.id
        }
    }

    /// Names the participants of the events of more than two (whose names the page's statement does not read).
    private func nameParticipants(of entries: inout [TimelineRow]) throws {
        let unnamed = entries.indices.filter { entries[$0].names == nil }
        guard !unnamed.isEmpty else { return }
        let names = try labels(Array(Set(unnamed.flatMap { entries[$0].row.members })))
        for i in unnamed {
            entries[i].names = entries[i].row.members.compactMap { names[$0].map { ($0.label, $0.names) } }
        }
    }

    /// The SQL expressions of the first and second node ids of a stored member list (`id,id,…`): CAST
    /// reads an id up to its comma; NULL when there is no second.
    static func firstMember(_ members: String) -> String { "CAST(\(members) AS INTEGER)" }
    static func secondMember(_ members: String) -> String {
        "CASE WHEN instr(\(members), ',') > 0 THEN CAST(substr(\(members), instr(\(members), ',') + 1) AS INTEGER) END"
    }

    /// A node's label and names from the columns `label`, `label_en`, `label_ar` starting at `i`;
    /// nil when they are NULL (no node).
    static func label(_ row: RawStatement.Columns, at i: Int32) -> (label: String, names: ActorNames)? {
        guard !row.isNull(i) else { return nil }
        let label = row.text(i)
        return (label, ActorNames(en: row.optionalText(i + 1, orSameAs: i, label), ar: row.optionalText(i + 2, orSameAs: i, label)))
    }
}
