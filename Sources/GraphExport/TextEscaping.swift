/// Escaping rules of every output format, kept in one place so each exporter stays small.
///
/// Every function is total: any string, in any script, with any control character, comes out
/// as text the target format reads back as the same visible characters (control characters the
/// format cannot carry are dropped).
enum TextEscaping {
    /// Whether a scalar is a C0/C1 control character or a noncharacter (U+FFFE, U+FDD0…), which
    /// no export should carry.
    static func isControl(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x20 || (0x7F...0x9F).contains(s.value) || s.properties.isNoncharacterCodePoint
    }

    /// Whether XML 1.0 allows the scalar at all (tab, LF, CR, and everything from U+0020 except
    /// the noncharacters U+FFFE and U+FFFF; Swift strings never hold surrogates).
    static func isXMLChar(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09, 0x0A, 0x0D: true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// Text without control characters: line breaks and tabs become one space, the rest go.
    static func singleLine(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if s == "\n" || s == "\r" || s == "\t" || s == "\u{2028}" || s == "\u{2029}" {
                if out.last != " " { out.append(" ") }
            } else if !isControl(s) {
                out.append(s)
            }
        }
        return String(out)
    }

    // MARK: XML and HTML

    /// Escapes text for XML element content or a double- or single-quoted attribute value.
    ///
    /// `&`, `<`, `>`, `"` and `'` become entities; tab, LF and CR become character references so
    /// that attribute-value normalisation keeps them; characters XML 1.0 forbids are dropped.
    static func xml(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for s in text.unicodeScalars {
            switch s {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t": out += "&#9;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            default:
                if isXMLChar(s) { out.unicodeScalars.append(s) }
            }
        }
        return out
    }

    /// Escapes text for HTML content and quoted attributes; line breaks are kept as is.
    static func html(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for s in text.unicodeScalars {
            switch s {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n", "\t": out.unicodeScalars.append(s)
            default:
                if !isControl(s) && isXMLChar(s) { out.unicodeScalars.append(s) }
            }
        }
        return out
    }

    // MARK: DOT

    /// The body of a DOT double-quoted string used as a label.
    ///
    /// Backslash and quote are escaped, `&` becomes `&amp;` (Graphviz decodes entities in labels),
    /// a line break becomes the label escape `\n`, other control characters are dropped.
    static func dotLabel(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var lastWasCR = false
        for s in text.unicodeScalars {
            defer { lastWasCR = s == "\r" }
            switch s {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "&": out += "&amp;"
            case "\r": out += "\\n"
            case "\n": if !lastWasCR { out += "\\n" }
            case "\u{2028}", "\u{2029}": out += "\\n"
            default:
                if !isControl(s) { out.unicodeScalars.append(s) }
            }
        }
        return out
    }

    /// A DOT identifier as a double-quoted string (node ids, colours, font names).
    ///
    /// Graphviz's lexer reads a backslash before the closing quote as an escaped quote, so ids
    /// never carry one: `%`, backslash, `"` and control characters are percent-encoded (`%25`, `%5C`,
    /// `%22`, `%0A`…). The encoding is injective, so distinct keys stay distinct nodes.
    static func dotID(_ text: String) -> String {
        var out = "\""
        for s in text.unicodeScalars {
            if s == "%" || s == "\\" || s == "\"" || isControl(s) {
                out += "%" + String(s.value, radix: 16, uppercase: true).leftPadded(to: 2)
            } else {
                out.unicodeScalars.append(s)
            }
        }
        return out + "\""
    }

    // MARK: Markdown

    /// Escapes text for inline Markdown (CommonMark and GitHub tables).
    ///
    /// Every ASCII punctuation mark that can open markup is backslash-escaped, `|` included so that
    /// table cells stay whole; line breaks become spaces.
    static func markdown(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in singleLine(text).unicodeScalars {
            switch ch {
            case "\\", "`", "*", "_", "{", "}", "[", "]", "<", ">", "(", ")", "#", "+", "!", "|", "~",
                 "&", "$":
                out += "\\"
                out.unicodeScalars.append(ch)
            default:
                out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    // MARK: CSV

    /// One RFC 4180 field: quoted when it holds a comma, quote, CR or LF, quotes doubled.
    ///
    /// A cell a spreadsheet would run as a formula (see ``isFormulaLike(_:)``) is neutralised as
    /// OWASP recommends for CSV injection: a single quote before it, and the field quoted.
    static func csvField(_ text: String) -> String {
        var clean = String.UnicodeScalarView()
        for s in text.unicodeScalars where !isControl(s) || s == "\n" || s == "\r" || s == "\t" {
            clean.append(s)
        }
        var value = String(clean)
        let isFormula = isFormulaLike(value)
        if isFormula { value = "'" + value }
        let needsQuotes = isFormula || value.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || value.first == " " || value.last == " "
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Whether a spreadsheet would take a cell for a formula: it starts with `=`, `+`, `-`, `@`, a
    /// tab or a carriage return (OWASP, CSV injection), and is not simply a number (`-3`, `+0.5`).
    static func isFormulaLike(_ value: String) -> Bool {
        guard let first = value.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) else { return false }
        return value.wholeMatch(of: #/[+-]?[0-9]+(\.[0-9]+)?/#) == nil
    }

    /// One RFC 4180 record: fields joined with commas, ended by CRLF.
    static func csvRecord(_ fields: [String]) -> String {
        fields.map(csvField).joined(separator: ",") + "\r\n"
    }

    // MARK: iCalendar

    /// Escapes an RFC 5545 TEXT value: `\`, `;`, `,` and line breaks; other controls dropped.
    static func icsText(_ text: String) -> String {
        var out = ""
        var lastWasCR = false
        for s in text.unicodeScalars {
            defer { lastWasCR = s == "\r" }
            switch s {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\r": out += "\\n"
            case "\n": if !lastWasCR { out += "\\n" }
            case "\t": out += " "
            default:
                if !isControl(s) { out.unicodeScalars.append(s) }
            }
        }
        return out
    }

    /// Folds one content line at 75 octets (RFC 5545 §3.1) without splitting a UTF-8 sequence;
    /// continuation lines start with one space. Returns the line with its CRLF.
    static func icsFold(_ line: String) -> String {
        var out = ""
        var width = 0
        var limit = 75
        for s in line.unicodeScalars {
            let n = String(s).utf8.count
            if width + n > limit {
                out += "\r\n "
                width = 0
                limit = 74            // the leading space counts
            }
            out.unicodeScalars.append(s)
            width += n
        }
        return out + "\r\n"
    }
}
