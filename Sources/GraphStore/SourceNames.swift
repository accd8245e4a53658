import Foundation
import GRDB
import TextAnalysis

/// How a report's document and outlets read in query results: the user's own id or file name
/// rather than a hash, the publisher apart from the outlets the document cites.
struct SourceNames {
    let db: Database
    /// Outlet nodes by matching form, looked up once per query.
    private var outletsByForm: [String: Set<Int64>] = [:]

    init(db: Database) { self.db = db }

    /// The document as its user knows it: the input id, else the file name of its path, else the key.
    static func document(inputID: String?, path: String?, key: String) -> String {
        if let inputID, !inputID.isEmpty {
            // Most ids have nothing to trim: no Foundation bridging for them, and for printable
            // ASCII ends no look-up of Unicode properties either.
            if let first = inputID.utf8.first, let last = inputID.utf8.last,
               (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) {
                return inputID
            }
            if let first = inputID.unicodeScalars.first, let last = inputID.unicodeScalars.last,
               !first.properties.isWhitespace, !last.properties.isWhitespace {
                return inputID
            }
            let id = inputID.trimmingCharacters(in: .whitespacesAndNewlines)
            if !id.isEmpty { return id }
        }
        if let path, !path.isEmpty, path != "-" { return (path as NSString).lastPathComponent }
        return key
    }

    /// The outlets a report credits beside its publisher.
    ///
    /// A report stores the names of the outlets the event was attributed to, or the publisher when
    /// there were none. Names that are the publisher itself, in any script or spelling the store knows
    /// as aliases of one outlet (`عكاظ` in an article published by `Okaz`), are not citations.
    mutating func cited(_ reported: String?, publisher: String?) throws -> [String] {
        guard let reported, !reported.isEmpty, reported != publisher else { return [] }
        let names = reported.components(separatedBy: ", ").filter { !$0.isEmpty }
        guard let publisher, !publisher.isEmpty else { return names }
        let own = try outlets(named: publisher)
        var out: [String] = []
        for name in names where name != publisher {
            if !own.isEmpty, !own.isDisjoint(with: try outlets(named: name)) { continue }
            out.append(name)
        }
        return out
    }

    /// Outlet nodes that have `name` as an alias (in matching form).
    private mutating func outlets(named name: String) throws -> Set<Int64> {
        let form = MatchingForm.key(name)
        if let known = outletsByForm[form] { return known }
        let ids = Set(try Int64.fetchAll(db.cachedStatement(sql: """
            SELECT a.node FROM aliases a WHERE a.kind = 'outlet' AND a.form = ?
            """), arguments: [form]))
        outletsByForm[form] = ids
        return ids
    }
}
