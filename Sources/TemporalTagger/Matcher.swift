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
    func firstForms(_ t: Int) -> [String] {
        let token = tokens[t]
        guard token.isArabic, !rules.proclitics.isEmpty, let c = token.form.unicodeScalars.first,
              c == "و" || c == "ف" || c == "ب"
        else { return [token.form] }
        var out = [token.form]
        for reading in ArabicClitics.readings(of: token.form).dropFirst() where rules.proclitics.contains(reading.prefix) {
            out.append(reading.stem)
        }
        return out
    }

    /// Ways an element can match at token `t`: the token after it and the captured value.
    func options(_ element: PatternElement, _ t: Int, start: Int, forms: [String]) -> [(Int, String)] {
        guard t < tokens.count else { return [] }
        let token = tokens[t]
        if t > start, token.lineBefore { return [] }
        if element.isGlued, t > start, token.spaceBefore { return [] }
        let candidates = t == start ? forms : [token.form]
        switch element.matcher {
        case .literal(let set):
            for f in candidates where set.contains(f) { return [(t + 1, f)] }
            return []
        case .lexicon(let name):
            guard let lexicon = rules.lexicons[name] else { return [] }
            var out: [(Int, String)] = []
            for f in candidates {
                guard let entries = lexicon.byFirst[f] else { continue }
                for entry in entries where entry.tokens.count == 1 || continues(entry.tokens, at: t + 1) {
                    if entry.needsCapital, !token.isCapitalized { continue }
                    out.append((t + entry.tokens.count, entry.value))
                }
            }
            return out
        case .builtin(let b):
            return builtin(b, t, token)
        }
    }

    func continues(_ forms: [String], at t: Int) -> Bool {
        for (k, f) in forms.dropFirst().enumerated() {
            let i = t + k
            guard i < tokens.count, tokens[i].form == f, !tokens[i].lineBefore else { return false }
        }
        return true
    }

    func builtin(_ b: BuiltinClass, _ t: Int, _ token: ScanToken) -> [(Int, String)] {
        let n = token.number
        let digits = token.form.utf8.count
        switch b {
        case .int: return token.kind == .number ? [(t + 1, String(n))] : []
        case .day: return token.kind == .number && digits <= 2 && (1...31).contains(n) ? [(t + 1, String(n))] : []
        case .monthnum: return token.kind == .number && digits <= 2 && (1...12).contains(n) ? [(t + 1, String(n))] : []
        case .year: return token.kind == .number && digits == 4 && (1000...2999).contains(n) ? [(t + 1, String(n))] : []
        case .year2: return token.kind == .number && digits == 2 ? [(t + 1, String(n))] : []
        case .hour: return token.kind == .number && digits <= 2 && (0...24).contains(n) ? [(t + 1, String(n))] : []
        case .minute: return token.kind == .number && digits == 2 && (0...59).contains(n) ? [(t + 1, String(n))] : []
        case .def:
            return token.isArabic && token.form.hasPrefix("ال") && token.form.unicodeScalars.count >= 4 ? [(t + 1, token.form)] : []
        case .word: return token.kind == .word ? [(t + 1, token.form)] : []
        case .num:
            if token.kind == .number { return [(t + 1, String(n))] }
            return numberWords(at: t)
        }
    }

    /// Cardinals in words: `twenty-four`, `a hundred thirty`, `خمسة وعشرين`; every prefix that ends on a number word.
    func numberWords(at start: Int) -> [(Int, String)] {
        guard let numbers = rules.numbers else { return [] }
        func value(_ t: Int, allowConjunction: Bool) -> Int? {
            guard t < tokens.count, tokens[t].kind == .word else { return nil }
            let f = tokens[t].form
            if let v = numbers.byFirst[f]?.first(where: { $0.tokens.count == 1 }).flatMap({ Int($0.value) }) { return v }
            if allowConjunction, tokens[t].isArabic, f.hasPrefix("و") {
                let rest = String(f.unicodeScalars.dropFirst())
                return numbers.byFirst[rest]?.first(where: { $0.tokens.count == 1 }).flatMap { Int($0.value) }
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

    /// Every match of every rule, with values resolved (negative rules have none).
    func candidates(anchor: CivilDay?) -> [Candidate] {
        var out: [Candidate] = []
        var mark = [Int](repeating: -1, count: rules.rules.count)
        for t in tokens.indices {
            let token = tokens[t]
            if token.kind == .punct, rules.rulesByLiteral[token.form] == nil { continue }
            let forms = firstForms(t)
            var list: [Int] = []
            func add(_ ids: [Int]?) {
                guard let ids else { return }
                for id in ids where mark[id] != t { mark[id] = t; list.append(id) }
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
                if rules.numbers?.byFirst[token.form] != nil { add(rules.rulesByBuiltin[.num]) }
            }
            if list.isEmpty { continue }
            list.sort()
            for id in list {
                let rule = rules.rules[id]
                var captures = [String?](repeating: nil, count: rule.elements.count)
                var spanFirst = -1, spanEnd = -1
                var bestFirst = -1, bestEnd = -1, bestMatched = 0
                var best: [String?] = []
                func walk(_ e: Int, _ i: Int) {
                    if e == rule.elements.count {
                        if spanEnd > spanFirst, spanFirst >= 0,
                           spanEnd - spanFirst > bestEnd - bestFirst
                            || (spanEnd - spanFirst == bestEnd - bestFirst && i - t > bestMatched) {
                            bestFirst = spanFirst; bestEnd = spanEnd; best = captures; bestMatched = i - t
                        }
                        return
                    }
                    let element = rule.elements[e]
                    for (next, value) in options(element, i, start: t, forms: forms) {
                        captures[e] = value
                        let saved = (spanFirst, spanEnd)
                        if !element.isContext {
                            if spanFirst < 0 { spanFirst = i }
                            spanEnd = next
                        }
                        walk(e + 1, next)
                        (spanFirst, spanEnd) = saved
                        captures[e] = nil
                    }
                    if element.isOptional { walk(e + 1, i) }
                }
                walk(0, t)
                guard bestEnd > bestFirst, bestFirst >= 0 else { continue }
                // A span never starts with punctuation nor ends with a separator (optional commas).
                while bestEnd - bestFirst > 1, tokens[bestFirst].kind == .punct { bestFirst += 1 }
                while bestEnd - bestFirst > 1, Self.trailingSeparators.contains(tokens[bestEnd - 1].form) { bestEnd -= 1 }
                if rule.isNegative {
                    out.append(Candidate(first: bestFirst, end: bestEnd, rule: id, value: nil, matched: bestMatched))
                    continue
                }
                let forward = isForward(before: bestFirst, after: bestEnd)
                let context = ResolutionContext(anchor: anchor, isForward: forward)
                if let value = rule.normalization.evaluate(best, context) {
                    out.append(Candidate(first: bestFirst, end: bestEnd, rule: id, value: value,
                                         captures: best, isForward: forward, matched: bestMatched))
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
            for form in token.isArabic ? firstForms(t) : [token.form] {
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
