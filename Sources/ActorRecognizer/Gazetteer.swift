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
        /// One token of the name.
        struct Step: Sendable {
            /// The token's matching form.
            var form: String
            /// The spelling the text must have exactly (English acronyms: `US`, `AP`), if any.
            var exact: String?
            /// Whether the text token must be capitalised (English names).
            var capitalized: Bool
        }
        var steps: [Step]
        var entryID: String
        var form: PhraseForm
        /// The number of steps and the form of the second one, kept beside `steps` so that a scan
        /// passes over the many phrases of a common first word (`john`, `muhammad`) without
        /// reading their steps.
        let count: Int
        let second: String?
        /// Whether `second` is ASCII and Arabic letters only, and its UTF-8 length: such a word is
        /// compared with a plain token by length and bytes (see ``Gazetteer/hits(in:language:)``).
        let secondIsPlain: Bool
        let secondBytes: Int

        init(steps: [Step], entryID: String, form: PhraseForm) {
            self.steps = steps
            self.entryID = entryID
            self.form = form
            self.count = steps.count
            var second = steps.count > 1 ? steps[1].form : nil
            self.second = second
            self.secondIsPlain = second?.withUTF8 { LetterAffix.isPlain($0) } ?? false
            self.secondBytes = second?.utf8.count ?? 0
        }
    }

    /// Entries by id.
    public let entries: [String: GazetteerEntry]
    /// Entry ids in load order.
    public let order: [String]
    let index: [LanguageCode: StringTable<[Phrase]>]
    /// The languages whose index has a key with an Arabic-block scalar (U+0600–U+06FF); in the
    /// others an Arabic word is looked up in vain (the English scan of an Arabic text).
    let indexHasArabic: Set<LanguageCode>
    /// Outlet entries by the matching key of each of their names (for the document's outlet).
    let outletsByKey: [String: String]
    /// People by the matching form of the last word of each full name (`bush`, `بوش`).
    let personsBySurname: [String: [String]]

    /// Loads and indexes gazetteer files; the first file that defines an id wins, a second
    /// definition of the same id is an error.
    ///
    /// - Throws: ``ResourceError`` with `path:line` for unreadable files, malformed lines,
    ///   duplicate ids, unknown kinds, names that are not normalised, or unknown `country` ids.
    public static func load(files: [URL]) throws -> Gazetteer {
        var entries: [String: GazetteerEntry] = [:]
        var ordered: [GazetteerEntry] = []
        // Where each id is defined: index into `fileNames` and line number, formatted only for errors.
        var whereDefined: [String: (file: Int, line: Int)] = [:]
        var fileNames: [String] = []
        func place(_ w: (file: Int, line: Int)) -> String { "\(fileNames[w.file]):\(w.line)" }
        for url in files {
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                throw ResourceError(code: .unreadable, path: url.path, line: 0, reason: "cannot read the file as UTF-8")
            }
            fileNames.append(url.lastPathComponent)
            let path = url.path
            let lines = lines(of: text)
            entries.reserveCapacity(entries.count + lines.count)
            whereDefined.reserveCapacity(whereDefined.count + lines.count)
            ordered.reserveCapacity(ordered.count + lines.count)
            for (n, raw) in lines.enumerated() {
                let line = trimmedLine(raw)
                if line.isEmpty || line.hasPrefix("#") || line.hasPrefix("//") { continue }
                let entry = try GazetteerEntry.parse(line, path: path, lineNumber: n + 1)
                if let first = whereDefined.updateValue((fileNames.count - 1, n + 1), forKey: entry.id) {
                    throw ResourceError(code: .duplicate, path: path, line: n + 1,
                                        reason: "id \(entry.id) is already defined at \(place(first))")
                }
                entries[entry.id] = entry
                ordered.append(entry)
            }
        }
        for e in ordered {
            if let c = e.country, entries[c] == nil {
                throw ResourceError(code: .invalidValue, path: whereDefined[e.id].map(place) ?? e.id, line: 0,
                                    reason: "entry \(e.id) names unknown country id \(c)")
            }
        }
        return Gazetteer(entries: entries, ordered: ordered)
    }

    /// The lines of a text, split at "\n" on its UTF-8 bytes; a "\r\n" line keeps its "\r",
    /// which JSON reads as white space (splitting on the character "\n" would not split there:
    /// "\r\n" is one character).
    static func lines(of text: String) -> [Substring] {
        var out: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var i = start
        while i != utf8.endIndex {
            if utf8[i] == 0x0A {
                out.append(Substring(text.utf8[start..<i]))
                start = utf8.index(after: i)
            }
            i = utf8.index(after: i)
        }
        out.append(Substring(text.utf8[start..<utf8.endIndex]))
        return out
    }

    /// A line without the spaces and tabs around it; lines that start or end with another
    /// kind of white space take the general (slower) trim.
    static func trimmedLine(_ raw: Substring) -> String {
        let utf8 = raw.utf8
        guard let first = utf8.first, let last = utf8.last else { return "" }
        if first < 0x80 && last < 0x80 && first != 0x20 && first != 0x09 && last != 0x20 && last != 0x09 {
            return String(raw)
        }
        return raw.trimmingCharacters(in: .whitespaces)
    }

    init(entries: [String: GazetteerEntry], order: [String]) {
        self.init(entries: entries, ordered: order.compactMap { entries[$0] })
    }

    /// Indexes entries given in load order (`entries` holds the same entries by id).
    init(entries: [String: GazetteerEntry], ordered: [GazetteerEntry]) {
        self.entries = entries
        self.order = ordered.map(\.id)
        var ar: [String: [Phrase]] = [:]
        var en: [String: [Phrase]] = [:]
        ar.reserveCapacity(ordered.count)
        en.reserveCapacity(ordered.count * 2)
        func add(_ name: String, _ id: String, _ form: PhraseForm, _ language: LanguageCode) {
            if language == .en {
                // English names have no spelling variants.
                if let phrase = Gazetteer.phrase(name, id: id, form: form, language: .en) { en[phrase.steps[0].form, default: []].append(phrase) }
                return
            }
            for variant in Gazetteer.variants(of: name, language: language) {
                guard let phrase = Gazetteer.phrase(variant, id: id, form: form, language: language) else { continue }
                ar[phrase.steps[0].form, default: []].append(phrase)
            }
        }
        for e in ordered {
            let id = e.id
            e.namesEN.forEach { add($0, id, .name, .en) }
            e.aliasesEN.forEach { add($0, id, .shortName, .en) }
            e.capitalsEN.forEach { add($0, id, .metonym, .en) }
            e.demonymsEN.forEach { add($0, id, .demonym, .en) }
            e.namesAR.forEach { add($0, id, .name, .ar) }
            e.aliasesAR.forEach { add($0, id, .shortName, .ar) }
            e.capitalsAR.forEach { add($0, id, .metonym, .ar) }
            for d in e.demonymsAR { for form in Gazetteer.arabicDemonymForms(d) { add(form, id, .demonym, .ar) } }
        }
        self.index = [.ar: StringTable(ar), .en: StringTable(en)]
        var withArabic: Set<LanguageCode> = []
        if ar.keys.contains(where: Gazetteer.hasArabicScalar) { withArabic.insert(.ar) }
        if en.keys.contains(where: Gazetteer.hasArabicScalar) { withArabic.insert(.en) }
        self.indexHasArabic = withArabic
        var outlets: [String: String] = [:]
        for e in ordered where e.kind == .outlet {
            let id = e.id
            for n in e.namesEN + e.namesAR + e.aliasesEN + e.aliasesAR where outlets[MatchingForm.key(n)] == nil {
                outlets[MatchingForm.key(n)] = id
            }
        }
        self.outletsByKey = outlets
        var surnames: [String: [String]] = [:]
        for id in order {
            guard let e = entries[id], e.kind == .person else { continue }
            var seen: Set<String> = []
            for n in e.namesEN + e.namesAR {
                let words = n.split(separator: " ")
                // `محمد بن سلمان`, `Mohammed bin Salman`: the word after بن is the father's name, not a surname.
                guard let word = words.last, words.count < 2 || !Gazetteer.nasabLinks.contains(String(words[words.count - 2])) else { continue }
                let last = MatchingForm.key(String(word))
                guard seen.insert(last).inserted else { continue }
                surnames[last, default: []].append(id)
            }
        }
        self.personsBySurname = surnames
    }

    /// The words that join a name to the father's name (`بن`, `bin`).
    static let nasabLinks: Set<String> = ["بن", "ابن", "بنت", "bin", "ibn", "bint", "ben"]

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
        // The accusative (`وفدا سودانيا`) besides the feminine and the plurals.
        for suffix in ["", "ة", "ين", "ون", "ا"] {
            let bare = words.map { $0.hasSuffix("ي") ? $0 + suffix : $0 }
            out.append(bare.joined(separator: " "))
            if words.count > 1 { out.append(bare.map { "ال" + $0 }.joined(separator: " ")) }
        }
        return out
    }

    static func phrase(_ name: String, id: String, form: PhraseForm, language: LanguageCode) -> Phrase? {
        let tokens = Tokenizer.tokens(scalars: Array(name.unicodeScalars))
        guard !tokens.isEmpty else { return nil }
        var steps: [Phrase.Step] = []
        steps.reserveCapacity(tokens.count)
        for t in tokens {
            let acronym = language == .en && isAllCaps(t) && t.text.unicodeScalars.filter({ $0.properties.isAlphabetic }).count <= 5
            steps.append(Phrase.Step(form: t.form, exact: acronym ? t.text : nil, capitalized: language == .en && t.isCapitalized))
        }
        return Phrase(steps: steps, entryID: id, form: form)
    }

    /// `Token.isAllCaps`, answered from the bytes for ASCII tokens (most names).
    static func isAllCaps(_ t: Token) -> Bool {
        var letters = false
        for b in t.text.utf8 {
            if b >= 0x80 { return t.isAllCaps }
            if b >= 0x61 && b <= 0x7A { return false }
            if b >= 0x41 && b <= 0x5A { letters = true }
        }
        return letters
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
