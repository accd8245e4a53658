/// A map from forms to small integers with open addressing on the forms' precomputed digests.
///
/// It answers what `[Form: Int32]` answers without seeding and finalising a `Hasher` per look-up
/// (the look-up made for every token of a text).
struct FormIndex: Sendable {
    private var keys: [Form?]
    private var values: [Int32]
    private var mask: Int
    /// The number of forms stored.
    private(set) var count = 0

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [Form?](repeating: nil, count: size)
        values = [Int32](repeating: 0, count: size)
        mask = size - 1
    }

    /// The value stored for a form, or `nil`.
    subscript(_ form: Form) -> Int32? {
        get {
            var i = form.digest & mask
            while let key = keys[i] {
                if key == form { return values[i] }
                i = (i + 1) & mask
            }
            return nil
        }
        set {
            guard let value = newValue else { return }          // removal is never needed
            if (count + 1) * 2 > keys.count { grow() }
            var i = form.digest & mask
            while let key = keys[i] {
                if key == form { values[i] = value; return }
                i = (i + 1) & mask
            }
            keys[i] = form
            values[i] = value
            count += 1
        }
    }

    /// The stored form with these UTF-8 bytes and its value, or `nil`; `digest` is
    /// `Form.digest(bytes)`. Lets the scanner look a token up before making it a string.
    func entry(digest: Int, bytes: UnsafeBufferPointer<UInt8>) -> (Form, Int32)? {
        var i = digest & mask
        while let key = keys[i] {
            if key.digest == digest, key.string.utf8.count == bytes.count {
                var string = key.string
                if string.withUTF8({ $0.elementsEqual(bytes) }) { return (key, values[i]) }
            }
            i = (i + 1) & mask
        }
        return nil
    }

    private mutating func grow() {
        var bigger = FormIndex(capacity: keys.count)
        for (i, key) in keys.enumerated() { if let key { bigger[key] = values[i] } }
        self = bigger
    }
}
