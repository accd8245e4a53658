/// Hand-written matchers for the header cues of ``HeaderDetector``.
///
/// They scan Unicode scalars directly: a Swift `Regex` costs about 0.1 ms per line, these a few
/// microseconds, and the reader runs them on every article.
enum HeaderPatterns {
    typealias Scalars = [Unicode.Scalar]

    static func isDigit(_ u: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(u) || (0x0660...0x0669).contains(u.value) || (0x06F0...0x06F9).contains(u.value)
    }

    static func isDash(_ u: Unicode.Scalar) -> Bool { u == "-" || u == "\u{2013}" || u == "\u{2014}" }

    static func isSpace(_ u: Unicode.Scalar) -> Bool { u.isSpace }

    static func text(_ s: ArraySlice<Unicode.Scalar>) -> String {
        String(String.UnicodeScalarView(s)).trimmingWhitespace
    }

    /// `… DATE / NAME - …`: the name after a ` /` that a digit precedes (with no slash between),
    /// up to a spaced dash or the end of the line; no digits, slashes, bars or brackets in it.
    static func slashCredit(_ s: Scalars) -> String? {
        var sawDigit = false
        for i in s.indices {
            let u = s[i]
            if isDigit(u) { sawDigit = true; continue }
            guard u == "/" else { continue }
            defer { sawDigit = false }
            guard sawDigit, i > 0, isSpace(s[i - 1]) else { continue }
            var j = i + 1
            while j < s.count, isSpace(s[j]) { j += 1 }
            let start = j
            var end: Int?
            while j < s.count {
                let c = s[j]
                if isDash(c) {
                    if j > start, isSpace(s[j - 1]) { end = j }
                    break
                }
                if c == "/" || c == "|" || c == "(" || c == ")" || isDigit(c) { break }
                j += 1
            }
            if j == s.count { end = j }
            guard let end, end > start else { continue }
            let name = text(s[start..<end])
            if (2...40).contains(name.unicodeScalars.count) { return name }
        }
        return nil
    }

    /// `PLACE[, DATE] (NAME) -`, `PLACE - (NAME)`, or a line that is only `(NAME)`; the place is at
    /// most 60 scalars and starts like a name, the name has 2–30 scalars and no digits.
    static func parenthesisedCredit(_ s: Scalars) -> (place: String, name: String)? {
        guard let open = s.firstIndex(of: "("), open <= 62,
              let close = s[(open + 1)...].firstIndex(where: { $0 == ")" || $0 == "(" }), s[close] == ")" else {
            return nil
        }
        let inner = s[(open + 1)..<close]
        guard (2...30).contains(inner.count), !inner.contains(where: isDigit), !s[..<open].contains(")") else { return nil }
        let place = text(s[..<open])
        var k = close + 1
        while k < s.count, isSpace(s[k]) { k += 1 }
        let dashAfter = k < s.count && (isDash(s[k]) || s[k] == "_" || s[k] == ":")
        let alone = k == s.count && place.isEmpty
        let dashBefore = place.unicodeScalars.count >= 3 && place.unicodeScalars.last.map(isDash) == true
        guard dashAfter || alone || dashBefore else { return nil }
        return (place, text(inner))
    }

    /// The text before the first spaced dash (`-`, `–`, `—`, `--` or `_` followed by a space)
    /// within the first 100 scalars, or `nil`.
    static func beforeFirstDash(_ s: Scalars) -> String? {
        let limit = min(s.count, 100)
        var i = 0
        while i < limit {
            if isDash(s[i]) || s[i] == "_" {
                let after = s[i] == "-" && i + 1 < s.count && s[i + 1] == "-" ? i + 2 : i + 1
                if after < s.count, isSpace(s[after]) { return text(s[..<i]) }
            }
            i += 1
        }
        return nil
    }

    /// The first `YYYY-MM-DD` not inside a longer run of digits.
    static func isoDay(_ s: Scalars) -> String? {
        guard s.count >= 10 else { return nil }
        func ascii(_ u: Unicode.Scalar) -> Bool { ("0"..."9").contains(u) }
        for i in 0...(s.count - 10) {
            guard ascii(s[i]), ascii(s[i + 1]), ascii(s[i + 2]), ascii(s[i + 3]), s[i + 4] == "-",
                  ascii(s[i + 5]), ascii(s[i + 6]), s[i + 7] == "-", ascii(s[i + 8]), ascii(s[i + 9]),
                  i == 0 || !ascii(s[i - 1]), i + 10 == s.count || !ascii(s[i + 10]) else { continue }
            return String(String.UnicodeScalarView(s[i..<(i + 10)]))
        }
        return nil
    }

    /// `By WHO | NAME` (also `Written by`, `بقلم`, `كتب`, `كتبت`): exactly one bar.
    static func bylineCredit(_ line: String) -> String? {
        let lower = line.lowercased()
        guard ["written by ", "by ", "بقلم ", "كتبت ", "كتب "].contains(where: { lower.hasPrefix($0) }) else { return nil }
        let parts = line.split(separator: "|", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        let who = parts[0].trimmingWhitespace, name = parts[1].trimmingWhitespace
        guard (2...90).contains(who.count), (2...40).contains(name.count) else { return nil }
        return name
    }

    /// `Source: NAME`, `Sources: NAME`, `المصدر: NAME`, `مصدر الخبر: NAME`.
    static func sourceLine(_ line: String) -> String? {
        guard line.unicodeScalars.count <= 80,
              let colon = line.firstIndex(where: { $0 == ":" || $0 == "\u{FF1A}" }) else { return nil }
        let key = line[..<colon].trimmingWhitespace.lowercased()
        guard ["source", "sources", "المصدر", "مصدر الخبر"].contains(key) else { return nil }
        let name = line[line.index(after: colon)...].trimmingWhitespace
        return (2...60).contains(name.count) ? name : nil
    }
}
