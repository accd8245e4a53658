/// A fast reader for the common shape of a gazetteer line: one JSON object whose values are
/// strings or arrays of strings, with no escapes.
///
/// Loading tens of thousands of entries through `JSONSerialization` costs more than the rest of
/// the start-up; this reader takes the common lines in one pass over their UTF-8 bytes. Anything
/// outside that shape (escapes, numbers, nested values, repeated keys, invalid JSON) returns `nil`
/// and the caller falls back to `JSONSerialization`, so results and error messages stay the same.
enum FlatJSONObject {
    /// A value of a gazetteer line: a string, a list of strings, or anything else.
    enum Value {
        case string(String)
        case strings([String])
        case other

        /// The value `JSONSerialization` gave.
        init(_ any: Any) {
            if let s = any as? String { self = .string(s) } else if let l = any as? [String] { self = .strings(l) } else { self = .other }
        }
    }

    /// The fields of one object, in line order (a handful: looked up by a linear scan).
    struct Fields {
        var pairs: [(key: String, value: Value)]

        subscript(key: String) -> Value? {
            for p in pairs where p.key == key { return p.value }
            return nil
        }

        var keys: [String] { pairs.map(\.key) }
    }

    /// The object of `line`, or `nil` when the line is not of the flat shape.
    static func parse(_ line: String) -> Fields? {
        var line = line
        return line.withUTF8 { bytes -> Fields? in
            var reader = Reader(bytes: bytes)
            return reader.object()
        }
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var i = 0

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        mutating func skipSpace() {
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
        }

        mutating func take(_ b: UInt8) -> Bool {
            skipSpace()
            guard i < bytes.count, bytes[i] == b else { return false }
            i += 1
            return true
        }

        /// A string without escapes or control characters.
        mutating func string() -> String? {
            guard take(0x22) else { return nil }
            let start = i
            while i < bytes.count {
                let b = bytes[i]
                if b == 0x22 {
                    let s = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
                    i += 1
                    return s
                }
                if b == 0x5C || b < 0x20 { return nil }
                i += 1
            }
            return nil
        }

        mutating func value() -> Value? {
            skipSpace()
            guard i < bytes.count else { return nil }
            if bytes[i] == 0x22 { return string().map(Value.string) }
            guard bytes[i] == 0x5B else { return nil }
            i += 1
            var list: [String] = []
            if take(0x5D) { return .strings(list) }
            while true {
                guard let s = string() else { return nil }
                list.append(s)
                if take(0x5D) { return .strings(list) }
                guard take(0x2C) else { return nil }
            }
        }

        mutating func object() -> Fields? {
            guard take(0x7B) else { return nil }
            var out = Fields(pairs: [])
            out.pairs.reserveCapacity(8)
            if !take(0x7D) {
                while true {
                    guard let key = string(), take(0x3A), let v = value(), out[key] == nil else { return nil }
                    out.pairs.append((key, v))
                    if take(0x7D) { break }
                    guard take(0x2C) else { return nil }
                }
            }
            skipSpace()
            return i == bytes.count ? out : nil
        }
    }
}
