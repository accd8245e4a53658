/// An actor's names in each language EventGraph reads, for labels in the language a user chose.
public struct ActorNames: Codable, Hashable, Sendable {
    /// The English name, when the actor has one.
    public var en: String?
    /// The Arabic name, when the actor has one.
    public var ar: String?

    public init(en: String? = nil, ar: String? = nil) {
        self.en = en
        self.ar = ar
    }

    /// The name in `language`, when the actor has one.
    public func name(in language: LanguageCode) -> String? {
        let name = language == .en ? en : ar
        guard let name, !name.isEmpty else { return nil }
        return name
    }

    /// Whether no name is known.
    public var isEmpty: Bool { (en ?? "").isEmpty && (ar ?? "").isEmpty }
}
