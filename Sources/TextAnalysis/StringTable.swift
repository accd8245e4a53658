/// A table from strings to values for data built once and looked up for every token (rules,
/// word lists, the gazetteer's index), with the answers of a `[String: Value]`.
///
/// `String` hashes and compares by canonical equivalence, which costs a normalisation check per
/// scalar, and a dictionary compares every key it probes that way. This table keeps its keys as
/// the UTF-8 bytes of their NFC form (two strings are canonically equivalent exactly when their
/// NFC forms are equal) in a byte index. A key looked up whose bytes are certainly in NFC (ASCII,
/// Latin below U+0300, Arabic letters and digits) is hashed and compared by its bytes as it is;
/// any other key is put in NFC first.
///
/// Inserting is amortised O(1); removing a key rebuilds the byte index (O(n)).
public struct StringTable<Value> {
    @usableFromInline var index = ByteKeyIndex()
    @usableFromInline var values: [Value] = []
    /// Each entry's key as it was first given (as a dictionary keeps the first of two
    /// canonically equivalent keys).
    @usableFromInline var givenKeys: [String] = []

    public init() {}

    /// Makes a table with the same contents as `dictionary`.
    public init(_ dictionary: [String: Value]) {
        for (key, value) in dictionary { self[key] = value }
    }

    /// The table as a dictionary (built on each call: for iteration, not for look-ups).
    public var dictionary: [String: Value] { Dictionary(uniqueKeysWithValues: zip(givenKeys, values)) }

    /// The value for a key, as `dictionary[key]` gives it.
    @inlinable
    public subscript(key: String) -> Value? {
        get {
            let i = entry(key)
            return i < 0 ? nil : values[i]
        }
        set { set(newValue, for: key) }
    }

    /// The entry of a key in the byte index, or -1.
    @inlinable
    func entry(_ key: String) -> Int {
        let found: Int?? = key.utf8.withContiguousStorageIfAvailable { query in
            guard let h = ByteKeyIndex.hashIfCertainlyNFC(query) else { return nil }
            return index.find(h, first: query.first) { $0.elementsEqual(query) }
        }
        if case .some(.some(let i)) = found { return i }
        return index.find(nfc: ByteKeyIndex.nfcBytes(key))
    }

    /// The value for a key, or `defaultValue` (as the dictionary subscript of that name).
    @inlinable
    public subscript(key: String, default defaultValue: @autoclosure () -> Value) -> Value {
        get { self[key] ?? defaultValue() }
        set { set(newValue, for: key) }
    }

    /// Whether the table has a value for a key.
    @inlinable
    public func contains(_ key: String) -> Bool { entry(key) >= 0 }

    public var isEmpty: Bool { values.isEmpty }
    public var count: Int { values.count }
    /// The keys, as given (built on each call).
    public var keys: Dictionary<String, Value>.Keys { dictionary.keys }

    @usableFromInline
    mutating func set(_ value: Value?, for key: String) {
        guard let value else {
            let e = entry(key)
            guard e >= 0 else { return }
            var rest = StringTable()
            for i in values.indices where i != e { rest[givenKeys[i]] = values[i] }
            self = rest
            return
        }
        let e = index.insert(ByteKeyIndex.nfcBytes(key))
        if e < values.count {
            values[e] = value
        } else {
            values.append(value)
            givenKeys.append(key)
        }
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

    /// Adds the strings of another set.
    public mutating func formUnion(_ other: StringSet) {
        for s in other.table.givenKeys { insert(s) }
    }

    /// The strings, as a `Set`.
    public var strings: Set<String> { Set(table.givenKeys) }
    public var isEmpty: Bool { table.isEmpty }
    public var count: Int { table.count }
}

/// A table from word sequences (`["وزير", "الخارجيه"]`) to values, with the answers of a
/// `[[String]: Value]` and the look-ups of ``StringTable``: a sequence is hashed and compared as
/// the bytes of its words with a 0x01 byte between them.
public struct StringSequenceTable<Value> {
    /// The table as a dictionary.
    public private(set) var dictionary: [[String]: Value] = [:]
    @usableFromInline var index = ByteKeyIndex()
    @usableFromInline var values: [Value] = []
    /// Whether the byte index is used: no key is empty or has an empty word or a word with a 0x01
    /// byte (the byte form of every other key tells its words apart).
    @usableFromInline var usesIndex = true

    public init() {}

    /// The value for a word sequence, as `dictionary[words]` gives it.
    @inlinable
    public subscript(words: [String]) -> Value? {
        get {
            guard usesIndex, let i = find(words) else { return dictionary[words] }
            return i < 0 ? nil : values[i]
        }
        set { set(newValue, for: words) }
    }

    /// Whether the table has a value for a word sequence.
    @inlinable
    public func contains(_ words: [String]) -> Bool { self[words] != nil }

    public var isEmpty: Bool { values.isEmpty }
    public var count: Int { values.count }
    public var keys: Dictionary<[String], Value>.Keys { dictionary.keys }

    /// The entry of a sequence in the byte index (-1 when absent), or `nil` when the sequence is
    /// empty or a word is empty, not certainly in NFC or holds the separator byte.
    @inlinable
    func find(_ words: [String]) -> Int? {
        guard !words.isEmpty else { return nil }
        var h = ByteKeyIndex.seed
        for (k, w) in words.enumerated() {
            if k > 0 { h = ByteKeyIndex.step(h, 0x01) }
            let next: UInt64?? = w.utf8.withContiguousStorageIfAvailable { b in
                guard !b.isEmpty, !b.contains(0x01) else { return nil }
                return ByteKeyIndex.stepIfCertainlyNFC(h, b)
            }
            guard case .some(.some(let stepped)) = next else { return nil }
            h = stepped
        }
        return index.find(ByteKeyIndex.finish(h), first: words[0].utf8.first) { stored in
            var p = 0
            for (k, w) in words.enumerated() {
                if k > 0 {
                    guard p < stored.count, stored[p] == 0x01 else { return false }
                    p += 1
                }
                for byte in w.utf8 {
                    guard p < stored.count, stored[p] == byte else { return false }
                    p += 1
                }
            }
            return p == stored.count
        }
    }

    @usableFromInline
    mutating func set(_ value: Value?, for words: [String]) {
        guard let value else {
            guard dictionary.removeValue(forKey: words) != nil else { return }
            let rest = dictionary
            self = StringSequenceTable()
            for (k, v) in rest { self[k] = v }
            return
        }
        dictionary[words] = value
        if words.isEmpty || words.contains(where: { $0.isEmpty || $0.utf8.contains(0x01) }) { usesIndex = false }
        var key: [UInt8] = []
        for (k, w) in words.enumerated() {
            if k > 0 { key.append(0x01) }
            key.append(contentsOf: ByteKeyIndex.nfcBytes(w))
        }
        let e = index.insert(key)
        if e < values.count { values[e] = value } else { values.append(value) }
    }
}

extension StringSequenceTable: Sendable where Value: Sendable {}

/// A set of word sequences with the look-ups of ``StringSequenceTable``.
public struct StringSequenceSet: Sendable {
    @usableFromInline var table = StringSequenceTable<Bool>()

    public init() {}

    /// Whether the set holds a word sequence (by canonical equivalence, as `Set<[String]>`).
    @inlinable
    public func contains(_ words: [String]) -> Bool { table[words] != nil }

    public mutating func insert(_ words: [String]) { table[words] = true }

    public var isEmpty: Bool { table.isEmpty }
    public var count: Int { table.count }
}
