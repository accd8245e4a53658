/// SQLite's `substr(X, Y, Z)` on TEXT, done on the bytes of a column that was read once.
///
/// The queries of records (`talks`, the timeline) read a document's title and a report's evidence
/// out of the document's text (``SchemaV7``, ``SchemaV5``). Asking SQLite for them as two
/// `substr` results walks the text twice and copies each result; reading the text column and
/// slicing it here walks it once per slice and makes only the strings returned. The slices are
/// SQLite's to the byte: characters are counted as SQLite counts them (a byte of 0xC0 or more
/// and the continuation bytes after it), the text ends at its first NUL, and negative or zero
/// positions and lengths mean what they mean to `substr`.
enum TextSlice {
    /// The bytes `substr(text, start, length)` returns, as a range of `text` (whose end stands for
    /// SQLite's terminating NUL).
    static func substr(_ text: UnsafeBufferPointer<UInt8>, start: Int64, length: Int64) -> Range<Int> {
        guard let base = text.baseAddress, !text.isEmpty else { return 0..<0 }
        let count = text.count
        // The byte at `i`, 0 at the end: the C string SQLite walks.
        @inline(__always) func byte(_ i: Int) -> UInt8 { i < count ? base[i] : 0 }
        // SQLITE_SKIP_UTF8: the index after the character at `i`.
        @inline(__always) func next(_ i: Int) -> Int {
            var j = i + 1
            if base[i] >= 0xC0 {
                while byte(j) & 0xC0 == 0x80 { j += 1 }
            }
            return j
        }
        // sqlite3_value_int: the low 32 bits.
        var p1 = Int64(Int32(truncatingIfNeeded: start))
        var p2 = Int64(Int32(truncatingIfNeeded: length))
        var negP2 = false
        if p2 < 0 {
            p2 = -p2
            negP2 = true
        }
        if p1 < 0 {
            var len: Int64 = 0
            var i = 0
            while byte(i) != 0 {
                i = next(i)
                len += 1
            }
            p1 += len
            if p1 < 0 {
                p2 += p1
                if p2 < 0 { p2 = 0 }
                p1 = 0
            }
        } else if p1 > 0 {
            p1 -= 1
        } else if p2 > 0 {
            p2 -= 1
        }
        if negP2 {
            p1 -= p2
            if p1 < 0 {
                p2 += p1
                p1 = 0
            }
        }
        var from = ascii(base, count, 0, &p1)
        while p1 > 0, byte(from) != 0 {
            from = next(from)
            p1 -= 1
            from = ascii(base, count, from, &p1)
        }
        var to = ascii(base, count, from, &p2)
        while p2 > 0, byte(to) != 0 {
            to = next(to)
            p2 -= 1
            to = ascii(base, count, to, &p2)
        }
        return from..<to
    }

    /// Skips whole runs of eight ASCII bytes from `i` while at least eight characters are left in
    /// `chars`: each such byte (not NUL, under 0x80) is one character to SQLite.
    @inline(__always)
    private static func ascii(_ base: UnsafePointer<UInt8>, _ count: Int, _ i: Int, _ chars: inout Int64) -> Int {
        var i = i
        while chars >= 8, i + 8 <= count {
            let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            // No byte with its high bit set, and no zero byte.
            let high: UInt64 = 0x8080_8080_8080_8080
            guard word & high == 0, (word &- 0x0101_0101_0101_0101) & ~word & high == 0 else { break }
            i += 8
            chars -= 8
        }
        return i
    }

    /// The text of `substr(text, start, length)`.
    static func string(_ text: UnsafeBufferPointer<UInt8>, start: Int64, length: Int64) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: text[substr(text, start: start, length: length)]), as: UTF8.self)
    }
}
