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
    /// People by the words of their names (see ``people(withFirstWordIn:)``).
    private var people = PeopleIndex()

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
            let nameTokens = existing.nameTokens
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
            if existing.nameTokens != nameTokens { people.add(existing) }
            return draft.key
        }
        drafts[draft.key] = draft
        order.append(draft.key)
        people.append(draft)
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
        people.remove(from)
    }

    /// The claim covering a token, if any.
    func claim(at token: Int) -> Claim? {
        guard token >= 0, token < owner.count, let c = owner[token] else { return nil }
        return claims[c]
    }

    /// The people (drafts of kind person with two name words or more) whose first name word is
    /// one of `words` and that satisfy `holds`, in `order`; the first `limit` of them.
    func people(withFirstWordIn words: [String], limit: Int = .max,
                where holds: (ActorDraft) -> Bool = { _ in true }) -> [String] {
        people.keys(people.byFirst, words, limit: limit, drafts: drafts) { words.contains($0.nameTokens[0]) && holds($0) }
    }

    /// The first person (in `order`) with two name words or more whose first and last name words
    /// are these.
    func person(firstWord: String, lastWord: String) -> String? {
        people.keys(people.byFirstLast, [PeopleIndex.pair(firstWord, lastWord)], limit: 1, drafts: drafts) {
            $0.nameTokens[0] == firstWord && $0.nameTokens.last == lastWord
        }.first
    }

    /// The people with two name words or more whose last name word is one of `words` and that
    /// satisfy `holds`, in `order`; the first `limit` of them.
    func people(withLastWordIn words: [String], limit: Int = .max,
                where holds: (ActorDraft) -> Bool = { _ in true }) -> [String] {
        people.keys(people.byLast, words, limit: limit, drafts: drafts) { d in
            words.contains { $0 == d.nameTokens.last } && holds(d)
        }
    }

    /// The people with two name words or more that have `word` among their name words and
    /// satisfy `holds`, in `order`; the first `limit` of them.
    func people(withWord word: String, limit: Int = .max, where holds: (ActorDraft) -> Bool = { _ in true }) -> [String] {
        people.keys(people.byWord, [word], limit: limit, drafts: drafts) { $0.nameTokens.contains(word) && holds($0) }
    }

    /// The original text of tokens `[first, end)` starting at a scalar offset.
    func surface(_ start: Int, _ endToken: Int) -> String {
        text.substring(start, text.tokens[endToken - 1].end)
    }
}

/// People drafts by their first, last and every name word, so that coreference finds the people
/// a word may name without a scan of every draft (a document may name thousands of actors).
///
/// Entries are added whenever a person's name words are set and never removed; a read keeps only
/// entries that still hold for the current drafts (a merged draft, or one whose name words
/// changed, leaves stale entries behind) and returns keys in the order of ``DocumentState/order``.
struct PeopleIndex {
    struct Entry {
        var key: String
        /// When the key was appended to `order`: keys keep their relative order there.
        var position: Int
    }
    /// Entries by word, each list sorted by position.
    var byFirst: [String: [Entry]] = [:]
    var byLast: [String: [Entry]] = [:]
    var byWord: [String: [Entry]] = [:]
    /// Entries by first and last word (``pair(_:_:)``).
    var byFirstLast: [String: [Entry]] = [:]
    /// The position of each key in `order`.
    private var positions: [String: Int] = [:]
    /// Whether the key appended at a position is still in `order` there.
    private var alive: [Bool] = []

    /// The `byFirstLast` key of two words.
    static func pair(_ first: String, _ last: String) -> String { first + "\u{0}" + last }

    /// Records a draft just appended to `order`.
    mutating func append(_ d: ActorDraft) {
        positions[d.key] = alive.count
        alive.append(true)
        add(d)
    }

    /// Records the name words of a draft already in `order`.
    mutating func add(_ d: ActorDraft) {
        guard d.kind == .person, d.nameTokens.count >= 2, let position = positions[d.key] else { return }
        let entry = Entry(key: d.key, position: position)
        Self.insert(entry, under: d.nameTokens[0], into: &byFirst)
        Self.insert(entry, under: d.nameTokens[d.nameTokens.count - 1], into: &byLast)
        Self.insert(entry, under: Self.pair(d.nameTokens[0], d.nameTokens[d.nameTokens.count - 1]), into: &byFirstLast)
        for w in Set(d.nameTokens) { Self.insert(entry, under: w, into: &byWord) }
    }

    private static func insert(_ e: Entry, under word: String, into table: inout [String: [Entry]]) {
        table[word, default: []].insertSorted(e)
    }

    /// Forgets a key removed from `order`.
    mutating func remove(_ key: String) {
        if let p = positions.removeValue(forKey: key) { alive[p] = false }
    }

    /// The first `limit` keys of `table` under `words`, in order, each once, whose drafts are still
    /// people with two name words or more and satisfy `holds`.
    func keys(_ table: [String: [Entry]], _ words: [String], limit: Int, drafts: [String: ActorDraft],
              holds: (ActorDraft) -> Bool) -> [String] {
        let lists = words.compactMap { table[$0] }
        var next = Array(repeating: 0, count: lists.count)
        var out: [String] = []
        var last = -1
        while out.count < limit {
            // The entry of lowest position among the lists' next ones.
            var pick = -1
            for (l, list) in lists.enumerated() where next[l] < list.count {
                if pick < 0 || list[next[l]].position < lists[pick][next[pick]].position { pick = l }
            }
            guard pick >= 0 else { break }
            let e = lists[pick][next[pick]]
            next[pick] += 1
            guard e.position != last, alive[e.position], let d = drafts[e.key],
                  d.kind == .person, d.nameTokens.count >= 2, holds(d) else { continue }
            out.append(e.key)
            last = e.position
        }
        return out
    }
}

extension Array where Element == PeopleIndex.Entry {
    /// Inserts an entry keeping the array sorted by position (appends in the usual case).
    mutating func insertSorted(_ e: Element) {
        if let l = last, l.position > e.position {
            insert(e, at: partitioningIndex { $0.position > e.position })
        } else {
            append(e)
        }
    }
}
