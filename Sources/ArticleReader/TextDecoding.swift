import EventGraphModel
import Foundation

/// Turns a file's bytes into text, rejecting what is not text with a precise reason.
///
/// Accepted: UTF-8 (a leading byte-order mark is dropped) and UTF-16 with a byte-order mark.
/// Rejected, in this order: empty or white-space-only input (`empty file`), NUL bytes or a
/// majority of control bytes (`binary file`), and invalid UTF-8 (`not UTF-8`, naming the byte
/// and its offset).
enum TextDecoding {
    /// Decodes `data` read from `path`.
    static func decode(_ data: Data, path: String) -> Result<String, InputError> {
        let bytes = [UInt8](data)
        if bytes.isEmpty {
            return .failure(InputError(.empty, path: path, reason: "the file is empty"))
        }
        var text: String
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            guard let decoded = decodeUTF16(bytes) else {
                return .failure(InputError(.notUTF8, path: path,
                                           reason: "the file starts with a UTF-16 byte-order mark but is not valid UTF-16"))
            }
            text = decoded
        } else {
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
            if let reason = binaryReason(body) {
                return .failure(InputError(.binary, path: path, reason: reason))
            }
            if let valid = String(validating: body, as: UTF8.self) {
                text = valid
            } else {
                let (offset, sequence) = firstInvalidUTF8(body) ?? (0, Array(body.prefix(1)))
                let at = offset + (body.count == bytes.count ? 0 : 3)
                let shown = sequence.map { "0x\(hex($0))" }.joined(separator: " ")
                return .failure(InputError(.notUTF8, path: path,
                                           reason: "the file is not UTF-8 text (invalid sequence \(shown) at byte \(at))"))
            }
        }
        if let nul = text.unicodeScalars.firstIndex(of: "\u{0}") {
            let offset = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: nul)
            return .failure(InputError(.binary, path: path, reason: "the file holds binary data (NUL character at character \(offset))"))
        }
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        if text.isBlank {
            return .failure(InputError(.empty, path: path, reason: "the file has only white space"))
        }
        return .success(text)
    }

    /// Why the bytes look binary, or `nil` when they may be text.
    ///
    /// A NUL byte anywhere, or more than 30 % control bytes (other than tab, line feed, carriage
    /// return and form feed) among the first 64 KiB, make a file binary.
    static func binaryReason(_ bytes: [UInt8]) -> String? {
        if let nul = bytes.firstIndex(of: 0) {
            return "the file holds binary data (NUL byte at byte \(nul))"
        }
        let sample = bytes.prefix(65_536)
        let controls = sample.reduce(0) { count, b in
            (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C) || b == 0x7F ? count + 1 : count
        }
        if controls * 10 > sample.count * 3 {
            return "the file holds binary data (\(controls) control bytes in the first \(sample.count))"
        }
        return nil
    }

    /// The offset and value of the first byte that breaks UTF-8, or `nil` for valid UTF-8.
    /// Where the first malformed UTF-8 sequence starts, with its bytes up to the one that breaks it
    /// (a lone byte for an invalid lead byte or a sequence cut short by the end of the file).
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> (Int, [UInt8])? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return (i, [b])
            }
            for k in 1..<length {
                guard i + k < n else { return (i, Array(bytes[i..<n])) }
                let c = bytes[i + k]
                let (lo, hi) = k == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
                if c < lo || c > hi { return (i, Array(bytes[i...(i + k)])) }
            }
            i += length
        }
        return nil
    }

    private static func decodeUTF16(_ bytes: [UInt8]) -> String? {
        let bigEndian = bytes[0] == 0xFE
        let body = bytes.dropFirst(2)
        guard body.count % 2 == 0 else { return nil }
        var units: [UInt16] = []
        units.reserveCapacity(body.count / 2)
        var index = body.startIndex
        while index < body.endIndex {
            let a = UInt16(body[index]), b = UInt16(body[index + 1])
            units.append(bigEndian ? (a << 8 | b) : (b << 8 | a))
            index += 2
        }
        var scalars = String.UnicodeScalarView()
        var iterator = units.makeIterator()
        var decoder = UTF16()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s): scalars.append(s)
            case .emptyInput: break loop
            case .error: return nil
            }
        }
        return String(scalars)
    }

    private static func hex(_ b: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(b >> 4)], digits[Int(b & 0xF)]])
    }
}
