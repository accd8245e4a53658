import EventGraphModel
import Foundation
import TextAnalysis

/// The word lists of one language that the name patterns use (`Resources/<lang>/*.tsv`).
///
/// Every form is stored in matching form; multi-word entries are kept as token sequences. The
/// one-word lists are ``StringSet``s and ``StringTable``s: they answer as `Set<String>` and
/// `[String: …]` do, and the recognizer looks words up in them for every token.
struct Lexicon: Sendable {
    /// What a title before a name is.
    enum TitleKind: String, Sendable { case honorific, role, counterpart }

    /// Titles by their token sequences (matching forms).
    var titles = StringSequenceTable<TitleKind>()
    /// The longest title, in tokens.
    var longestTitle = 0
    /// The first words of titles.
    var titleStarts: StringSet = []
    var givenNames: StringSet = []
    /// Words that are given names only right after a title, before a family name
    /// (`نظيره الكويتي صباح الخالد`), and ordinary words elsewhere (`صباح اليوم`, morning).
    var titleGivenNames: StringSet = []
    var stopwords: StringSet = []
    /// Abbreviations in capitals that name no actor (`GMT`, `GDP`, `AIDS`), in matching form.
    var abbreviations: StringSet = []
    /// Ordinary words of the language (`common-words.tsv`, where the language has one): a word
    /// among them is not evidence of a name by its shape alone.
    var commonWords: StringSet = []
    /// Verb stems (`verbs.tsv`, `verbs-news.tsv`, Arabic): a word read as one of them, with a person's or a tense's
    /// affixes (`طلبت`, `سيزور`, `يوقعان`), is no part of a name.
    var verbStems: StringSet = []
    /// Head nouns of bodies (`حركة`, `Institute`) and the kind they give.
    var orgHeads: StringTable<ActorKind> = [:]
    /// Outlet cue sequences (`صحيفة`, `وكالة الأنباء`) or outlet head nouns (`Journal`).
    var outletCues = StringSequenceSet()
    var locatives: StringSet = []
    /// Head nouns of places named after people (`مطار`, `Airport`): the name with them is a place.
    var eponymHeads: StringSet = []
    var personVerbs: StringSet = []
    /// Verbs that take a `that` clause (`said`, `announced`, `believes`): `that` after one opens a
    /// clause and determines no name (`said on Monday that Clinton met Havel`).
    var clauseVerbs: StringSet = []
    /// Phrases after which a name is a person's (`led by`, `headed by`): a head of a group.
    var personLeads = StringSequenceSet()
    /// Nouns of offices and institutions a role goes on through in construct (`إدارة` in `رئيس
    /// مجلس إدارة الغرفة`), besides the head nouns of bodies.
    var constructNouns: StringSet = []
    /// Phrases between two people who meet or talk (`met with`, `spoke to`, `hosted`): a lone
    /// capitalised word on either side of one, facing a person, is a person.
    var meetingPhrases = StringSequenceSet()
    var longestMeetingPhrase = 1
    /// Multi-word place names whose last word looks like a body's head (`West Bank`).
    var places: Set<[String]> = []
    /// A country's bodies named after its adjective (`foreign ministry`, `government`, `army`), with
    /// the actor kind they give.
    var nationalBodies: [[String]: ActorKind] = [:]
    /// People acting for a country after its adjective (`officials`, `negotiators`): the
    /// adjective names the country as a party.
    var nationalGroups: Set<[String]> = []
    /// Nouns of officials that name a group even made definite (`المسؤولين`, `الوفد`): plurals and
    /// delegations, not a title of one person (`المسؤول الإيراني`).
    var definiteGroups: Set<String> = []
    /// One person acting for a country after its adjective and `a`/`an` (`a Russian official`):
    /// unnamed, so the country is the party.
    var nationalMembers: Set<[String]> = []
    /// Before a country's adjective, people who no longer act for it (`former`, `retired`).
    var pastHolders: Set<String> = []
    /// Between `the` and a title, words that keep it the title of a person the text named
    /// (`the visiting minister`).
    var roleAdjectives: Set<String> = []
    /// Before a noun of officials, a word that makes it one known person (`أرفع مسؤول`, the highest official).
    var specificLeads: Set<String> = []
    /// National bodies that count only written in capitals (`Sri Lanka Navy`, not `the Russian navy`), with their kind.
    var capitalizedBodies: [[String]: ActorKind] = [:]
    /// Kinship nouns (`son`, `daughter`): `Bush's son, George,` names the relative.
    var kinNouns: StringSet = []
    /// Honorific pronouns (`سموه`) and the words that mark the holders of their honorific
    /// (`سمو`, `الأمير`, `ولي`): the pronoun refers to the last person so marked.
    var honorificPronouns: StringTable<Set<String>> = [:]
    /// Titles that name the same office (`premier`, `prime minister`), both ways, in matching form.
    var sameTitles: [String: [String]] = [:]
    /// Words of statements before `لـ«…»` (`تصريح لـ«…»`, `قال لـ«…»`): the quoted name is an outlet.
    var statementWords: StringSet = []
    /// Verbs of learning (`علمت`) before a quoted name and `من مصادرها`: the name is an outlet.
    var learnedWords: StringSet = []
    /// Endings of nouns of a person's occupation or part (`activist`, `pastor`, `businessman`): a
    /// name right after such a lower-case noun is a person's (`Iowa pastor Brad Sherwin`).
    var agentSuffixes: [String] = []
    /// Words with such an ending that name no person (`after`, `order`, `however`).
    var notAgents: StringSet = []
    /// Nouns of meetings between sides (`talks`, `summit`): a hyphenated compound of countries
    /// before one names the sides (`U.S.-Japan talks`).
    var bilateralNouns: StringSet = []
    /// Combining forms of countries, written only before a hyphen (`Franco-`, `Sino-`), with the
    /// gazetteer id of the country.
    var combiningForms: [String: String] = [:]

    /// Loads the lexicon of a language from a resource folder.
    ///
    /// - Throws: ``ResourceError`` for unreadable files, wrong column counts, duplicates or unknown kinds.
    static func load(_ language: LanguageCode, from folder: URL) throws -> Lexicon {
        var lex = Lexicon()
        let dir = folder.appendingPathComponent(language.rawValue)
        for row in try rows(dir.appendingPathComponent("titles.tsv"), columns: 2) {
            guard let kind = TitleKind(rawValue: row.cols[1]) else {
                throw ResourceError(code: .invalidValue, path: row.path, line: row.line, reason: "unknown title kind \(row.cols[1])")
            }
            let tokens = tokenForms(row.cols[0])
            if let other = lex.titles[tokens], other != kind {
                throw ResourceError(code: .duplicate, path: row.path, line: row.line,
                                    reason: "«\(row.cols[0])» is already a title of kind \(other.rawValue)")
            }
            lex.titles[tokens] = kind
            if let first = tokens.first { lex.titleStarts.insert(first) }
            lex.longestTitle = max(lex.longestTitle, tokens.count)
        }
        for file in ["given-names.tsv", "given-names-actors.tsv"] {
            let url = dir.appendingPathComponent(file)
            guard file == "given-names.tsv" || FileManager.default.fileExists(atPath: url.path) else { continue }
            for row in try rows(url, columns: 1) {
                lex.givenNames.insert(MatchingForm.key(row.cols[0]))
            }
        }
        let titleGiven = dir.appendingPathComponent("given-names-after-title.tsv")
        if FileManager.default.fileExists(atPath: titleGiven.path) {
            lex.titleGivenNames = try wordList(titleGiven)
        }
        for row in try rows(dir.appendingPathComponent("stopwords.tsv"), columns: 1) {
            lex.stopwords.insert(MatchingForm.key(row.cols[0]))
        }
        for file in ["verbs.tsv", "verbs-news.tsv"] {
            let verbs = dir.appendingPathComponent(file)
            if FileManager.default.fileExists(atPath: verbs.path) { lex.verbStems.formUnion(try wordList(verbs)) }
        }
        let abbreviations = dir.appendingPathComponent("abbreviations.tsv")
        if FileManager.default.fileExists(atPath: abbreviations.path) {
            lex.abbreviations = try wordList(abbreviations)
        }
        let common = dir.appendingPathComponent("common-words.tsv")
        if FileManager.default.fileExists(atPath: common.path) {
            lex.commonWords = try wordList(common)
        }
        for row in try rows(dir.appendingPathComponent("cues.tsv"), columns: 3) {
            let form = row.cols[0]
            switch row.cols[1] {
            case "org-head":
                guard let kind = ActorKind(rawValue: row.cols[2]) else {
                    throw ResourceError(code: .invalidValue, path: row.path, line: row.line, reason: "unknown actor kind \(row.cols[2])")
                }
                lex.orgHeads[MatchingForm.key(form)] = kind
            case "outlet": lex.outletCues.insert(tokenForms(form))
            case "locative": lex.locatives.insert(MatchingForm.key(form))
            case "eponym": lex.eponymHeads.insert(MatchingForm.key(form))
            case "national-body":
                guard let kind = ActorKind(rawValue: row.cols[2]) else {
                    throw ResourceError(code: .invalidValue, path: row.path, line: row.line, reason: "unknown actor kind \(row.cols[2])")
                }
                if form.first?.isUppercase == true { lex.capitalizedBodies[tokenForms(form)] = kind }
                else { lex.nationalBodies[tokenForms(form)] = kind }
            case "national-group": lex.nationalGroups.insert(tokenForms(form))
            case "definite-group": lex.definiteGroups.insert(MatchingForm.key(form))
            case "national-member": lex.nationalMembers.insert(tokenForms(form))
            case "past-holder": lex.pastHolders.insert(MatchingForm.key(form))
            case "role-adjective": lex.roleAdjectives.insert(MatchingForm.key(form))
            case "specific-lead": lex.specificLeads.insert(MatchingForm.key(form))
            case "person-verb": lex.personVerbs.insert(MatchingForm.key(form))
            case "clause-verb": lex.clauseVerbs.insert(MatchingForm.key(form))
            case "person-lead": lex.personLeads.insert(tokenForms(form))
            case "construct": lex.constructNouns.insert(MatchingForm.key(form))
            case "meeting-phrase":
                let words = tokenForms(form)
                lex.meetingPhrases.insert(words)
                lex.longestMeetingPhrase = max(lex.longestMeetingPhrase, words.count)
            case "place": lex.places.insert(tokenForms(form))
            case "kin": lex.kinNouns.insert(MatchingForm.key(form))
            case "same-title":
                let (a, b) = (MatchingForm.key(form), MatchingForm.key(row.cols[2]))
                lex.sameTitles[a, default: []].append(b)
                lex.sameTitles[b, default: []].append(a)
            case "statement-word": lex.statementWords.insert(MatchingForm.key(form))
            case "learned-word": lex.learnedWords.insert(MatchingForm.key(form))
            case "agent-suffix": lex.agentSuffixes.append(MatchingForm.key(form))
            case "not-agent": lex.notAgents.insert(MatchingForm.key(form))
            case "bilateral-noun": lex.bilateralNouns.insert(MatchingForm.key(form))
            case "combining-form": lex.combiningForms[MatchingForm.key(form)] = row.cols[2]
            case "honorific-pronoun":
                let marks = row.cols[2].split(separator: " ").map { MatchingForm.key(String($0)) }
                lex.honorificPronouns[MatchingForm.key(form), default: []].formUnion(marks)
            default:
                throw ResourceError(code: .invalidValue, path: row.path, line: row.line, reason: "unknown cue kind \(row.cols[1])")
            }
        }
        return lex
    }

    /// The matching forms of the tokens of a phrase.
    static func tokenForms(_ s: String) -> [String] {
        Tokenizer.tokens(scalars: Array(s.unicodeScalars)).map(\.form)
    }

    /// A one-column word list (`form` header, `#` comments), read fast: tens of thousands of
    /// lines load at every start. Lower-case ASCII words are taken as they are; other lines are
    /// checked and put in matching form like any resource row.
    static func wordList(_ url: URL) throws -> StringSet {
        guard let data = try? Data(contentsOf: url) else {
            throw ResourceError(code: .unreadable, path: url.path, line: 0, reason: "cannot read the file")
        }
        var words = StringSet()
        var header = true
        var lineNumber = 0
        try data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            // Lines split at "\n" (an empty last line after the final one counts, as a split would).
            var start = 0
            while start <= bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
                defer { start = end + 1 }
                lineNumber += 1
                let raw = UnsafeRawBufferPointer(rebasing: bytes[start..<end])
                guard let first = raw.first, first != UInt8(ascii: "#") else { continue }
                if header { header = false; continue }
                if raw.allSatisfy({ (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) }) {
                    words.insert(String(decoding: raw, as: UTF8.self))
                    continue
                }
                guard let line = String(bytes: raw, encoding: .utf8), !line.contains("\t") else {
                    throw ResourceError(code: .malformed, path: url.path, line: lineNumber, reason: "expected one word per line in UTF-8")
                }
                if let problem = GazetteerEntry.normalizationProblem(line) {
                    throw ResourceError(code: .notNormalized, path: url.path, line: lineNumber, reason: "«\(line)»: \(problem)")
                }
                words.insert(MatchingForm.key(line))
            }
        }
        return words
    }

    struct Row { var path: String; var line: Int; var cols: [String] }

    /// The data rows of a TSV file: the first non-comment line is the header; `#` lines are comments.
    static func rows(_ url: URL, columns: Int) throws -> [Row] {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw ResourceError(code: .unreadable, path: url.path, line: 0, reason: "cannot read the file as UTF-8")
        }
        var out: [Row] = []
        var header = true
        var seen: [String: Int] = [:]
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(raw)
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
            if header { header = false; continue }
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cols.count == columns else {
                throw ResourceError(code: .malformed, path: url.path, line: n + 1,
                                    reason: "expected \(columns) tab-separated columns, found \(cols.count)")
            }
            if let problem = GazetteerEntry.normalizationProblem(cols[0]) {
                throw ResourceError(code: .notNormalized, path: url.path, line: n + 1, reason: "«\(cols[0])»: \(problem)")
            }
            let key = cols.joined(separator: "\t")
            if let first = seen[key] {
                throw ResourceError(code: .duplicate, path: url.path, line: n + 1, reason: "same entry as line \(first)")
            }
            seen[key] = n + 1
            out.append(Row(path: url.path, line: n + 1, cols: cols))
        }
        return out
    }
}
