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
            while let start = line.range(of: "<!--") {
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
            if trimmed.wholeMatch(of: #/\[[^\]]+\]:\s*\S+.*/#) != nil { continue }
            line = line.replacing(#/^\s{0,3}#{1,6}\s+/#, with: "")
            line = line.replacing(#/\s+#+\s*$/#, with: "")
            line = line.replacing(#/^\s{0,3}(?:>\s?)+/#, with: "")
            line = line.replacing(#/^\s*[-*+]\s+/#, with: "")
            line = line.replacing(#/!\[([^\]]*)\]\([^)]*\)/#) { String($0.output.1) }
            line = line.replacing(#/\[([^\]]+)\]\([^)]*\)/#) { String($0.output.1) }
            line = line.replacing(#/\[([^\]]+)\]\[[^\]]*\]/#) { String($0.output.1) }
            line = line.replacing(#/<((?:https?|mailto):[^>\s]+)>/#) { String($0.output.1) }
            line = line.replacing(#/(\*\*|__)(\S(?:.*?\S)?)\1/#) { String($0.output.2) }
            line = line.replacing(#/\*(\S(?:[^*]*?\S)?)\*/#) { String($0.output.1) }
            line = line.replacing(#/`([^`]*)`/#) { String($0.output.1) }
            out.append(line)
        }
        return (out.joined(separator: "\n"), front)
    }

    /// Whether a trimmed line is a thematic break or a setext underline (`---`, `***`, `===`).
    private static func isRule(_ trimmed: String) -> Bool {
        let chars = trimmed.filter { $0 != " " }
        guard chars.count >= 3, let c = chars.first, c == "-" || c == "*" || c == "_" || c == "=" else { return false }
        return chars.allSatisfy { $0 == c }
    }
}
