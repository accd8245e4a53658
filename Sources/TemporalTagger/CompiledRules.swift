/// One pattern element compiled for matching: plain values only, so that walking a rule neither
/// copies nor retains anything (the class, set and dictionary of ``PatternElement`` would).
struct Step: Sendable {
    enum Kind: UInt8, Sendable { case literal, lexicon, builtin }
    let kind: Kind
    /// The class of a `.builtin` step (`.int` for the other kinds, unused).
    let builtin: BuiltinClass
    let isOptional: Bool
    let isGlued: Bool
    let isContext: Bool
    /// For `.literal`, where its set of form ids starts in ``CompiledRules/literalBits``; for
    /// `.lexicon`, the word list's index in ``CompiledRules/lexiconNames``.
    let payload: Int
}

/// One word-list entry compiled: its token ids (a range of ``CompiledRules/entryTokens``), its
/// value (an index into ``CompiledRules/values``) and its capital flag.
struct CompiledEntry: Sendable {
    let tokenStart: Int
    let tokenCount: Int
    let value: Int
    let needsCapital: Bool
}

/// A language's rules and word lists in the form the matcher walks: forms are small integer ids.
///
/// Every form a rule or word list names gets an id (its ``vocabulary``); the scanner gives each
/// token the id of its form, or -1 for a form no rule knows (most words of a text). Matching then
/// compares integers: a literal alternative set is a bit set over ids, and a word list's entries
/// starting with a form are found by indexing a table with the word list and the id. Built once
/// when the rules load, from the same ``Rule`` and ``Lexicon`` values, in the same order, so it
/// finds exactly what they describe.
///
/// A class: the matcher reads it in every step of its search, and a reference is read without
/// copying (a struct of thirteen arrays would be copied, then retained, per read).
final class CompiledRules: Sendable {
    /// Form → id.
    let vocabulary: FormIndex
    /// The number of ids.
    let formCount: Int
    /// The steps of every rule, rule after rule; rule `r` has `steps[ruleSteps[r]]`.
    let steps: [Step]
    let ruleSteps: [Range<Int>]
    /// The bit sets of the literal steps, `wordsPerSet` words each.
    let literalBits: [UInt64]
    let wordsPerSet: Int
    /// Word-list entries, and the ids of their tokens.
    let entries: [CompiledEntry]
    let entryTokens: [Int32]
    /// For word list `l` and form id `f`, the entries starting with `f` are
    /// `entries[firstStart[l * formCount + f] ..< firstEnd[l * formCount + f]]`, longest first.
    let firstStart: [Int32]
    let firstEnd: [Int32]
    /// The values of the entries.
    let values: [String]
    /// The value of a one-token number word (`numbers.tsv`), by form id.
    let numberValue: [Int?]
    /// Whether a form may be dropped from the end of a span (`,`, `-`, `(`…), by form id.
    let isTrailingSeparator: [Bool]
    /// The ids of the forms `numberWords` compares tokens with.
    let dash: Int32, and: Int32, waw: Int32, a: Int32, an: Int32

    /// Whether the literal step with bits at `offset` accepts form id `id`.
    @inline(__always)
    func literal(_ offset: Int, contains id: Int32) -> Bool {
        id >= 0 && literalBits[offset + Int(id) >> 6] & (1 << UInt64(id & 63)) != 0
    }

    /// The id of a form, or -1.
    func id(_ form: Form) -> Int32 { vocabulary[form] ?? -1 }

    init(rules: [Rule], lexicons: [String: Lexicon], extraForms: [Form], separators: Set<String>) {
        // Ids: every form of the rules and word lists, in a deterministic order.
        var vocabulary = FormIndex()
        var count: Int32 = 0
        func add(_ f: Form) {
            if vocabulary[f] == nil { vocabulary[f] = count; count += 1 }
        }
        let names = lexicons.keys.sorted()
        for rule in rules {
            for element in rule.elements {
                if case .literal(let set) = element.matcher { for f in set.sorted(by: { $0.string < $1.string }) { add(f) } }
            }
        }
        for name in names {
            guard let lexicon = lexicons[name] else { continue }
            for key in lexicon.byFirst.keys.sorted(by: { $0.string < $1.string }) {
                for entry in lexicon.byFirst[key] ?? [] { for f in entry.tokens { add(f) } }
            }
        }
        for f in extraForms { add(f) }
        // The separators and the words `numberWords` compares with always have ids, so that a
        // token's id equals one of these exactly when its form does.
        for s in separators.sorted() + ["-", "and", "و", "a", "an"] { add(Form(s)) }
        let formCount = Int(count)
        self.vocabulary = vocabulary
        self.formCount = formCount

        // Word lists: entries by (list, first id), in each list's own order.
        var entries: [CompiledEntry] = [], entryTokens: [Int32] = [], values: [String] = []
        var firstStart = [Int32](repeating: 0, count: names.count * formCount)
        var firstEnd = [Int32](repeating: 0, count: names.count * formCount)
        var lexiconIndex: [String: Int] = [:]
        for (l, name) in names.enumerated() {
            lexiconIndex[name] = l
            guard let lexicon = lexicons[name] else { continue }
            for (key, list) in lexicon.byFirst {
                guard let f = vocabulary[key] else { continue }
                firstStart[l * formCount + Int(f)] = Int32(entries.count)
                for entry in list {
                    entries.append(CompiledEntry(tokenStart: entryTokens.count, tokenCount: entry.tokens.count,
                                                 value: values.count, needsCapital: entry.needsCapital))
                    values.append(entry.value)
                    for t in entry.tokens { entryTokens.append(vocabulary[t] ?? -1) }
                }
                firstEnd[l * formCount + Int(f)] = Int32(entries.count)
            }
        }
        self.entries = entries
        self.entryTokens = entryTokens
        self.values = values
        self.firstStart = firstStart
        self.firstEnd = firstEnd

        // Steps and literal bit sets.
        let wordsPerSet = (formCount + 63) / 64
        var steps: [Step] = [], ruleSteps: [Range<Int>] = [], bits: [UInt64] = []
        for rule in rules {
            let first = steps.count
            for element in rule.elements {
                var kind = Step.Kind.builtin, builtin = BuiltinClass.int, payload = 0
                switch element.matcher {
                case .literal(let set):
                    kind = .literal
                    payload = bits.count
                    bits.append(contentsOf: repeatElement(0, count: wordsPerSet))
                    for f in set { if let id = vocabulary[f] { bits[payload + Int(id) >> 6] |= 1 << UInt64(id & 63) } }
                case .lexicon(let name, _):
                    kind = .lexicon
                    payload = lexiconIndex[name] ?? 0
                case .builtin(let b):
                    builtin = b
                }
                steps.append(Step(kind: kind, builtin: builtin, isOptional: element.isOptional,
                                  isGlued: element.isGlued, isContext: element.isContext, payload: payload))
            }
            ruleSteps.append(first..<steps.count)
        }
        self.steps = steps
        self.ruleSteps = ruleSteps
        self.literalBits = bits
        self.wordsPerSet = wordsPerSet

        var numberValue = [Int?](repeating: nil, count: formCount)
        if let numbers = lexicons["numbers"] {
            for (key, list) in numbers.byFirst {
                guard let f = vocabulary[key] else { continue }
                numberValue[Int(f)] = list.first(where: { $0.tokens.count == 1 }).flatMap { Int($0.value) }
            }
        }
        self.numberValue = numberValue
        var isTrailingSeparator = [Bool](repeating: false, count: formCount)
        for s in separators { if let f = vocabulary[Form(s)] { isTrailingSeparator[Int(f)] = true } }
        self.isTrailingSeparator = isTrailingSeparator
        func known(_ s: String) -> Int32 { vocabulary[Form(s)] ?? -1 }      // never -1: added above
        (dash, and, waw, a, an) = (known("-"), known("and"), known("و"), known("a"), known("an"))
    }
}
