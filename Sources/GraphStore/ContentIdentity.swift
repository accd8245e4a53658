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
        String(decoding: normalizedUTF8(text), as: UTF8.self)
    }

    /// The UTF-8 bytes of the normalised text; ASCII is handled byte by byte, and only text with
    /// other scalars goes through NFC and Unicode's white-space property.
    static func normalizedUTF8(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            for byte in text.utf8 {
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                    pendingSpace = !out.isEmpty
                    continue
                }
                if pendingSpace {
                    out.append(0x20)
                    pendingSpace = false
                }
                out.append(byte)
            }
            return out
        }
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar == "\u{FEFF}" || scalar == "\u{200B}" { continue }
            if scalar.value < 0x80 ? (scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value)) : scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(0x20)
                pendingSpace = false
            }
            out.append(contentsOf: UTF8.encode(scalar)!)
        }
        return out
    }

    /// The hex SHA-256 of the normalised text.
    static func hash(_ text: String) -> String { SHA256.hex(of: normalizedUTF8(text)) }
}
