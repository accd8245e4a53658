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

    /// The writing system of a token.
    public enum Script: Sendable, Hashable { case arabic, latin, digits, other }

    public init(start: Int, end: Int, text: String, form: String, script: Script, isCapitalized: Bool) {
        self.start = start
        self.end = end
        self.text = text
        self.form = form
        self.script = script
        self.isCapitalized = isCapitalized
    }

    /// Whether every letter is upper case (headline or wire-copy capitals).
    public var isAllCaps: Bool {
        let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
        return !letters.isEmpty && letters.allSatisfy { $0.properties.isUppercase }
    }

    /// For an Arabic token, its readings with proclitics removed (see ``ArabicClitics``),
    /// the whole form first; for other tokens just the form.
    public var stems: [ArabicClitics.Reading] {
        script == .arabic ? ArabicClitics.readings(of: form) : [ArabicClitics.Reading(prefix: "", stem: form)]
    }
}
