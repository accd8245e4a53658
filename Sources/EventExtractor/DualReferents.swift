import EventGraphModel

/// What `the two leaders`, `both sides`, `الجانبان` stand for, as a text goes on: the two parties
/// of the last interaction told, or, when more recent than it, the last two people who were the
/// subjects of sentences (`Barak arrived on Thursday. Sharaa also arrived. The two men met`) or two
/// countries or bodies coordinated as a sentence's subject (`Israel and Syria exchanged fire. The
/// two sides held talks`).
struct DualReferents {
    private var told: (pair: [String], sentence: Int)?
    private var subjects: [(id: String, sentence: Int)] = []
    private var sides: (pair: [String], sentence: Int)?
    /// How many sentences apart two subjects may be to make a pair.
    static let subjectReach = 3

    /// The pair a dual stands for now, if any: the most recently completed of the three.
    var current: [String]? {
        var best: (pair: [String], sentence: Int)? = told
        if subjects.count >= 2 {
            let a = subjects[subjects.count - 2], b = subjects[subjects.count - 1]
            if b.sentence - a.sentence <= Self.subjectReach, best.map({ b.sentence > $0.sentence }) ?? true {
                best = ([a.id, b.id], b.sentence)
            }
        }
        if let s = sides, best.map({ s.sentence > $0.sentence }) ?? true { best = s }
        return best?.pair
    }

    /// An interaction of two parties told in sentence `sentence`.
    mutating func told(_ participants: [String], sentence: Int) {
        told = (participants, sentence)
    }

    /// The subject of sentence `sentence` (a person), when it changes.
    mutating func subject(_ id: String, sentence: Int) {
        if subjects.last?.id == id { subjects[subjects.count - 1].sentence = sentence; return }
        subjects.append((id, sentence))
    }

    /// Two countries or bodies joined by `and` (or `و`) at the head of the sentence.
    mutating func observe(_ view: SentenceView, sentence: Int) {
        let ms = view.mentions
        guard ms.count >= 2, ms[0].first <= 2, ms[0].actorID != ms[1].actorID, ms[1].first >= ms[0].end,
              Self.sideKinds.contains(ms[0].kind), Self.sideKinds.contains(ms[1].kind) else { return }
        let between = (ms[0].end..<ms[1].first).map { view.tokens[$0].token.form }
        let joined = between == ["and"] || between == ["and", "the"] || between.isEmpty && ms[1].clitic == "و"
        if joined { sides = ([ms[0].actorID, ms[1].actorID], sentence) }
    }

    static let sideKinds: Set<ActorKind> = [.country, .government, .organization]
}
