import ActorRecognizer
import EventGraphModel
import TextAnalysis

/// Helpers of the frames: groups of coordinated mentions, link words, addressees and quoted names.
extension ParticipantFinder {
    /// The person a statement is addressed to, written with ل on the name or on its title right
    /// after the verb and its subject, before what is said (`أن`, `عن`, `على`).
    func arabicAddressee(after start: Int, right: Int, speaker: PlacedMention) -> PlacedMention? {
        let limit = min(right, start + 9)
        for m in view.mentions where m.first >= start && m.first < limit && m.kind == .person && m.actorID != speaker.actorID {
            // Nothing said yet between the verb and the addressee.
            if (start..<m.first).contains(where: { Self.complementizers.contains(view.tokens[$0].token.form) || ["عن", "على", "علي"].contains(view.tokens[$0].token.form) }) { return nil }
            if m.clitic == "ل" || m.clitic == "لل" || m.clitic == "ول" { return m }
            // `للرئيس الأمريكي جو بايدن`, `لنظيره`, `لمعالي وزير الخارجية الأردني`: ل on a title or an
            // honorific before the name, nothing else between than the title's country adjective.
            for k in max(start, m.first - 4)..<m.first {
                let t = view.tokens[k]
                let li = t.readings.contains { ($0.prefix == "ل" || $0.prefix == "لل") && $0.stem.count >= 3 }
                if li, view.has(.title, at: k) || t.readings.contains(where: { $0.stem.hasPrefix("نظير") }),
                   !view.mentions.contains(where: { $0.first > k && $0.first < m.first && $0.actorID != m.actorID && $0.mention.form != .demonym }) {
                    return m
                }
            }
            // The first person after the speaker is the only candidate.
            if m.first > speaker.end { return nil }
        }
        return nil
    }

    /// The end token of a name quoted on its own from token `q` (`"هاكان فيدان"`, `“Rocket Man”` is
    /// not a mention): a mention starts at `q` after an opening mark and a closing mark follows it.
    func quotedName(at q: Int) -> Int? {
        let marks = "\"“”«»'"
        guard view.gap(after: q - 1, before: q).unicodeScalars.contains(where: { marks.unicodeScalars.contains($0) }),
              let m = view.mentions.first(where: { $0.first == q }), m.end <= view.tokens.count else { return nil }
        let closing = m.end < view.tokens.count
            ? view.gap(after: m.end - 1, before: m.end)
            : view.text.substring(view.tokens[m.end - 1].token.end, view.sentence.end)
        return closing.unicodeScalars.contains(where: { marks.unicodeScalars.contains($0) }) ? m.end - 1 : nil
    }

    /// A report by the outlet that `الصحيفة`/`the newspaper` refers back to.
    func reportCandidate(_ k: Int, left: Int, right: Int) -> EventCandidate? {
        guard let outlet = lastOutlet else { return nil }
        let hit = view.triggers[k]
        return EventCandidate(
            trigger: hit.value, type: hit.value.type, cameo: hit.value.cameo, participants: [outlet],
            source: outlet, target: nil, isPlanned: false, confidence: 0.7,
            sentenceIndex: view.sentence.index, sentenceStart: view.sentence.start, sentenceEnd: view.sentence.end,
            triggerStart: view.tokens[hit.first].token.start,
            triggerEnd: view.tokens[hit.end - 1].token.end, clauseStart: view.offset(left),
            clauseEnd: right >= view.tokens.count ? view.sentence.end : view.offset(right))
    }

    /// The subject before a trigger: the nearest person (else the nearest party) and whoever is
    /// coordinated with it (`X and Y met`, `نداء تونس والنهضة`).
    func subjectGroup(_ lefts: [PlacedMention]) -> [PlacedMention] {
        // A role and the name it introduces (`Foreign Minister` + `Silvan Shalom`) are one mention.
        var candidates: [PlacedMention] = []
        for m in lefts where m.kind != .outlet {
            if let last = candidates.last, last.actorID == m.actorID, m.first <= last.end + 1 {
                candidates[candidates.count - 1] = PlacedMention(mention: last.mention, kind: last.kind, first: last.first,
                                                                 end: max(last.end, m.end), clitic: last.clitic)
            } else {
                candidates.append(m)
            }
        }
        guard let head = candidates.last(where: { $0.kind == .person }) ?? candidates.last,
              var i = candidates.lastIndex(where: { $0.first == head.first }) else { return [] }
        var group = [head]
        var listed = false
        while i > 0 {
            let prev = candidates[i - 1], cur = candidates[i]
            // `A, B, C and D met`: commas join a list that ends with `and`.
            // A headline joins with a bare comma: `CHIRAC, REAGAN DISCUSS ARMS CONTROL`.
            let joined = isCoordinated(from: prev.end, to: cur.first, next: cur)
                || view.isHeadline && prev.end == cur.first && view.gapHas(after: prev.end - 1, before: cur.first, anyOf: ",")
            guard cur.first - prev.end <= 8, joined || (listed && isListComma(from: prev.end, to: cur.first)),
                  !view.triggers.contains(where: { $0.first >= prev.end && $0.first < cur.first }) else { break }
            listed = true
            group.insert(prev, at: 0)
            i -= 1
        }
        return group
    }

    /// Actor `id` where the sentence names it, or else carried into it (``carriedMention(_:)``).
    func placed(_ id: String) -> PlacedMention? {
        view.mentions.first { $0.actorID == id } ?? carriedMention(id)
    }

    /// Actors `ids` as ``placed(_:)`` gives each.
    func placed(_ ids: [String]) -> [PlacedMention] {
        ids.compactMap { placed($0) }
    }

    /// A stand-in mention for a subject carried from an earlier sentence (`he` → the last subject).
    func carriedMention(_ id: String) -> PlacedMention? {
        let m = ActorMention(actorID: id, start: view.sentence.start, end: view.sentence.start, text: "", form: .pronoun)
        return PlacedMention(mention: m, kind: .person, first: 0, end: 0, clitic: "")
    }

    /// The first person of a list and whoever is coordinated with it (`X ونظيراه Y وZ`).
    func forwardGroup(_ mentions: [PlacedMention]) -> [PlacedMention] {
        guard let head = mentions.first else { return [] }
        var group = [head]
        for m in mentions.dropFirst() {
            if let last = group.last, last.actorID == m.actorID, m.first <= last.end + 1 {
                group[group.count - 1] = PlacedMention(mention: last.mention, kind: last.kind, first: last.first,
                                                       end: max(last.end, m.end), clitic: last.clitic)
                continue
            }
            guard let last = group.last, m.first - last.end <= 6,
                  !view.triggers.contains(where: { $0.first >= last.end && $0.first < m.first }) else { break }
            let joined = m.clitic.hasPrefix("و") || view.has(.and, in: last.end, m.first)
                || (last.end..<max(last.end, m.first)).contains { k in view.tokens[k].readings.contains { $0.prefix == "و" } }
            guard joined else { break }
            if m.actorID != last.actorID { group.append(m) }
        }
        return unique(group)
    }

    /// The first link word (with, from, between, by) in `[lo, hi)`.
    func firstLink(in lo: Int, _ hi: Int, fromReach: Int = .max) -> Int? {
        var best: Int?
        for c in view.cues where [CueKind.with, .from, .between, .by].contains(c.value) && c.first >= lo && c.first < hi {
            // `من`/`from` is a link only close to the event noun (`اتصالا من X`), not in a later phrase.
            if c.value == .from, c.first - lo > fromReach { continue }
            if c.value == .by, isOtherAgent(byAt: c.first) { continue }
            // An event noun's link follows it in the same phrase: no comma between (`اللقاءات الرفيعة، الهادفة إلى … بين`).
            if fromReach != .max, (lo..<c.first).contains(where: { view.gapHas(after: $0 - 1, before: $0, anyOf: ",\u{060C}") }) { continue }
            // English `to`/`with` before a verb (`spoke anonymously to describe`) links nothing:
            // a link word is followed by a name within a few words.
            // A noun phrase may stand first (`with the head of the agency, Adaeze Nwosu-Clarke`).
            let reach = c.end < view.tokens.count && ["the", "a", "an", "his", "her", "its", "their"].contains(view.tokens[c.end].token.form) ? 10 : 3
            if language == .en, !view.mentions.contains(where: { $0.first >= c.end && $0.first <= c.end + reach }) { continue }
            best = min(best ?? c.end, c.end)
        }
        if let b = best { return b }
        // Arabic: a party carrying ب (بالرئيس), or a title before it (`بزعيمي الحزبين مسعود بارزاني`), is linked.
        if let m = view.mentions.first(where: { $0.first >= lo && $0.first < hi && ($0.clitic.hasPrefix("ب") || $0.clitic.hasPrefix("وب")) }) {
            return m.first
        }
        guard language == .ar else { return nil }
        return view.mentions.first { $0.first >= lo && $0.first < hi && detachedBi(before: $0, from: lo) != nil }?.first
    }

    func unique(_ parties: [PlacedMention]) -> [PlacedMention] {
        var seen: Set<String> = []
        return parties.filter { seen.insert($0.actorID).inserted }
    }

    /// Drops a country or body when a person among the parties belongs to it.
    func dropAffiliated(_ parties: [PlacedMention]) -> [PlacedMention] {
        let people = parties.filter { $0.kind == .person }
        let owners = Set(people.compactMap { affiliations[$0.actorID] })
        guard !owners.isEmpty else { return parties }
        return parties.filter { $0.kind == .person || !owners.contains($0.actorID) }
    }
}
