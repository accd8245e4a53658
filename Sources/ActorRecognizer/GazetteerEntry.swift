import EventGraphModel
import Foundation
import TextAnalysis

/// One entity of the gazetteer: a country, government body, organisation, outlet or person.
///
/// Written as one JSON object per line in `Resources/gazetteer/*.jsonl` (and in user files):
/// `{"id","kind","en":[…],"ar":[…],"aliases_en","aliases_ar","capital_en","capital_ar",
/// "demonyms_en","demonyms_ar","country","roles"}`. Only `id`, `kind` and one name are required.
public struct GazetteerEntry: Hashable, Sendable {
    /// The stable id (`russia`, `vladimir-putin`); the actor key is `gz:<id>`.
    public var id: String
    public var kind: ActorKind
    /// Full names in English; the first is the display name.
    public var namesEN: [String]
    /// Full names in Arabic; the first is the display name.
    public var namesAR: [String]
    /// Short forms and other spellings (surnames, acronyms) in English.
    public var aliasesEN: [String]
    /// Short forms and other spellings in Arabic.
    public var aliasesAR: [String]
    /// Capitals (for countries): where they act they stand for the country (metonymy).
    public var capitalsEN: [String]
    public var capitalsAR: [String]
    /// Adjectives and nouns of nationality (`Russian`, `روسي`); Arabic ones are given in the
    /// masculine singular without the article, the recognizer adds the other forms.
    public var demonymsEN: [String]
    public var demonymsAR: [String]
    /// For people and bodies: the id of their country entry.
    public var country: String?
    /// Roles held (free text, for display).
    public var roles: [String]

    static let fields: Set<String> = ["id", "kind", "en", "ar", "aliases_en", "aliases_ar", "capital_en",
                                      "capital_ar", "demonyms_en", "demonyms_ar", "country", "roles"]

    /// Parses one JSONL line; `location` names the line in errors.
    static func parse(_ line: String, path: String, lineNumber: Int) throws -> GazetteerEntry {
        func fail(_ code: ResourceError.Code, _ reason: String) -> ResourceError {
            ResourceError(code: code, path: path, line: lineNumber, reason: reason)
        }
        let dict: FlatJSONObject.Fields
        if let flat = FlatJSONObject.parse(line) {
            dict = flat
        } else {
            guard let data = line.data(using: .utf8),
                  let object = try? JSONSerialization.jsonObject(with: data),
                  let parsed = object as? [String: Any] else {
                throw fail(.malformed, "not a JSON object")
            }
            dict = FlatJSONObject.Fields(pairs: parsed.map { ($0.key, FlatJSONObject.Value($0.value)) })
        }
        if let unknown = dict.keys.first(where: { !fields.contains($0) }) {
            throw fail(.malformed, "unknown field \"\(unknown)\"")
        }
        func strings(_ key: String) throws -> [String] {
            guard let value = dict[key] else { return [] }
            guard case .strings(let list) = value else { throw fail(.malformed, "\"\(key)\" must be a list of strings") }
            for s in list {
                if let problem = GazetteerEntry.normalizationProblem(s) {
                    throw fail(.notNormalized, "\"\(key)\" entry «\(s)»: \(problem)")
                }
            }
            return list
        }
        guard case .string(let id) = dict["id"], !id.isEmpty, isPlainID(id) ||
              id.unicodeScalars.allSatisfy({ CharacterSet.lowercaseLetters.contains($0) || CharacterSet.decimalDigits.contains($0) || $0 == "-" })
        else { throw fail(.invalidValue, "\"id\" must be lower-case letters, digits and hyphens") }
        guard case .string(let kindName) = dict["kind"], let kind = ActorKind(rawValue: kindName) else {
            throw fail(.invalidValue, "\"kind\" must be one of \(ActorKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        var country: String?
        if let c = dict["country"] {
            guard case .string(let s) = c, !s.isEmpty else { throw fail(.malformed, "\"country\" must be an id") }
            country = s
        }
        let entry = GazetteerEntry(
            id: id, kind: kind, namesEN: try strings("en"), namesAR: try strings("ar"),
            aliasesEN: try strings("aliases_en"), aliasesAR: try strings("aliases_ar"),
            capitalsEN: try strings("capital_en"), capitalsAR: try strings("capital_ar"),
            demonymsEN: try strings("demonyms_en"), demonymsAR: try strings("demonyms_ar"),
            country: country, roles: try strings("roles"))
        if entry.namesEN.isEmpty && entry.namesAR.isEmpty {
            throw fail(.malformed, "entry \(id) has no name in \"en\" or \"ar\"")
        }
        return entry
    }

    /// Why a name cannot be stored, or `nil` when it is fine: names are NFC, without tashkeel,
    /// tatweel or presentation forms, without doubled or edge spaces.
    static func normalizationProblem(_ s: String) -> String? {
        if s.isEmpty { return "empty name" }
        // One pass for the common case; the checks are then answered in their order of precedence.
        var nfcByScalars = true, doubledSpace = false, previousSpace = false
        var unwanted: UInt32?
        for u in s.unicodeScalars {
            let v = u.value
            if v == 0x20 {
                if previousSpace { doubledSpace = true }
                previousSpace = true
                continue
            }
            previousSpace = false
            if unwanted == nil, MatchingForm.isIgnorable(v) || (0xFB50...0xFEFF).contains(v) { unwanted = v }
            if v >= 0x0300, !isNFCStable(v) { nfcByScalars = false }
        }
        if !nfcByScalars, s != s.precomposedStringWithCanonicalMapping { return "not NFC" }
        let utf8 = s.utf8
        if utf8.first == 0x20 || utf8.last == 0x20 || doubledSpace { return "stray spaces" }
        if let v = unwanted {
            if MatchingForm.isIgnorable(v) { return "contains tashkeel, tatweel or an invisible mark (U+\(String(v, radix: 16, uppercase: true)))" }
            return "contains an Arabic presentation form"
        }
        return nil
    }

    /// Whether an id is ASCII lower-case letters, digits and hyphens (the common case, checked
    /// without character sets).
    static func isPlainID(_ id: String) -> Bool {
        id.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
    }

    /// Whether a scalar at or above U+0300 leaves a string NFC whatever surrounds it: an Arabic
    /// letter, digit or sign that is not a combining mark (Arabic letters compose only with hamza
    /// and madda marks), or a dash or quotation mark. Below U+0300 every scalar does (Latin
    /// letters compose only with a combining mark after them). Other scalars need the full check.
    static func isNFCStable(_ v: UInt32) -> Bool {
        (0x0600...0x064A).contains(v) || (0x0660...0x066F).contains(v) || (0x0671...0x06D5).contains(v)
            || (0x2010...0x2027).contains(v)
    }

    /// The years a role text gives, `(1989–1993)` or `(2004–)` (still in office), or `nil`.
    static func years(of role: String) -> ClosedRange<Int>? {
        let digits = role.unicodeScalars.split { !("0"..."9").contains($0) }.map { String(String.UnicodeScalarView($0)) }
        let years = digits.compactMap { Int($0) }.filter { (1000...2999).contains($0) }
        guard let from = years.first else { return nil }
        let open = role.contains("–)") || role.contains("-)")
        let to = years.count > 1 ? years[1] : (open ? 9999 : from)
        return from <= to ? from...to : nil
    }

    /// The display name in a language, falling back to the other one.
    func displayName(_ language: LanguageCode) -> String {
        switch language {
        case .ar: return namesAR.first ?? namesEN.first ?? id
        case .en: return namesEN.first ?? namesAR.first ?? id
        }
    }
}
