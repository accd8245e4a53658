/// A word or number of a text, with its place and its matching form.
public struct Token: Hashable, Sendable {
    /// Scalar offset of the first scalar.
    public let start: Int
    /// Scalar offset one past the last scalar.
    public let end: Int
    /// The token as written.
    public let text: String
    /// The matching form (see ``MatchingForm``).
    public let form: String
    /// What the token is made of.
    public let script: Script
    /// Whether the token starts with an upper-case letter (Latin script).
    public let isCapitalized: Bool
    /// For an Arabic token, its readings with proclitics removed (see ``ArabicClitics``),
    /// the whole form first; for other tokens just the form. Computed once, when the token is
    /// made: the recognizer and the extractor read them many times per token.
    public let stems: [ArabicClitics.Reading]

    /// The writing system of a token.
    public enum Script: Sendable, Hashable { case arabic, latin, digits, other }

    public init(start: Int, end: Int, text: String, form: String, script: Script, isCapitalized: Bool) {
        self.start = start
        self.end = end
        self.text = text
        self.form = form
        self.script = script
        self.isCapitalized = isCapitalized
        self.stems = script == .arabic ? ArabicClitics.readings(of: form) : [ArabicClitics.Reading(prefix: "", stem: form)]
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
        let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
        return !letters.isEmpty && letters.allSatisfy { $0.properties.isUppercase }
    }
}
