/// A map from forms to small integers with open addressing on the forms' precomputed digests.
///
/// It answers what `[Form: Int32]` answers without seeding and finalising a `Hasher` per look-up
/// (the look-up made for every token of a text). Probing reads plain slots (digest, value, where
/// the key's UTF-8 lies in `bytes`), so it neither copies nor retains a key; the scanner looks a
/// token up by its bytes before it has made a string of them.
struct FormIndex: Sendable {
    private struct Slot: Sendable {
        var digest = 0
        var value: Int32 = 0
        var isUsed = false
        var byteStart = 0
        var byteCount = 0
    }
    private var slots: [Slot]
    private var keys: [Form?]
    /// The UTF-8 of every key, key after key.
    private var bytes: [UInt8] = []
    private var mask: Int
    /// The number of forms stored.
    private(set) var count = 0

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Slot](repeating: Slot(), count: size)
        keys = [Form?](repeating: nil, count: size)
        mask = size - 1
    }

    /// The slot holding these UTF-8 bytes, or the empty slot where they would go.
    private func find<Bytes: Collection<UInt8>>(digest: Int, _ key: Bytes) -> Int {
        var i = digest & mask
        while slots[i].isUsed {
            let slot = slots[i]
            if slot.digest == digest, slot.byteCount == key.count,
               bytes[slot.byteStart..<slot.byteStart + slot.byteCount].elementsEqual(key) {
                return i
            }
            i = (i + 1) & mask
        }
        return i
    }

    /// The value stored for a form, or `nil`.
    subscript(_ form: Form) -> Int32? {
        get {
            let i = find(digest: form.digest, form.string.utf8)
            return slots[i].isUsed ? slots[i].value : nil
        }
        set {
            guard let value = newValue else { return }          // removal is never needed
            if (count + 1) * 2 > slots.count { grow() }
            let i = find(digest: form.digest, form.string.utf8)
            if !slots[i].isUsed {
                slots[i] = Slot(digest: form.digest, value: value, isUsed: true, byteStart: bytes.count,
                                byteCount: form.string.utf8.count)
                bytes.append(contentsOf: form.string.utf8)
                keys[i] = form
                count += 1
            }
            slots[i].value = value
        }
    }

    /// The stored form with these UTF-8 bytes and its value, or `nil`; `digest` is
    /// `Form.digest(bytes)`.
    func entry(digest: Int, bytes key: UnsafeBufferPointer<UInt8>) -> (Form, Int32)? {
        let i = find(digest: digest, key)
        guard slots[i].isUsed, let form = keys[i] else { return nil }
        return (form, slots[i].value)
    }

    private mutating func grow() {
        var bigger = FormIndex(capacity: slots.count)
        for (i, key) in keys.enumerated() { if let key { bigger[key] = slots[i].value } }
        self = bigger
    }
}
