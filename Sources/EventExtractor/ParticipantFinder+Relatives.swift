import ActorRecognizer
import EventGraphModel
import TextAnalysis

extension ParticipantFinder {
    /// The antecedent of a relative clause set off by commas that ends right before token `i`
    /// (`Biruta, who met Tshisekedi on Friday, said`), with the clause's token span.
    func parentheticalRelative(before i: Int) -> (PlacedMention, (lo: Int, hi: Int))? {
        guard let rel = view.cues.last(where: { $0.value == .relative && $0.end <= i }), rel.first >= 1,
              view.gapHas(after: rel.first - 1, before: rel.first, anyOf: ",") else { return nil }
        // The first comma after the relative word closes the clause.
        guard let last = (rel.end..<i).first(where: { view.gapHas(after: $0, before: $0 + 1, anyOf: ",") }) else { return nil }
        let hi = last + 1
        // Nothing but the verb's own words after the closing comma (`said on Monday`, `also had a
        // similar meeting`): no name and no comma between; the clause need tell no event (`Amir,
        // who killed Rabin, met Har-Shefi`).
        guard i - hi <= 5, !view.has(.stop, in: hi, i), !view.hasComma(in: hi + 1, i),
              !view.mentions.contains(where: { $0.first >= hi && $0.first < i }),
              let antecedent = view.mentions.last(where: { $0.end <= rel.first && rel.first - $0.end <= 1 }) else { return nil }
        return (antecedent, (rel.first, hi))
    }

    /// The antecedent of a `who` clause that trigger token `i` stands in (`Liang, who visited Ghana
    /// and met with …`): no comma closes the clause before the trigger. A coordinated antecedent
    /// is the whole group (`Ben-Shimol and Barzilai, who met on Sunday`).
    func relativeSubject(of i: Int) -> [PlacedMention]? {
        guard let rel = view.cues.last(where: { $0.value == .relative && $0.end <= i }), rel.first >= 1,
              view.tokens[rel.first].token.form == "who" else { return nil }
        // A comma closes a clause set off by commas; an `and` before the verb keeps it open.
        for k in rel.end..<i where view.gapHas(after: k, before: k + 1, anyOf: ",") { return nil }
        guard let antecedent = view.mentions.last(where: { $0.end <= rel.first && rel.first - $0.end <= 1 && $0.kind == .person })
        else { return nil }
        let group = subjectGroup(view.mentions.filter { $0.end <= antecedent.end && $0.kind == .person })
        return group.isEmpty ? [antecedent] : group
    }

    /// The subject of the main clause after a fronted phrase that holds an event noun (`After a
    /// meeting with X, Y said`, `وخلال لقائه مع X، أكد Y`): the first person after the phrase's
    /// comma, when the phrase opens the sentence and tells no other event.
    func frontedPhraseSubject(_ hit: PhraseMatch<Trigger>, eligible: [Int]) -> PlacedMention? {
        // A verb of saying may open the phrase (`Speaking to reporters after meeting X, Y said`).
        // An event noun that the trigger's relative clause tells of may come first (`خلال اللقاء
        // الذي جمعه بـX، أكد Y`).
        guard hit.first <= 6, !view.triggers.contains(where: { t in
            t.first < hit.first && ![.statement, .address, .report].contains(t.value.frame)
                && !(t.value.frame == .nominal && view.cues.contains { $0.value == .relative && $0.first == t.end && $0.end == hit.first })
        }) else { return nil }
        guard let comma = (hit.end..<min(view.tokens.count - 1, hit.end + 25)).first(where: {
            view.gapHas(after: $0, before: $0 + 1, anyOf: ",\u{060C}")
        }) else { return nil }
        if view.triggers.contains(where: { $0.first > hit.first && $0.first <= comma && $0.value.type.isInteraction }) { return nil }
        var after = comma + 1
        // `In a letter to X, read by a broadcaster over the radio, Y said`: a phrase in lower case
        // set off by a second comma, naming no person, stands between the fronted phrase and its clause.
        if language == .en, after < view.tokens.count, !view.tokens[after].token.isCapitalized,
           !view.mentions.contains(where: { $0.first >= after && $0.first <= after + 6 && $0.kind == .person }),
           let second = (after..<min(view.tokens.count - 1, after + 12)).first(where: { view.gapHas(after: $0, before: $0 + 1, anyOf: ",") }),
           !view.mentions.contains(where: { $0.first >= after && $0.first <= second && $0.kind == .person }),
           !view.triggers.contains(where: { $0.first >= after && $0.first <= second }) {
            after = second + 1
        }
        return eligible.map { view.mentions[$0] }.first { $0.first >= after && $0.first <= after + 6 && $0.kind == .person }
    }
}

extension ParticipantFinder {
    /// A relative clause set off by commas right after the trigger's subject (`التقى الرئيس X، الذي
    /// يزور باريس، الرئيس Y`): the object comes after its closing comma, so the clause neither ends
    /// the trigger's parties nor gives one. The span `[lo, hi)` of the clause, commas included.
    func parentheticalAfter(_ from: Int, before limit: Int) -> (lo: Int, hi: Int)? {
        guard let rel = view.cues.first(where: { $0.value == .relative && $0.first >= from && $0.first < limit }), rel.first >= 1,
              view.gapHas(after: rel.first - 1, before: rel.first, anyOf: ",\u{060C}"),
              let close = (rel.end..<min(limit, rel.end + 8)).first(where: { view.gapHas(after: $0, before: $0 + 1, anyOf: ",\u{060C}") }),
              !view.has(.stop, in: rel.end, close + 1) else { return nil }
        return (rel.first, close + 1)
    }

    /// The antecedent of a `whom` clause that the trigger stands in (`Fidan, with whom he held
    /// talks on Monday`, `Abbas, whom Blinken met in Ramallah`): the person the clause's subject
    /// met or spoke with. Set off by a comma, its preposition (`with`, `to`) right before `whom`,
    /// and no comma between `whom` and the trigger.
    func whomAntecedent(_ c: ClauseMentions) -> PlacedMention? {
        guard language == .en, c.trigger.type.isInteraction,
              let rel = view.cues.last(where: { $0.value == .relative && $0.end <= c.hit.first }),
              view.tokens[rel.first].token.form == "whom", rel.end == c.left else { return nil }
        var open = rel.first
        if open >= 1, ["with", "to"].contains(view.tokens[open - 1].token.form) { open -= 1 }
        guard open >= 1, view.gapHas(after: open - 1, before: open, anyOf: ","), !view.hasComma(in: rel.end, c.hit.first + 1) else { return nil }
        return view.mentions.last { $0.end == open && $0.kind != .outlet }
    }

    /// `discussed the crisis with the one ally who has backed him, British prime minister Tony
    /// Blair`, `met the man who negotiated the deal, Senator George Mitchell`: an object described
    /// by a `who` clause and named after the clause's comma.
    func namedAfterRelative(_ c: ClauseMentions) -> PlacedMention? {
        guard language == .en, c.trigger.type.isInteraction, c.right < view.tokens.count,
              view.cues.contains(where: { $0.value == .relative && $0.first == c.right }),
              ["who", "that"].contains(view.tokens[c.right].token.form), !view.hasComma(in: c.hit.end, c.right) else { return nil }
        let limit = min(view.tokens.count, c.right + 16)
        guard let close = (c.right + 1..<limit).first(where: { view.gapHas(after: $0 - 1, before: $0, anyOf: ",") }),
              !view.triggers.contains(where: { $0.first > c.right && $0.first < close }) else { return nil }
        // The name right after the comma, up to four words of its title before it.
        return c.eligible.map { view.mentions[$0] }.first { m in
            m.kind == .person && m.first >= close && m.first <= close + 4
                && !view.hasComma(in: close + 1, m.first + 1)
                // Not the speaker of the sentence (`…, Senator George Mitchell said`): the name closes
                // the sentence or another comma follows it.
                && (m.end >= view.tokens.count || view.gapHas(after: m.end - 1, before: m.end, anyOf: ",;"))
        }
    }
}
