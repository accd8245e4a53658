/// What a pattern element captured, as plain values; turned into strings only for the best match
/// of a rule (``Matcher/strings(_:forms:)``), so that trying a rule allocates nothing.
struct Capture: Sendable {
    enum Kind: UInt8, Sendable {
        /// Nothing (an optional element that was skipped).
        case none
        /// A word-list value: `index` into ``CompiledRules/values``.
        case value
        /// The form of token `index`.
        case token
        /// The `index`-th form the first token may take (itself or a stem without its proclitic).
        case form
        /// A cardinal read from words (`twenty-four`): `index` is the number.
        case number
    }
    var kind = Kind.none
    var index = 0
}

extension Matcher {
    /// The state of matching one rule from one token: captures so far and the best match.
    struct Walk {
        var start = 0
        var captures: [Capture]
        var spanFirst = -1, spanEnd = -1
        var bestFirst = -1, bestEnd = -1, bestMatched = 0
        var best: [Capture]

        init(slots: Int) {
            captures = [Capture](repeating: Capture(), count: slots)
            best = captures
        }

        /// Prepares the buffer for another rule (captures are cleared as the search unwinds).
        mutating func reset(start: Int) {
            self.start = start
            spanFirst = -1; spanEnd = -1; bestFirst = -1; bestEnd = -1; bestMatched = 0
        }
    }

    /// The captures of a match as the normalisation reads them.
    func strings(_ captures: [Capture], forms: [Form]) -> [String?] {
        captures.map { c in
            switch c.kind {
            case .none: return nil
            case .value: return rules.compiled.values[c.index]
            case .token: return tokens[c.index].form
            case .form: return forms[c.index].string
            case .number: return String(c.index)
            }
        }
    }

    /// Whether token `i` may take the next element: it exists and, unless it opens the match, no
    /// line break precedes it, nor white space when the element is glued.
    @inline(__always)
    func admits(_ step: Step, _ i: Int, start: Int) -> Bool {
        i < tokens.count && (i == start || (!tokens[i].lineBefore && (!step.isGlued || !tokens[i].spaceBefore)))
    }

    /// Whether a one-token built-in class takes a token (not `@num` on a word, which may span words).
    @inline(__always)
    func single(_ b: BuiltinClass, _ token: ScanToken) -> Bool {
        let n = token.number
        let isNumber = token.kind == .number
        let digits = token.digits
        switch b {
        case .int, .num: return isNumber
        case .day: return isNumber && digits <= 2 && (1...31).contains(n)
        case .monthnum: return isNumber && digits <= 2 && (1...12).contains(n)
        case .year: return isNumber && digits == 4 && (1000...2999).contains(n)
        case .year2: return isNumber && digits == 2
        case .hour: return isNumber && digits <= 2 && (0...24).contains(n)
        case .minute: return isNumber && digits == 2 && (0...59).contains(n)
        case .def: return token.isDefinite
        case .nisba: return token.isDefinite && (token.key.string.hasSuffix("\u{064A}") || token.key.string.hasSuffix("\u{0649}"))
        case .word: return token.kind == .word
        }
    }

    /// Whether the tokens from `t` on carry the second and later tokens of a word-list entry.
    @inline(__always)
    func continues(_ entry: CompiledEntry, at t: Int) -> Bool {
        let ids = rules.compiled.entryTokens
        for k in 1..<entry.tokenCount {
            let i = t + k - 1
            guard i < tokens.count, tokens[i].id == ids[entry.tokenStart + k], !tokens[i].lineBefore else { return false }
        }
        return true
    }

    /// Whether a rule started at token `t` may match, judged by its first two tokens: a step the
    /// match can open with (the first required one, or an optional one before it) must take token
    /// `t`, and where that step ends, the steps after it (up to and including a required one) must
    /// take the next token, unless the pattern may end there. Most rules tried fail this (`the`
    /// followed by anything but `weekend`, a number or `a` followed by anything but a unit), and
    /// it costs a few table reads where a walk is a search. A necessary condition only; `walk`
    /// decides.
    ///
    /// Written with loops, not closures: a closure here would capture (copy) the matcher.
    func mayMatch(_ rule: Int, at t: Int, _ forms: [Int32]) -> Bool {
        let compiled = rules.compiled
        let steps = compiled.ruleSteps[rule]
        var s = steps.lowerBound
        while s < steps.upperBound {
            let step = compiled.steps[s]
            switch step.kind {
            case .builtin where step.builtin != .num || tokens[t].kind == .number:
                if single(step.builtin, tokens[t]), follows(steps, s + 1, t + 1, start: t) { return true }
            case .builtin:
                // `@num` on a word: `numberWords` ends after it when it is a number word, and
                // goes on only when the next token may continue the number.
                let id = tokens[t].id
                if tokens[t].kind == .word, id >= 0, compiled.numberValue[Int(id)] != nil {
                    if follows(steps, s + 1, t + 1, start: t) { return true }
                    if t + 1 < tokens.count, mayContinueNumber(t + 1) { return true }
                }
            case .literal:
                for f in forms where compiled.literal(step.payload, contains: f) {
                    if follows(steps, s + 1, t + 1, start: t) { return true }
                    break
                }
            case .lexicon:
                let capitalized = tokens[t].isCapitalized
                for f in forms where f >= 0 {
                    let at = step.payload * compiled.formCount + Int(f)
                    for k in Int(compiled.firstStart[at])..<Int(compiled.firstEnd[at]) {
                        let entry = compiled.entries[k]
                        guard entry.tokenCount == 1 || continues(entry, at: t + 1) else { continue }
                        if entry.needsCapital, !capitalized { continue }
                        if follows(steps, s + 1, t + entry.tokenCount, start: t) { return true }
                    }
                }
            }
            if !step.isOptional { return false }
            s += 1
        }
        return true
    }

    /// Whether step `s` of `steps`, or a step after it past optional ones, can take token `i`,
    /// or the pattern can end before `i` (the match started at `start`).
    func follows(_ steps: Range<Int>, _ s: Int, _ i: Int, start: Int) -> Bool {
        var s = s
        while s < steps.upperBound {
            let step = rules.compiled.steps[s]
            if admits(step, i, start: start), opens(step, i) { return true }
            if !step.isOptional { return false }
            s += 1
        }
        return true
    }

    /// Whether `numberWords` may read token `i` as more of a number (a number word, a joining
    /// `-`, `and` or `و`, or an Arabic word that may be `و` + a number word).
    @inline(__always)
    func mayContinueNumber(_ i: Int) -> Bool {
        let compiled = rules.compiled, id = tokens[i].id
        return id == compiled.dash || id == compiled.and || id == compiled.waw || tokens[i].isArabic
            || (id >= 0 && compiled.numberValue[Int(id)] != nil)
    }

    /// Whether a step can take token `i` as its first token, `i` not being the match's first
    /// token (what `walk` asks there, before multi-token entries, capitals and later steps).
    @inline(__always)
    func opens(_ step: Step, _ i: Int) -> Bool {
        let compiled = rules.compiled
        let id = tokens[i].id
        switch step.kind {
        case .literal:
            return compiled.literal(step.payload, contains: id)
        case .lexicon:
            guard id >= 0 else { return false }
            let at = step.payload * compiled.formCount + Int(id)
            return compiled.firstStart[at] < compiled.firstEnd[at]
        case .builtin:
            if step.builtin != .num || tokens[i].kind == .number { return single(step.builtin, tokens[i]) }
            // `@num` on a word: `numberWords` starts only on a number word.
            return tokens[i].kind == .word && id >= 0 && compiled.numberValue[Int(id)] != nil
        }
    }

    /// Depth-first search over the steps `e..<steps.upperBound` of a rule from token `i`; keeps the
    /// longest span (then the most tokens, then the first found).
    ///
    /// `forms` are the ids of the forms the first token may take. Every alternative is tried in
    /// the order of the rule's data: built-in or literal or word-list entries (longest first), then
    /// skipping an optional element.
    func walk(_ steps: Range<Int>, _ e: Int, _ i: Int, _ forms: [Int32], _ w: inout Walk) {
        if e == steps.upperBound {
            let length = w.spanEnd - w.spanFirst, bestLength = w.bestEnd - w.bestFirst
            if w.spanFirst >= 0, length > 0,
               length > bestLength || (length == bestLength && i - w.start > w.bestMatched) {
                w.bestFirst = w.spanFirst
                w.bestEnd = w.spanEnd
                w.bestMatched = i - w.start
                for k in w.captures.indices { w.best[k] = w.captures[k] }
            }
            return
        }
        let compiled = rules.compiled
        let step = compiled.steps[e]
        let slot = e - steps.lowerBound
        /// Takes tokens `i..<next` with a capture, walks on, and undoes.
        func take(_ capture: Capture, _ next: Int) {
            w.captures[slot] = capture
            let saved = (w.spanFirst, w.spanEnd)
            if !step.isContext {
                if w.spanFirst < 0 { w.spanFirst = i }
                w.spanEnd = next
            }
            walk(steps, e + 1, next, forms, &w)
            (w.spanFirst, w.spanEnd) = saved
            w.captures[slot] = Capture()
        }
        switch step.kind {
        case .builtin where step.builtin != .num || (i < tokens.count && tokens[i].kind == .number):
            if admits(step, i, start: w.start), single(step.builtin, tokens[i]) { take(Capture(kind: .token, index: i), i + 1) }
        case .builtin:
            // `@num` on a word: every prefix of a cardinal in words.
            if admits(step, i, start: w.start) { numberWords(at: i) { next, value in take(Capture(kind: .number, index: value), next) } }
        case .literal:
            if admits(step, i, start: w.start) {
                if i == w.start {
                    if let k = forms.firstIndex(where: { compiled.literal(step.payload, contains: $0) }) {
                        take(Capture(kind: .form, index: k), i + 1)
                    }
                } else if compiled.literal(step.payload, contains: tokens[i].id) {
                    take(Capture(kind: .token, index: i), i + 1)
                }
            }
        case .lexicon:
            if admits(step, i, start: w.start) {
                let capitalized = tokens[i].isCapitalized
                func follow(_ f: Int32) {
                    guard f >= 0 else { return }
                    let at = step.payload * compiled.formCount + Int(f)
                    for k in Int(compiled.firstStart[at])..<Int(compiled.firstEnd[at]) {
                        let entry = compiled.entries[k]
                        guard entry.tokenCount == 1 || continues(entry, at: i + 1) else { continue }
                        if entry.needsCapital, !capitalized { continue }
                        take(Capture(kind: .value, index: entry.value), i + entry.tokenCount)
                    }
                }
                if i > w.start { follow(tokens[i].id) } else { for f in forms { follow(f) } }
            }
        }
        if step.isOptional { walk(steps, e + 1, i, forms, &w) }
    }

    /// Cardinals in words: `twenty-four`, `a hundred thirty`, `خمسة وعشرين`; calls `body` with the
    /// token after and the value of every prefix that ends on a number word.
    func numberWords(at start: Int, _ body: (_ next: Int, _ value: Int) -> Void) {
        guard let numbers = rules.numbers else { return }
        let compiled = rules.compiled
        func value(_ t: Int, allowConjunction: Bool) -> Int? {
            guard t < tokens.count, tokens[t].kind == .word else { return nil }
            let id = tokens[t].id
            if id >= 0, let v = compiled.numberValue[Int(id)] { return v }
            let f = tokens[t].form
            if allowConjunction, tokens[t].isArabic, f.hasPrefix("و") {
                return numbers.byFirst[Form.dropping(1, of: f)]?.first(where: { $0.tokens.count == 1 }).flatMap { Int($0.value) }
            }
            return nil
        }
        var total = 0, current = 0
        var t = start
        var first = true
        while t < tokens.count {
            if !first, tokens[t].lineBefore { break }
            var next = t
            let id = tokens[t].id
            if !first, id == compiled.dash || id == compiled.and || id == compiled.waw { next = t + 1 }
            guard let v = value(next, allowConjunction: !first) else { break }
            if !first, t - 1 >= start, tokens[start].id == compiled.a || tokens[start].id == compiled.an, v < 100, v != 12 { break }
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
            body(t, total + current)
        }
    }
}
