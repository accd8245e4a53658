import EventGraphModel
import TextAnalysis

/// One element of a rule's pattern: a literal word (or alternatives) or a class of words.
final class PatternElement: Sendable {
    enum Matcher: Sendable {
        /// One token whose form is one of these.
        case literal(Set<Form>)
        /// A word list (`@months`), one or more tokens.
        case lexicon(String, Lexicon)
        /// A class the engine defines (`@day`, `@year`, `@num`…).
        case builtin(BuiltinClass)
    }
    let matcher: Matcher
    /// The element may be absent.
    let isOptional: Bool
    /// The token must follow the previous one without white space (`1980s`, `1436هـ`).
    let isGlued: Bool
    /// Context (`[في]`): it must match but stays outside the span.
    let isContext: Bool

    init(matcher: Matcher, isOptional: Bool, isGlued: Bool, isContext: Bool) {
        self.matcher = matcher
        self.isOptional = isOptional
        self.isGlued = isGlued
        self.isContext = isContext
    }
}

/// Classes of tokens recognised by code rather than word lists.
enum BuiltinClass: String, Sendable, CaseIterable {
    /// Any digit run.
    case int
    /// 1–31, one or two digits.
    case day
    /// 1–12, one or two digits.
    case monthnum
    /// Four digits, 1000–2999.
    case year
    /// Two digits (`'87`).
    case year2
    /// 0–24, one or two digits.
    case hour
    /// Two digits 00–59.
    case minute
    /// A digit run or a cardinal in words (needs the `numbers` list).
    case num
    /// An Arabic word with the article `ال`.
    case def
    /// An Arabic word with the article that ends in ي or ى: an adjective of relation or an
    /// ordinal (`العالمي`, `الوطني`, `الثاني`), or the relative `الذي`.
    case nisba
    /// Any word.
    case word
}

/// A tagging rule: a stable id, a pattern, a normalisation and a TIMEX3 type.
final class Rule: Sendable {
    let id: String
    let elements: [PatternElement]
    let normalization: Normalization
    let type: TimexType
    /// Its place in the patterns file (ties between equally long matches go to the earlier rule).
    let order: Int
    /// The first element that is not optional.
    let head: Int
    /// The most tokens the optional elements before `head` can take.
    let leadTokens: Int

    init(id: String, elements: [PatternElement], normalization: Normalization, type: TimexType, order: Int) {
        self.id = id
        self.elements = elements
        self.normalization = normalization
        self.type = type
        self.order = order
        let head = elements.firstIndex { !$0.isOptional } ?? 0
        self.head = head
        self.leadTokens = elements[..<head].reduce(0) { total, element in
            switch element.matcher {
            case .literal: return total + 1
            case .lexicon(_, let lexicon): return total + lexicon.maxTokens
            case .builtin(let b): return total + (b == .num ? 6 : 1)
            }
        }
    }
    /// A negative rule: its matches block other matches and produce nothing.
    var isNegative: Bool { normalization.function == .reject }

    static let header = ["id", "pattern", "value", "type"]

    /// Parses `patterns.tsv`.
    ///
    /// - Throws: `ResourceError` naming the line of a bad header, column count, duplicate id, an
    ///   unknown class, word not in matching form, bad normalisation or slot out of range.
    static func parseAll(_ content: String, path: String, lexicons: [String: Lexicon], language: LanguageCode)
        throws -> [Rule]
    {
        var rules: [Rule] = []
        var ids: Set<String> = []
        for (line, cols) in try TSVLines.rows(content, header: header, path: path, emptyReason: "empty patterns file") {
            guard cols.count == 4 else {
                throw ResourceError(.columns, path: path, line: line,
                                    reason: "expected 4 columns (id, pattern, value, type), found \(cols.count)")
            }
            let id = cols[0]
            guard id.hasPrefix(language.rawValue + "."), !id.contains(" ") else {
                throw ResourceError(.badRule, path: path, line: line,
                                    reason: "rule id «\(id)» must start with «\(language.rawValue).» and have no spaces")
            }
            guard ids.insert(id).inserted else {
                throw ResourceError(.duplicate, path: path, line: line, reason: "rule id «\(id)» is used twice")
            }
            func fail(_ reason: String) -> ResourceError {
                ResourceError(.badRule, path: path, line: line, reason: "\(id): \(reason)")
            }
            var elements: [PatternElement] = []
            for word in cols[1].split(separator: " ") {
                elements.append(try parseElement(String(word), lexicons: lexicons, fail: fail))
            }
            guard elements.contains(where: { !$0.isOptional && !$0.isContext }) else {
                throw fail("the pattern needs at least one element that is neither optional nor context")
            }
            if let inner = elements.firstIndex(where: { !$0.isContext }),
               let last = elements.lastIndex(where: { !$0.isContext }),
               elements[inner...last].contains(where: \.isContext) {
                throw fail("context elements [..] may only open or close a pattern")
            }
            guard let type = TimexType(rawValue: cols[3]) else {
                throw fail("unknown type «\(cols[3])» (DATE, TIME, DURATION or SET)")
            }
            let normalization = try Normalization.parse(cols[2], slots: elements.count, fail: fail)
            rules.append(Rule(id: id, elements: elements, normalization: normalization, type: type, order: rules.count))
        }
        return rules
    }

    static func parseElement(_ raw: String, lexicons: [String: Lexicon],
                             fail: (String) -> ResourceError) throws -> PatternElement {
        var word = Substring(raw)
        var isOptional = false, isGlued = false, isContext = false
        if word.count > 1, word.hasSuffix("?") { isOptional = true; word = word.dropLast() }
        if word.count > 1, word.hasPrefix("~") { isGlued = true; word = word.dropFirst() }
        if word.count > 2, word.hasPrefix("["), word.hasSuffix("]") {
            isContext = true
            word = word.dropFirst().dropLast()
        }
        if word.count > 1, word.hasPrefix("@") {
            let name = String(word.dropFirst())
            if let builtin = BuiltinClass(rawValue: name) {
                if builtin == .num, lexicons["numbers"] == nil { throw fail("@num needs a numbers.tsv word list") }
                return PatternElement(matcher: .builtin(builtin), isOptional: isOptional, isGlued: isGlued, isContext: isContext)
            }
            guard let lexicon = lexicons[name] else {
                let known = (lexicons.keys.sorted() + BuiltinClass.allCases.map(\.rawValue)).joined(separator: ", ")
                throw fail("unknown class «@\(name)» (known: \(known))")
            }
            return PatternElement(matcher: .lexicon(name, lexicon), isOptional: isOptional, isGlued: isGlued, isContext: isContext)
        }
        var alternatives: Set<Form> = []
        for alternative in word.split(separator: "|") {
            let form = String(alternative)
            guard MatchingForm.key(form) == form else {
                throw fail("«\(form)» is not in matching form; write «\(MatchingForm.key(form))»")
            }
            guard Scanner.tokens(AnalyzedText(form)).count == 1 else {
                throw fail("«\(form)» is more than one token; write each token as its own element")
            }
            alternatives.insert(Form(form))
        }
        guard !alternatives.isEmpty else { throw fail("empty element «\(raw)»") }
        return PatternElement(matcher: .literal(alternatives), isOptional: isOptional, isGlued: isGlued, isContext: isContext)
    }
}
