/// What kind of actor a node stands for.
public enum ActorKind: String, Codable, Sendable, Hashable, CaseIterable {
    case person, government, organization, outlet, country
}
