import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Independent readers of each format, so escaping tests compare what a consumer reads back.
enum Readers {
    /// The text a consumer sees: control characters gone, CRLF and CR read as LF.
    static func visible(_ text: String, keep: Set<Unicode.Scalar> = ["\n"], unify: Bool = true) -> String {
        let unified = !unify ? text : text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        return String(String.UnicodeScalarView(unified.unicodeScalars.filter {
            keep.contains($0) || !($0.value < 0x20 || (0x7F...0x9F).contains($0.value)
                                    || $0.properties.isNoncharacterCodePoint)
        }))
    }

    // MARK: DOT

    /// Every double-quoted string of a DOT text, unescaped as Graphviz reads a label.
    /// Fails (returns nil) on an unterminated string or a raw line break inside one.
    static func dotStrings(_ dot: String) -> [String]? {
        var out: [String] = []
        var it = dot.unicodeScalars.makeIterator()
        while let s = it.next() {
            guard s == "\"" else { continue }
            var value = String.UnicodeScalarView()
            var closed = false
            while let c = it.next() {
                if c == "\"" { closed = true; break }
                if c == "\n" || c == "\r" { return nil }
                if c == "\\" {
                    guard let n = it.next() else { return nil }
                    switch n {
                    case "n": value.append("\n")
                    default: value.append(n)
                    }
                } else {
                    value.append(c)
                }
            }
            guard closed else { return nil }
            out.append(String(value).replacingOccurrences(of: "&amp;", with: "&"))
        }
        return out
    }

    // MARK: CSV

    /// Records of an RFC 4180 text; nil when a quoted field is malformed.
    static func csv(_ text: String) -> [[String]]? {
        var records: [[String]] = [], record: [String] = [], field = ""
        var chars = Array(text.unicodeScalars), i = 0, quoted = false, wasQuoted = false
        func endField() { record.append(field); field = ""; wasQuoted = false }
        while i < chars.count {
            let c = chars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < chars.count && chars[i + 1] == "\"" { field.unicodeScalars.append("\""); i += 1 }
                    else { quoted = false }
                } else { field.unicodeScalars.append(c) }
            } else if c == "\"" {
                guard field.isEmpty && !wasQuoted else { return nil }
                quoted = true; wasQuoted = true
            } else if c == "," { endField() }
            else if c == "\r" && i + 1 < chars.count && chars[i + 1] == "\n" {
                endField(); records.append(record); record = []; i += 1
            } else if c == "\n" || c == "\r" { return nil }
            else { if wasQuoted { return nil }; field.unicodeScalars.append(c) }
            i += 1
        }
        chars = []
        if quoted { return nil }
        if !field.isEmpty || !record.isEmpty { endField(); records.append(record) }
        return records
    }

    // MARK: XML

    /// Parses XML; returns each element's name, attributes and text, or the parser's error.
    final class XMLCollector: NSObject, XMLParserDelegate {
        struct Element { var name: String; var attributes: [String: String]; var text: String }
        var elements: [Element] = []
        var stack: [Int] = []
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            elements.append(Element(name: name, attributes: attributes, text: ""))
            stack.append(elements.count - 1)
        }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            _ = stack.popLast()
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if let top = stack.last { elements[top].text += string }
        }
    }

    static func xml(_ text: String) -> (elements: [XMLCollector.Element], error: String?) {
        let parser = XMLParser(data: Data(text.utf8))
        let collector = XMLCollector()
        parser.delegate = collector
        guard parser.parse() else { return ([], parser.parserError.map { "\($0)" } ?? "parse failed") }
        return (collector.elements, nil)
    }

    // MARK: iCalendar

    /// Unfolded content lines; nil when a line does not end in CRLF or exceeds 75 octets.
    static func icsLines(_ text: String) -> [String]? {
        guard text.hasSuffix("\r\n") else { return nil }
        let physical = text.dropLast().components(separatedBy: "\r\n")
        var lines: [String] = []
        for line in physical {
            if line.utf8.count > 75 || line.contains("\n") || line.contains("\r") { return nil }
            if line.hasPrefix(" "), !lines.isEmpty { lines[lines.count - 1] += line.dropFirst() }
            else { lines.append(line) }
        }
        return lines
    }

    /// An RFC 5545 TEXT value read back.
    static func icsText(_ value: Substring) -> String {
        var out = "", escaped = false
        for c in value {
            if escaped {
                out += (c == "n" || c == "N") ? "\n" : String(c)
                escaped = false
            } else if c == "\\" { escaped = true } else { out.append(c) }
        }
        return out
    }

    /// HTML text with the five entities read back.
    static func htmlUnescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
