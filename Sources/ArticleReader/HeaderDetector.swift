import EventGraphModel

/// Finds the title, the dateline's day and the outlet in the first lines of an article.
///
/// Outlet cues are structural, not a list of outlets:
/// - a dateline with a slash credit: `… 2022 الساعة 12 صباحاً / مأرب برس - وكالات` → `مأرب برس`
///   (a date or time before ` / `, a short name after it, up to a dash or the end);
/// - a parenthesised credit after an optional place and date, followed by a dash or alone on its
///   line: `WASHINGTON, March 31 (Reuters) -`, `CAIRO (AP) —`, `(AFP) -`, `الرياض (واس) -`, `(رويترز)`;
/// - a byline with a bar: `By Jane Doe | Reuters`, `بقلم … | الشرق الأوسط`;
/// - a source line: `Source: Reuters`, `المصدر: وكالة الأنباء السعودية` (also among the last lines).
public enum HeaderDetector {
    /// How many non-empty lines at the start form the header that is searched.
    static let headerLines = 6

    /// The first non-empty line, cut to its first sentence (or 200 scalars) when it is a whole paragraph.
    public static func title(of text: String) -> String? {
        guard let line = headLines(text, count: 1).first else { return nil }
        if line.unicodeScalars.count <= 200 { return line }
        let scalars = Array(line.unicodeScalars)
        for k in 40..<200 where ".!?؟".unicodeScalars.contains(scalars[k])
            && (k + 1 == scalars.count || scalars[k + 1] == " ") && !isAbbreviation(scalars, endingAt: k) {
            return String(String.UnicodeScalarView(scalars[0...k]))
        }
        let cut = String(String.UnicodeScalarView(scalars[0..<200]))
        let cutsWord = !scalars[200].properties.isWhitespace && !scalars[199].properties.isWhitespace
        let words = cut.split(separator: " ").dropLast(cutsWord ? 1 : 0).joined(separator: " ")
        return (words.isEmpty ? cut : words) + "…"
    }

    /// Whether the period at `k` ends an abbreviation such as `U.N.`, `Mr.` or `Nov.`, not a sentence.
    static func isAbbreviation(_ scalars: [Unicode.Scalar], endingAt k: Int) -> Bool {
        guard scalars[k] == ".", k >= 1 else { return false }
        var start = k
        while start > 0, scalars[start - 1].properties.isAlphabetic || scalars[start - 1] == "." { start -= 1 }
        let word = String(String.UnicodeScalarView(scalars[start..<k]))
        if word.contains(".") || (word.count == 1 && word.first?.isUppercase == true) { return true }
        return abbreviations.contains(word)
    }

    /// Words that end with a period without ending a sentence.
    static let abbreviations: Set<String> = [
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Sen", "Rep", "Gov", "St", "Jr", "Sr", "No", "Inc", "Co",
        "Corp", "Ltd", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "vs",
    ]

    /// The outlet credited in the header (or in a trailing `Source:` line), as written.
    public static func outlet(in text: String) -> String? {
        for line in headLines(text, count: headerLines) {
            if let found = slashCredit(line) ?? parenthesisedCredit(line) ?? bylineCredit(line) ?? sourceLine(line) {
                return found
            }
        }
        for line in tailLines(text, count: 3) {
            if let found = sourceLine(line) { return found }
        }
        return nil
    }

    /// The first full calendar day stated by a header line, skipping the title line.
    ///
    /// Long lines (a dateline followed by the first paragraph) are cut at their first dash, so a
    /// date in the body is not taken for the publication date. The resolver is asked first; an
    /// ISO date (`2022-11-08`) is recognised without one.
    public static func published(in text: String, language: LanguageCode, skippingTitle: Bool,
                                 resolver: (@Sendable (String, LanguageCode) -> String?)?) -> String? {
        let all = headLines(text, count: headerLines)[...]
        let lines = skippingTitle && all.count > 1 ? all.dropFirst() : all
        func day(in line: String) -> String? {
            guard let candidate = datelinePart(line) else { return nil }
            if let day = resolver?(candidate, language).flatMap(DayValidation.day) { return day }
            if let iso = HeaderPatterns.isoDay(Array(candidate.unicodeScalars)) { return DayValidation.day(iso) }
            return nil
        }
        for line in lines { if let found = day(in: line) { return found } }
        // An article may open with its dateline and no headline (`موسكو - (وكالات) - الخميس
        // 10 نوفمبر 2022`): the line taken for the title dates it when it reads as a dateline,
        // with a credit or hardly more than a date, not as a headline (`Summit set for 12 December`).
        if lines.count < all.count, let first = all.first,
           parenthesisedCredit(first) != nil || first.split(whereSeparator: \.isWhitespace).count <= 4 {
            return day(in: first)
        }
        return nil
    }

    /// The part of a line that may be a dateline, or `nil` when the line reads like body text.
    ///
    /// A whole line counts when it is short (at most 120 scalars and 14 words) and, past 6 words,
    /// does not end like a sentence. Otherwise what precedes the line's first dash counts when it
    /// is at most 8 words or holds a parenthesised credit (`CAIRO, Nov. 10, 2022 (Nile Wire) —`).
    static func datelinePart(_ line: String) -> String? {
        let length = line.unicodeScalars.count
        if length <= 120 {
            let words = line.split(whereSeparator: \.isWhitespace).count
            let endsSentence = line.last.map { ".!?؟".contains($0) } ?? false
            if words <= 14 && (words <= 6 || !endsSentence) { return line }
        }
        if let head = HeaderPatterns.beforeFirstDash(Array(line.unicodeScalars.prefix(101))) {
            let headWords = head.split(whereSeparator: \.isWhitespace).count
            if head.unicodeScalars.count <= 80 && (headWords <= 8 || head.contains("(")) { return head }
        }
        return nil
    }

    /// `DATE / OUTLET - …`: a short name after a slash preceded by a date or time.
    static func slashCredit(_ line: String) -> String? {
        guard line.utf8.contains(UInt8(ascii: "/")) else { return nil }
        return HeaderPatterns.slashCredit(Array(line.unicodeScalars)).flatMap { cleaned($0, maxWords: 4) }
    }

    /// `PLACE[, DATE] (OUTLET) -`, `PLACE - (OUTLET)` or a line that is only `(OUTLET)`.
    static func parenthesisedCredit(_ line: String) -> String? {
        guard line.utf8.prefix(160).contains(UInt8(ascii: "(")),
              let found = HeaderPatterns.parenthesisedCredit(Array(line.unicodeScalars)),
              found.place.isEmpty || startsLikeName(found.place) else { return nil }
        return cleaned(found.name, maxWords: 4)
    }

    /// `By NAME | OUTLET` (also `بقلم`/`كتب`): the last bar-separated field.
    static func bylineCredit(_ line: String) -> String? {
        guard line.utf8.contains(UInt8(ascii: "|")), line.utf8.count < 400 else { return nil }
        return HeaderPatterns.bylineCredit(line).flatMap { cleaned($0, maxWords: 5) }
    }

    /// `Source: OUTLET` or `المصدر: OUTLET`.
    static func sourceLine(_ line: String) -> String? {
        HeaderPatterns.sourceLine(line).flatMap { cleaned($0, maxWords: 6) }
    }

    /// The first `count` non-empty lines of `text`, trimmed and cut to 400 scalars; the rest of
    /// the text is not scanned.
    static func headLines(_ text: String, count: Int) -> [String] {
        var lines: [String] = []
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var index = start
        var length = 0
        func take(_ end: String.UnicodeScalarView.Index) {
            let trimmed = text[start..<end].trimmingWhitespace
            if !trimmed.isEmpty { lines.append(trimmed) }
        }
        while index < scalars.endIndex {
            let u = scalars[index]
            if u == "\n" || u == "\r" || u == "\u{2028}" || u == "\u{2029}" {
                take(index)
                if lines.count == count { return lines }
                start = scalars.index(after: index)
                index = start
                length = 0
                continue
            }
            length += 1
            if length > 400 {
                take(index)
                if lines.count == count { return lines }
                while index < scalars.endIndex, !"\n\r\u{2028}\u{2029}".unicodeScalars.contains(scalars[index]) {
                    index = scalars.index(after: index)
                }
                start = index
                length = 0
                continue
            }
            index = scalars.index(after: index)
        }
        take(scalars.endIndex)
        return Array(lines.prefix(count))
    }

    /// The last `count` non-empty lines of `text`, trimmed, in text order.
    static func tailLines(_ text: String, count: Int) -> [String] {
        var lines: [String] = []
        var end = text.unicodeScalars.endIndex
        var index = end
        let scalars = text.unicodeScalars
        while index > scalars.startIndex && lines.count < count {
            let previous = scalars.index(before: index)
            let u = scalars[previous]
            if u == "\n" || u == "\r" || u == "\u{2028}" || u == "\u{2029}" {
                let trimmed = String(scalars[index..<end]).trimmingWhitespace
                if !trimmed.isEmpty { lines.append(trimmed) }
                end = previous
            }
            index = previous
        }
        if lines.count < count {
            let trimmed = String(scalars[scalars.startIndex..<end]).trimmingWhitespace
            if !trimmed.isEmpty { lines.append(trimmed) }
        }
        return lines.reversed()
    }

    private static func startsLikeName(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first else { return false }
        if (0x0621...0x064A).contains(first.value) { return true }
        return first.properties.isUppercase
    }

    /// A credit trimmed of punctuation, or `nil` when it is too long or does not start like a name.
    private static func cleaned(_ s: String, maxWords: Int) -> String? {
        let trimmed = s.trimmingWhitespace.trimmingPunctuation(".،,;:\"“”«»'")
        guard !trimmed.isEmpty, trimmed.split(separator: " ").count <= maxWords, startsLikeName(trimmed) else { return nil }
        return trimmed
    }
}

extension String {
    /// The string without leading and trailing characters from `set`, then without white space.
    func trimmingPunctuation(_ set: String) -> String {
        var s = Substring(self)
        while let c = s.first, set.contains(c) || c.isWhitespace { s.removeFirst() }
        while let c = s.last, set.contains(c) || c.isWhitespace { s.removeLast() }
        return String(s)
    }
}
