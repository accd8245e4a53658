/// The languages EventGraph reads.
///
/// Each language has its own folder of rules and lexicons in every stage's `Resources/`.
public enum LanguageCode: String, Codable, Sendable, CaseIterable, Hashable {
    /// Arabic (Modern Standard Arabic news).
    case ar
    /// English.
    case en
}
