/// An actor found in one document: a person, government, organisation, outlet or country.
///
/// `key` is the actor's identity across documents and languages: the gazetteer id when the
/// gazetteer knows the actor (`gz:russia`), otherwise the kind and the matching form of its
/// name (`person:جيك سوليفان`).
public struct NewsActor: Codable, Hashable, Sendable {
    /// The id within this extraction (`a1`, `a2`, …).
    public var id: String
    /// The display name, as the document writes its fullest form (or the gazetteer's name in the
    /// document's language).
    public var name: String
    /// The English name, when known.
    public var nameEN: String?
    /// The Arabic name, when known.
    public var nameAR: String?
    public var kind: ActorKind
    /// The cross-document identity key.
    public var key: String
    /// Other surface forms of the actor in this document.
    public var aliases: [String]
    /// Roles and titles the document gives the actor (`مستشار الأمن القومي الأميركي`).
    public var roles: [String]
    /// The id (within this extraction) of the country or body the actor belongs to.
    public var affiliation: String?
    /// Every place the document names the actor.
    public var mentions: [TextSpan]

    public init(id: String, name: String, nameEN: String? = nil, nameAR: String? = nil,
                kind: ActorKind, key: String, aliases: [String] = [], roles: [String] = [],
                affiliation: String? = nil, mentions: [TextSpan] = []) {
        self.id = id
        self.name = name
        self.nameEN = nameEN
        self.nameAR = nameAR
        self.kind = kind
        self.key = key
        self.aliases = aliases
        self.roles = roles
        self.affiliation = affiliation
        self.mentions = mentions
    }

    enum CodingKeys: String, CodingKey {
        case id, name, nameEN = "name_en", nameAR = "name_ar", kind, key, aliases, roles, affiliation, mentions
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        nameEN = try c.decodeIfPresent(String.self, forKey: .nameEN)
        nameAR = try c.decodeIfPresent(String.self, forKey: .nameAR)
        kind = try c.decode(ActorKind.self, forKey: .kind)
        key = try c.decodeIfPresent(String.self, forKey: .key) ?? "\(kind.rawValue):\(name)"
        aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
        roles = try c.decodeIfPresent([String].self, forKey: .roles) ?? []
        affiliation = try c.decodeIfPresent(String.self, forKey: .affiliation)
        mentions = try c.decodeIfPresent([TextSpan].self, forKey: .mentions) ?? []
    }
}
