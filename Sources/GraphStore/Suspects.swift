import EventGraphModel
import GRDB

extension GraphStore {
    /// Pairs of actors of the same kind that may be one: a shared alias, a name contained in the
    /// other's, or names that differ by a transliteration (same consonant skeleton, small edit distance).
    ///
    /// Candidates meet through the consonant skeletons of their name words, so the search stays near
    /// linear; very common words (shared by more than 40 actors) are not used to pair.
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
                        if let (reason, score) = NameSimilarity.compare(a.forms, b.forms) { note(ids[i], ids[j], reason, score) }
                    }
                }
            }
            return found.values.sorted { ($0.score, $1.a, $1.b) > ($1.score, $0.a, $0.b) }
        }
    }
}

/// Name comparisons for the suspects list.
enum NameSimilarity {
    /// A word without vowel letters (Latin a e i o u y; Arabic ا و ي ى ه ة and hamza carriers),
    /// so that transliteration variants (`زيلينسكي`/`زيلنسكي`, `Zelensky`/`Zelenskyy`) meet.
    static func skeleton(_ word: String) -> String {
        let vowels: Set<Unicode.Scalar> = ["a", "e", "i", "o", "u", "y", "\u{0627}", "\u{0648}", "\u{064A}", "\u{0621}",
                                           "\u{0626}", "\u{0624}", "\u{0647}"]
        var out = String.UnicodeScalarView()
        for u in word.unicodeScalars where !vowels.contains(u) {
            if out.last != u { out.append(u) }
        }
        return String(out)
    }

    /// Why two sets of name forms look alike, with a score, or `nil`.
    static func compare(_ a: Set<String>, _ b: Set<String>) -> (String, Double)? {
        var best: (String, Double)?
        func offer(_ reason: String, _ score: Double) { if best.map({ score > $0.1 }) ?? true { best = (reason, score) } }
        for x in a {
            for y in b where x != y {
                let wx = x.split(separator: " "), wy = y.split(separator: " ")
                if wx.count != wy.count, Set(wx).isSubset(of: Set(wy)) || Set(wy).isSubset(of: Set(wx)) {
                    offer("name contained: «\(x)» / «\(y)»", 0.7)
                }
                let d = distance(x, y)
                let n = max(x.unicodeScalars.count, y.unicodeScalars.count)
                if n >= 5, d <= max(1, n / 6) {
                    offer("close names: «\(x)» / «\(y)»", 0.8 - Double(d) * 0.05)
                } else if n >= 5, skeletonOf(x) == skeletonOf(y) {
                    offer("same transliteration skeleton: «\(x)» / «\(y)»", 0.6)
                }
            }
        }
        return best
    }

    static func skeletonOf(_ name: String) -> String {
        name.split(separator: " ").map { skeleton(String($0)) }.joined(separator: " ")
    }

    /// Levenshtein distance over Unicode scalars.
    static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        var current = previous
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }
}
