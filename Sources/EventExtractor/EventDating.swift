import Foundation
import EventGraphModel
import TextAnalysis

/// Attaches dates to events: from the event's clause or sentence, else from the sentence it
/// continues, else (for interactions reported as news) the month or the day of publication.
///
/// Conventions, as the gold annotations of `corpus/dev` apply them:
/// - a vague past (`خلال الأشهر الأخيرة`, `recently`: `PAST_REF`) is the publication year;
/// - a time (`2022-11-05T14:00`) keeps its day;
/// - an interaction the text gives no date for happened in the month of the report in Arabic, on
///   its day in English, where wire copy tells the day's news (`date_text` stays `nil`, so callers
///   can tell it apart).
struct EventDating {
    let dates: [TemporalExpression]
    /// Nouns of multi-day periods (`جولة`, `tour`): a day written for them starts the period.
    let periodNouns: Set<String>
    let published: String?
    let text: AnalyzedText
    /// Words that count a date from the event told before (`later`, `التالي`).
    var sequelWords: Set<String> = []
    /// Words that make a date after the trigger the start of the event's time (`since`).
    var spanStartWords: Set<String> = []
    /// Single-word event nouns of interactions, for definite references (`the meeting`).
    var eventNouns: Set<String> = []
    /// Whether an interaction the text gives no date for is dated to the day of publication
    /// rather than its month.
    var undatedOnPublicationDay = false

    /// The calendar value of an expression, or `nil` when it is not a date in the past or present.
    func usable(_ t: TemporalExpression) -> (value: String, grain: DateGrain)? {
        if t.type == .duration || t.type == .set { return nil }
        if t.value == "PAST_REF" {
            guard let p = published, p.count >= 4 else { return nil }
            return (String(p.prefix(4)), .year)
        }
        let value = Self.datePart(of: t.value)
        let grain = DateValue.grain(of: value)
        if grain == .year, isSeasonLabel(t) { return nil }
        guard grain != .unknown, !value.hasPrefix("X") else { return nil }
        // A decade or a century (`the 11th century`, `the nineties`) sets a scene, it dates no event.
        if grain == .century || grain == .decade { return nil }
        // History (a bare year long before the report: `in 1946`) is background, not the news
        // told; a month or a day written out dates an event however far back.
        if grain <= .year, let p = published, p.count >= 4, let py = Int(p.prefix(4)), let y = Int(value.prefix(4)), py - y > 30 {
            return nil
        }
        // A week (`last week`) is reported as its month, the month of its Thursday; a weekend
        // (`2022-W44-WE`) as the month of its Saturday.
        if grain == .week, let first = DateValue(value).firstDay {
            return (Self.month(ofDayAfter: first, adding: value.hasSuffix("-WE") ? 0 : 3), .month)
        }
        return (value, grain)
    }

    /// `String(value.split(separator: "T", maxSplits: 1).first ?? "")`: the first piece of the
    /// value that is not `T`, up to the next `T`; read on bytes when the value is ASCII (each byte
    /// a `Character` of its own; CR LF, the one exception, holds no `T`).
    static func datePart(of value: String) -> String {
        let b = value.utf8
        guard b.allSatisfy({ $0 < 0x80 }) else { return String(value.split(separator: "T", maxSplits: 1).first ?? "") }
        let t = UInt8(ascii: "T")
        guard let lo = b.firstIndex(where: { $0 != t }) else { return "" }
        let hi = b[lo...].firstIndex(of: t) ?? b.endIndex
        return String(value[lo..<hi])
    }

    /// The month (`YYYY-MM`) of the day `n` days after `day` (`YYYY-MM-DD`).
    static func month(ofDayAfter day: String, adding n: Int) -> String {
        let p = day.split(separator: "-").compactMap { Int($0) }
        guard p.count == 3 else { return String(day.prefix(7)) }
        var (y, m, d) = (p[0], p[1], p[2] + n)
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        if d > days[m - 1] {
            d -= days[m - 1]
            m += 1
            if m > 12 { m = 1; y += 1 }
        }
        _ = d
        return String(format: "%04d-%02d", y, m)
    }

    /// Whether a value lies after the publication day (the event is expected, not done).
    func isFuture(_ value: String) -> Bool {
        guard let p = published, let first = DateValue(value).firstDay else { return false }
        return first > p
    }

    /// The date written nearest the trigger, in its clause first, else in its sentence outside
    /// the clauses of the sentence's other events.
    ///
    /// - Parameter saidFrom: Where a later speech verb of the sentence ends: a date more than one
    ///   word after it is in what was said (`said he will withdraw on Friday`), not the event's;
    ///   right after it (`officials said Tuesday`) it dates the telling.
    func ownDate(of c: EventCandidate, sentence: Sentence, others: [EventCandidate], clauseOnly: Bool = false,
                 saidFrom: Int? = nil) -> TemporalExpression? {
        // `dates` are sorted by start: those of the sentence lie from the first starting in it.
        let first = dates.partitioningIndex { $0.start >= sentence.start }
        let inSentence = dates[first...].prefix { $0.start < sentence.end }.filter { d in
            if let said = saidFrom, d.start >= said, text.tokens(in: said, d.start).count > 1 { return false }
            if let span = c.dateSpan, !(span.contains(d.start) && d.end <= span.upperBound) { return false }
            if isBoundOfFirst(c, d, sentence: sentence) { return false }
            return d.end <= sentence.end && usable(d).map { !(c.isPast && (isFuture($0.value) || isFuture(d.value))) } ?? false
                && (d.start < c.clauseEnd && d.end > c.clauseStart
                    || !others.contains { $0.clauseStart <= d.start && d.end <= $0.clauseEnd })
        }
        func distance(_ t: TemporalExpression) -> Int {
            t.end <= c.triggerStart ? c.triggerStart - t.end : max(0, t.start - c.triggerEnd)
        }
        let inClause = inSentence.filter { $0.start < c.clauseEnd && $0.end > c.clauseStart }
        if clauseOnly && inClause.isEmpty { return nil }
        return (inClause.isEmpty ? inSentence : inClause).min { distance($0) < distance($1) }
    }

    /// `his first meeting with Clinton since March`: a date right after `since` bounds the time
    /// before a first event; it is not the event's day.
    func isBoundOfFirst(_ c: EventCandidate, _ d: TemporalExpression, sentence: Sentence) -> Bool {
        guard d.start >= c.triggerEnd, let before = text.tokens(in: c.triggerEnd, d.start).last,
              spanStartWords.contains(before.form) else { return false }
        return text.tokens(in: sentence.start, c.triggerStart).suffix(3).contains { $0.form == "first" }
    }

    /// Whether two sentences are in the same paragraph (no blank line between them).
    func sameParagraph(_ a: Sentence, _ b: Sentence) -> Bool {
        let lo = min(a.end, b.end), hi = max(a.start, b.start)
        guard lo < hi else { return true }
        // A blank line (two line breaks with only spaces between) ends a paragraph.
        var sawBreak = false
        for u in text.substring(lo, hi).unicodeScalars {
            if u == "\n" {
                if sawBreak { return false }
                sawBreak = true
            } else if !u.properties.isWhitespace {
                sawBreak = false
            }
        }
        return true
    }

    /// Whether the text writes one sentence per paragraph (web copy), so blank lines do not part topics.
    var singleSentenceParagraphs: Bool {
        let s = text.sentences
        guard s.count > 3 else { return false }
        var single = 0
        for i in s.indices {
            let apartBefore = i == 0 || !sameParagraph(s[i - 1], s[i])
            let apartAfter = i == s.count - 1 || !sameParagraph(s[i], s[i + 1])
            if apartBefore && apartAfter { single += 1 }
        }
        return single * 3 >= s.count * 2
    }

    /// Dates every candidate in place; candidates are in text order.
    ///
    /// Order of preference: a date in the event's clause; a date elsewhere in the sentence that no
    /// other event's clause claims; for an interaction, the date of the interaction it continues
    /// (same paragraph, at most three sentences back), else the publication month.
    func attach(_ candidates: inout [EventCandidate], sentences: [Sentence]) {
        let single = singleSentenceParagraphs
        // The candidates of each sentence, in order (their sentence, trigger and type never change here).
        var bySentence: [Int: [Int]] = [:]
        for i in candidates.indices { bySentence[candidates[i].sentenceIndex, default: []].append(i) }
        // The last candidate before `i` dated to a day of its own (see `isOwnDay`); candidates
        // before `i` are final once `i` is reached.
        var lastOwnDay: Int?
        for i in candidates.indices {
            if i > 0, Self.isOwnDay(candidates[i - 1]) { lastOwnDay = i - 1 }
            let c = candidates[i]
            guard c.sentenceIndex < sentences.count else { continue }
            let sentence = sentences[c.sentenceIndex]
            let inSentence = (bySentence[c.sentenceIndex] ?? []).map { candidates[$0] }
            let others = inSentence.filter { $0.triggerStart != c.triggerStart && $0.isInteraction }
            // `In a letter to X, Y said he will withdraw on Friday`: what a later speech verb says
            // is a clause of its own; a date in it dates what was said, not the letter.
            let saidFrom = c.isInteraction ? inSentence.filter { $0.type == .statement && $0.triggerStart >= c.triggerEnd }.map(\.triggerEnd).min() : nil
            if let t = ownDate(of: c, sentence: sentence, others: others, clauseOnly: true, saidFrom: saidFrom) {
                setOwn(&candidates[i], t, after: lastOwnDay.flatMap { candidates[$0].date })
                spanFromStart(&candidates[i], t)
                continue
            }
            if !c.isBackground, let t = ownDate(of: c, sentence: sentence, others: others, saidFrom: saidFrom) {
                // A day written before the event, past another clause of the sentence (`جولة … في
                // الرابع من مارس، استهلها بمصر، حيث التقى`), dates that period, not this event.
                let between = text.tokens(in: t.end, c.triggerStart).count
                let before = text.tokens(in: max(sentence.start, t.start - 60), t.start).suffix(6)
                let period = before.contains { periodNouns.contains($0.form) || periodNouns.contains(String($0.form.dropFirst())) }
                setOwn(&candidates[i], t, coarsen: t.end <= c.triggerStart && between > 2 && period)
                spanFromStart(&candidates[i], t)
                continue
            }
            if c.type.isInteraction, !c.isBackground, let p = continued(i, in: candidates, sentences: sentences, singleSentenceParagraphs: single) {
                candidates[i].date = p.date
                candidates[i].grain = p.grain
                candidates[i].dateText = p.dateText
                candidates[i].confidence -= 0.05
                continue
            }
            // `Blinken arrived in Cairo on Monday. He met …`: the sentence that brought the carried
            // subject on stage sets the scene, when it gives one date.
            // A sentence with no date between does not end the scene (`Barak arrived on Thursday.
            // Sharaa also arrived. The two men met`).
            if c.type.isInteraction, !c.isBackground, c.isCarried, c.sentenceIndex > 0,
               let t = sceneDate(before: sentences[c.sentenceIndex], previous: sentences[c.sentenceIndex - 1])
                ?? (c.sentenceIndex > 1 && !hasDate(sentences[c.sentenceIndex - 1])
                    ? sceneDate(before: sentences[c.sentenceIndex], previous: sentences[c.sentenceIndex - 2]) : nil) {
                setOwn(&candidates[i], t)
                candidates[i].isDateOwn = false
                candidates[i].confidence -= 0.05
                continue
            }
            // `… chaired the meeting, which was attended by …`: a definite event noun refers back to
            // the event told with its date, even paragraphs before.
            if c.type.isInteraction, !c.isBackground, isDefiniteReference(c),
               let p = candidates[..<i].last(where: { $0.type.isInteraction && $0.isDateOwn && !$0.isPlanned && !$0.isPrior && $0.date != nil }) {
                candidates[i].date = p.date
                candidates[i].grain = p.grain
                candidates[i].dateText = p.dateText
                candidates[i].confidence -= 0.05
                continue
            }
            if c.type.isInteraction, !c.isPlanned, undatedOnPublicationDay, let p = published, p.count == 10 {
                candidates[i].date = p
                candidates[i].grain = .day
                candidates[i].confidence -= 0.1
            } else if c.type.isInteraction, !c.isPlanned, let p = published, p.count >= 7 {
                candidates[i].date = String(p.prefix(7))
                candidates[i].grain = .month
                candidates[i].confidence -= 0.1
            }
        }
    }

    func setOwn(_ c: inout EventCandidate, _ t: TemporalExpression, coarsen: Bool = false, after previous: String? = nil) {
        guard var u = usable(t) else { return }
        if let previous, let shifted = sequelValue(t, u, after: previous) { u = (shifted, .day) }
        if let ahead = scheduledWeekday(c, t, u) { u = (ahead, .day) }
        let month = coarsen && u.grain >= .day && u.value.count >= 7
        c.date = month ? String(u.value.prefix(7)) : u.value
        c.grain = month ? .month : u.grain
        c.dateText = t.text
        c.isDateOwn = true
        if isFuture(u.value) { c.isPlanned = true }
    }

    /// `has spoken with Elian three times since he arrived on April 6`: a date after `since` starts
    /// the time the event took place in, up to the report; it is dated by what that time shares
    /// with the day of publication (the month, else the year).
    func spanFromStart(_ c: inout EventCandidate, _ t: TemporalExpression) {
        guard c.isInteraction, t.start >= c.triggerEnd, let date = c.date, let p = published, p.count == 10, date.count == 10,
              text.tokens(in: c.triggerEnd, t.start).contains(where: { spanStartWords.contains($0.form) }) else { return }
        if date.prefix(7) == p.prefix(7) {
            c.date = String(date.prefix(7))
            c.grain = .month
        } else if date.prefix(4) == p.prefix(4) {
            c.date = String(date.prefix(4))
            c.grain = .year
        }
    }

    /// `He and Arafat meet separately Monday with Albright` in a report of Friday: a bare weekday
    /// the tagger read as the last one (news tell the past) is the next one when the event is
    /// scheduled (told in the present outside a headline, or planned). `nil` when it stays.
    func scheduledWeekday(_ c: EventCandidate, _ t: TemporalExpression, _ u: (value: String, grain: DateGrain)) -> String? {
        guard c.isPlanned, !c.isPast, u.grain == .day, Self.bareWeekdayRules.contains(t.rule), let p = published, p.count >= 10,
              u.value < String(p.prefix(10)), let day = Self.day(u.value),
              let next = Self.utc.date(byAdding: .day, value: 7, to: day) else { return nil }
        return Self.dayString(next)
    }

    /// The tagger's rules for a weekday written alone, which it reads as the last one.
    static let bareWeekdayRules: Set<String> = ["en.date.weekday", "en.time.weekday-part", "ar.date.weekday", "ar.time.daypart-weekday"]

    /// The one usable date of the sentence before, in the same paragraph, not in the future.
    /// Whether the tagger found any date in `sentence`.
    func hasDate(_ sentence: Sentence) -> Bool {
        let first = dates.partitioningIndex { $0.start >= sentence.start }
        return first < dates.count && dates[first].start < sentence.end
    }

    func sceneDate(before sentence: Sentence, previous: Sentence) -> TemporalExpression? {
        guard sameParagraph(previous, sentence) else { return nil }
        let first = dates.partitioningIndex { $0.start >= previous.start }
        let usableDates = dates[first...].prefix { $0.start < previous.end }
            .compactMap { d in d.end <= previous.end ? usable(d).map { (d, $0.value) } : nil }
        guard usableDates.count == 1, let (t, value) = usableDates.first, !isFuture(value) else { return nil }
        return t
    }

    /// The dated interaction an undated one continues: same paragraph, at most three sentences back.
    func continued(_ i: Int, in candidates: [EventCandidate], sentences: [Sentence],
                   singleSentenceParagraphs: Bool) -> EventCandidate? {
        let c = candidates[i]
        var j = i - 1
        while j >= 0 {
            let p = candidates[j]
            if c.sentenceIndex - p.sentenceIndex > 3 { return nil }
            // An interaction up to three sentences back, or any dated event in the sentence just before.
            let related = p.type.isInteraction || c.sentenceIndex - p.sentenceIndex == 1 && p.isDateOwn
            // An interaction told earlier in the same sentence with its own date (`met X on Friday,
            // where the two leaders discussed …`) is continued too.
            let earlier = p.sentenceIndex < c.sentenceIndex
                || p.sentenceIndex == c.sentenceIndex && p.type.isInteraction && p.isDateOwn && p.triggerEnd <= c.triggerStart
            if earlier, related, !p.isPlanned, !p.isPrior, p.date != nil, p.dateText != nil,
               !singleSentenceParagraphs ? sameParagraph(sentences[p.sentenceIndex], sentences[c.sentenceIndex]) : true {
                return p
            }
            j -= 1
        }
        return nil
    }

    /// Whether the candidate's trigger is an event noun made definite (`the meeting`, `the talks`,
    /// `الاجتماع`, `اللقاء`): it names an event the text told before.
    func isDefiniteReference(_ c: EventCandidate) -> Bool {
        let tokens = Array(text.tokens(in: max(c.sentenceStart, c.triggerStart - 60), c.triggerEnd))
        for (k, t) in tokens.enumerated() {
            if t.script == .arabic {
                if t.stems.contains(where: { $0.stem.hasPrefix("ال") && eventNouns.contains(String($0.stem.dropFirst(2))) }) { return true }
            } else if k > 0, eventNouns.contains(t.form), ["the", "that", "this"].contains(tokens[k - 1].form) {
                return true
            }
        }
        return false
    }

}
