import Foundation

/// The top-level string fields of one JSON object, read in one pass over its UTF-8 bytes.
///
/// An article line of JSON Lines is a flat object of strings (`id`, `title`, `text` …), sometimes
/// with other values beside them (a `gold` annotation, numbers). `JSONSerialization` and
/// `JSONDecoder` build a value for every one of them, through `NSString`/`Any` or a generic
/// decoder, ~0.4–0.5 M instructions for a 4 KB article; this reader makes a `String` for each
/// top-level string value only, and checks the rest without building it.
///
/// It answers only where it is sure to give what `JSONSerialization` gives: the bytes must be one
/// JSON object (RFC 8259: white space around it, strings without raw control characters, escapes
/// `\" \\ \/ \b \f \n \r \t \uXXXX`, numbers, `true`, `false`, `null`, nested arrays and objects)
/// with no key given twice and no `\u` escape of a lone surrogate. Anything else gives `nil`, and
/// the caller asks Foundation, whose answer (or error message) stays the same.
public struct JSONStringFields: Sendable {
    /// The top-level keys whose value is a string, with the string.
    public var strings: [String: String] = [:]
    /// The top-level keys whose value is `null`.
    public var nulls: Set<String> = []
    /// The top-level keys whose value is a number, `true`, `false`, an array or an object.
    public var others: Set<String> = []

    /// The fields of `text`, or `nil` when it is not one JSON object this reader is sure of.
    public static func parse(_ text: some StringProtocol) -> JSONStringFields? {
        if let fields = text.utf8.withContiguousStorageIfAvailable({ bytes -> JSONStringFields?? in
            var reader = Reader(bytes: bytes)
            return .some(reader.document())
        }) {
            return fields ?? nil
        }
        var copy = String(text)
        return copy.withUTF8 { bytes in
            var reader = Reader(bytes: bytes)
            return reader.document()
        }
    }

    /// The fields as `JSONSerialization` gives the object, less the values in ``others``:
    /// strings, and `NSNull` for `null` (what ``JSONArticles`` reads).
    var serializationValues: [String: Any] {
        var object: [String: Any] = strings
        for key in nulls { object[key] = NSNull() }
        return object
    }

    /// A cursor over the bytes of one JSON text.
    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var i = 0
        /// Bytes of strings with escapes, decoded (reused from string to string).
        var scratch: [UInt8] = []

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        mutating func document() -> JSONStringFields? {
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: "{") else { return nil }
            i += 1
            var fields = JSONStringFields()
            var keys = Set<String>()
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "}") {
                i += 1
            } else {
                while true {
                    skipSpace()
                    guard let key = string(), keys.insert(key).inserted else { return nil }
                    skipSpace()
                    guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { return nil }
                    i += 1
                    skipSpace()
                    guard i < bytes.count else { return nil }
                    switch bytes[i] {
                    case UInt8(ascii: "\""):
                        guard let value = string() else { return nil }
                        fields.strings[key] = value
                    case UInt8(ascii: "n"):
                        guard literal("null") else { return nil }
                        fields.nulls.insert(key)
                    default:
                        guard skipValue(depth: 0) else { return nil }
                        fields.others.insert(key)
                    }
                    skipSpace()
                    guard i < bytes.count else { return nil }
                    if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                    guard bytes[i] == UInt8(ascii: "}") else { return nil }
                    i += 1
                    break
                }
            }
            skipSpace()
            return i == bytes.count ? fields : nil
        }

        /// JSON white space: space, tab, line feed, carriage return.
        mutating func skipSpace() {
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
        }

        mutating func literal(_ word: StaticString) -> Bool {
            let n = word.utf8CodeUnitCount
            guard i + n <= bytes.count else { return false }
            for k in 0..<n where bytes[i + k] != word.utf8Start[k] { return false }
            i += n
            return true
        }

        /// The string at `i` (which is at its opening quote), decoded; `nil` when it is not valid
        /// JSON or escapes a lone surrogate.
        mutating func string() -> String? {
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { return nil }
            i += 1
            let start = i
            // The common case: no escape, the bytes are the string's.
            while i < bytes.count {
                let b = bytes[i]
                if b == UInt8(ascii: "\"") {
                    let s = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
                    i += 1
                    return s
                }
                if b == UInt8(ascii: "\\") { break }
                if b < 0x20 { return nil }
                i += 1
            }
            scratch.removeAll(keepingCapacity: true)
            var run = start
            while i < bytes.count {
                // The bytes up to the next quote, escape or control character, appended at once
                // (byte by byte, each append checks the array's capacity and uniqueness).
                while i < bytes.count, bytes[i] != UInt8(ascii: "\""), bytes[i] != UInt8(ascii: "\\"), bytes[i] >= 0x20 { i += 1 }
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i]))
                guard i < bytes.count else { return nil }
                let b = bytes[i]
                if b == UInt8(ascii: "\"") {
                    i += 1
                    return String(decoding: scratch, as: UTF8.self)
                }
                if b < 0x20 { return nil }
                guard i + 1 < bytes.count else { return nil }
                let e = bytes[i + 1]
                i += 2
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scratch.append(e)
                case UInt8(ascii: "b"): scratch.append(0x08)
                case UInt8(ascii: "f"): scratch.append(0x0C)
                case UInt8(ascii: "n"): scratch.append(0x0A)
                case UInt8(ascii: "r"): scratch.append(0x0D)
                case UInt8(ascii: "t"): scratch.append(0x09)
                case UInt8(ascii: "u"):
                    guard let unit = hex4() else { return nil }
                    var value = UInt32(unit)
                    if (0xD800...0xDBFF).contains(unit) {
                        // A high surrogate must be followed by `\u` and a low one.
                        guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else { return nil }
                        i += 2
                        guard let low = hex4(), (0xDC00...0xDFFF).contains(low) else { return nil }
                        value = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
                    } else if (0xDC00...0xDFFF).contains(unit) {
                        return nil
                    }
                    guard let scalar = Unicode.Scalar(value) else { return nil }
                    scratch.append(contentsOf: UTF8.encode(scalar)!)
                default:
                    return nil
                }
                run = i
            }
            return nil
        }

        /// Four hexadecimal digits at `i`.
        mutating func hex4() -> UInt16? {
            guard i + 4 <= bytes.count else { return nil }
            var v: UInt16 = 0
            for _ in 0..<4 {
                let b = bytes[i]
                let d: UInt8
                switch b {
                case 0x30...0x39: d = b - 0x30
                case 0x41...0x46: d = b - 0x41 + 10
                case 0x61...0x66: d = b - 0x61 + 10
                default: return nil
                }
                v = v << 4 | UInt16(d)
                i += 1
            }
            return v
        }

        /// Checks and passes over a string without decoding it.
        mutating func skipString() -> Bool {
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { return false }
            i += 1
            while i < bytes.count {
                let b = bytes[i]
                if b == UInt8(ascii: "\"") { i += 1; return true }
                if b < 0x20 { return false }
                if b != UInt8(ascii: "\\") { i += 1; continue }
                guard i + 1 < bytes.count else { return false }
                let e = bytes[i + 1]
                i += 2
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                     UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    continue
                case UInt8(ascii: "u"):
                    // Lone surrogates are left to Foundation (it may reject or replace them).
                    guard let unit = hex4() else { return false }
                    if (0xD800...0xDBFF).contains(unit) {
                        guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else { return false }
                        i += 2
                        guard let low = hex4(), (0xDC00...0xDFFF).contains(low) else { return false }
                    } else if (0xDC00...0xDFFF).contains(unit) {
                        return false
                    }
                default:
                    return false
                }
            }
            return false
        }

        /// Checks and passes over any value; nesting deeper than 64 is left to Foundation.
        mutating func skipValue(depth: Int) -> Bool {
            guard depth < 64, i < bytes.count else { return false }
            switch bytes[i] {
            case UInt8(ascii: "\""): return skipString()
            case UInt8(ascii: "t"): return literal("true")
            case UInt8(ascii: "f"): return literal("false")
            case UInt8(ascii: "n"): return literal("null")
            case UInt8(ascii: "["):
                return skipItems(closing: UInt8(ascii: "]")) { $0.skipValue(depth: depth + 1) }
            case UInt8(ascii: "{"):
                return skipItems(closing: UInt8(ascii: "}")) { r in
                    guard r.skipString() else { return false }
                    r.skipSpace()
                    guard r.i < r.bytes.count, r.bytes[r.i] == UInt8(ascii: ":") else { return false }
                    r.i += 1
                    r.skipSpace()
                    return r.skipValue(depth: depth + 1)
                }
            default:
                return number()
            }
        }

        /// Passes over the items of an array or object opened at `i`, separated by commas, up to
        /// its `closing` bracket; `item` passes over one (a value, or a key, its colon and value).
        mutating func skipItems(closing: UInt8, _ item: (inout Reader) -> Bool) -> Bool {
            i += 1
            skipSpace()
            if i < bytes.count, bytes[i] == closing { i += 1; return true }
            while true {
                skipSpace()
                guard item(&self) else { return false }
                skipSpace()
                guard i < bytes.count else { return false }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                guard bytes[i] == closing else { return false }
                i += 1
                return true
            }
        }

        /// A JSON number, `-? (0 | [1-9][0-9]*) (. [0-9]+)?`, of at most 15 digits: exponents and
        /// longer numbers (which Foundation may round, or refuse as out of range) are left to it.
        mutating func number() -> Bool {
            let start = i
            if i < bytes.count, bytes[i] == UInt8(ascii: "-") { i += 1 }
            guard i < bytes.count, isDigit(bytes[i]) else { return false }
            if bytes[i] == UInt8(ascii: "0") { i += 1 } else { while i < bytes.count, isDigit(bytes[i]) { i += 1 } }
            if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
                i += 1
                guard i < bytes.count, isDigit(bytes[i]) else { return false }
                while i < bytes.count, isDigit(bytes[i]) { i += 1 }
            }
            if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") { return false }
            return i - start <= 15
        }

        func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    }
}
