import ActorRecognizer
import EventGraphModel
import TextAnalysis

/// Adds role mentions the recognizer did not place: where the text writes a role that the
/// recognizer gave one actor (`مستشار الأمن القومي الأميركي` after `جيك سوليفان`), it refers to that actor.
///
/// Only roles of two words or more that belong to a single actor are used, and only where no
/// mention is already placed.
enum RoleMentions {
    /// - Parameter tokens: `text.tokens` made into ``SentenceToken``s, when the caller has them.
    static func augment(_ actors: RecognizedActors, text: AnalyzedText, rules: LanguageRules,
                        tokens: [SentenceToken]? = nil) -> [ActorMention] {
        let roles = augmentRoles(actors, text: text, tokens: tokens)
        let headed = augmentBodyHeads(RecognizedActors(actors: actors.actors, mentions: roles), text: text, rules: rules)
        let grouped = augmentGroupTitles(RecognizedActors(actors: actors.actors, mentions: headed), text: text, rules: rules)
        let titled = augmentTitles(RecognizedActors(actors: actors.actors, mentions: grouped), text: text, rules: rules)
        let owned = augmentOwnGovernments(RecognizedActors(actors: actors.actors, mentions: titled), text: text, rules: rules)
        return augmentHeads(RecognizedActors(actors: actors.actors, mentions: owned), text: text, language: rules.language)
    }

    /// `وفد الحركة` after `حركة حماس`, `the ministry` after `the Ministry of Defence`: the head noun
    /// of a body's name, made definite, refers back to the last body named with it.
    static func augmentHeads(_ actors: RecognizedActors, text: AnalyzedText, language: LanguageCode) -> [ActorMention] {
        var heads: [String: Set<String>] = [:]
        for a in actors.actors where a.kind == .organization || a.kind == .government {
            for name in [a.name] + a.aliases {
                let words = MatchingForm.key(name).split(separator: " ").map(String.init)
                guard words.count >= 2, var head = words.first else { continue }
                if head == "the", words.count >= 3 { head = words[1] }
                if head.hasPrefix("ال") { head = String(head.dropFirst(2)) }
                guard head.count >= 3 else { continue }
                heads[head, default: []].insert(a.id)
            }
        }
        guard !heads.isEmpty else { return actors.mentions }
        var out = actors.mentions
        let tokens = text.tokens
        for (k, token) in tokens.enumerated() {
            var head: String?
            if language == .ar {
                head = token.stems.first { $0.stem.hasPrefix("ال") && heads[String($0.stem.dropFirst(2))] != nil }
                    .map { String($0.stem.dropFirst(2)) }
            } else if k > 0, tokens[k - 1].form == "the", heads[token.form] != nil, !token.isCapitalized {
                head = token.form
            }
            guard let head, let ids = heads[head] else { continue }
            guard !out.contains(where: { $0.start < token.end && token.start < $0.end }) else { continue }
            // The body of that name mentioned last before this word.
            let last = actors.mentions.filter { ids.contains($0.actorID) && $0.end <= token.start }.max { $0.end < $1.end }
            guard let last else { continue }
            let start = token.start + (language == .ar ? (token.stems.first { $0.stem.hasSuffix(head) && $0.stem.hasPrefix("ال") }?.prefix.unicodeScalars.count ?? 0) : 0)
            out.append(ActorMention(actorID: last.actorID, start: start, end: token.end,
                                    text: text.substring(start, token.end), form: .role))
        }
        return out.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
    }

    /// `الوزير المصري`, `the Egyptian minister`: a title with a nationality names the one person
    /// of that country the text has named before. Where the text names nobody who could hold it (no
    /// person of that country, nobody of unknown country but holders of other titles), the unnamed
    /// official acts for the country:
    /// `استقبل الملك وزير الخارجية الفرنسي` is the king's meeting with France.
    static func augmentTitles(_ actors: RecognizedActors, text: AnalyzedText, rules: LanguageRules) -> [ActorMention] {
        var affiliated: [String: [String]] = [:]
        var isPerson: Set<String> = []
        // People of unknown country, by the words of their roles: who might hold an unnamed title.
        // A gazetteer person has the country of its entry whenever the text names that country.
        var unaffiliated: [Set<String>] = []
        for a in actors.actors where a.kind == .person {
            isPerson.insert(a.id)
            if let f = a.affiliation { affiliated[f, default: []].append(a.id) }
            else if !a.key.hasPrefix("gz:") { unaffiliated.append(Set(a.roles.flatMap { MatchingForm.key($0).split(separator: " ").map(String.init) })) }
        }
        var out = actors.mentions
        let tokens = text.tokens
        let countries = Set(actors.actors.filter { $0.kind == .country }.map(\.id))
        for d in actors.mentions where d.form == .demonym || isPossessiveCountry(d, countries, tokens: tokens, language: rules.language) {
            guard let (start, end) = titleSpan(around: d, tokens: tokens, rules: rules) else { continue }
            // `the Egyptian president, Hosni Mubarak,`: the title is the name's, told with it.
            if let next = actors.mentions.first(where: { $0.start >= end }), isPerson.contains(next.actorID),
               text.substring(end, next.start).allSatisfy({ $0.isWhitespace || $0 == "," || $0 == "\u{060C}" }) { continue }
            let holder: String
            if let people = affiliated[d.actorID] {
                let named = people.filter { p in actors.mentions.contains { $0.actorID == p && $0.end <= d.start } }
                let title = rules.language == .ar ? text.substring(start, d.start) : text.substring(d.end, end)
                let fit = roleHolder(of: title, among: named, actors, rules: rules)
                if named.count == 1, fit == nil, holdsHeadRole(named[0], actors, rules: rules) {
                    // `وزير الخارجية العراقي` after `رئيس الوزراء مصطفى الكاظمي`: the one person of the
                    // country named holds a head's office, not this title; the unnamed official acts
                    // for the country.
                    holder = d.actorID
                } else {
                    guard let person = named.count == 1 ? named.first : fit else { continue }
                    holder = person
                }
            } else {
                // Someone of unknown country holds it unless all of them hold other titles.
                let title = rules.language == .ar ? text.substring(start, d.start) : text.substring(d.end, end)
                let words = Set(MatchingForm.key(title).split(separator: " ").map(String.init))
                // All the title's words in their role: `minister` may be a `Foreign Minister`'s,
                // `foreign minister` is no `Prime Minister`'s.
                guard !unaffiliated.contains(where: { $0.isEmpty || words.isSubset(of: $0) }) else { continue }
                holder = d.actorID
            }
            guard !out.contains(where: { isPerson.contains($0.actorID) && $0.start < end && start < $0.end }) else { continue }
            out.removeAll { $0.start < end && start < $0.end }
            out.append(ActorMention(actorID: holder, start: start, end: end, text: text.substring(start, end), form: .role))
        }
        return out.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
    }

    /// `the Russian leader` after Putin (President) and Lavrov (Foreign Minister): among several
    /// people of the country, the one whose role has every word of the title, or for a title that
    /// says only that the person leads, the one whose role is a head of state's or government's.
    static func roleHolder(of title: String, among named: [String], _ actors: RecognizedActors, rules: LanguageRules) -> String? {
        // Arabic words compare without the article (`الرئيس` of a title, `رئيس` of a role).
        func bare<S: StringProtocol>(_ w: S) -> String {
            rules.language == .ar && w.hasPrefix("ال") && w.count > 4 ? String(w.dropFirst(2)) : String(w)
        }
        func words(_ s: String) -> Set<String> { Set(MatchingForm.key(s).split(separator: " ").map(bare)) }
        let wanted = words(title).subtracting(["the"])
        guard !wanted.isEmpty else { return nil }
        let roles = Dictionary(actors.actors.map { a in (a.id, a.roles.reduce(into: Set<String>()) { $0.formUnion(words($1)) }) },
                               uniquingKeysWith: { a, _ in a })
        let leads = !wanted.isDisjoint(with: rules.leaderWords.map(bare))
        let heads = Set(rules.headRoleWords.map(bare))
        let fits = named.filter { p in
            let r = roles[p] ?? []
            return leads ? !r.isDisjoint(with: heads) : wanted.isSubset(of: r)
        }
        return fits.count == 1 ? fits[0] : nil
    }

    /// Whether a person's roles name a head of state, government or body (`رئيس الوزراء`, `President`).
    static func holdsHeadRole(_ person: String, _ actors: RecognizedActors, rules: LanguageRules) -> Bool {
        guard let a = actors.actors.first(where: { $0.id == person }) else { return false }
        let heads = Set(rules.headRoleWords.map { MatchingForm.key($0) })
        return a.roles.contains { role in MatchingForm.key(role).split(separator: " ").contains { heads.contains(String($0)) } }
    }

    /// The title written with a nationality: after the adjective in English (`the Turkish foreign
    /// minister`), before it in Arabic (`وزير الخارجية التركي`), one to three words.
    static func titleSpan(around d: ActorMention, tokens: [Token], rules: LanguageRules) -> (start: Int, end: Int)? {
        let k = tokens.partitioningIndex { $0.end > d.start }
        let after = tokens.partitioningIndex { $0.start >= d.end }
        var span: (start: Int, end: Int)?
        if rules.language == .ar {
            for first in stride(from: k - 1, through: max(0, k - 3), by: -1) {
                let window = tokens[first..<k].map(SentenceToken.init)
                if rules.cues.matches(window, at: 0).contains(where: { $0.value == .title && $0.end == window.count }) {
                    span = (tokens[first].start, d.end)
                }
            }
        } else if after < tokens.count {
            let window = tokens[after..<min(tokens.count, after + 5)].map(SentenceToken.init)
            // Up to two lower-case words that no cue names before the title: `the Turkish foreign minister`.
            for skip in 0...2 where skip < window.count {
                if skip > 0 {
                    let w = window[skip - 1].token
                    guard w.script == .latin, !w.isCapitalized, w.form.allSatisfy(\.isLetter),
                          rules.cues.matches(window, at: skip - 1).isEmpty else { break }
                }
                if let title = rules.cues.matches(window, at: skip).filter({ $0.value == .title }).max(by: { $0.end < $1.end }) {
                    span = (d.start, tokens[after + title.end - 1].end)
                    break
                }
            }
        }
        return span
    }

    /// `Egypt's president`: an English country's name in the possessive, before a title.
    static func isPossessiveCountry(_ m: ActorMention, _ countries: Set<String>, tokens: [Token], language: LanguageCode) -> Bool {
        guard language == .en, m.form == .name, countries.contains(m.actorID) else { return false }
        let k = tokens.partitioningIndex { $0.end >= m.end }
        return k < tokens.count && (tokens[k].form.hasSuffix("'s") || tokens[k].form.hasSuffix("\u{2019}s"))
    }

    static func augmentRoles(_ actors: RecognizedActors, text: AnalyzedText, tokens documentTokens: [SentenceToken]? = nil) -> [ActorMention] {
        var owners: [String: Set<String>] = [:]
        for a in actors.actors {
            for role in a.roles {
                let key = MatchingForm.key(role)
                guard key.split(separator: " ").count >= 2 else { continue }
                owners[key, default: []].insert(a.id)
            }
        }
        // In the order of the keys: a dictionary's order changes from one process to the next, and
        // two roles that match at one place must be tried in the same order every run.
        let entries: [([String], String)] = owners.keys.sorted().compactMap { key in
            guard let ids = owners[key], ids.count == 1, let id = ids.first else { return nil }
            return (key.split(separator: " ").map(String.init), id)
        }
        guard !entries.isEmpty else { return actors.mentions }
        let table = PhraseTable(entries)
        let tokens = documentTokens ?? text.tokens.map(SentenceToken.init)
        let mentioned = Set(actors.mentions.map(\.actorID))
        var out = OverlapList(actors.mentions)
        for m in table.scan(tokens) {
            let start = tokens[m.first].token.start + m.reading.prefix.unicodeScalars.count
            let end = tokens[m.end - 1].token.end
            // A demonym or capital inside the role (`الأميركي`) gives way to the role.
            let overlapping = out.overlapping(start, end)
            guard overlapping.allSatisfy({ $0.mention.form == .demonym || $0.mention.form == .metonym }) else { continue }
            guard mentioned.contains(m.value) else { continue }
            out.remove(overlapping.map(\.slot))
            out.append(ActorMention(actorID: m.value, start: start, end: end, text: text.substring(start, end), form: .role))
        }
        return out.mentions
    }
}
