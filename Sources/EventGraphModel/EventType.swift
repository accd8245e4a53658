/// The type of an event; interaction types answer "who spoke to whom".
///
/// Each type has a default CAMEO code, the coding shared by GDELT, ICEWS and PETRARCH.
public enum EventType: String, Codable, Sendable, Hashable, CaseIterable {
    /// Talks or discussions. CAMEO 040 (consult).
    case talk
    /// A meeting in person. CAMEO 043 (host or receive) / 044 (meet at a third location).
    case meet
    /// A telephone call. CAMEO 040.
    case call
    /// A visit. CAMEO 042 (make a visit).
    case visit
    /// Negotiations. CAMEO 046 (engage in negotiation).
    case negotiate
    /// A letter or message. CAMEO 040.
    case letter
    /// A public statement. CAMEO 010 (make statement).
    case statement
    /// Declining to comment. CAMEO 014.
    case declineComment = "decline_comment"
    /// A news report by an outlet. CAMEO 010.
    case report
    /// An appeal or call on someone to act. CAMEO 020 (appeal).
    case appeal
    /// A threat. CAMEO 130 (threaten).
    case threat
    /// An attack, invasion or strike. CAMEO 190 (use conventional military force).
    case attack
    /// An agreement signed or reached. CAMEO 057 (sign formal agreement).
    case agreement
    /// Sanctions. CAMEO 163 (impose embargo, boycott or sanctions).
    case sanction
    /// Protest or condemnation. CAMEO 111 (criticize or denounce) / 140 (protest).
    case protest
    /// Support or praise. CAMEO 051 (praise or endorse).
    case support
    /// Anything else.
    case other

    /// Whether the type is a direct communication between actors (who spoke to whom).
    public var isInteraction: Bool {
        switch self {
        case .talk, .meet, .call, .visit, .negotiate, .letter: true
        default: false
        }
    }

    /// The CAMEO code used when a rule gives none of its own.
    public var defaultCAMEO: String {
        switch self {
        case .talk, .call, .letter: "040"
        case .meet: "043"
        case .visit: "042"
        case .negotiate: "046"
        case .statement, .report: "010"
        case .declineComment: "014"
        case .appeal: "020"
        case .threat: "130"
        case .attack: "190"
        case .agreement: "057"
        case .sanction: "163"
        case .protest: "111"
        case .support: "051"
        case .other: "010"
        }
    }
}
