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
    /// The date a discourse rule counted from (`three days later`), when not the anchor.
    var reference: String?
    /// Tokens matched including context elements (a more specific match wins a tie).
    var matched = 0
}

/// Runs one language's rules over a token stream.
struct Matcher {
    let rules: LanguageRules
    let tokens: [ScanToken]
    /// For each token, the code-point offset where its sentence starts (tense cues stay in the sentence;
    /// the periods of `Mr.` or `P.` do not end it).
    var sentenceStarts: [Int] = []

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
        if case .lexicon(_, let lexicon) = element.matcher {
            // Inline of `options` for word lists: no array of options per call (hot path).
            guard i < tokens.count, i == w.start || !tokens[i].lineBefore,
                  !element.isGlued || i == w.start || !tokens[i].spaceBefore else {
                if element.isOptional { walk(rule, e + 1, i, forms, &w) }
                return
            }
            let capitalized = tokens[i].isCapitalized
            func follow(_ f: Form) {
                guard let entries = lexicon.byFirst[f] else { return }
                for entry in entries where entry.tokens.count == 1 || continues(entry.tokens, at: i + 1) {
                    if entry.needsCapital, !capitalized { continue }
                    let next = i + entry.tokens.count
                    w.captures[e] = entry.value
                    let saved = (w.spanFirst, w.spanEnd)
                    if !element.isContext {
                        if w.spanFirst < 0 { w.spanFirst = i }
                        w.spanEnd = next
                    }
                    walk(rule, e + 1, next, forms, &w)
                    (w.spanFirst, w.spanEnd) = saved
                    w.captures[e] = nil
                }
            }
            if i > w.start { follow(tokens[i].key) } else { for f in forms { follow(f) } }
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

    /// The starts of the tokens of one text: an index per token (-2 not yet known, -1 nothing) into
    /// the shipped entries, then into `extra` for words seen with a proclitic.
    struct Starts {
        var slot: [Int32]
        var extra: [StartEntry] = []
        var memo = FormIndex()
    }

    /// The start entry at an index of `Starts`.
    @inline(__always)
    func entry(_ i: Int32, _ s: Starts) -> StartEntry {
        let base = rules.startEntries.count
        return Int(i) < base ? rules.startEntries[Int(i)] : s.extra[Int(i) - base]
    }

    /// Whether the rule can start at token `t`.
    @inline(__always)
    func canStart(_ rule: Int, at t: Int, _ s: inout Starts, anyWordStarts: Bool) -> Bool {
        let i = start(t, &s, anyWordStarts: anyWordStarts)
        guard i >= 0 else { return false }
        let base = rules.startEntries.count
        return Int(i) < base ? rules.startEntries[Int(i)].contains(rule) : s.extra[Int(i) - base].contains(rule)
    }

    /// The index of what can start at token `t`, or -1.
    func start(_ t: Int, _ s: inout Starts, anyWordStarts: Bool) -> Int32 {
        if s.slot[t] != -2 { return s.slot[t] }
        var found: Int32 = -1
        switch tokens[t].kind {
        case .number:
            found = rules.numberStartIndex
        case .punct:
            found = rules.wordStartIndex[tokens[t].key] ?? -1
        case .word:
            let key = tokens[t].key
            let clitic = tokens[t].isArabic && !rules.proclitics.isEmpty
                && tokens[t].form.unicodeScalars.first.map { $0 == "و" || $0 == "ف" || $0 == "ب" } == true
            if !clitic, !anyWordStarts {
                found = rules.wordStartIndex[key] ?? -1
            } else if let known = s.memo[key] {
                found = known
            } else {
                let forms = clitic ? firstForms(t) : [key]
                if forms.count == 1, !anyWordStarts {
                    found = rules.wordStartIndex[key] ?? -1
                } else {
                    let made = rules.entry(forms: forms, isNumber: false)
                    if !made.rules.isEmpty {
                        found = Int32(rules.startEntries.count + s.extra.count)
                        s.extra.append(made)
                    }
                }
                s.memo[key] = found
            }
        }
        s.slot[t] = found
        return found
    }

    /// Every match of every rule, with values resolved (negative rules have none).
    ///
    /// - Complexity: O(n) in the number of tokens; the rules a form can start are looked up once per
    ///   distinct form.
    func candidates(anchor: CivilDay?) -> [Candidate] {
        var out: [Candidate] = []
        let anyWordStarts = rules.rulesByBuiltin[.word] != nil || rules.rulesByBuiltin[.def] != nil
        var starts = Starts(slot: [Int32](repeating: -2, count: tokens.count))
        var w = Walk(start: 0, captures: [String?](repeating: nil, count: rules.maxElements))
        var cueMemo = [Int8](repeating: -1, count: tokens.count)
        var single = [Form("")]
        for t in tokens.indices {
            let index = start(t, &starts, anyWordStarts: anyWordStarts)
            if index < 0 { continue }
            let entry = self.entry(index, starts)
            let forms: [Form]
            if entry.forms.isEmpty {
                single[0] = tokens[t].key            // a number: its own form, in a reused array
                forms = single
            } else {
                forms = entry.forms
            }
            for (k, id) in entry.rules.enumerated() {
                let rule = rules.rules[id]
                // Reached only through optional leading words (`the?`): the first required element
                // must start within the next few tokens, which their own starts tell cheaply.
                if entry.leadOnly[k] {
                    var possible = false
                    var p = t + 1
                    while p <= t + rule.leadTokens, p < tokens.count {
                        if canStart(id, at: p, &starts, anyWordStarts: anyWordStarts) { possible = true; break }
                        p += 1
                    }
                    if !possible { continue }
                }
                w.reset(start: t)
                walk(rule, 0, t, forms, &w)
                var bestFirst = w.bestFirst, bestEnd = w.bestEnd
                guard bestEnd > bestFirst, bestFirst >= 0 else { continue }
                // A span never starts with punctuation nor ends with a separator (optional commas).
                while bestEnd - bestFirst > 1, tokens[bestFirst].kind == .punct { bestFirst += 1 }
                while bestEnd - bestFirst > 1, Self.trailingSeparators.contains(tokens[bestEnd - 1].form) { bestEnd -= 1 }
                if rule.isNegative {
                    out.append(Candidate(first: bestFirst, end: bestEnd, rule: id, value: nil, matched: w.bestMatched))
                    continue
                }
                // Tense cues depend only on where the match starts: looked up once per start token.
                if cueMemo[bestFirst] < 0 {
                    let forward = isForward(before: bestFirst, after: bestEnd)
                    cueMemo[bestFirst] = forward ? 1 : isPast(before: bestFirst) ? 2 : 0
                }
                let forward = cueMemo[bestFirst] == 1
                var context = ResolutionContext(anchor: anchor, isForward: forward)
                context.isPast = cueMemo[bestFirst] == 2
                if let value = rule.normalization.evaluate(w.best, context) {
                    out.append(Candidate(first: bestFirst, end: bestEnd, rule: id, value: value,
                                         captures: w.best, isForward: forward, matched: w.bestMatched))
                }
            }
        }
        return out
    }

    /// Whether a future cue (`will`, `سوف`, `المقبل`) governs the expression: one appears in the
    /// clause before it, and no perfect-tense marker stands right before that cue (`had been
    /// scheduled to expire Friday`, `as previously planned Saturday` look back, not forward).
    func isForward(before start: Int, after end: Int) -> Bool {
        if isAfterPastVerb(start) { return false }
        if let cue = cueIndex(rules.future, before: start) {
            return !hasCue(rules.past, within: max(0, cue - Self.perfectReach)..<cue)
        }
        return endsCue(rules.deadline, at: start) && !isPast(before: start)
    }

    /// Whether a simple-past verb stands right before the expression, or before its preposition
    /// (`announced Wednesday`, `met on Monday`): the past verb governs it, not an earlier cue.
    func isAfterPastVerb(_ start: Int) -> Bool {
        guard !rules.pastVerbs.isEmpty || !rules.pastSuffixes.isEmpty else { return false }
        var t = start - 1
        if t >= 0, tokens[t].kind == .word, tokens[t].form == "on" || tokens[t].form == "in" || tokens[t].form == "last" { t -= 1 }
        guard t >= 0, tokens[t].kind == .word, !hasCue(rules.future, within: t..<t + 1) else { return false }
        let key = tokens[t].key
        if rules.pastVerbs.contains(key) { return true }
        let bytes = Array(key.string.utf8)
        let ended = rules.pastSuffixes.contains { suffix in
            bytes.count >= suffix.count + 3 && bytes.suffix(suffix.count).elementsEqual(suffix)
        }
        guard ended else { return false }
        return t == 0 || !rules.participleMarkers.contains(tokens[t - 1].key)
    }

    /// How many tokens before a future cue a perfect-tense marker cancels it (`had been scheduled`).
    static let perfectReach = 3

    /// How many tokens before the expression tense cues are looked for (within its clause).
    static let cueReach = 14

    /// Whether a perfect-tense marker (`had`, `كان قد`) appears in the clause before the expression.
    func isPast(before start: Int) -> Bool {
        cueIndex(rules.past, before: start) != nil
    }

    /// Whether the token is a quotation mark (`"`, `“`, `»`, or the doubled `` `` `` and `''` of
    /// wire copy): a quotation is a clause of its own for tense cues.
    func isQuoteMark(_ t: Int) -> Bool {
        let form = tokens[t].form
        switch form {
        case "\"", "“", "”", "«", "»", "`": return true
        case "'": return (t > 0 && tokens[t - 1].form == "'") || (t + 1 < tokens.count && tokens[t + 1].form == "'")
        default: return false
        }
    }

    /// Whether an entry of a cue list ends right before token `end` (`until`, `ahead of`).
    func endsCue(_ cues: Lexicon?, at end: Int) -> Bool {
        guard let cues else { return false }
        for t in stride(from: end - 1, through: max(0, end - 3), by: -1) {
            if cues.byFirst[tokens[t].key]?.contains(where: { $0.tokens.count == end - t && continues($0.tokens, at: t + 1) }) == true {
                return true
            }
        }
        return false
    }

    /// Whether an entry of a cue list starts at one of the given tokens.
    func hasCue(_ cues: Lexicon?, within range: Range<Int>) -> Bool {
        guard let cues else { return false }
        return range.contains { t in
            cues.byFirst[tokens[t].key]?.contains { $0.tokens.count == 1 || continues($0.tokens, at: t + 1) } == true
        }
    }

    /// The token where the nearest entry of a cue list starts in the clause before token `start`
    /// (at most `cueReach` tokens back), or `nil`.
    func cueIndex(_ cues: Lexicon?, before start: Int) -> Int? {
        guard let cues else { return nil }
        var t = start - 1
        var seen = 0
        while t >= 0, seen < Self.cueReach {
            let token = tokens[t]
            if t < sentenceStarts.count, token.start < sentenceStarts[start] { break }
            if token.isClauseBoundary || isQuoteMark(t) { break }
            if let entries = cues.byFirst[token.key],
               entries.contains(where: { $0.tokens.count == 1 || continues($0.tokens, at: t + 1) }) {
                return t
            }
            if token.isArabic, let c = token.form.unicodeScalars.first, c == "و" || c == "ف",
               let entries = cues.byFirst[Form(String(token.form.unicodeScalars.dropFirst()))],   // وسيكون → سيكون
               entries.contains(where: { $0.tokens.count == 1 || continues($0.tokens, at: t + 1) }) {
                return t
            }
            if token.lineBefore { break }
            t -= 1
            seen += 1
        }
        return nil
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
