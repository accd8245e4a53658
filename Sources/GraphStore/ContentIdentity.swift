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
        var text = text
        let ascii = text.withUTF8 { bytes in bytes.allSatisfy { $0 < 0x80 } }
        if ascii {
            return text.withUTF8 { bytes in
                // Written in place: the normalised text is never longer than the text.
                [UInt8](unsafeUninitializedCapacity: bytes.count) { out, count in
                    var n = 0
                    var pendingSpace = false
                    for byte in bytes {
                        if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                            pendingSpace = n > 0
                            continue
                        }
                        if pendingSpace {
                            out[n] = 0x20
                            n += 1
                            pendingSpace = false
                        }
                        out[n] = byte
                        n += 1
                    }
                    count = n
                }
            }
        }
        if let plain = normalizedWithoutNFC(text) { return plain }
        return normalizedThroughNFC(text)
    }

    /// The general path: NFC through Foundation, Unicode's white-space property per scalar.
    static func normalizedThroughNFC(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
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

    /// The normalised bytes of a text that NFC leaves as it is, or nil when it has a scalar that
    /// NFC might change or join with its neighbour (then ``normalizedThroughNFC(_:)`` decides).
    ///
    /// Every scalar of such a text is NFC-inert (``isInert(_:)``: NFC quick-check Yes, combining
    /// class 0) or an Arabic vowel mark right after one (``isLoneMark(_:)``), so the text is in NFC
    /// already (UAX #15 quick check: all Yes, classes in order) and its own UTF-8 bytes are copied;
    /// white space is Unicode's `White_Space` list.
    static func normalizedWithoutNFC(_ text: String) -> [UInt8]? {
        var text = text
        return text.withUTF8 { bytes -> [UInt8]? in
            var failed = false
            // Written in place: the normalised text is never longer than the text.
            let out = [UInt8](unsafeUninitializedCapacity: bytes.count) { out, count in
                count = 0
                var n = 0
                var pendingSpace = false
                // Whether the scalar before is of combining class 0 (the text's start counts as a mark).
                var afterBase = false
                var i = 0
                while i < bytes.count {
                    let lead = bytes[i]
                    var value: UInt32
                    var length: Int
                    switch lead {
                    case 0..<0x80: value = UInt32(lead); length = 1
                    case 0xC0..<0xE0: value = UInt32(lead & 0x1F); length = 2
                    case 0xE0..<0xF0: value = UInt32(lead & 0x0F); length = 3
                    default: failed = true; return      // four-byte scalars (and anything else): the general path
                    }
                    guard i + length <= bytes.count else { failed = true; return }
                    for k in 1..<max(length, 1) { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
                    if value == 0xFEFF || value == 0x200B {
                        i += length
                        continue
                    }
                    if isLoneMark(value) {
                        // A mark NFC neither composes nor reorders when it follows a scalar of class 0.
                        guard afterBase else { failed = true; return }
                        afterBase = false
                    } else {
                        guard isInert(value) else { failed = true; return }
                        afterBase = true
                    }
                    if isWhiteSpace(value) {
                        pendingSpace = n > 0
                    } else {
                        if pendingSpace {
                            out[n] = 0x20
                            n += 1
                            pendingSpace = false
                        }
                        for k in 0..<length { out[n + k] = bytes[i + k] }
                        n += length
                    }
                    i += length
                }
                count = n
            }
            return failed ? nil : out
        }
    }

    /// Scalars whose NFC quick-check value is Yes and whose canonical combining class is 0, among
    /// those news text is made of: Latin below the combining diacritics, Arabic letters, digits and
    /// punctuation (not its marks, nor the hamza and madda above and below, which compose), general
    /// punctuation and spaces (not U+2000 and U+2001, which NFC maps to U+2002 and U+2003), and
    /// Arabic presentation forms (compatibility decompositions only).
    static func isInert(_ v: UInt32) -> Bool {
        switch v {
        case 0..<0x300: return true
        case 0x600...0x60F, 0x61B...0x61F, 0x621...0x64A, 0x660...0x66F, 0x671...0x6D5, 0x6DD, 0x6DE, 0x6E5, 0x6E6,
             0x6E9, 0x6EE...0x6FF: return true
        case 0x2002...0x202F, 0x2030...0x205F: return true
        case 0xFB50...0xFDFF, 0xFE70...0xFEFE: return true
        default: return false
        }
    }

    /// The Arabic vowel marks (fathatan … sukun, U+064B–U+0652): NFC quick-check Yes, combining
    /// classes 27–34, never part of a canonical composition; alone after a letter, NFC keeps them
    /// where they are (two in a row may be reordered: the general path decides).
    static func isLoneMark(_ v: UInt32) -> Bool { (0x64B...0x652).contains(v) }

    /// Unicode's `White_Space` scalars.
    static func isWhiteSpace(_ v: UInt32) -> Bool {
        switch v {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// The hex SHA-256 of the normalised text.
    static func hash(_ text: String) -> String { SHA256.hex(of: normalizedUTF8(text)) }
}
