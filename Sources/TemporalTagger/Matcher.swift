import EventGraphModel
import TextAnalysis

/// A rule matched over tokens `[first, end)`, with its value when it has one.
struct Candidate {
    let first: Int
    let end: Int
    let rule: Int
    var value: String?
    var captures: [String?] = []
    var isForward = false
    /// Tokens matched including context elements (a more specific match wins a tie).
    var matched = 0
}

/// Runs one language's rules over a token stream.
struct Matcher {
    let rules: LanguageRules
    let tokens: [ScanToken]

    /// The forms a token may match as the first word of an expression: itself, then its stems
    /// after an allowed proclitic (`والسبت` → `السبت`).
    func firstForms(_ t: Int) -> [Form] {
        let token = tokens[t]
        guard token.isArabic, !rules.proclitics.isEmpty, let c = token.form.unicodeScalars.first,
              c == "و" || c == "ف" || c == "ب"
        else { return [token.key] }
        // Cheap test first: would dropping one or two letters leave a form some rule starts with?
        let scalars = token.form.unicodeScalars
        guard scalars.count > 2 else { return [token.key] }
        let one = Form(String(scalars.dropFirst())), two = Form(String(scalars.dropFirst(2)))
        guard rules.startForms.contains(one) || rules.startForms.contains(two) else { return [token.key] }
        var out = [token.key]
        for reading in ArabicClitics.readings(of: token.form).dropFirst() where rules.proclitics.contains(reading.prefix) {
            out.append(Form(reading.stem))
        }
        return out
    }

    /// Ways an element can match at token `t`: the token after it and the captured value.
    func options(_ element: PatternElement, _ t: Int, start: Int, forms: [Form]) -> [(Int, String)] {
        guard t < tokens.count else { return [] }
        let token = tokens[t]
        if t > start, token.lineBefore { return [] }
        if element.isGlued, t > start, token.spaceBefore { return [] }
        switch element.matcher {
        case .literal(let set):
            if t > start { return set.contains(token.key) ? [(t + 1, token.form)] : [] }
            for f in forms where set.contains(f) { return [(t + 1, f.string)] }
            return []
        case .lexicon(_, let lexicon):
            var out: [(Int, String)] = []
            func collect(_ f: Form) {
                guard let entries = lexicon.byFirst[f] else { return }
                for entry in entries where entry.tokens.count == 1 || continues(entry.tokens, at: t + 1) {
                    if entry.needsCapital, !token.isCapitalized { continue }
                    out.append((t + entry.tokens.count, entry.value))
                }
            }
            if t > start { collect(token.key) } else { for f in forms { collect(f) } }
            return out
        case .builtin(let b):
            return builtin(b, t, token)
        }
    }

    func continues(_ forms: [Form], at t: Int) -> Bool {
        for (k, f) in forms.dropFirst().enumerated() {
            let i = t + k
            guard i < tokens.count, tokens[i].key == f, !tokens[i].lineBefore else { return false }
        }
        return true
    }

    /// The value of a one-token built-in class at a token, or `nil` (not for `@num`, which may span words).
    @inline(__always)
    func single(_ b: BuiltinClass, _ token: ScanToken) -> String? {
        let n = token.number
        let isNumber = token.kind == .number
        let digits = isNumber ? token.form.utf8.count : 0
        switch b {
        case .int: return isNumber ? token.form : nil
        case .day: return isNumber && digits <= 2 && (1...31).contains(n) ? token.form : nil
        case .monthnum: return isNumber && digits <= 2 && (1...12).contains(n) ? token.form : nil
        case .year: return isNumber && digits == 4 && (1000...2999).contains(n) ? token.form : nil
        case .year2: return isNumber && digits == 2 ? token.form : nil
        case .hour: return isNumber && digits <= 2 && (0...24).contains(n) ? token.form : nil
        case .minute: return isNumber && digits == 2 && (0...59).contains(n) ? token.form : nil
        case .def:
            return token.isArabic && token.form.hasPrefix("ال") && token.form.unicodeScalars.count >= 4 ? token.form : nil
        case .word: return token.kind == .word ? token.form : nil
        case .num: return isNumber ? token.form : nil
        }
    }

    func builtin(_ b: BuiltinClass, _ t: Int, _ token: ScanToken) -> [(Int, String)] {
        if b == .num, token.kind != .number { return numberWords(at: t) }
        return single(b, token).map { [(t + 1, $0)] } ?? []
    }

    /// Cardinals in words: `twenty-four`, `a hundred thirty`, `خمسة وعشرين`; every prefix that ends on a number word.
    func numberWords(at start: Int) -> [(Int, String)] {
        guard let numbers = rules.numbers else { return [] }
        func value(_ t: Int, allowConjunction: Bool) -> Int? {
            guard t < tokens.count, tokens[t].kind == .word else { return nil }
            let f = tokens[t].form
            if let v = numbers.byFirst[tokens[t].key]?.first(where: { $0.tokens.count == 1 }).flatMap({ Int($0.value) }) { return v }
            if allowConjunction, tokens[t].isArabic, f.hasPrefix("و") {
                let rest = String(f.unicodeScalars.dropFirst())
                return numbers.byFirst[Form(rest)]?.first(where: { $0.tokens.count == 1 }).flatMap { Int($0.value) }
            }
            return nil
        }
        var out: [(Int, String)] = []
        var total = 0, current = 0
        var t = start
        var first = true
        while t < tokens.count {
            if !first, tokens[t].lineBefore { break }
            var next = t
            if !first, tokens[t].form == "-" || tokens[t].form == "and" || tokens[t].form == "و" { next = t + 1 }
            guard let v = value(next, allowConjunction: !first) else { break }
            if !first, t - 1 >= start, tokens[start].form == "a" || tokens[start].form == "an", v < 100, v != 12 { break }
            if v == 100 {
                current = max(current, 1) * 100
            } else if v >= 1000 {
                total += max(current, 1) * v
                current = 0
            } else {
                current += v
            }
            first = false
            t = next + 1
            out.append((t, String(total + current)))
        }
        return out
    }

    static let trailingSeparators: Set<String> = [",", "،", "-", "/", "(", ":", "؛", ";"]

    /// The state of matching one rule from one token: captures so far and the best match.
    struct Walk {
        var start: Int
        var captures: [String?]
        var spanFirst = -1, spanEnd = -1
        var bestFirst = -1, bestEnd = -1, bestMatched = 0
        var best: [String?] = []

        /// Prepares the buffer for another rule (captures are cleared as the search unwinds).
        mutating func reset(start: Int) {
            self.start = start
            spanFirst = -1; spanEnd = -1; bestFirst = -1; bestEnd = -1; bestMatched = 0
        }
    }

    /// Depth-first search over the rule's elements; keeps the longest span (then most tokens).
    func walk(_ rule: Rule, _ e: Int, _ i: Int, _ forms: [Form], _ w: inout Walk) {
        if e == rule.elements.count {
            let length = w.spanEnd - w.spanFirst, bestLength = w.bestEnd - w.bestFirst
            if w.spanFirst >= 0, length > 0,
               length > bestLength || (length == bestLength && i - w.start > w.bestMatched) {
                w.bestFirst = w.spanFirst
                w.bestEnd = w.spanEnd
                w.bestMatched = i - w.start
                w.best = w.captures
            }
            return
        }
        let element = rule.elements[e]
        if case .builtin(let b) = element.matcher, b != .num || (i < tokens.count && tokens[i].kind == .number) {
            if i < tokens.count, i == w.start || !tokens[i].lineBefore, !element.isGlued || i == w.start || !tokens[i].spaceBefore,
               let value = single(b, tokens[i]) {
                w.captures[e] = value
                let saved = (w.spanFirst, w.spanEnd)
                if !element.isContext {
                    if w.spanFirst < 0 { w.spanFirst = i }
                    w.spanEnd = i + 1
                }
                walk(rule, e + 1, i + 1, forms, &w)
                (w.spanFirst, w.spanEnd) = saved
                w.captures[e] = nil
            }
            if element.isOptional { walk(rule, e + 1, i, forms, &w) }
            return
        }
        if case .literal(let set) = element.matcher {
            if i < tokens.count, i == w.start || !tokens[i].lineBefore, !element.isGlued || i == w.start || !tokens[i].spaceBefore {
                let found = i == w.start ? forms.first(where: { set.contains($0) })
                    : (set.contains(tokens[i].key) ? tokens[i].key : nil)
                if let f = found {
                    w.captures[e] = f.string
                    let saved = (w.spanFirst, w.spanEnd)
                    if !element.isContext {
                        if w.spanFirst < 0 { w.spanFirst = i }
                        w.spanEnd = i + 1
                    }
                    walk(rule, e + 1, i + 1, forms, &w)
                    (w.spanFirst, w.spanEnd) = saved
                    w.captures[e] = nil
                }
            }
            if element.isOptional { walk(rule, e + 1, i, forms, &w) }
            return
        }
        for (next, value) in options(element, i, start: w.start, forms: forms) {
            w.captures[e] = value
            let saved = (w.spanFirst, w.spanEnd)
            if !element.isContext {
                if w.spanFirst < 0 { w.spanFirst = i }
                w.spanEnd = next
            }
            walk(rule, e + 1, next, forms, &w)
            (w.spanFirst, w.spanEnd) = saved
            w.captures[e] = nil
        }
        if element.isOptional { walk(rule, e + 1, i, forms, &w) }
    }

    /// What can start at a token: the forms its first word may take, the rules, and the rules as bits.
    struct Start {
        var forms: [Form]
        var rules: [Int]
        /// Parallel to `rules`: reached only through an optional leading element.
        var leadOnly: [Bool]
        var bits: [UInt64]
        func contains(_ rule: Int) -> Bool { bits[rule >> 6] & (1 << UInt64(rule & 63)) != 0 }
    }

    /// The starts of the tokens of one text, computed once per distinct form.
    final class Starts {
        var entries: [Start]
        var memo: [Form: Int] = [:]
        var byToken: [Int]
        var mark: [Int]
        var stamp = 0
        init(tokens: Int, rules: Int) {
            entries = [Start(forms: [], rules: [], leadOnly: [], bits: [UInt64](repeating: 0, count: (rules + 63) / 64))]
            byToken = [Int](repeating: -1, count: tokens)
            mark = [Int](repeating: -1, count: rules)
        }
    }

    /// The index in `starts.entries` of what can start at token `t` (0: nothing).
    func start(_ t: Int, _ starts: Starts, anyWordStarts: Bool) -> Int {
        if starts.byToken[t] >= 0 { return starts.byToken[t] }
        let token = tokens[t]
        let key = token.key
        var index = 0
        if token.kind == .number || anyWordStarts || rules.startForms.contains(key)
            || (token.isArabic && !rules.proclitics.isEmpty && token.form.unicodeScalars.first.map { $0 == "و" || $0 == "ف" || $0 == "ب" } == true) {
            if let known = starts.memo[key] {
                index = known
            } else {
                starts.stamp += 1
                let (forms, list) = startingRules(t, &starts.mark, starts.stamp)
                var bits = starts.entries[0].bits
                for id in list { bits[id >> 6] |= 1 << UInt64(id & 63) }
                let lead = rules.leadOnly[key]
                let leadOnly = list.map { forms.count == 1 && lead?.contains($0) == true }
                starts.entries.append(Start(forms: forms, rules: list, leadOnly: leadOnly, bits: bits))
                index = starts.entries.count - 1
                starts.memo[key] = index
            }
        }
        starts.byToken[t] = index
        return index
    }

    /// The rules that may start at a token and the forms its first word may take.
    func startingRules(_ t: Int, _ mark: inout [Int], _ stamp: Int) -> (forms: [Form], rules: [Int]) {
        let token = tokens[t]
        let forms = firstForms(t)
        var list: [Int] = []
        func add(_ ids: [Int]?) {
            guard let ids else { return }
            for id in ids where mark[id] != stamp { mark[id] = stamp; list.append(id) }
        }
        for f in forms {
            add(rules.rulesByLiteral[f])
            if let names = rules.lexiconsByFirst[f] { for name in names { add(rules.rulesByLexicon[name]) } }
        }
        if token.kind == .number {
            for b in [BuiltinClass.int, .day, .monthnum, .year, .year2, .hour, .minute, .num] { add(rules.rulesByBuiltin[b]) }
        } else if token.kind == .word {
            add(rules.rulesByBuiltin[.word])
            add(rules.rulesByBuiltin[.def])
            if rules.numbers?.byFirst[token.key] != nil { add(rules.rulesByBuiltin[.num]) }
        }
        list.sort()
        return (forms, list)
    }

    /// Every match of every rule, with values resolved (negative rules have none).
    ///
    /// - Complexity: O(n) in the number of tokens; the rules a form can start are looked up once per
    ///   distinct form.
    func candidates(anchor: CivilDay?) -> [Candidate] {
        var out: [Candidate] = []
        let anyWordStarts = rules.rulesByBuiltin[.word] != nil || rules.rulesByBuiltin[.def] != nil
        let starts = Starts(tokens: tokens.count, rules: rules.rules.count)
        var w = Walk(start: 0, captures: [String?](repeating: nil, count: rules.maxElements))
        for t in tokens.indices {
            let here = start(t, starts, anyWordStarts: anyWordStarts)
            if here == 0 { continue }
            let entry = starts.entries[here]
            for (k, id) in entry.rules.enumerated() {
                let rule = rules.rules[id]
                // Reached only through optional leading words (`the?`): the first required element
                // must start within the next few tokens, which their own starts tell cheaply.
                if entry.leadOnly[k] {
                    var possible = false
                    var p = t + 1
                    while p <= t + rule.leadTokens, p < tokens.count {
                        if starts.entries[start(p, starts, anyWordStarts: anyWordStarts)].contains(id) { possible = true; break }
                        p += 1
                    }
                    if !possible { continue }
                }
                w.reset(start: t)
                walk(rule, 0, t, entry.forms, &w)
                var bestFirst = w.bestFirst, bestEnd = w.bestEnd
                guard bestEnd > bestFirst, bestFirst >= 0 else { continue }
                // A span never starts with punctuation nor ends with a separator (optional commas).
                while bestEnd - bestFirst > 1, tokens[bestFirst].kind == .punct { bestFirst += 1 }
                while bestEnd - bestFirst > 1, Self.trailingSeparators.contains(tokens[bestEnd - 1].form) { bestEnd -= 1 }
                if rule.isNegative {
                    out.append(Candidate(first: bestFirst, end: bestEnd, rule: id, value: nil, matched: w.bestMatched))
                    continue
                }
                let forward = isForward(before: bestFirst, after: bestEnd)
                let context = ResolutionContext(anchor: anchor, isForward: forward)
                if let value = rule.normalization.evaluate(w.best, context) {
                    out.append(Candidate(first: bestFirst, end: bestEnd, rule: id, value: value,
                                         captures: w.best, isForward: forward, matched: w.bestMatched))
                }
            }
        }
        return out
    }

    /// Whether a future cue (`will`, `سوف`, `المقبل`) appears in the clause before the expression.
    func isForward(before start: Int, after end: Int) -> Bool {
        guard let future = rules.future else { return false }
        var t = start - 1
        var seen = 0
        while t >= 0, seen < 10 {
            let token = tokens[t]
            if token.isBoundary || token.form == "\"" { break }
            for form in token.isArabic ? firstForms(t) : [token.key] {
                if let entries = future.byFirst[form],
                   entries.contains(where: { $0.tokens.count == 1 || continues($0.tokens, at: t + 1) }) {
                    return true
                }
            }
            if token.lineBefore { break }
            t -= 1
            seen += 1
        }
        return false
    }

    /// The chosen matches: longest first (then the earlier rule), never overlapping, in text order.
    static func select(_ candidates: [Candidate], tokens: [ScanToken]) -> [Candidate] {
        let sorted = candidates.sorted { a, b in
            let la = tokens[a.end - 1].end - tokens[a.first].start, lb = tokens[b.end - 1].end - tokens[b.first].start
            if la != lb { return la > lb }
            if a.matched != b.matched { return a.matched > b.matched }
            if a.rule != b.rule { return a.rule < b.rule }
            return a.first < b.first
        }
        var taken = [Bool](repeating: false, count: tokens.count)
        var chosen: [Candidate] = []
        for c in sorted where !taken[c.first..<c.end].contains(true) {
            for i in c.first..<c.end { taken[i] = true }
            if c.value != nil { chosen.append(c) }
        }
        return chosen.sorted { $0.first < $1.first }
    }
}
