import EventGraphModel

/// What `the two leaders`, `both sides`, `الجانبان` and `the three leaders` stand for, as a text
/// goes on: the parties of the last interaction told with that many parties, or, when more recent
/// than it, the last people who were the subjects of sentences (`Barak arrived on Thursday. Sharaa
/// also arrived. The two men met`) or countries or bodies listed as a sentence's subject (`Israel
/// and Syria exchanged fire. The two sides held talks`).
struct DualReferents {
    private var told: [Int: (parties: [String], sentence: Int)] = [:]
    /// Every interaction of two told, in order.
    private var pairs: [[String]] = []
    private var subjects: [(id: String, sentence: Int)] = []
    /// The last interaction of two people told, and the last two people listed as a sentence's subject.
    private var toldPeople: (parties: [String], sentence: Int)?
    private var listedPeople: (parties: [String], sentence: Int)?
    private var sides: [Int: (parties: [String], sentence: Int)] = [:]
    /// How many sentences apart two subjects may be to make a pair (one more for each further party).
    static let subjectReach = 3

    /// The two parties a dual stands for now, if any.
    var current: [String]? { group(of: 2) }

    /// The `n` parties a group reference stands for now, if any: the most recently completed of
    /// the interaction told, the subjects and the listed sides.
    func group(of n: Int) -> [String]? {
        var best = told[n]
        if subjects.count >= n {
            let last = Array(subjects.suffix(n))
            if let a = last.first, let b = last.last, b.sentence - a.sentence <= Self.subjectReach + n - 2,
               best.map({ b.sentence > $0.sentence }) ?? true {
                best = (last.map(\.id), b.sentence)
            }
        }
        if let s = sides[n], best.map({ s.sentence > $0.sentence }) ?? true { best = s }
        return best?.parties
    }

    /// The two people a dual that names people stands for now (`the two presidents`): the more
    /// recent of the last interaction of two people told, the last two subjects and the last two
    /// people listed at the head of a sentence.
    var currentPeople: [String]? {
        var best = toldPeople
        if subjects.count >= 2 {
            let last = Array(subjects.suffix(2))
            if last[1].sentence - last[0].sentence <= Self.subjectReach, best.map({ last[1].sentence > $0.sentence }) ?? true {
                best = (last.map(\.id), last[1].sentence)
            }
        }
        if let l = listedPeople, best.map({ l.sentence > $0.sentence }) ?? true { best = l }
        return best?.parties
    }

    /// The other party of the last interaction of two told, when `party` was one of them.
    func told(with party: String) -> String? {
        guard let pair = told[2]?.parties, pair.contains(party) else { return nil }
        return pair.first { $0 != party }
    }

    /// The other party of the last interaction of two told with `party`, however long ago.
    func lastPartner(of party: String) -> String? {
        pairs.last { $0.contains(party) }?.first { $0 != party }
    }

    /// An interaction told in sentence `sentence`.
    mutating func told(_ participants: [String], sentence: Int, people: Bool = false) {
        guard (2...4).contains(participants.count) else { return }
        if people, participants.count == 2 { toldPeople = (participants, sentence) }
        if participants.count == 2 { pairs.append(participants) }
        told[participants.count] = (participants, sentence)
    }

    /// The subject of sentence `sentence` (a person), when it changes.
    mutating func subject(_ id: String, sentence: Int) {
        if subjects.last?.id == id { subjects[subjects.count - 1].sentence = sentence; return }
        subjects.removeAll { $0.id == id }
        subjects.append((id, sentence))
    }

    /// Countries or bodies listed at the head of the sentence, joined by commas and `and` (or `و`);
    /// in English also people, each with a title (`Guinean President Alpha Conde and opposition
    /// leader Cellou Dalein Diallo on Thursday pledged …`).
    mutating func observe(_ view: SentenceView, sentence: Int, language: LanguageCode) {
        if language == .en { observePeople(view, sentence: sentence) }
        let ms = view.mentions
        guard let first = ms.first, first.first <= 2, Self.sideKinds.contains(first.kind) else { return }
        var listed = [first]
        for m in ms.dropFirst() {
            guard let prev = listed.last, m.first >= prev.end, Self.sideKinds.contains(m.kind),
                  !listed.contains(where: { $0.actorID == m.actorID }) else { break }
            let between = (prev.end..<m.first).map { view.tokens[$0].token.form }
            let comma = between.isEmpty && view.gapHas(after: prev.end - 1, before: m.first, anyOf: ",\u{060C}")
            guard between == ["and"] || between == ["and", "the"] || between == ["the"] && comma
                    || comma || between.isEmpty && m.clitic == "و" else { break }
            listed.append(m)
            if between.contains("and") || m.clitic == "و" { break }
        }
        if (2...4).contains(listed.count) { sides[listed.count] = (listed.map(\.actorID), sentence) }
    }

    /// People listed at the head of an English sentence, joined by `and` or commas, each maybe
    /// after a title of a few words (their countries' adjectives aside).
    private mutating func observePeople(_ view: SentenceView, sentence: Int) {
        let ms = view.mentions.filter { $0.mention.form != .demonym }
        guard let first = ms.first, first.kind == .person, first.first <= 4 else { return }
        var listed = [first]
        for m in ms.dropFirst() {
            guard let prev = listed.last, m.first >= prev.end, m.kind == .person,
                  !listed.contains(where: { $0.actorID == m.actorID }) else { break }
            let words = (prev.end..<m.first).map { view.tokens[$0].token.form }
            let comma = view.gapHas(after: prev.end - 1, before: prev.end, anyOf: ",")
            let titled = words.count <= 1 || m.first - 1 >= 0 && view.has(.title, at: m.first - 1)
            guard words.count <= 5, titled, words.first == "and" || comma && words.first != "who" else { break }
            listed.append(m)
            if words.first == "and" { break }
        }
        if (2...4).contains(listed.count) { sides[listed.count] = (listed.map(\.actorID), sentence) }
        if listed.count == 2 { listedPeople = (listed.map(\.actorID), sentence) }
    }

    static let sideKinds: Set<ActorKind> = [.country, .government, .organization]
}
