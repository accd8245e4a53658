import EventGraphModel
import Foundation
import TextAnalysis

/// The known entities, indexed by the matching forms of their names, per language.
///
/// Built once from JSONL files (see ``GazetteerEntry``); immutable and `Sendable`.
public struct Gazetteer: Sendable {
    /// How a phrase of the index names its entity.
    enum PhraseForm: Int, Sendable, Comparable {
        case demonym = 0, metonym, shortName, name
        static func < (a: PhraseForm, b: PhraseForm) -> Bool { a.rawValue < b.rawValue }
    }

    /// One indexed name: its tokens in matching form and what they name.
    struct Phrase: Sendable {
        var tokens: [String]
        /// Per token: whether the text must have exactly this spelling (English acronyms: `US`, `AP`).
        var exact: [String?]
        /// Per token: whether the text token must be capitalised (English names).
        var capitalized: [Bool]
        var entryID: String
        var form: PhraseForm
    }

    /// Entries by id.
    public let entries: [String: GazetteerEntry]
    /// Entry ids in load order.
    public let order: [String]
    let index: [LanguageCode: [String: [Phrase]]]

    /// Loads and indexes gazetteer files; the first file that defines an id wins, a second
    /// definition of the same id is an error.
    ///
    /// - Throws: ``ResourceError`` with `path:line` for unreadable files, malformed lines,
    ///   duplicate ids, unknown kinds, names that are not normalised, or unknown `country` ids.
    public static func load(files: [URL]) throws -> Gazetteer {
        var entries: [String: GazetteerEntry] = [:]
        var order: [String] = []
        var whereDefined: [String: String] = [:]
        for url in files {
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                throw ResourceError(code: .unreadable, path: url.path, line: 0, reason: "cannot read the file as UTF-8")
            }
            for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let line = raw.trimmingCharacters(in: .whitespaces)
                if line.isEmpty || line.hasPrefix("#") || line.hasPrefix("//") { continue }
                let entry = try GazetteerEntry.parse(line, path: url.path, lineNumber: n + 1)
                if let first = whereDefined[entry.id] {
                    throw ResourceError(code: .duplicate, path: url.path, line: n + 1,
                                        reason: "id \(entry.id) is already defined at \(first)")
                }
                whereDefined[entry.id] = "\(url.lastPathComponent):\(n + 1)"
                entries[entry.id] = entry
                order.append(entry.id)
            }
        }
        for id in order {
            if let c = entries[id]?.country, entries[c] == nil {
                throw ResourceError(code: .invalidValue, path: whereDefined[id] ?? id, line: 0,
                                    reason: "entry \(id) names unknown country id \(c)")
            }
        }
        return Gazetteer(entries: entries, order: order)
    }

    init(entries: [String: GazetteerEntry], order: [String]) {
        self.entries = entries
        self.order = order
        var ar: [String: [Phrase]] = [:]
        var en: [String: [Phrase]] = [:]
        func add(_ name: String, _ id: String, _ form: PhraseForm, _ language: LanguageCode) {
            for variant in Gazetteer.variants(of: name, language: language) {
                guard let phrase = Gazetteer.phrase(variant, id: id, form: form, language: language) else { continue }
                switch language {
                case .ar: ar[phrase.tokens[0], default: []].append(phrase)
                case .en: en[phrase.tokens[0], default: []].append(phrase)
                }
            }
        }
        for id in order {
            guard let e = entries[id] else { continue }
            e.namesEN.forEach { add($0, id, .name, .en) }
            e.aliasesEN.forEach { add($0, id, .shortName, .en) }
            e.capitalsEN.forEach { add($0, id, .metonym, .en) }
            e.demonymsEN.forEach { add($0, id, .demonym, .en) }
            e.namesAR.forEach { add($0, id, .name, .ar) }
            e.aliasesAR.forEach { add($0, id, .shortName, .ar) }
            e.capitalsAR.forEach { add($0, id, .metonym, .ar) }
            for d in e.demonymsAR { for form in Gazetteer.arabicDemonymForms(d) { add(form, id, .demonym, .ar) } }
        }
        self.index = [.ar: ar, .en: en]
    }

    /// Spelling variants that news writes interchangeably: `عبد العزيز`/`عبدالعزيز`, `أبو ظبي`/`أبوظبي`.
    static func variants(of name: String, language: LanguageCode) -> [String] {
        guard language == .ar else { return [name] }
        var out = [name]
        let words = name.split(separator: " ").map(String.init)
        let joiners: Set<String> = ["عبد", "أبو", "ابو", "أبا", "ابا"]
        if words.count > 1, words.dropLast().contains(where: { joiners.contains($0) }) {
            var joined: [String] = []
            var i = 0
            while i < words.count {
                if joiners.contains(words[i]), i + 1 < words.count { joined.append(words[i] + words[i + 1]); i += 2 } else { joined.append(words[i]); i += 1 }
            }
            out.append(joined.joined(separator: " "))
        }
        for w in words where w.hasPrefix("عبدال") && w.count > 5 {
            out.append(name.replacingOccurrences(of: w, with: "عبد " + w.dropFirst(3)))
        }
        return out
    }

    /// The forms of an Arabic demonym given in the masculine singular (`روسي`): feminine
    /// (`روسية`), plurals (`روسيين`, `روسيون`) and, for two-word demonyms, the definite forms
    /// of every word (`الكوري الشمالي`). The first word's article and clitics are handled by
    /// ``ArabicClitics`` when matching.
    static func arabicDemonymForms(_ stem: String) -> [String] {
        let words = stem.split(separator: " ").map(String.init)
        var out: [String] = []
        for suffix in ["", "ة", "ين", "ون"] {
            let bare = words.map { $0.hasSuffix("ي") ? $0 + suffix : $0 }
            out.append(bare.joined(separator: " "))
            if words.count > 1 { out.append(bare.map { "ال" + $0 }.joined(separator: " ")) }
        }
        return out
    }

    static func phrase(_ name: String, id: String, form: PhraseForm, language: LanguageCode) -> Phrase? {
        let tokens = Tokenizer.tokens(scalars: Array(name.unicodeScalars))
        guard !tokens.isEmpty else { return nil }
        var forms: [String] = [], exact: [String?] = [], caps: [Bool] = []
        for t in tokens {
            forms.append(t.form)
            let letters = t.text.unicodeScalars.filter { $0.properties.isAlphabetic }
            let acronym = language == .en && t.isAllCaps && letters.count <= 5
            exact.append(acronym ? t.text : nil)
            caps.append(language == .en && t.isCapitalized)
        }
        return Phrase(tokens: forms, exact: exact, capitalized: caps, entryID: id, form: form)
    }

    /// The phrases whose first token has a given matching form, longest first.
    func phrases(startingWith form: String, language: LanguageCode) -> [Phrase] {
        index[language]?[form] ?? []
    }

    /// The entry of a country by id, when it is a country.
    func country(_ id: String?) -> GazetteerEntry? {
        guard let id, let e = entries[id], e.kind == .country else { return nil }
        return e
    }
}
