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
        guard token.mayCarryProclitic, !rules.proclitics.isEmpty, let c = token.form.unicodeScalars.first,
              c == "و" || c == "ف" || c == "ب"
        else { return [token.key] }
        // Cheap test first: would dropping one or two letters leave a form some rule starts with?
        let scalars = token.form.unicodeScalars
        guard scalars.count > 2 else { return [token.key] }
        let one = Form.dropping(1, of: token.form), two = Form.dropping(2, of: token.form)
        guard rules.startForms.contains(one) || rules.startForms.contains(two) else { return [token.key] }
        var out = [token.key]
        for reading in ArabicClitics.readings(of: token.form).dropFirst() where rules.proclitics.contains(reading.prefix) {
            out.append(Form(reading.stem))
        }
        return out
    }

    /// Whether the tokens from `t` on carry `forms` after the first (a multi-token entry).
    func continues(_ forms: [Form], at t: Int) -> Bool {
        for (k, f) in forms.dropFirst().enumerated() {
            let i = t + k
            guard i < tokens.count, tokens[i].key == f, !tokens[i].lineBefore else { return false }
        }
        return true
    }

    /// The forms a span may not end with when the pattern made them optional.
    static let trailingSeparators: Set<String> = [",", "،", "-", "/", "(", ":", "؛", ";"]

    /// Whether token `t` is one of `trailingSeparators`.
    @inline(__always)
    func isTrailingSeparator(_ t: Int) -> Bool {
        let id = tokens[t].id
        return id >= 0 && rules.compiled.isTrailingSeparator[Int(id)]
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

    /// The start entry of token `t`'s own form, or -1.
    @inline(__always)
    func wordStart(_ t: Int) -> Int32 {
        let id = tokens[t].id
        return id >= 0 ? rules.startByID[Int(id)] : -1
    }

    /// What `start` answers for a number, a punctuation mark or a word that can carry no
    /// proclitic when no rule starts with any word: read off the token's id, without the memo.
    /// `nil` for the other tokens.
    @inline(__always)
    func quickStart(_ t: Int, anyWordStarts: Bool) -> Int32? {
        switch tokens[t].kind {
        case .number: return rules.numberStartIndex
        case .punct: return wordStart(t)
        case .word: return anyWordStarts || (tokens[t].isArabic && !rules.proclitics.isEmpty) ? nil : wordStart(t)
        }
    }

    /// The index of what can start at token `t`, or -1.
    func start(_ t: Int, _ s: inout Starts, anyWordStarts: Bool) -> Int32 {
        if s.slot[t] != -2 { return s.slot[t] }
        var found: Int32 = -1
        switch tokens[t].kind {
        case .number:
            found = rules.numberStartIndex
        case .punct:
            found = wordStart(t)
        case .word:
            let key = tokens[t].key
            let clitic = tokens[t].isArabic && !rules.proclitics.isEmpty
                && tokens[t].mayCarryProclitic
            if !clitic, !anyWordStarts {
                found = wordStart(t)
            } else if let known = s.memo[key] {
                found = known
            } else {
                let forms = clitic ? firstForms(t) : [key]
                if forms.count == 1, !anyWordStarts {
                    found = wordStart(t)
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
        let anyWordStarts = rules.rulesByBuiltin[.word] != nil || rules.rulesByBuiltin[.def] != nil || rules.rulesByBuiltin[.nisba] != nil
        var starts = Starts(slot: [Int32](repeating: -2, count: tokens.count))
        var w = Walk(slots: rules.maxElements)
        var cueMemo = [Int8](repeating: -1, count: tokens.count)
        var single = [Form("")], singleID: [Int32] = [-1]
        for t in tokens.indices {
            let index = quickStart(t, anyWordStarts: anyWordStarts) ?? start(t, &starts, anyWordStarts: anyWordStarts)
            if index < 0 { continue }
            let entry = self.entry(index, starts)
            let forms: [Form], formIDs: [Int32]
            if entry.forms.isEmpty {
                single[0] = tokens[t].key            // a number: its own form, in a reused array
                singleID[0] = tokens[t].id
                forms = single
                formIDs = singleID
            } else {
                forms = entry.forms
                formIDs = entry.formIDs
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
                if !mayMatch(id, at: t, formIDs) { continue }
                w.reset(start: t)
                let steps = rules.compiled.ruleSteps[id]
                walk(steps, steps.lowerBound, t, formIDs, &w)
                var bestFirst = w.bestFirst, bestEnd = w.bestEnd
                guard bestEnd > bestFirst, bestFirst >= 0 else { continue }
                // A span never starts with punctuation nor ends with a separator (optional commas).
                while bestEnd - bestFirst > 1, tokens[bestFirst].kind == .punct { bestFirst += 1 }
                while bestEnd - bestFirst > 1, isTrailingSeparator(bestEnd - 1) { bestEnd -= 1 }
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
                let captures = strings(w.best, forms: forms)
                if let value = rule.normalization.evaluate(captures, context) {
                    out.append(Candidate(first: bestFirst, end: bestEnd, rule: id, value: value,
                                         captures: captures, isForward: forward, matched: w.bestMatched))
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
        if t >= 0, tokens[t].kind == .word, !tokens[t].isArabic,
           tokens[t].form == "on" || tokens[t].form == "in" || tokens[t].form == "last" { t -= 1 }
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
        switch tokens[t].mark {
        case 0x22, 0x201C, 0x201D, 0xAB, 0xBB, 0x60: return true
        case 0x27: return (t > 0 && tokens[t - 1].mark == 0x27) || (t + 1 < tokens.count && tokens[t + 1].mark == 0x27)
        default: return false
        }
    }

    /// Whether an entry of a word list starts at token `t` (its first word read as `first` when
    /// given) and, with `spanning`, covers exactly that many tokens.
    func hasEntry(of list: Lexicon, startingAt t: Int, first: Form? = nil, spanning: Int? = nil) -> Bool {
        guard let entries = list.byFirst[first ?? tokens[t].key] else { return false }
        return entries.contains { e in
            if let spanning, e.tokens.count != spanning { return false }
            return e.tokens.count == 1 || continues(e.tokens, at: t + 1)
        }
    }

    /// Whether an entry of a cue list ends right before token `end` (`until`, `ahead of`).
    func endsCue(_ cues: Lexicon?, at end: Int) -> Bool {
        guard let cues else { return false }
        for t in stride(from: end - 1, through: max(0, end - 3), by: -1) {
            if hasEntry(of: cues, startingAt: t, spanning: end - t) {
                return true
            }
        }
        return false
    }

    /// Whether an entry of a cue list starts at one of the given tokens.
    func hasCue(_ cues: Lexicon?, within range: Range<Int>) -> Bool {
        guard let cues else { return false }
        return range.contains { t in
            hasEntry(of: cues, startingAt: t)
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
            if hasEntry(of: cues, startingAt: t) { return t }
            if token.mayCarryConjunction,                                   // وسيكون → سيكون
               hasEntry(of: cues, startingAt: t, first: Form.dropping(1, of: token.form)) {
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
