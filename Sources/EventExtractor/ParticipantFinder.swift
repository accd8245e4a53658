import ActorRecognizer
import EventGraphModel
import TextAnalysis

/// Finds the parties of a trigger in its clause, following the trigger's frame.
///
/// The clause runs from the previous clause boundary (a stop word or another trigger) to the next
/// one. Mentions that name a place (`في موسكو`, `in Tunis`), a possessor (`aides of X`,
/// `مساعدي X`), an attribute of a person (`Kuchma of Ukraine`, `وزير خارجية روسيا … لافروف`) or
/// a role that an apposition names (`لبوتين، يوري أوشاكوف`) are not parties.
struct ParticipantFinder {
    let view: SentenceView
    let language: LanguageCode
    let affiliations: [String: String]
    /// The last outlet named before this sentence (for `الصحيفة`, `the newspaper`).
    let lastOutlet: String?
    /// The person who was the subject of the last event before this sentence (for `he`, `she`).
    let previousSubject: String?
    /// What group references stand for before this sentence (`the two leaders`, `the three ministers`).
    var referents = DualReferents()
    /// The two parties `the two leaders` stands for.
    var lastPair: [String]? { referents.current }
    /// Whether a negated trigger still yields its parties (for ``lastContact(_:)``).
    var ignoresNegation = false
    /// Scalar offsets of the dates written in the sentence (for ``splitByOwnDates(_:_:)``).
    var dateSpans: [Range<Int>] = []

    static let maxRight = 30
    static let placeKinds: Set<ActorKind> = [.country, .government]
    /// Words that open a reported clause (`reported that …`, `ذكرت أن …`): its names are no source.
    static let complementizers: Set<String> = ["that", "أن", "ان", "إن", "بأن", "بان", "وأن", "وان", "انه", "انها", "بانه", "بانها"]

    // MARK: eligibility

    /// Whether a mention can be a party of an event of type `type`.
    func isEligible(_ i: Int, for type: EventType, frame: TriggerFrame) -> Bool {
        let m = view.mentions[i]
        if m.kind == .outlet { return false }
        // A demonym names its country only as a plural noun: `between the Palestinians and Israel`.
        if m.mention.form == .demonym {
            let word = view.tokens[m.first].token
            guard language == .en, view.has(.determiner, at: m.first - 1), word.form.hasSuffix("s"),
                  !view.has(.title, at: m.first + 1) else { return false }
        }
        if isPlace(i) && type != .attack { return false }
        // `welcomed Tshisekedi's election`, `met Kagame's envoy`: a possessor is not a party, unless
        // the possessed noun is the event itself (`Tshisekedi's talks with Kagame`).
        if language == .en, frame != .statement, frame != .report, isPossessiveBeforeNoun(m) { return false }
        if frame != .statement, isPossessed(i) { return false }
        // `according to a State Department readout`, `told Reuters`: the source, not a party.
        // `حسب ما أورده بيان وزارة الشؤون الخارجية`, `according to a statement from the ministry`: the
        // source stands a few words after the cue, with no comma or event between.
        if frame != .report, m.kind != .person,
           view.cues.contains(where: { c in
               c.value == .reporting && c.end <= m.first && m.first - c.end <= 5
                   && (m.first - c.end <= 2 || !view.hasComma(in: c.end, m.first) && (c.end..<m.first).allSatisfy { k in
                       !view.triggers.contains { $0.first == k } && !Self.complementizers.contains(view.tokens[k].token.form)
                   })
           }) {
            return false
        }
        if isSetting(m) { return false }
        if isGenitive(i) { return false }
        if isApposedRole(i) { return false }
        if isAttribute(i) { return false }
        return true
    }

    /// A country governed by a role noun (`وزراء خارجية روسيا`), or coordinated with one that is
    /// (`وزراء خارجية روسيا وإيران وتركيا`).
    func isGenitive(_ i: Int) -> Bool {
        // `سفير خادم الحرمين الشريفين لدى الأردن`: a person right after an indefinite role noun is
        // whose ambassador or envoy is meant, not a party (`السفير X` would name the ambassador).
        let head = view.mentions[i].first - 1
        if language == .ar, view.mentions[i].kind == .person, head >= 0, view.mentions[i].clitic.isEmpty,
           view.has(.genitiveHead, at: head), !view.gapHas(after: head, before: head + 1, anyOf: ",\u{060C}"),
           !["ال", "بال", "وال", "لل", "فال", "كال"].contains(where: { view.tokens[head].token.form.hasPrefix($0) }),
           !view.mentions.contains(where: { $0.first <= head && head < $0.end }) {
            return true
        }
        var k = i
        while k >= 0 {
            let m = view.mentions[k]
            guard Self.placeKinds.contains(m.kind) else { return false }
            // The head is no word of another mention (`وزير الخارجية السوداني وزير الخارجية المصري`:
            // the second title is not governed by the first).
            let lo = m.first - (language == .en ? 3 : 2)
            if (max(0, lo)..<max(0, m.first)).contains(where: { k in
                view.has(.genitiveHead, at: k) && !view.mentions.contains { $0.first <= k && k < $0.end }
            }) {
                // English: `the presidents of Kenya and Tanzania` with no one named for them is the
                // countries, acting through their unnamed holders; `…, Moi and Mkapa` names them.
                return language != .en || namesHolders(after: i)
            }
            guard k > 0 else { return false }
            let prev = view.mentions[k - 1]
            guard m.first - prev.end <= 1, isCoordinated(from: prev.end, to: m.first, next: m) || (language == .en && isListComma(from: prev.end, to: m.first)) else { return false }
            k -= 1
        }
        return false
    }

    /// Whether people are named right after the list of countries or bodies that mention `i`
    /// belongs to (`the presidents of Kenya and Tanzania, Daniel arap Moi and Benjamin Mkapa`).
    func namesHolders(after i: Int) -> Bool {
        var k = i
        while k + 1 < view.mentions.count, Self.placeKinds.contains(view.mentions[k + 1].kind),
              view.mentions[k + 1].first - view.mentions[k].end <= 1 { k += 1 }
        let end = view.mentions[k].end
        return view.mentions.contains { $0.kind == .person && $0.first >= end && $0.first <= end + 3 }
    }

    /// A body or country in the occasion of a meeting (`on the sidelines of the UN General Assembly`,
    /// `على هامش أعمال مجلس وزراء خارجية منظمة الأمن والتعاون`): up to eight words after the cue,
    /// with no comma between; or the venue right after `at the` (`at the Muhimbili Medical Center`).
    func isSetting(_ m: PlacedMention) -> Bool {
        guard m.kind != .person else { return false }
        return view.cues.contains { c in
            c.value == .setting && c.end <= m.first && m.first - c.end <= 8 && !view.hasComma(in: c.end, m.first)
                // `met victims at the Muhimbili Medical Center`: the body right after `at the` is the venue.
                || c.value == .venue && c.end == m.first
        }
    }

    /// A country or capital after `في`, `in`, `to` or with the clitic `ب` (بالدوحة).
    func isPlace(_ i: Int) -> Bool {
        let m = view.mentions[i]
        guard Self.placeKinds.contains(m.kind) || m.mention.form == .metonym else { return false }
        if view.has(.location, at: m.first - 1) { return true }
        if view.has(.determiner, at: m.first - 1), view.has(.location, at: m.first - 2) { return true }
        if view.has(.determiner, at: m.first - 1), view.has(.determiner, at: m.first - 2), view.has(.location, at: m.first - 3) { return true }
        if m.clitic.hasSuffix("ب") || m.clitic.hasSuffix("بال") { return true }
        // `embassies in Kenya and Tanzania`: a place coordinated with a place is one too.
        if language == .en, m.first >= 1, let j = view.mentions[..<i].lastIndex(where: { p in
               p.end == m.first - 1 && view.has(.and, at: m.first - 1)
                   || p.end == m.first && view.gapHas(after: m.first - 1, before: m.first, anyOf: ",")
           }), isPlace(j) {
            return true
        }
        return false
    }

    /// A mention governed by a possessor noun: `مساعدي الرئيس الروسي`, `aides to X`.
    func isPossessed(_ i: Int) -> Bool {
        let m = view.mentions[i]
        // `Bush's son`, `Putin's aides`: the possessor is not the party.
        if language == .en, view.has(.possessor, at: m.end) { return true }
        let previousPerson = view.mentions[..<i].last {
            $0.kind == .person && $0.actorID != m.actorID && $0.mention.form != .role && $0.mention.form != .pronoun
        }
        let lo = max(previousPerson?.end ?? 0, m.first - 5)
        // `Bush's son, George,`: the name after the possessed noun and a comma is the possessed person.
        if language == .en, m.kind == .person, m.mention.form == .name, m.first >= 1, view.has(.possessor, at: m.first - 1),
           view.gap(after: m.first - 1, before: m.first).trimmingCharacters(in: .whitespaces) == "," {
            return view.has(.possessor, in: lo, m.first - 1)
        }
        // English: only `aides of X`, `envoy to X` (a possessor noun, a preposition, X) make X a
        // possessor; `Ugandan envoy Sam Kutesa`, `the envoy for Cyprus, Gustavo Lindner` are titles.
        if language == .en {
            // Skip what may stand between: `the`, titles, a country adjective (`adviser to Russian President Putin`).
            // A comma between is an apposition (`the envoy for Cyprus, Gustavo Lindner`), no possessor.
            var k = m.first - 1
            while k >= 0, !view.gapHas(after: k, before: k + 1, anyOf: ","), view.has(.determiner, at: k) || view.has(.title, at: k)
                    || view.mentions.contains(where: { $0.first <= k && k < $0.end && ($0.kind != .person || $0.actorID == m.actorID || $0.mention.form == .role) }) { k -= 1 }
            guard k >= 1, !view.gapHas(after: k, before: k + 1, anyOf: ","),
                  ["of", "to", "for"].contains(view.tokens[k].token.form) else { return false }
            return view.has(.possessor, in: max(lo, k - 2), k)
        }
        return view.has(.possessor, in: lo, m.first)
    }

    /// `لبوتين، يوري أوشاكوف`: a mention followed by a comma and another person names whose
    /// adviser, counterpart or envoy the person is (Arabic), or which body the person leads.
    func isApposedRole(_ i: Int) -> Bool {
        let m = view.mentions[i]
        // `Nikolai Patrushev, the secretary of …`: a title after a name and a comma is that name's.
        if m.mention.form == .role || m.mention.form == .pronoun, i > 0 {
            let prev = view.mentions[i - 1]
            // A gap of more than four scalars besides white space cannot read `,the` (lowercasing
            // and canonical decomposition never make fewer scalars): its string is not made.
            if keptScalarCount(prev.mention.end, m.mention.start, skipping: " \t\n", upTo: 4) <= 4 {
                let gap = view.text.substring(prev.mention.end, m.mention.start).lowercased()
                let bare = gap.unicodeScalars.filter { !" \t\n".unicodeScalars.contains($0) }
                let s = String(String.UnicodeScalarView(bare))
                if prev.kind == .person, prev.actorID != m.actorID, s == "," || s == ",the" || s == "،" { return true }
            }
        }
        guard i + 1 < view.mentions.count else { return false }
        let next = view.mentions[i + 1]
        // `استقبل وزير الخارجية المصري نظيره التشيلي`: a counterpart after the title is its object, not its name.
        guard next.kind == .person, next.actorID != m.actorID, next.mention.form != .pronoun else { return false }
        if language == .en && m.kind == .person { return false }
        // What follows asks whether the gap, less these marks, is empty, `،` or `,`: not when
        // more than one scalar is left (no two scalars are canonically equivalent to one of those).
        guard keptScalarCount(m.mention.end, next.mention.start, skipping: " \t\n«»\"“”'()", upTo: 1) <= 1 else { return false }
        let gap = view.text.substring(m.mention.end, next.mention.start)
        let stripped = gap.unicodeScalars.filter { !" \t\n«»\"“”'()".unicodeScalars.contains($0) }
        // A title right before another person's name is that person's title: `وزير خارجيتها سيرغي لافروف`.
        if (m.mention.form == .role || m.mention.form == .pronoun), stripped.isEmpty || String(String.UnicodeScalarView(stripped)) == "،"
            || String(String.UnicodeScalarView(stripped)) == "," { return true }
        return String(String.UnicodeScalarView(stripped)) == "،" || String(String.UnicodeScalarView(stripped)) == ","
    }

    /// How many scalars of the text between offsets `start` and `end` (clamped as
    /// `AnalyzedText.substring` clamps them) are not in `skipped`, counted up to `limit + 1`:
    /// read in place, so that a long gap costs no string.
    func keptScalarCount(_ start: Int, _ end: Int, skipping skipped: String, upTo limit: Int) -> Int {
        let scalars = view.text.scalars
        let s = max(0, min(start, scalars.count)), e = max(s, min(end, scalars.count))
        var count = 0
        for k in s..<e where !skipped.unicodeScalars.contains(scalars[k]) {
            count += 1
            if count > limit { break }
        }
        return count
    }

    /// A country or body written as an attribute of a nearby person: `Kuchma of Ukraine`,
    /// `ملك مملكة البحرين` after the name, `وزير خارجية روسيا الاتحادية سيرجي لافروف` before it.
    func isAttribute(_ i: Int) -> Bool {
        let m = view.mentions[i]
        // A title standing for its country's unnamed holder (`وزير الخارجية الفرنسي`) is a party.
        guard m.kind != .person, m.mention.form != .role else { return false }
        // `the U.N. Secretary-General`, `Iraq's president`: a body before a title names the title's holder.
        // With no one named after the title (`in a letter to the U.N. Secretary-General,`), the
        // body acts through its unnamed holder: it is the party.
        if language == .en, view.has(.title, at: m.end) {
            return view.mentions.contains { $0.kind == .person && $0.first > m.end && $0.first <= m.end + 4 }
        }
        // `وفدا عن حركة حماس برئاسة خليل الحية`: a body whose delegation a person leads is a side of
        // its own (see ``splitLedBodies(_:)``).
        if view.mentions.contains(where: { $0.kind == .person && isLed(m, by: $0) && $0.first - m.end <= 4 }) { return false }
        for (j, p) in view.mentions.enumerated() where p.kind == .person && p.actorID != m.actorID {
            // Not across `مع`/`with`: `اجتمع لوندي مع مسؤولين مصريين` meets them.
            // `التقى شكري مسؤولين سودانيين`: officials named with their country right after the
            // verb's subject are its object, no attribute of the subject.
            if p.end <= m.first, m.first - p.end <= 3, !isCoordinated(from: p.end, to: m.first, next: m),
               !(language == .ar && m.first == p.end && m.end - m.first >= 2 && m.kind == .country),
               !(p.end..<m.first).contains(where: { ["مع", "with"].contains(view.tokens[$0].token.form) }) {
                return true
            }
            // English: not across a comma with no title before it: `After meeting with Hamas on Friday,
            // Aziz said` met Hamas (`the U.N. special envoy for Cyprus, Gustavo Lindner` is his title).
            if m.end <= p.first, p.first - m.end <= 4, !isCoordinated(from: m.end, to: p.first, next: p),
               language == .ar || view.has(.title, in: m.end, p.first)
                || !(m.end...p.first).contains(where: { view.gapHas(after: $0 - 1, before: $0, anyOf: ",") }) {
                _ = j
                return true
            }
            // `بمنسق الأمم المتحدة الخاص لعملية السلام في الشرق الأوسط روبرت سيري`: a body governed
            // by a title names the title of the person after the title's words, however long.
            if language == .ar, view.has(.title, at: m.first - 1), m.end <= p.first, p.first - m.end <= 10,
               !isCoordinated(from: m.end, to: p.first, next: p),
               !(m.end..<p.first).contains(where: { view.gapHas(after: $0 - 1, before: $0, anyOf: ",\u{060C}") }) {
                return true
            }
        }
        return false
    }

    /// Whether a `led-by` cue stands between a body and the person after it (`وفد حماس برئاسة
    /// خليل الحية`, `a Hamas delegation led by Khalil al-Hayya`).
    func isLed(_ body: PlacedMention, by person: PlacedMention) -> Bool {
        body.end <= person.first && view.cues.contains { $0.value == .ledBy && $0.first >= body.end && $0.end <= person.first }
    }

    /// Whether `and`/`و` or a trigger stands between two token positions.
    func isCoordinated(from lo: Int, to hi: Int, next: PlacedMention) -> Bool {
        if next.clitic.hasPrefix("و") { return true }
        // `الرئيس السوداني والرئيس المصري`: و on the title the next mention opens with.
        if language == .ar, next.first < view.tokens.count, view.has(.title, at: next.first),
           view.tokens[next.first].token.form.hasPrefix("و"), view.tokens[next.first].readings.contains(where: { $0.prefix.hasPrefix("و") }) {
            return true
        }
        // Two names in one token: `Reagan-Gorbachev summit`.
        if hi < lo { return true }
        if view.has(.and, in: lo, hi) { return true }
        for k in max(0, lo)..<min(hi, view.tokens.count) {
            let t = view.tokens[k].token
            if language == .ar, t.form.hasPrefix("و"), view.tokens[k].readings.contains(where: { $0.prefix == "و" }),
               view.mentions.contains(where: { $0.first == k }) { return true }
            // `السيسي والملك عبدالله الثاني`: و on the title before the next name.
            if language == .ar, t.form.hasPrefix("و"), view.tokens[k].readings.contains(where: { $0.prefix == "و" }),
               view.has(.title, at: k), next.first > k, next.first - k <= 4 { return true }
        }
        if view.triggers.contains(where: { $0.first >= lo && $0.first < hi }) { return true }
        return false
    }

    /// Whether a mention is introduced by a link word (مع، من، بين، by, with…) after `from`,
    /// or carries the clitic `ب` (بالرئيس).
    func isLinked(_ m: PlacedMention, after from: Int) -> Bool {
        if m.clitic.hasPrefix("ب") || m.clitic.hasPrefix("وب") { return true }
        for kind in [CueKind.with, .from, .between] where view.has(kind, in: from, m.first) { return true }
        // `spoke by telephone`: the manner of a call links no one.
        if view.cues.contains(where: { $0.value == .by && $0.first >= from && $0.first < m.first && !view.has(.phone, at: $0.end)
                && !isOtherAgent(byAt: $0.first) }) { return true }
        return language == .ar && detachedBi(before: m, from: from) != nil
    }

    /// `اتصالا هاتفيا بزعيمي الحزبين مسعود بارزاني`, `بالدكتور شحاتة`: the ب of the link sits on a
    /// title or honorific before the name, not on the name. The index of that token, or `nil`.
    func detachedBi(before m: PlacedMention, from: Int) -> Int? {
        let lo = max(from, m.first - 4)
        guard lo < m.first else { return nil }
        for k in lo..<m.first {
            let t = view.tokens[k]
            // The token is a title or honorific carrying ب (`بالدكتور`, `بزعيمي`, `بنظيره`).
            guard t.readings.contains(where: { r in
                      (r.prefix.hasPrefix("ب") || r.prefix.hasPrefix("وب")) && r.stem.count >= 3
                          && !["ها", "هم", "هما"].contains(where: { r.stem.hasSuffix($0) })
                  }) || (view.has(.title, at: k) && t.readings.contains { $0.prefix.hasPrefix("ب") || $0.prefix.hasPrefix("وب") }),
                  !view.has(.with, at: k), !view.has(.location, at: k), !view.has(.possessor, at: k) else { continue }
            // Nothing but the title's own words (or other mentions' tokens of the same actor) up to the name.
            if !view.mentions.contains(where: { $0.first > k && $0.first < m.first && $0.actorID != m.actorID }) { return k }
        }
        return nil
    }

    /// An English mention written as a possessive (`Kagame's`) followed by a noun that is no trigger.
    func isPossessiveBeforeNoun(_ m: PlacedMention) -> Bool {
        let last = view.tokens[m.end - 1].token
        guard last.text.hasSuffix("'s") || last.text.hasSuffix("\u{2019}s") || last.text.hasSuffix("s'"), m.end < view.tokens.count else { return false }
        let next = view.tokens[m.end].token
        guard next.script == .latin, !next.isCapitalized else { return false }
        // The manner of a call after the noun (`spoke to Elian's father by phone`) is no event noun of his.
        return !view.triggers.contains { ($0.first == m.end || $0.first == m.end + 1) && !$0.value.id.containsText(".call.manner.") }
    }

    /// Whether only a list comma stands between two token positions: a comma, with nothing else
    /// than titles, other mentions (`Ugandan`, `Rwanda's`) and determiners.
    func isListComma(from lo: Int, to hi: Int) -> Bool {
        guard lo <= hi, hi - lo <= 5, lo > 0, hi < view.tokens.count else { return false }
        let gap = view.text.substring(view.tokens[lo - 1].token.end, view.tokens[hi].token.start)
        guard gap.containsText(",") || gap.contains("\u{060C}") else { return false }
        return (lo..<hi).allSatisfy { k in
            view.has(.title, at: k) || view.has(.determiner, at: k) || view.has(.possessor, at: k)
                || view.mentions.contains { $0.first <= k && k < $0.end }
        }
    }
}
