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
    /// Countries that are sides of talks by their adjective alone (`Franco-German meeting`):
    /// actors even with no one of theirs named.
    var sides: Set<String> = []
    /// Relatives introduced by a kin apposition (`Elian's father, Juan Miguel Gonzalez,`): the
    /// owner's token, the kin noun and the relative's key, for later `Elian's father` alone.
    var kinReferences: [(ownerToken: Int, kin: String, key: String)] = []
    /// Where the headline ends when it is written in title case (0 when it is not).
    var titleCaseHeadlineEnd = 0
    /// Keys of person drafts stored with two or more name tokens, by their first and last token
    /// and by their first token (see ``person(first:last:)`` and ``people(firstTokenIn:)``);
    /// entries whose draft changed since are skipped there.
    private var personsByEnds: [PersonEnds: [String]] = [:]
    private var personsByFirst: [String: [String]] = [:]
    private var personsByLast: [String: [String]] = [:]
    /// The position at which each key was appended to `order` (removals keep the others' order).
    private var orderRank: [String: Int] = [:]
    private var appended = 0

    /// The first and last name token of a person.
    private struct PersonEnds: Hashable {
        var first: String
        var last: String
    }

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
            indexPerson(existing)
            return draft.key
        }
        drafts[draft.key] = draft
        orderRank[draft.key] = appended
        appended += 1
        order.append(draft.key)
        indexPerson(draft)
        return draft.key
    }

    /// Files a person draft of two or more name tokens under its first and last token.
    private mutating func indexPerson(_ d: ActorDraft) {
        guard d.kind == .person, d.nameTokens.count >= 2, let first = d.nameTokens.first, let last = d.nameTokens.last else { return }
        let ends = PersonEnds(first: first, last: last)
        if personsByEnds[ends]?.contains(d.key) != true { personsByEnds[ends, default: []].append(d.key) }
        if personsByFirst[first]?.contains(d.key) != true { personsByFirst[first, default: []].append(d.key) }
        // `محمد بن سلمان`: the word after بن is the father's name; `سلمان` alone is someone else.
        let nasab = Gazetteer.nasabLinks.contains(d.nameTokens[d.nameTokens.count - 2])
        if !nasab, personsByLast[last]?.contains(d.key) != true { personsByLast[last, default: []].append(d.key) }
    }

    /// Whether a person draft whose name has two or more tokens ends with one of `lasts`.
    ///
    /// - Complexity: O(k), k the number of people filed under those last tokens.
    func hasPerson(lastTokenIn lasts: [String]) -> Bool {
        lasts.contains { last in
            (personsByLast[last] ?? []).contains { isFullNamedPerson($0)?.nameTokens.last == last }
        }
    }

    /// The draft of `key` when it is a person whose name has two or more tokens.
    private func isFullNamedPerson(_ key: String) -> ActorDraft? {
        guard let d = drafts[key], d.kind == .person, d.nameTokens.count >= 2 else { return nil }
        return d
    }

    /// The keys of the person drafts, in `order`, whose name has two or more tokens and starts
    /// with one of `firsts`.
    ///
    /// - Complexity: O(k log k), k the number of people filed under those first tokens.
    func people(firstTokenIn firsts: [String]) -> [String] {
        var found: Set<String> = []
        for first in Set(firsts) {
            for key in personsByFirst[first] ?? [] {
                guard let d = isFullNamedPerson(key), d.nameTokens[0] == first else { continue }
                found.insert(key)
            }
        }
        return found.sorted { (orderRank[$0] ?? 0) < (orderRank[$1] ?? 0) }
    }

    /// The keys of the person drafts, in `order`, whose name has two or more tokens and ends
    /// with one of `lasts`.
    ///
    /// - Complexity: O(k log k), k the number of people filed under those last tokens.
    func people(lastTokenIn lasts: [String]) -> [String] {
        var found: Set<String> = []
        for last in Set(lasts) {
            for key in personsByLast[last] ?? [] {
                guard let d = isFullNamedPerson(key), d.nameTokens.last == last else { continue }
                found.insert(key)
            }
        }
        return found.sorted { (orderRank[$0] ?? 0) < (orderRank[$1] ?? 0) }
    }

    /// Files a person read from the text (`forms`, its tokens' matching forms) under the person of
    /// the same first and last name if there is one, else under a key of its own; returns the key.
    mutating func upsertPerson(forms: [String], name: String, role: String?, affiliation: String?) -> String {
        let key = forms.first.flatMap { first in forms.last.flatMap { person(first: first, last: $0) } }
            ?? "person:\(forms.joined(separator: " "))"
        var d = ActorDraft(key: key, kind: .person, name: name)
        d.nameFromText = true
        d.nameTokens = forms
        d.affiliationKey = affiliation
        if let role { d.roles = [role]; d.roleKeys = [MatchingForm.key(role)] }
        return upsert(d)
    }

    /// The key of the first person draft, in `order`, whose name has two or more tokens and
    /// starts with `first` and ends with `last`; `nil` when there is none.
    ///
    /// - Complexity: O(k), k the number of people filed under that first and last token.
    func person(first: String, last: String) -> String? {
        var best: String?
        var bestRank = Int.max
        for key in personsByEnds[PersonEnds(first: first, last: last)] ?? [] {
            guard let d = isFullNamedPerson(key), d.nameTokens.first == first, d.nameTokens.last == last,
                  let rank = orderRank[key], rank < bestRank else { continue }
            best = key
            bestRank = rank
        }
        return best
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

    /// Adds a claim of a part of a token that another claim owns (the second country of
    /// `U.S.-Japan`): it becomes a mention, and the token stays its owner's.
    mutating func claimPart(of token: Int, start: Int, end: Int, key: String, form: ActorMention.Form) {
        claims.append(Claim(firstToken: token, endToken: token + 1, start: start, end: end, key: key, form: form))
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
