import EventGraphModel
import TextAnalysis

/// An actor being assembled while a document is read.
struct ActorDraft: Sendable {
    var key: String
    var kind: ActorKind
    /// The entry when the gazetteer knows the actor.
    var entryID: String?
    /// The fullest name the document writes (or the gazetteer's display name).
    var name: String
    /// Whether `name` was written by the document as a full name (not a short form or a role).
    var nameFromText = false
    var roles: [String] = []
    /// Matching keys of the roles, for role coreference.
    var roleKeys: [String] = []
    /// The key of the country or body actor it belongs to, when the text says so.
    var affiliationKey: String?
    /// Matching forms of the name's tokens (for surname coreference).
    var nameTokens: [String] = []
}

/// A claimed span of the text and what it names.
struct Claim: Sendable {
    var firstToken: Int
    var endToken: Int
    var start: Int
    var end: Int
    var key: String
    var form: ActorMention.Form
}

/// A role or counterpart phrase with no name after it (`وزير الخارجية السعودي`, `نظيره`).
struct PendingRole: Sendable {
    var first: Int
    var end: Int
    var kind: Lexicon.TitleKind
    var affiliation: String?
    /// For a counterpart: the token of the country adjective (`نظيره الروسي`, `his Russian counterpart`).
    var demonymToken: Int?
}

/// The drafts and claims of one document; token coverage keeps mentions from overlapping.
struct DocumentState {
    let text: AnalyzedText
    var drafts: [String: ActorDraft] = [:]
    var order: [String] = []
    var claims: [Claim] = []
    /// For each token, the index of the claim that covers it.
    var owner: [Int?]
    /// Roles and counterparts written without a name, to resolve once every name is known.
    var pendingRoles: [PendingRole] = []

    init(text: AnalyzedText) {
        self.text = text
        self.owner = Array(repeating: nil, count: text.tokens.count)
    }

    func isFree(_ first: Int, _ end: Int) -> Bool {
        guard first >= 0, end <= owner.count, first < end else { return false }
        return owner[first..<end].allSatisfy { $0 == nil }
    }

    /// Adds a draft, or returns the key of the existing one.
    @discardableResult
    mutating func upsert(_ draft: ActorDraft) -> String {
        if var existing = drafts[draft.key] {
            if draft.nameFromText && (!existing.nameFromText || draft.name.count > existing.name.count) {
                existing.name = draft.name
                existing.nameFromText = true
                if draft.nameTokens.count >= existing.nameTokens.count { existing.nameTokens = draft.nameTokens }
            }
            for (r, k) in zip(draft.roles, draft.roleKeys) where !existing.roleKeys.contains(k) {
                existing.roles.append(r)
                existing.roleKeys.append(k)
            }
            if existing.affiliationKey == nil { existing.affiliationKey = draft.affiliationKey }
            drafts[draft.key] = existing
            return draft.key
        }
        drafts[draft.key] = draft
        order.append(draft.key)
        return draft.key
    }

    /// Claims tokens `[first, end)` (text span `[start, end)`) for an actor, when they are free.
    @discardableResult
    mutating func claim(_ first: Int, _ endToken: Int, start: Int? = nil, end: Int? = nil, key: String, form: ActorMention.Form) -> Bool {
        guard isFree(first, endToken) else { return false }
        let s = start ?? text.tokens[first].start
        let c = Claim(firstToken: first, endToken: endToken, start: s, end: end ?? text.tokens[endToken - 1].end, key: key, form: form)
        claims.append(c)
        for t in first..<endToken { owner[t] = claims.count - 1 }
        return true
    }

    /// Withdraws a claim (its tokens become free again).
    mutating func unclaim(at token: Int) {
        guard token >= 0, token < owner.count, let c = owner[token] else { return }
        for t in claims[c].firstToken..<claims[c].endToken { owner[t] = nil }
        claims[c].key = ""
    }

    /// Moves every claim of one actor to another (coreference found they are the same).
    mutating func merge(_ from: String, into to: String, form: ActorMention.Form) {
        guard from != to, let source = drafts[from] else { return }
        for i in claims.indices where claims[i].key == from {
            claims[i].key = to
            if claims[i].form == .name { claims[i].form = form }
        }
        if var target = drafts[to] {
            for (r, k) in zip(source.roles, source.roleKeys) where !target.roleKeys.contains(k) {
                target.roles.append(r)
                target.roleKeys.append(k)
            }
            if target.affiliationKey == nil { target.affiliationKey = source.affiliationKey }
            drafts[to] = target
        }
        drafts[from] = nil
        order.removeAll { $0 == from }
    }

    /// The claim covering a token, if any.
    func claim(at token: Int) -> Claim? {
        guard token >= 0, token < owner.count, let c = owner[token] else { return nil }
        return claims[c]
    }

    /// The original text of tokens `[first, end)` starting at a scalar offset.
    func surface(_ start: Int, _ endToken: Int) -> String {
        text.substring(start, text.tokens[endToken - 1].end)
    }
}
