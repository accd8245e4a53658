/// Text bound for a terminal: what a file name or an article holds must not drive the terminal.
///
/// Control characters (escape sequences, carriage returns, bells) never pass; explicit bidi
/// controls (embeddings, overrides, isolates: U+202A…U+202E, U+2066…U+2069), which can reorder
/// the rest of a line, never pass either; right-to-left text is isolated (FSI…PDI) so that it
/// cannot pull the columns or words beside it into its own order.
public enum TerminalText {
    /// Whether a scalar is an explicit bidi embedding, override or isolate, or their terminator.
    public static func isBidiControl(_ s: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(s.value) || (0x2066...0x2069).contains(s.value)
    }

    /// Whether a scalar is a strong right-to-left letter (Hebrew, Arabic, Syriac, Thaana, N'Ko and
    /// the other scripts of U+0590…U+08FF, their presentation forms, and the historic RTL planes).
    public static func isRightToLeft(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF, 0x10800...0x10FFF, 0x1E800...0x1EFFF:
            return s.properties.isAlphabetic
        default:
            return false
        }
    }

    /// One line of plain text: line breaks and tabs become one space, control characters and
    /// explicit bidi controls are dropped.
    public static func plain(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for s in TextEscaping.singleLine(text).unicodeScalars where !isBidiControl(s) { out.append(s) }
        return String(out)
    }

    /// Text wrapped in FIRST STRONG ISOLATE…POP DIRECTIONAL ISOLATE when it holds right-to-left
    /// letters; other text unchanged. Give it text without bidi controls (see ``plain(_:)``).
    public static func isolated(_ text: String) -> String {
        text.unicodeScalars.contains(where: isRightToLeft) ? "\u{2068}" + text + "\u{2069}" : text
    }

    /// A field of a result line: ``plain(_:)``, then ``isolated(_:)``.
    public static func field(_ text: String) -> String { isolated(plain(text)) }

    /// Text for a message, with every control character and bidi control shown as a visible
    /// escape (`\u{1B}`, `\u{202E}`), so that a file name can still be told apart and found.
    public static func escaped(_ text: String) -> String {
        var out = ""
        for s in text.unicodeScalars {
            if TextEscaping.isControl(s) || isBidiControl(s) || s == "\u{2028}" || s == "\u{2029}" {
                out += "\\u{" + String(s.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(s)
            }
        }
        return out
    }
}
