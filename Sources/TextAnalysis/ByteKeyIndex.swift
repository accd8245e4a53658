import Foundation

/// Keys as UTF-8 bytes in an open-addressing hash index: entry `i` is
/// `bytes[starts[i]..<starts[i + 1]]`, found through `slots` (entry + 1, 0 for empty; a power of
/// two long, at most half full). A bit filter of about eight bits per key (two bits set per key,
/// from the hash's high bits) answers most look-ups of absent keys without touching the larger
/// arrays (most words of a text are in no list).
@usableFromInline
struct ByteKeyIndex: Sendable {
    @usableFromInline var slots = [Int32](repeating: 0, count: 16)
    /// The filter's bits, a power of two of them (`filter.count * 64`).
    @usableFromInline var filter = [UInt64](repeating: 0, count: 2)
    /// The bytes keys start with (bit `b & 63` of word `b >> 6`): an Arabic word is no key of a
    /// table of Latin names, and the reverse, at the cost of one bit.
    @usableFromInline var starters = [UInt64](repeating: 0, count: 4)
    @usableFromInline var hasEmptyKey = false
    @usableFromInline var hashes: [UInt64] = []
    @usableFromInline var bytes: [UInt8] = []
    @usableFromInline var starts: [Int] = [0]

    @usableFromInline init() {}

    /// The entry of a key with this hash and first byte (`nil` for the empty key) whose bytes
    /// satisfy `matches`, or -1.
    @inlinable
    func find(_ h: UInt64, first: UInt8?, matches: (UnsafeBufferPointer<UInt8>) -> Bool) -> Int {
        if let first {
            guard starters[Int(first >> 6)] & (1 << UInt64(first & 63)) != 0 else { return -1 }
        } else if !hasEmptyKey {
            return -1
        }
        guard mayHold(h) else { return -1 }
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: h) & mask
        return bytes.withUnsafeBufferPointer { stored in
            slots.withUnsafeBufferPointer { slots in
                while true {
                    let e = Int(slots[s]) - 1
                    if e < 0 { return -1 }
                    if hashes[e] == h {
                        let lo = starts[e]
                        if matches(UnsafeBufferPointer(rebasing: stored[lo..<starts[e + 1]])) { return e }
                    }
                    s = (s + 1) & mask
                }
            }
        }
    }

    /// The entry of a key given as the bytes of its NFC form, or -1.
    @usableFromInline
    func find(nfc key: [UInt8]) -> Int {
        key.withUnsafeBufferPointer { k in find(Self.hash(k), first: k.first) { $0.elementsEqual(k) } }
    }

    /// The two filter bits of a hash, from its high bits (the slots take the low ones).
    @inlinable @inline(__always)
    func filterBits(_ h: UInt64) -> (Int, Int) {
        let mask = UInt64(filter.count * 64 - 1)
        return (Int(truncatingIfNeeded: (h >> 40) & mask), Int(truncatingIfNeeded: (h >> 20) & mask))
    }

    /// False when no key has this hash.
    @inlinable @inline(__always)
    func mayHold(_ h: UInt64) -> Bool {
        let (a, b) = filterBits(h)
        return filter[a >> 6] & (1 << UInt64(a & 63)) != 0 && filter[b >> 6] & (1 << UInt64(b & 63)) != 0
    }

    private mutating func mark(_ h: UInt64) {
        let (a, b) = filterBits(h)
        filter[a >> 6] |= 1 << UInt64(a & 63)
        filter[b >> 6] |= 1 << UInt64(b & 63)
    }

    /// Adds a key (its bytes in NFC) and returns its entry; an existing key keeps its entry.
    @usableFromInline
    mutating func insert(_ key: [UInt8]) -> Int {
        let h = key.withUnsafeBufferPointer(Self.hash)
        let existing = key.withUnsafeBufferPointer { k in find(h, first: k.first) { $0.elementsEqual(k) } }
        if existing >= 0 { return existing }
        if let b = key.first { starters[Int(b >> 6)] |= 1 << UInt64(b & 63) } else { hasEmptyKey = true }
        bytes.append(contentsOf: key)
        starts.append(bytes.count)
        hashes.append(h)
        let e = hashes.count - 1
        if 2 * hashes.count > slots.count {
            slots = [Int32](repeating: 0, count: 2 * slots.count)
            for i in hashes.indices { place(i) }
        } else {
            place(e)
        }
        if filter.count * 64 < 8 * hashes.count {
            filter = [UInt64](repeating: 0, count: 2 * filter.count)
            for h in hashes { mark(h) }
        } else {
            mark(h)
        }
        return e
    }

    private mutating func place(_ e: Int) {
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: hashes[e]) & mask
        while slots[s] != 0 { s = (s + 1) & mask }
        slots[s] = Int32(e + 1)
    }

    /// The UTF-8 bytes of a string's NFC form.
    @usableFromInline
    static func nfcBytes(_ key: String) -> [UInt8] {
        let utf8 = Array(key.utf8)
        if utf8.withUnsafeBufferPointer(isCertainlyNFC) { return utf8 }
        return Array(key.precomposedStringWithCanonicalMapping.utf8)
    }

    // FNV-1a, with the high bits folded in at the end (slots are taken from the low bits).
    @usableFromInline static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    @inlinable @inline(__always)
    static func step(_ h: UInt64, _ byte: UInt8) -> UInt64 { (h ^ UInt64(byte)) &* 0x100_0000_01b3 }

    @inlinable @inline(__always)
    static func finish(_ h: UInt64) -> UInt64 { h ^ (h >> 29) }

    @inlinable @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = seed
        for b in bytes { h = step(h, b) }
        return finish(h)
    }

    /// `hash(bytes)` when the bytes are certainly in NFC (see ``isCertainlyNFC(_:)``), else `nil`:
    /// both in one pass.
    @inlinable
    static func hashIfCertainlyNFC(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        stepIfCertainlyNFC(seed, bytes).map(finish)
    }

    /// The FNV state `h` carried over the bytes when they are certainly in NFC, else `nil`.
    @inlinable
    static func stepIfCertainlyNFC(_ h: UInt64, _ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        var h = h
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            h = step(h, b)
            if b < 0x80 { i += 1; continue }
            guard i + 1 < n else { return nil }
            let c = bytes[i + 1]
            switch b {
            case 0xC2...0xCB: break
            case 0xD8: if c >= 0x90 && c <= 0x9A { return nil }
            case 0xD9: if (c >= 0x8B && c <= 0x9F) || c == 0xB0 { return nil }
            case 0xDA: break
            case 0xDB: if c >= 0x96 && c <= 0xAD { return nil }
            default: return nil
            }
            h = step(h, c)
            i += 2
        }
        return h
    }

    /// Whether UTF-8 bytes are certainly in NFC, and so canonically equivalent to an NFC string
    /// only when identical to it: every scalar is below U+0300, or in U+0600–U+06FF and no
    /// combining mark (none of these decompose, compose or reorder).
    @inlinable
    static func isCertainlyNFC(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            guard i + 1 < n else { return false }
            let c = bytes[i + 1]
            switch b {
            case 0xC2...0xCB: break                                              // U+0080–U+02FF
            case 0xD8: if c >= 0x90 && c <= 0x9A { return false }                // U+0610–U+061A
            case 0xD9: if (c >= 0x8B && c <= 0x9F) || c == 0xB0 { return false } // U+064B–U+065F, U+0670
            case 0xDA: break                                                     // U+0680–U+06BF
            case 0xDB: if c >= 0x96 && c <= 0xAD { return false }                // U+06D6–U+06ED
            default: return false
            }
            i += 2
        }
        return true
    }
}
