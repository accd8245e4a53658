import Foundation

/// The identity of a document's content: the SHA-256 of its normalised text, so that format and
/// byte-level variants of one article (CRLF or LF, a trailing newline, NBSPs, NFD or NFC, the text
/// read from `.txt` or from `.html`) are one document.
///
/// Normalisation: Unicode NFC; every run of white space (any `White_Space` scalar: spaces, tabs,
/// line and paragraph breaks, NBSP and the other fixed-width spaces) becomes one space; the
/// zero-width space and the byte-order mark are dropped; leading and trailing space is removed.
enum ContentIdentity {
    /// The text as it is hashed.
    static func normalized(_ text: String) -> String {
        let composed = text.utf8.allSatisfy { $0 < 0x80 } ? text : text.precomposedStringWithCanonicalMapping
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in composed.unicodeScalars {
            if scalar == "\u{FEFF}" || scalar == "\u{200B}" { continue }
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            out.append(scalar)
        }
        return String(out)
    }

    /// The hex SHA-256 of the normalised text.
    static func hash(_ text: String) -> String { SHA256.hex(of: normalized(text)) }
}
