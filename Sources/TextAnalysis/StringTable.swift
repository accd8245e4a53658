import Foundation

/// A table from strings to values for data built once and looked up for every token (rules,
/// word lists, the gazetteer's index), with the answers of a `[String: Value]`.
///
/// `String` hashes and compares by canonical equivalence, which costs a normalisation check per
/// scalar, and a dictionary compares every key it probes that way. This table also keeps its
/// keys as the UTF-8 bytes of their NFC form: a key looked up whose bytes are certainly in NFC
/// (ASCII, Latin below U+0300, Arabic letters and digits: two such strings are canonically
/// equivalent only when their bytes are equal) is hashed and compared by its bytes; any other key
/// is looked up in ``dictionary``.
///
/// Inserting is amortised O(1); removing a key rebuilds the byte table (O(n)).
public struct StringTable<Value> {
    /// The table as a dictionary (for iteration, and for keys that need Unicode-aware look-up).
    public private(set) var dictionary: [String: Value] = [:]
    /// Entry index + 1 per slot (0: empty); a power of two long, at most half full.
    @usableFromInline var slots = [Int32](repeating: 0, count: 16)
    @usableFromInline var hashes: [UInt64] = []
    /// The keys' NFC bytes, one after another; entry `i` is `bytes[starts[i]..<starts[i + 1]]`.
    @usableFromInline var bytes: [UInt8] = []
    @usableFromInline var starts: [Int] = [0]
    @usableFromInline var values: [Value] = []

    public init() {}

    /// Makes a table with the same contents as `dictionary`.
    public init(_ dictionary: [String: Value]) {
        for (key, value) in dictionary { self[key] = value }
    }

    /// The value for a key, as `dictionary[key]` gives it.
    @inlinable
    public subscript(key: String) -> Value? {
        get {
            let found: Int?? = key.utf8.withContiguousStorageIfAvailable { query in
                guard Self.isCertainlyNFC(query) else { return nil }
                return index(of: query)
            }
            if case .some(.some(let i)) = found { return i < 0 ? nil : values[i] }
            return dictionary[key]
        }
        set { set(newValue, for: key) }
    }

    /// The value for a key, or `defaultValue` (as the dictionary subscript of that name).
    @inlinable
    public subscript(key: String, default defaultValue: @autoclosure () -> Value) -> Value {
        get { self[key] ?? defaultValue() }
        set { set(newValue, for: key) }
    }

    /// Whether the table has a value for a key.
    @inlinable
    public func contains(_ key: String) -> Bool { self[key] != nil }

    public var isEmpty: Bool { values.isEmpty }
    public var count: Int { values.count }
    public var keys: Dictionary<String, Value>.Keys { dictionary.keys }

    @usableFromInline
    mutating func set(_ value: Value?, for key: String) {
        guard let value else {
            guard dictionary.removeValue(forKey: key) != nil else { return }
            let rest = dictionary
            self = StringTable(rest)
            return
        }
        dictionary[key] = value
        let nfc = Self.nfcBytes(key)
        let i = nfc.withUnsafeBufferPointer { index(of: $0) }
        if i >= 0 {
            values[i] = value
            return
        }
        bytes.append(contentsOf: nfc)
        starts.append(bytes.count)
        hashes.append(nfc.withUnsafeBufferPointer(Self.hash))
        values.append(value)
        if 2 * values.count > slots.count {
            slots = [Int32](repeating: 0, count: 2 * slots.count)
            for e in values.indices { place(e) }
        } else {
            place(values.count - 1)
        }
    }

    private mutating func place(_ e: Int) {
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: hashes[e]) & mask
        while slots[s] != 0 { s = (s + 1) & mask }
        slots[s] = Int32(e + 1)
    }

    /// The UTF-8 bytes of a key's NFC form.
    static func nfcBytes(_ key: String) -> [UInt8] {
        let utf8 = Array(key.utf8)
        if utf8.withUnsafeBufferPointer(isCertainlyNFC) { return utf8 }
        return Array(key.precomposedStringWithCanonicalMapping.utf8)
    }

    /// The entry whose key has these bytes, or -1.
    @inlinable
    func index(of query: UnsafeBufferPointer<UInt8>) -> Int {
        let h = Self.hash(query)
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: h) & mask
        return bytes.withUnsafeBufferPointer { stored in
            slots.withUnsafeBufferPointer { slots in
                while true {
                    let e = Int(slots[s]) - 1
                    if e < 0 { return -1 }
                    if hashes[e] == h {
                        let lo = starts[e], n = starts[e + 1] - lo
                        if n == query.count && (n == 0 || memcmp(stored.baseAddress! + lo, query.baseAddress!, n) == 0) {
                            return e
                        }
                    }
                    s = (s + 1) & mask
                }
            }
        }
    }

    /// FNV-1a over the bytes, with the high bits folded in (slots are taken from the low bits).
    @inlinable @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            h ^= UInt64(b)
            h &*= 0x100_0000_01b3
        }
        return h ^ (h >> 29)
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

extension StringTable: Sendable where Value: Sendable {}

extension StringTable: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (String, Value)...) {
        for (key, value) in elements { self[key] = value }
    }
}

/// A set of strings with the look-ups of ``StringTable`` and the answers of a `Set<String>`.
public struct StringSet: Sendable, ExpressibleByArrayLiteral {
    @usableFromInline var table = StringTable<Bool>()

    public init() {}

    public init(_ strings: some Sequence<String>) {
        for s in strings { insert(s) }
    }

    public init(arrayLiteral elements: String...) {
        self.init(elements)
    }

    /// Whether the set holds a string (by canonical equivalence, as `Set.contains`).
    @inlinable
    public func contains(_ s: String) -> Bool { table[s] != nil }

    public mutating func insert(_ s: String) { table[s] = true }

    public mutating func formUnion(_ strings: some Sequence<String>) {
        for s in strings { insert(s) }
    }

    /// The strings, as a `Set`.
    public var strings: Set<String> { Set(table.keys) }
    public var isEmpty: Bool { table.isEmpty }
    public var count: Int { table.count }
}
