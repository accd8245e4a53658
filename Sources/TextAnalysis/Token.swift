/// A word or number of a text, with its place and its matching form.
///
/// The fields live in one shared, immutable object: a token is copied wherever it is read
/// (arrays of tokens, sentence views, look-ups), and a copy then costs one reference count
/// instead of one for each string and the readings.
public struct Token: Hashable, Sendable {
    @usableFromInline
    final class Storage: Sendable {
        @usableFromInline let start: Int
        @usableFromInline let end: Int
        @usableFromInline let text: String
        @usableFromInline let form: String
        @usableFromInline let script: Script
        @usableFromInline let isCapitalized: Bool
        @usableFromInline let stems: [ArabicClitics.Reading]
        @usableFromInline let stemForms: [String]

        init(start: Int, end: Int, text: String, form: String, script: Script, isCapitalized: Bool,
             stems: [ArabicClitics.Reading]) {
            self.start = start
            self.end = end
            self.text = text
            self.form = form
            self.script = script
            self.isCapitalized = isCapitalized
            self.stems = stems
            // `stems.map(\.stem)`, made at its size (`map` grows an empty array once per token).
            if stems.count == 1 {
                stemForms = [stems[0].stem]
            } else {
                stemForms = [String](unsafeUninitializedCapacity: stems.count) { buffer, count in
                    for (i, r) in stems.enumerated() { (buffer.baseAddress! + i).initialize(to: r.stem) }
                    count = stems.count
                }
            }
        }
    }

    @usableFromInline let storage: Storage

    /// Scalar offset of the first scalar.
    @inlinable public var start: Int { storage.start }
    /// Scalar offset one past the last scalar.
    @inlinable public var end: Int { storage.end }
    /// The token as written.
    @inlinable public var text: String { storage.text }
    /// The matching form (see ``MatchingForm``).
    @inlinable public var form: String { storage.form }
    /// What the token is made of.
    @inlinable public var script: Script { storage.script }
    /// Whether the token starts with an upper-case letter (Latin script).
    @inlinable public var isCapitalized: Bool { storage.isCapitalized }
    /// For an Arabic token, its readings with proclitics removed (see ``ArabicClitics``),
    /// the whole form first; for other tokens just the form. Computed once, when the token is
    /// made: the recognizer and the extractor read them many times per token.
    @inlinable public var stems: [ArabicClitics.Reading] { storage.stems }
    /// The stems of ``stems`` (`stems.map(\.stem)`), made once: the recognizer asks for them
    /// at every token it tries as a title, name or cue.
    @inlinable public var stemForms: [String] { storage.stemForms }

    /// The writing system of a token.
    public enum Script: Sendable, Hashable { case arabic, latin, digits, other }

    public init(start: Int, end: Int, text: String, form: String, script: Script, isCapitalized: Bool) {
        storage = Storage(start: start, end: end, text: text, form: form, script: script, isCapitalized: isCapitalized,
                          stems: script == .arabic ? ArabicClitics.readings(of: form) : [ArabicClitics.Reading(prefix: "", stem: form)])
    }

    // Equality and hashing on what the token is; `stems` follows from `form` and `script`.
    public static func == (a: Token, b: Token) -> Bool {
        a.start == b.start && a.end == b.end && a.text == b.text && a.form == b.form && a.script == b.script
            && a.isCapitalized == b.isCapitalized
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(start)
        hasher.combine(end)
        hasher.combine(text)
        hasher.combine(form)
        hasher.combine(script)
        hasher.combine(isCapitalized)
    }

    /// Whether every letter is upper case (headline or wire-copy capitals).
    public var isAllCaps: Bool {
        var letters = false
        for u in text.unicodeScalars {
            let v = u.value
            let flags = v < ScalarTable.limit ? ScalarTable.flags[Int(v)] : nil
            guard flags.map({ $0 & ScalarTable.alphabetic != 0 }) ?? u.properties.isAlphabetic else { continue }
            guard flags.map({ $0 & ScalarTable.upper != 0 }) ?? u.properties.isUppercase else { return false }
            letters = true
        }
        return letters
    }
}
