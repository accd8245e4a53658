import EventGraphModel
import Foundation

/// The word lists and rules of one language, indexed for matching.
///
/// Every `*.tsv` file of the language folder except `patterns.tsv` is a word list named after
/// its file; `patterns.tsv` holds the rules. Some word lists have a meaning for the engine:
/// `numbers` (cardinals in words, for `@num`), `future` (words that make a bare weekday or month
/// point forward), `past` (perfect-tense markers that make it the last one, never a near future
/// one, and cancel a future cue right after them: `had been scheduled`), `deadline` (prepositions
/// that point forward right before the expression: `until`, `by`, `بحلول`), `past-verbs`
/// (simple-past verbs and endings that anchor an expression right after them in the past) and
/// `proclitics` (prefixes a first word may carry, Arabic `و ف ب`).
struct LanguageRules: Sendable {
    let language: LanguageCode
    let lexicons: [String: Lexicon]
    let rules: [Rule]
    /// Rules by a literal form their match can start with.
    let rulesByLiteral: [Form: [Int]]
    /// Rules by a word list their match can start with.
    let rulesByLexicon: [String: [Int]]
    /// Rules by a built-in class their match can start with.
    let rulesByBuiltin: [BuiltinClass: [Int]]
    /// For each first-token form, the word lists that have an entry starting with it.
    let lexiconsByFirst: [Form: [String]]
    let numbers: Lexicon?
    let future: Lexicon?
    var past: Lexicon? = nil
    /// Prepositions of a deadline (`until`, `by`): right before a bare weekday or month they point
    /// forward unless a perfect-tense marker is in the clause (`had run until March`).
    var deadline: Lexicon? = nil
    /// Simple-past verbs (`said`, `met`) and past endings (`ed`) from `past-verbs.tsv`: right
    /// before a weekday or month they anchor it in the past whatever cue came earlier (`they would
    /// appeal the decision, announced Wednesday`), unless a participle marker (`be`, `been`) shows
    /// the `-ed` word is a participle (`will be televised Friday`).
    var pastVerbs: Set<Form> = []
    var pastSuffixes: [[UInt8]] = []
    var participleMarkers: Set<Form> = []
    let proclitics: Set<String>
    /// Every form a match can start with (literals, first tokens of word lists, number words).
    let startForms: Set<Form>
    /// The longest pattern, to size the capture buffer once.
    let maxElements: Int
    /// For a form, the rules it can start only through an optional leading element (`the` in
    /// `the? @day …`): those need their first required element within the next few tokens.
    let leadOnly: [Form: Set<Int>]
    /// The rules and word lists over form ids, as the matcher walks them.
    let compiled: CompiledRules
    /// What a word or a number can start, computed once when the rules load.
    var startEntries: [StartEntry] = []
    /// For every form id, its entry in `startEntries`, or -1 when it starts nothing.
    var startByID: [Int32] = []
    /// The entry of every number in `startEntries`.
    var numberStartIndex: Int32 = -1

    /// The rules that can start with one of `forms` (a token and its clitic stems), sorted.
    func startingRules(forms: [Form], isNumber: Bool) -> [Int] {
        var seen = Set<Int>()
        func add(_ ids: [Int]?) { for id in ids ?? [] { seen.insert(id) } }
        for f in forms {
            add(rulesByLiteral[f])
            if let names = lexiconsByFirst[f] { for name in names { add(rulesByLexicon[name]) } }
        }
        if isNumber {
            for b in [BuiltinClass.int, .day, .monthnum, .year, .year2, .hour, .minute, .num] { add(rulesByBuiltin[b]) }
        } else {
            add(rulesByBuiltin[.word])
            add(rulesByBuiltin[.def])
            add(rulesByBuiltin[.nisba])
            if forms.contains(where: { numbers?.byFirst[$0] != nil }) { add(rulesByBuiltin[.num]) }
        }
        return seen.sorted()
    }

    /// The start entry for a token's forms: its rules, which of them only a leading optional word
    /// reaches, and the rules as bits.
    func entry(forms: [Form], isNumber: Bool) -> StartEntry {
        let list = startingRules(forms: forms, isNumber: isNumber)
        var bits = [UInt64](repeating: 0, count: (rules.count + 63) / 64)
        for id in list { bits[id >> 6] |= 1 << UInt64(id & 63) }
        let lead = forms.count == 1 ? leadOnly[forms[0]] : nil
        return StartEntry(forms: forms, formIDs: forms.map { compiled.id($0) }, rules: list,
                          leadOnly: list.map { lead?.contains($0) == true }, bits: bits)
    }

    /// Loads a language folder (`…/Resources/ar`).
    ///
    /// - Throws: `ResourceError` for a missing folder or `patterns.tsv`, or any bad line.
    static func load(_ folder: URL, language: LanguageCode) throws -> LanguageRules {
        let fm = FileManager.default
        let lang = language.rawValue
        guard let names = try? fm.contentsOfDirectory(atPath: folder.path) else {
            throw ResourceError(.missing, path: lang, line: 0, reason: "no resource folder at \(folder.path)")
        }
        func read(_ name: String) throws -> String {
            guard let data = fm.contents(atPath: folder.appendingPathComponent(name).path),
                  let text = String(data: data, encoding: .utf8)
            else { throw ResourceError(.missing, path: "\(lang)/\(name)", line: 0, reason: "cannot read the file as UTF-8") }
            return text
        }
        var lexicons: [String: Lexicon] = [:]
        for name in names.sorted() where name.hasSuffix(".tsv") && name != "patterns.tsv" {
            let className = String(name.dropLast(4))
            lexicons[className] = try Lexicon.parse(try read(name), name: className, path: "\(lang)/\(name)")
        }
        guard names.contains("patterns.tsv") else {
            throw ResourceError(.missing, path: "\(lang)/patterns.tsv", line: 0, reason: "every language needs a patterns file")
        }
        let rules = try Rule.parseAll(try read("patterns.tsv"), path: "\(lang)/patterns.tsv",
                                      lexicons: lexicons, language: language)
        var byLiteral: [Form: [Int]] = [:], byLexicon: [String: [Int]] = [:], byBuiltin: [BuiltinClass: [Int]] = [:]
        for (index, rule) in rules.enumerated() {
            for element in rule.elements {
                switch element.matcher {
                case .literal(let forms): for f in forms { byLiteral[f, default: []].append(index) }
                case .lexicon(let name, _): byLexicon[name, default: []].append(index)
                case .builtin(let b): byBuiltin[b, default: []].append(index)
                }
                if !element.isOptional { break }
            }
        }
        var leadOnly: [Form: Set<Int>] = [:]
        for (index, rule) in rules.enumerated() where rule.head > 0 {
            let head = rule.elements[rule.head]
            func headTakes(_ f: Form) -> Bool {
                switch head.matcher {
                case .literal(let set): return set.contains(f)
                case .lexicon(_, let lexicon): return lexicon.byFirst[f] != nil
                case .builtin(let b):
                    if b == .word || b == .def || b == .nisba { return true }
                    if b == .num { return lexicons["numbers"]?.byFirst[f] != nil || f.string.first?.isNumber == true }
                    return f.string.first?.isNumber == true
                }
            }
            for element in rule.elements[..<rule.head] {
                var forms: [Form] = []
                switch element.matcher {
                case .literal(let set): forms = Array(set)
                case .lexicon(_, let lexicon): forms = Array(lexicon.byFirst.keys)
                case .builtin: continue
                }
                for f in forms where !headTakes(f) { leadOnly[f, default: []].insert(index) }
            }
        }
        var byFirst: [Form: [String]] = [:]
        for (name, lexicon) in lexicons where byLexicon[name] != nil {
            for key in lexicon.byFirst.keys { byFirst[key, default: []].append(name) }
        }
        let proclitics = Set(lexicons["proclitics"].map { $0.byFirst.keys.map(\.string) } ?? [])
        var startForms = Set(byLiteral.keys).union(byFirst.keys)
        if byBuiltin[.num] != nil, let numbers = lexicons["numbers"] { startForms.formUnion(numbers.byFirst.keys) }
        var made = LanguageRules(language: language, lexicons: lexicons, rules: rules, rulesByLiteral: byLiteral,
                             rulesByLexicon: byLexicon, rulesByBuiltin: byBuiltin, lexiconsByFirst: byFirst,
                             numbers: lexicons["numbers"], future: lexicons["future"], proclitics: proclitics,
                             startForms: startForms, maxElements: rules.map(\.elements.count).max() ?? 0,
                             leadOnly: leadOnly,
                             compiled: CompiledRules(rules: rules, lexicons: lexicons, extraForms: startForms.sorted { $0.string < $1.string },
                                                     separators: Matcher.trailingSeparators))
        made.past = lexicons["past"]
        made.deadline = lexicons["deadline"]
        if let verbs = lexicons["past-verbs"] {
            for (form, entries) in verbs.byFirst {
                for entry in entries {
                    switch entry.value {
                    case "suffix": made.pastSuffixes.append(Array(form.string.utf8))
                    case "participle": made.participleMarkers.insert(form)
                    default: made.pastVerbs.insert(form)
                    }
                }
            }
        }
        made.startByID = [Int32](repeating: -1, count: made.compiled.formCount)
        for f in startForms {
            let entry = made.entry(forms: [f], isNumber: false)
            guard !entry.rules.isEmpty else { continue }
            made.startByID[Int(made.compiled.id(f))] = Int32(made.startEntries.count)
            made.startEntries.append(entry)
        }
        let numberEntry = made.entry(forms: [], isNumber: true)
        if !numberEntry.rules.isEmpty {
            made.numberStartIndex = Int32(made.startEntries.count)
            made.startEntries.append(numberEntry)
        }
        return made
    }
}

/// What can start at a token: the forms its first word may take, the rules (sorted), which of them
/// only an optional leading word reaches, and the rules as bits.
///
/// A class, so that the matcher takes one reference per token rather than copying five arrays.
final class StartEntry: Sendable {
    let forms: [Form]
    /// The ids of `forms` (-1 for a stem no rule knows).
    let formIDs: [Int32]
    let rules: [Int]
    let leadOnly: [Bool]
    let bits: [UInt64]

    init(forms: [Form], formIDs: [Int32], rules: [Int], leadOnly: [Bool], bits: [UInt64]) {
        self.forms = forms
        self.formIDs = formIDs
        self.rules = rules
        self.leadOnly = leadOnly
        self.bits = bits
    }

    func contains(_ rule: Int) -> Bool { bits[rule >> 6] & (1 << UInt64(rule & 63)) != 0 }
}
