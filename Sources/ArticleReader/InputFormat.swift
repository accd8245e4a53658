/// The formats the reader knows, chosen by extension; standard input (`-`) is sniffed from its
/// first characters, and any other extension is plain text.
enum InputFormat: Equatable {
    case text, markdown, html, json, jsonLines

    init(path: String, text: String) {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let ext = name.contains(".") ? (name.split(separator: ".").last.map { $0.lowercased() } ?? "") : ""
        switch ext {
        case "txt", "text": self = .text
        case "md", "markdown": self = .markdown
        case "html", "htm", "xhtml": self = .html
        case "json": self = .json
        case "jsonl", "ndjson": self = .jsonLines
        default: self = path == "-" ? Self.sniff(text) : .text
        }
    }

    /// Guesses the format from the first non-blank characters.
    static func sniff(_ text: String) -> InputFormat {
        let head = text.prefix(2_000).trimmingWhitespace
        if head.hasPrefix("{") || head.hasPrefix("[") {
            let lines = text.split(whereSeparator: \.isNewline).filter { !$0.trimmingWhitespace.isEmpty }
            if head.hasPrefix("{"), lines.count > 1, lines.allSatisfy({ $0.trimmingWhitespace.hasPrefix("{") && $0.trimmingWhitespace.hasSuffix("}") }) {
                return .jsonLines
            }
            return .json
        }
        let lower = head.lowercased()
        if lower.hasPrefix("<!doctype html") || lower.hasPrefix("<html") || lower.contains("<body")
            || (lower.hasPrefix("<") && (lower.contains("</p>") || lower.contains("</div>"))) {
            return .html
        }
        return .text
    }
}
