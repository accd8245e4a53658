import EventGraphModel
import GRDB

/// The `v8` schema: an event's type, CAMEO code and grain stored as codes of one character.
///
/// The stored columns are renamed `type_code`, `cameo_code` and `grain_code`; `type`, `cameo` and
/// `grain` are generated from them (`VIRTUAL`: computed when read, no bytes), so every read and
/// filter stays as it was. `cameo_code` is empty when the code is the type's default (almost
/// always). The tables below are fixed here: a type, grain or default added to the model later is
/// stored by name (the generated columns return what is stored when it is not a code), so stored
/// codes never change meaning. A CAMEO code that is empty or starts with `=` is stored after a
/// `=`, so that every code reads back as it was. At a million interactions: ~9 bytes less per event.
enum SchemaV8 {
    /// Event types and their codes, with the default CAMEO code each had when `v8` was made.
    static let types: [(name: String, code: String, cameo: String)] = [
        ("talk", "0", "040"), ("meet", "1", "043"), ("call", "2", "040"), ("visit", "3", "042"),
        ("negotiate", "4", "046"), ("letter", "5", "040"), ("statement", "6", "010"),
        ("decline_comment", "7", "014"), ("report", "8", "010"), ("appeal", "9", "020"),
        ("threat", "a", "130"), ("attack", "b", "190"), ("agreement", "c", "057"), ("sanction", "d", "163"),
        ("protest", "e", "111"), ("support", "f", "051"), ("other", "g", "010"),
    ]

    /// Grains and their codes.
    static let grains: [(name: String, code: String)] = [
        ("century", "0"), ("decade", "1"), ("year", "2"), ("half", "3"), ("quarter", "4"), ("season", "5"),
        ("month", "6"), ("week", "7"), ("day", "8"), ("time", "9"), ("unknown", "a"),
    ]

    private static let typeCodes = Dictionary(uniqueKeysWithValues: types.map { ($0.name, $0) })
    private static let grainCodes = Dictionary(uniqueKeysWithValues: grains.map { ($0.name, $0.code) })

    /// The `type_code` to store for a type.
    static func typeCode(_ type: String) -> String { typeCodes[type]?.code ?? type }

    /// The `cameo_code` to store: empty when it is the type's default, `=` before an empty code or
    /// one that starts with `=`.
    static func cameoCode(_ cameo: String, type: String) -> String {
        if typeCodes[type]?.cameo == cameo { return "" }
        return cameo.isEmpty || cameo.hasPrefix("=") ? "=" + cameo : cameo
    }

    /// The `grain_code` to store.
    static func grainCode(_ grain: String?) -> String? { grain.map { grainCodes[$0] ?? $0 } }

    /// The CAMEO code of a stored `cameo_code` of an event of `type` (as the generated column reads it).
    static func cameo(code: String, type: EventType?) -> String {
        if code.isEmpty, let type, let cameo = typeCodes[type.rawValue]?.cameo { return cameo }
        return code.hasPrefix("=") ? String(code.dropFirst()) : code
    }

    /// The default CAMEO code of each type the codes cover.
    private static let defaultCAMEO: [EventType: String] = Dictionary(uniqueKeysWithValues: types.compactMap { t in
        EventType(rawValue: t.name).map { ($0, t.cameo) }
    })

    /// ``cameo(code:type:)`` of the `cameo_code` column `i` of a row, with no string made for the
    /// empty code (the type's default, almost every event).
    static func cameo(_ row: RawStatement.Columns, at i: Int32, type: EventType?) -> String {
        if row.isEmptyText(i), let type, let cameo = defaultCAMEO[type] { return cameo }
        return cameo(code: row.text(i), type: type)
    }

    /// `CASE column WHEN code THEN value … ELSE column END`.
    static func decode(_ column: String, _ pairs: [(code: String, value: String)]) -> String {
        "CASE \(column) " + pairs.map { "WHEN '\($0.code)' THEN '\($0.value)'" }.joined(separator: " ") + " ELSE \(column) END"
    }

    static func migrate(_ db: Database) throws {
        let typeOf = decode("type_code", types.map { ($0.code, $0.name) })
        let defaultCAMEO = decode("type_code", types.map { ($0.code, $0.cameo) })
        try db.execute(sql: """
            ALTER TABLE events RENAME COLUMN type TO type_code;
            ALTER TABLE events RENAME COLUMN cameo TO cameo_code;
            ALTER TABLE events RENAME COLUMN grain TO grain_code;
            UPDATE events SET type_code = \(decode("type_code", types.map { ($0.name, $0.code) })),
              cameo_code = CASE WHEN cameo_code = \(decode("type_code", types.map { ($0.name, $0.cameo) })) THEN ''
                                WHEN cameo_code = '' OR substr(cameo_code, 1, 1) = '=' THEN '=' || cameo_code
                                ELSE cameo_code END,
              grain_code = \(decode("grain_code", grains.map { ($0.name, $0.code) }));
            ALTER TABLE events ADD COLUMN type TEXT GENERATED ALWAYS AS (\(typeOf)) VIRTUAL;
            ALTER TABLE events ADD COLUMN cameo TEXT GENERATED ALWAYS AS
              (CASE WHEN cameo_code = '' THEN \(defaultCAMEO) WHEN substr(cameo_code, 1, 1) = '=' THEN substr(cameo_code, 2)
                    ELSE cameo_code END) VIRTUAL;
            ALTER TABLE events ADD COLUMN grain TEXT GENERATED ALWAYS AS
              (\(decode("grain_code", grains.map { ($0.code, $0.name) }))) VIRTUAL;
            """)
    }
}
