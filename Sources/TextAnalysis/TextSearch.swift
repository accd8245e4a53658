import Foundation

/// Foundation's `contains(_:)` (a search by canonical equivalence, through `NSString`: thousands of
/// instructions a call on a short string) answered on UTF-8 bytes where that gives the same answer:
///
/// - a needle of one ASCII character that no other text decomposes to (punctuation such as `-`,
///   `,`, `(`, `:`, a line feed; not `;`, `` ` ``, `=`, `<`, `>`, which U+037E, U+1FEF, U+2260,
///   U+226E, U+226F decompose to) is in no string without its byte;
/// - in a string of printable ASCII, where every character is one scalar, equivalent only to
///   itself, a needle of printable ASCII is found exactly where its bytes are.
///
/// Anything else is passed to `contains(_:)`.
extension String {
    /// `contains(needle)`, on bytes where that is the same answer.
    @inlinable
    public func containsText(_ needle: String) -> Bool {
        var s = self, n = needle
        let answer: Bool? = s.withUTF8 { b in
            n.withUTF8 { q in
                guard !q.isEmpty, TextSearch.isPrintableASCII(q) else { return nil }
                if q.count == 1, TextSearch.decomposesFromNothing(q[0]), !b.contains(q[0]) { return false }
                guard TextSearch.isPrintableASCII(b) else { return nil }
                return TextSearch.find(q, in: b)
            }
        }
        return answer ?? contains(needle)
    }
}

/// Byte tests behind ``Swift/String/containsText(_:)``.
public enum TextSearch {
    /// Whether every byte is printable ASCII (U+0020–U+007E) or a tab or line feed.
    @inlinable
    public static func isPrintableASCII(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        for c in b where !(c >= 0x20 && c < 0x7F) && c != 0x09 && c != 0x0A { return false }
        return true
    }

    /// Whether an ASCII character other than a letter or digit is the canonical decomposition of
    /// no other scalar (checked against Unicode's decompositions in `TextSearchTests`).
    @inlinable
    public static func decomposesFromNothing(_ c: UInt8) -> Bool {
        switch c {
        case UInt8(ascii: ";"), UInt8(ascii: "`"), UInt8(ascii: "="), UInt8(ascii: "<"), UInt8(ascii: ">"): false
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"): false
        default: c < 0x80
        }
    }

    /// Whether the bytes `q` occur in `b`.
    @inlinable
    public static func find(_ q: UnsafeBufferPointer<UInt8>, in b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard q.count <= b.count else { return false }
        let first = q[0]
        var i = 0
        while i <= b.count - q.count {
            if b[i] == first {
                var k = 1
                while k < q.count && b[i + k] == q[k] { k += 1 }
                if k == q.count { return true }
            }
            i += 1
        }
        return false
    }
}
