import Foundation

/// The text of a Markdown article: the words as written, without markup that is not text.
///
/// Removed: YAML front matter (its `title`, `date`/`published`, `outlet`/`source`/`publisher`,
/// `lang`/`language`, `url` and `id` keys become metadata), heading markers (`# `), bullet
/// markers, block-quote markers, rules (`---`), setext underlines, link and image targets
/// (`[text](url)` keeps `text`), reference definitions, emphasis (`**`, `__`, `*…*`), code
/// backticks and HTML comments. Line structure is kept.
enum MarkdownText {
    /// Metadata found in front matter, by lower-cased key.
    typealias FrontMatter = [String: String]

    /// Strips the markup of `markdown`.
    static func extract(_ markdown: String) -> (text: String, frontMatter: FrontMatter) {
        var lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
        }
        var front: FrontMatter = [:]
        if let first = lines.firstIndex(where: { !$0.trimmingWhitespace.isEmpty }), lines[first].trimmingWhitespace == "---",
           let close = lines[(first + 1)...].firstIndex(where: { $0.trimmingWhitespace == "---" || $0.trimmingWhitespace == "..." }) {
            for entry in lines[(first + 1)..<close] {
                guard let colon = entry.firstIndex(of: ":") else { continue }
                let key = entry[..<colon].trimmingWhitespace.lowercased()
                var value = String(entry[entry.index(after: colon)...]).trimmingWhitespace
                if value.count >= 2, let q = value.first, q == "\"" || q == "'", value.last == q {
                    value = String(value.dropFirst().dropLast())
                }
                if !key.isEmpty, !value.isEmpty { front[key] = value }
            }
            lines.removeSubrange(first...close)
        }
        var out: [String] = []
        var inFence = false
        var inComment = false
        for raw in lines {
            var line = raw
            let trimmed = line.trimmingWhitespace
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { inFence.toggle(); continue }
            if inFence { out.append(line); continue }
            if inComment {
                if let end = line.range(of: "-->") { line = String(line[end.upperBound...]); inComment = false } else { continue }
            }
            while line.utf8.contains(UInt8(ascii: "<")), let start = line.range(of: "<!--") {
                if let end = line.range(of: "-->", range: start.upperBound..<line.endIndex) {
                    line.removeSubrange(start.lowerBound..<end.upperBound)
                } else {
                    line = String(line[..<start.lowerBound])
                    inComment = true
                }
            }
            if isRule(trimmed) {
                continue
            }
            if isReferenceDefinition(trimmed) { continue }
            out.append(MarkdownInline.strip(blockPrefixStripped(line)))
        }
        return (out.joined(separator: "\n"), front)
    }

    /// Whether a trimmed line is a link reference definition (`[id]: https://…`).
    private static func isReferenceDefinition(_ trimmed: String) -> Bool {
        guard trimmed.hasPrefix("["), let close = trimmed.range(of: "]:") else { return false }
        return close.lowerBound > trimmed.index(after: trimmed.startIndex)
            && !trimmed[close.upperBound...].trimmingWhitespace.isEmpty
    }

    /// `line` without a heading mark (`## `, and closing `#`s), block-quote marks or a bullet.
    static func blockPrefixStripped(_ line: String) -> String {
        var s = Substring(line)
        let indent = s.prefix(while: { $0 == " " })
        if indent.count <= 3 {
            let rest = s.dropFirst(indent.count)
            let hashes = rest.prefix(while: { $0 == "#" })
            if (1...6).contains(hashes.count), let next = rest.dropFirst(hashes.count).first, next.isWhitespace {
                s = rest.dropFirst(hashes.count).drop(while: { $0.isWhitespace })
                let body = s.trimmingWhitespace
                let closing = body.reversed().prefix(while: { $0 == "#" }).count
                if closing > 0, closing < body.count, body.dropLast(closing).last?.isWhitespace == true {
                    return String(body.dropLast(closing)).trimmingWhitespace
                }
                return String(s)
            }
            var quoted = rest
            var isQuote = false
            while quoted.first == ">" {
                isQuote = true
                quoted = quoted.dropFirst()
                if quoted.first == " " { quoted = quoted.dropFirst() }
            }
            if isQuote { s = quoted }
        }
        let leading = s.prefix(while: { $0 == " " || $0 == "\t" })
        let afterIndent = s.dropFirst(leading.count)
        if let bullet = afterIndent.first, bullet == "-" || bullet == "*" || bullet == "+",
           let space = afterIndent.dropFirst().first, space.isWhitespace {
            return String(afterIndent.dropFirst().drop(while: { $0.isWhitespace }))
        }
        return String(s)
    }

    /// Whether a trimmed line is a thematic break or a setext underline (`---`, `***`, `===`).
    private static func isRule(_ trimmed: String) -> Bool {
        guard let head = trimmed.first, "-*_=".contains(head), trimmed.count < 200 else { return false }
        let chars = trimmed.filter { $0 != " " }
        guard chars.count >= 3, let c = chars.first, c == "-" || c == "*" || c == "_" || c == "=" else { return false }
        return chars.allSatisfy { $0 == c }
    }
}

/// Inline Markdown: links and images keep their text, autolinks their address, emphasis and code
/// their content.
enum MarkdownInline {
    /// `line` without inline markup.
    static func strip(_ line: String) -> String {
        let s = Array(line.unicodeScalars)
        guard s.contains(where: { $0 == "[" || $0 == "*" || $0 == "_" || $0 == "`" || $0 == "<" }) else { return line }
        var out = String.UnicodeScalarView()
        strip(s[...], into: &out)
        return String(out)
    }

    private static func strip(_ s: ArraySlice<Unicode.Scalar>, into out: inout String.UnicodeScalarView) {
        var i = s.startIndex
        while i < s.endIndex {
            let u = s[i]
            if u == "!", i + 1 < s.endIndex, s[i + 1] == "[", let (label, next) = link(s, at: i + 1) {
                strip(label, into: &out); i = next; continue
            }
            if u == "[", let (label, next) = link(s, at: i) {
                strip(label, into: &out); i = next; continue
            }
            if u == "<", let close = s[(i + 1)...].firstIndex(of: ">") {
                let inner = String(String.UnicodeScalarView(s[(i + 1)..<close]))
                if (inner.hasPrefix("http://") || inner.hasPrefix("https://") || inner.hasPrefix("mailto:"))
                    && !inner.contains(" ") {
                    out.append(contentsOf: inner.unicodeScalars); i = close + 1; continue
                }
            }
            if u == "`", let close = s[(i + 1)...].firstIndex(of: "`") {
                out.append(contentsOf: s[(i + 1)..<close]); i = close + 1; continue
            }
            if u == "*" || u == "_" {
                let double = i + 1 < s.endIndex && s[i + 1] == u
                if double, let (inner, next) = delimited(s, from: i + 2, by: [u, u]) {
                    strip(inner, into: &out); i = next; continue
                }
                if !double, u == "*", let (inner, next) = delimited(s, from: i + 1, by: [u]) {
                    strip(inner, into: &out); i = next; continue
                }
            }
            out.append(u)
            i += 1
        }
    }

    /// `[label](target)` or `[label][ref]` starting at `s[at]` (a `[`): the label and the index after.
    private static func link(_ s: ArraySlice<Unicode.Scalar>, at: Int) -> (ArraySlice<Unicode.Scalar>, Int)? {
        guard let close = s[(at + 1)...].firstIndex(of: "]"), close + 1 < s.endIndex else { return nil }
        let opener = s[close + 1]
        let closer: Unicode.Scalar = opener == "(" ? ")" : opener == "[" ? "]" : "\0"
        guard closer != "\0", let end = s[(close + 2)...].firstIndex(of: closer) else { return nil }
        return (s[(at + 1)..<close], end + 1)
    }

    /// Content up to the closing `delimiter`, not starting or ending with white space.
    private static func delimited(_ s: ArraySlice<Unicode.Scalar>, from start: Int,
                                  by delimiter: [Unicode.Scalar]) -> (ArraySlice<Unicode.Scalar>, Int)? {
        guard start < s.endIndex, !s[start].properties.isWhitespace else { return nil }
        var k = start + 1
        while k + delimiter.count <= s.endIndex {
            if Array(s[k..<(k + delimiter.count)]) == delimiter, !s[k - 1].properties.isWhitespace {
                if delimiter.count == 1, k + 1 < s.endIndex, s[k + 1] == delimiter[0] { k += 2; continue }
                return (s[start..<k], k + delimiter.count)
            }
            k += 1
        }
        return nil
    }
}
