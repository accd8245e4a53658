/// `hasPrefix` and `hasSuffix` for affixes made of Arabic letters (`ال`, `لل`, `وس`), answered on
/// UTF-8 bytes where that gives `String`'s answer, which compares `Character`s by canonical
/// equivalence and costs hundreds of instructions a call on non-ASCII text.
///
/// An Arabic letter (U+0621–U+063A, U+0641–U+064A) has no canonical decomposition and is the
/// canonical form of nothing else, so a `Character` equals it only when the `Character` is that
/// one scalar. The affix therefore matches exactly when the bytes match and no scalar of the
/// string joins the affix's first or last letter into a longer `Character`: a scalar next to the
/// affix that is ASCII or an Arabic letter cannot. Any other neighbour is left to `String`.
extension String {
    /// `hasPrefix(prefix)` for a prefix of Arabic letters; any other prefix is passed to `hasPrefix`.
    @inlinable
    public func hasLetterPrefix(_ prefix: String) -> Bool {
        var s = self, p = prefix
        let answer: Bool? = s.withUTF8 { b in
            p.withUTF8 { q in
                guard LetterAffix.isArabicLetters(q) else { return nil }
                guard b.count >= q.count else { return false }
                for i in 0..<q.count where b[i] != q[i] { return false }
                if b.count == q.count { return true }
                return LetterAffix.startsPlainScalar(b, at: q.count) ? true : nil
            }
        }
        return answer ?? hasPrefix(prefix)
    }

    /// `hasSuffix(suffix)` for a suffix of Arabic letters; any other suffix is passed to `hasSuffix`.
    @inlinable
    public func hasLetterSuffix(_ suffix: String) -> Bool {
        var s = self, p = suffix
        let answer: Bool? = s.withUTF8 { b in
            p.withUTF8 { q in
                guard LetterAffix.isArabicLetters(q) else { return nil }
                guard b.count >= q.count else { return false }
                let cut = b.count - q.count
                for i in 0..<q.count where b[cut + i] != q[i] { return false }
                if cut == 0 { return true }
                return LetterAffix.endsPlainScalar(b, before: cut) ? true : nil
            }
        }
        return answer ?? hasSuffix(suffix)
    }
}

/// Byte tests behind ``Swift/String/hasLetterPrefix(_:)``.
public enum LetterAffix {
    /// Whether two UTF-8 bytes encode an Arabic letter (U+0621–U+063A, U+0641–U+064A).
    @inlinable @inline(__always)
    public static func isArabicLetter(_ a: UInt8, _ b: UInt8) -> Bool {
        (a == 0xD8 && b >= 0xA1 && b <= 0xBA) || (a == 0xD9 && b >= 0x81 && b <= 0x8A)
    }

    /// Whether the bytes are one or more Arabic letters.
    @inlinable
    public static func isArabicLetters(_ q: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !q.isEmpty, q.count % 2 == 0 else { return false }
        var i = 0
        while i < q.count {
            if !isArabicLetter(q[i], q[i + 1]) { return false }
            i += 2
        }
        return true
    }

    /// Whether the scalar starting at byte `i` is ASCII or an Arabic letter.
    @inlinable @inline(__always)
    public static func startsPlainScalar(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        b[i] < 0x80 || (i + 1 < b.count && isArabicLetter(b[i], b[i + 1]))
    }

    /// Whether the scalar ending just before byte `i` is ASCII or an Arabic letter.
    @inlinable @inline(__always)
    public static func endsPlainScalar(_ b: UnsafeBufferPointer<UInt8>, before i: Int) -> Bool {
        b[i - 1] < 0x80 || (i >= 2 && isArabicLetter(b[i - 2], b[i - 1]))
    }
}

extension String {
    /// `self == other`, answered on UTF-8 bytes when that gives `String`'s answer: equal bytes are
    /// equal strings, and two strings made only of ASCII and Arabic letters are in NFC, where
    /// canonically equivalent means byte for byte equal. `String` itself compares two different
    /// non-ASCII strings by normalising them (hundreds of instructions for two words).
    @inlinable
    public func sameText(_ other: String) -> Bool {
        var a = self, b = other
        let answer: Bool? = a.withUTF8 { x in
            b.withUTF8 { y in
                if x.count == y.count, x.elementsEqual(y) { return true }
                return LetterAffix.isPlain(x) && LetterAffix.isPlain(y) ? false : nil
            }
        }
        return answer ?? (self == other)
    }
}

extension LetterAffix {
    /// Whether two strings have the same UTF-8 bytes.
    @inlinable
    public static func sameBytes(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        return a.withUTF8 { x in b.withUTF8 { y in x.count == y.count && x.elementsEqual(y) } }
    }

    /// Whether the bytes are ASCII and Arabic letters (U+0621–U+063A, U+0641–U+064A) only.
    @inlinable
    public static func isPlain(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = b.count
        while i < n {
            if b[i] < 0x80 { i += 1; continue }
            guard i + 1 < n, isArabicLetter(b[i], b[i + 1]) else { return false }
            i += 2
        }
        return true
    }
}
