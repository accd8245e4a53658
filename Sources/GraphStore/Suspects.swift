import EventGraphModel
import GRDB

extension GraphStore {
    /// Pairs of actors of the same kind that may be one: a shared alias, a name contained in the
    /// other's, or names that differ by a transliteration (same consonant skeleton, small edit distance).
    ///
    /// Candidates meet through the consonant skeletons of their name words, so the search stays near
    /// linear; very common words (shared by more than 40 actors) are not used to pair. Two actors of
    /// the gazetteer are never suspects (it knows them as two), nor are two people whose full names
    /// have different first names (George Mitchell and David Mitchell); see ``NameSimilarity`` for
    /// what counts as a close name.
    ///
    /// - Returns: Pairs, most likely first; review them and apply with ``merge(_:into:)``.
    /// - Throws: ``StoreError`` `databaseError`.
    public func suspects() throws -> [SuspectPair] {
        try read { db in
            struct Actor { var key: String; var label: String; var kind: ActorKind; var forms: Set<String> }
            var actors: [Int64: Actor] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, key, label, kind FROM nodes WHERE kind <> 'event'") {
                guard let kind = ActorKind(rawValue: row["kind"]) else { continue }
                actors[row["id"]] = Actor(key: row["key"], label: row["label"], kind: kind, forms: [])
            }
            for row in try Row.fetchAll(db, sql: "SELECT node, form FROM aliases") {
                actors[row["node"]]?.forms.insert(row["form"])
            }
            var found: [String: SuspectPair] = [:]
            func note(_ x: Int64, _ y: Int64, _ reason: String, _ score: Double) {
                guard let a = actors[min(x, y)], let b = actors[max(x, y)], a.kind == b.kind else { return }
                if a.key.hasPrefix("gz:") && b.key.hasPrefix("gz:") { return }
                if a.kind == .person, NameSimilarity.haveDifferentFirstNames(a.forms, b.forms) { return }
                let id = a.key + "\u{1}" + b.key
                if let old = found[id], old.score >= score { return }
                found[id] = SuspectPair(a: a.key, b: b.key, aName: a.label, bName: b.label, kind: a.kind,
                                        reason: reason, score: score)
            }
            // Shared aliases.
            var byForm: [String: [Int64]] = [:]
            for (id, actor) in actors { for form in actor.forms { byForm[actor.kind.rawValue + "|" + form, default: []].append(id) } }
            for (key, ids) in byForm where ids.count > 1 && ids.count <= 40 {
                let form = key.split(separator: "|", maxSplits: 1).last.map(String.init) ?? key
                let sorted = ids.sorted()
                for i in sorted.indices { for j in sorted.indices where j > i { note(sorted[i], sorted[j], "shared alias «\(form)»", 0.9) } }
            }
            // Blocking by word skeletons.
            var blocks: [String: Set<Int64>] = [:]
            for (id, actor) in actors {
                for form in actor.forms {
                    for word in form.split(separator: " ") where word.unicodeScalars.count >= 3 {
                        let s = NameSimilarity.skeleton(String(word))
                        if s.unicodeScalars.count >= 2 { blocks[actor.kind.rawValue + "|" + s, default: []].insert(id) }
                    }
                }
            }
            for (_, members) in blocks where members.count > 1 && members.count <= 40 {
                let ids = members.sorted()
                for i in ids.indices {
                    for j in ids.indices where j > i {
                        guard let a = actors[ids[i]], let b = actors[ids[j]] else { continue }
                        if let (reason, score) = NameSimilarity.compare(a.forms, b.forms, kind: a.kind) {
                            note(ids[i], ids[j], reason, score)
                        }
                    }
                }
            }
            return found.values.sorted { ($0.score, $1.a, $1.b) > ($1.score, $0.a, $0.b) }
        }
    }
}
