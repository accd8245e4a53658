import EventGraphModel

/// Name comparisons for the suspects list: when two actors' names make them likely one.
///
/// Names are compared word by word, in matching form, a possessive `'s` dropped:
/// - **contained**: one name's words are all in the other's. For a person the shorter name has two
///   words or more (`Juan Gonzalez` in `Juan Miguel Gonzalez`), or is a word of the other's after its
///   first (`Bush`, `Lawson`, `Hashemi` of `Akbar Hashemi Rafsanjani`), never a lone first name
///   (`John`, `Peter`). For a body the extra words may only be
///   legal or generic ones (`Dresdner Bank AG`, `Department of Health and Human Services`): `Cuban
///   National Assembly` and `National Assembly`, or `Sony Corp` and `Sony Columbia Acquisition
///   Corp`, are not one.
/// - **close**: as many words, every differing pair close (same first letter, at least four letters,
///   at most a third of them edited: `Marshall`/`Marshalll`, `Moammar Gadhafi`/`Muammar Gaddafi`),
///   or only their legal suffixes differ behind two or more common words (`Jenrette Securities
///   Inc`/`Corp`): `GM Class H`/`GM Class E` and `Chinese`/`Japanese foreign ministry` are not.
/// - **same skeleton**: names of two words or more whose words have the same consonants and first
///   letters (transliterations); single words are too short to tell (`Hussein`/`Hassan`).
enum NameSimilarity {
    /// Legal forms and generic words a body's name may carry or drop.
    static let generic: Set<String> = ["inc", "inc.", "corp", "corp.", "co", "co.", "cos", "ltd", "ltd.", "plc", "ag",
                                       "sa", "nv", "llc", "company", "corporation", "the", "of", "department",
                                       "ministry", "office"]
    /// Legal forms, which can differ between two mentions of one company.
    static let legal: Set<String> = ["inc", "inc.", "corp", "corp.", "co", "co.", "cos", "ltd", "ltd.", "plc", "ag",
                                     "sa", "nv", "llc", "company", "corporation"]

    /// The words of a matching form, a possessive `'s` or `’s` dropped from each.
    static func words(_ form: String) -> [String] {
        form.split(separator: " ").map { word in
            for suffix in ["'s", "’s"] where word.hasSuffix(suffix) && word.count > 3 { return String(word.dropLast(2)) }
            return String(word)
        }
    }

    /// A word without vowel letters (Latin a e i o u y; Arabic ا و ي ى ه ة and hamza carriers),
    /// so that transliteration variants (`زيلينسكي`/`زيلنسكي`, `Zelensky`/`Zelenskyy`) meet.
    static func skeleton(_ word: String) -> String {
        let vowels: Set<Unicode.Scalar> = ["a", "e", "i", "o", "u", "y", "\u{0627}", "\u{0648}", "\u{064A}", "\u{0621}",
                                           "\u{0626}", "\u{0624}", "\u{0647}"]
        var out = String.UnicodeScalarView()
        for u in word.unicodeScalars where !vowels.contains(u) {
            if out.last != u { out.append(u) }
        }
        return String(out)
    }

    /// Whether both people have full names (two words or more) and no full name of one has a first
    /// name compatible with a full name of the other: then they are two people who share a surname.
    static func haveDifferentFirstNames(_ a: Set<String>, _ b: Set<String>) -> Bool {
        let fullA = a.map(words).filter { $0.count >= 2 }, fullB = b.map(words).filter { $0.count >= 2 }
        guard !fullA.isEmpty, !fullB.isEmpty else { return false }
        for x in fullA { for y in fullB where compatibleFirstNames(x[0], y[0]) { return false } }
        return true
    }

    /// Equal, an initial of the other (`j.`, `j`), or one letter apart (`louie`/`louis`, `willam`/`william`).
    static func compatibleFirstNames(_ x: String, _ y: String) -> Bool {
        if x == y { return true }
        let bareX = x.hasSuffix(".") ? String(x.dropLast()) : x, bareY = y.hasSuffix(".") ? String(y.dropLast()) : y
        if bareX.count == 1 { return bareY.hasPrefix(bareX) }
        if bareY.count == 1 { return bareX.hasPrefix(bareY) }
        return min(x.count, y.count) >= 4 && distance(x, y) <= 1
    }

    /// Why two sets of name forms look alike, with a score, or `nil`.
    static func compare(_ a: Set<String>, _ b: Set<String>, kind: ActorKind) -> (String, Double)? {
        var best: (String, Double)?
        func offer(_ reason: String, _ score: Double) { if best.map({ score > $0.1 }) ?? true { best = (reason, score) } }
        for x in a {
            for y in b where x != y {
                let wx = words(x), wy = words(y)
                if wx.count != wy.count {
                    if isContained(wx, wy, kind: kind) { offer("name contained: «\(x)» / «\(y)»", 0.7) }
                    continue
                }
                if wx == wy { offer("same name: «\(x)» / «\(y)»", 0.85); continue }
                if let edits = closeWords(wx, wy, kind: kind) {
                    offer("close names: «\(x)» / «\(y)»", 0.8 - Double(edits) * 0.05)
                } else if wx.count >= 2, zip(wx, wy).allSatisfy({ skeleton($0) == skeleton($1) && $0.first == $1.first }) {
                    offer("same transliteration skeleton: «\(x)» / «\(y)»", 0.6)
                }
            }
        }
        return best
    }

    /// Whether the shorter of two names (as words) is contained in the longer one in a way that
    /// names one actor (see the type's discussion).
    static func isContained(_ x: [String], _ y: [String], kind: ActorKind) -> Bool {
        let (short, long) = x.count < y.count ? (x, y) : (y, x)
        guard !short.isEmpty, Set(short).isSubset(of: Set(long)) else { return false }
        if kind == .person {
            return short.count >= 2 || long.dropFirst().contains(short[0])
        }
        let extra = long.filter { !short.contains($0) }
        return !extra.isEmpty && extra.allSatisfy(generic.contains)
    }

    /// The number of edits when two names of as many words are close (see the type's discussion), else `nil`.
    static func closeWords(_ x: [String], _ y: [String], kind: ActorKind) -> Int? {
        var edits = 0
        var common = 0
        var legalOnly = true
        for (p, q) in zip(x, y) {
            if p == q { common += 1; continue }
            if legal.contains(p) && legal.contains(q) { continue }
            legalOnly = false
            let n = min(p.unicodeScalars.count, q.unicodeScalars.count)
            guard n >= 4, p.unicodeScalars.first == q.unicodeScalars.first else { return nil }
            let d = distance(p, q)
            guard d <= max(1, n / 3) else { return nil }
            edits += d
        }
        if legalOnly { return kind != .person && common >= 2 ? 1 : nil }
        return edits
    }

    /// Levenshtein distance over Unicode scalars.
    static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        var current = previous
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }
}
