import ActorRecognizer
import EventGraphModel
import TextAnalysis

/// An actor mention placed on the tokens of its sentence.
struct PlacedMention: Sendable {
    let mention: ActorMention
    let kind: ActorKind
    /// Index of the first token the mention touches.
    let first: Int
    /// Index one past the last token it touches.
    let end: Int
    /// The proclitic written before the mention inside its first token (`و`, `ب`, `ل`), in matching form.
    let clitic: String

    var actorID: String { mention.actorID }
}

/// One sentence prepared for event extraction: tokens with readings, cues, triggers and mentions.
struct SentenceView: Sendable {
    let sentence: Sentence
    let tokens: [SentenceToken]
    private(set) var triggers: [PhraseMatch<Trigger>]
    /// Cue kinds found at each token index (a cue marks the token where it starts).
    let cuesAt: [[CueKind]]
    /// Cue phrases with their extents.
    let cues: [PhraseMatch<CueKind>]
    let mentions: [PlacedMention]
    let text: AnalyzedText

    /// - Parameter documentTokens: `text.tokens` made into ``SentenceToken``s, when the caller
    ///   has them (they are made once per document).
    init(_ sentence: Sentence, text: AnalyzedText, rules: LanguageRules, mentions all: [ActorMention],
         kinds: [String: ActorKind], documentTokens: [SentenceToken]? = nil) {
        self.sentence = sentence
        self.text = text
        let tokens: [SentenceToken]
        if let documentTokens, documentTokens.count == text.tokens.count {
            // The same tokens as `text.tokens(in:_:)`.
            let lo = text.tokens.partitioningIndex { $0.start >= sentence.start }
            let hi = text.tokens.partitioningIndex { $0.start >= sentence.end }
            tokens = Array(documentTokens[lo..<max(lo, hi)])
        } else {
            tokens = text.tokens(in: sentence.start, sentence.end).map(SentenceToken.init)
        }
        self.tokens = tokens
        let cues = rules.cues.scanAll(tokens)
        self.cues = cues
        var at = Array(repeating: [CueKind](), count: tokens.count)
        for c in cues { at[c.first].append(c.value) }
        cuesAt = at
        // Verbs never take the article: `التشاور` is the noun "consultation", not `تشاور` "consulted";
        // `عبر الهاتف` is the telephone, not `هاتف` "he phoned". Event nouns read with a verb's frame
        // (`الزيارة`, `masdar` cues) keep it.
        // Filtered in place (the kept matches are moved, not copied).
        triggers = rules.triggers.scan(tokens)
        triggers.removeAll { hit in
            let frame = hit.value.frame
            let verbal = frame == .subjectWithObject || frame == .statement || frame == .address
                || (frame == .subjectObject && !at[hit.first].contains(.masdar))
            if verbal && (hit.reading.prefix.hasLetterSuffix("ال") || hit.reading.prefix.hasLetterSuffix("لل")) { return true }
            // English event nouns are verbs after a subject pronoun or `to` (`what he calls`, `to talk`).
            if rules.language == .en, frame == .nominal || frame == .betweenPair, hit.first > 0,
               Self.verbLeads.contains(tokens[hit.first - 1].token.form) {
                return true
            }
            return false
        }
        // `ضم الاجتماع X وY`, `بحث اللقاء …`: an event noun right after an interaction verb is that
        // verb's subject or object; the verb's frame tells the event.
        if rules.language == .ar {
            let all = triggers
            triggers = all.filter { hit in
                guard hit.value.frame == .nominal || hit.value.frame == .betweenPair,
                      let verb = all.last(where: { $0.end == hit.first }) else { return true }
                return !(verb.value.type.isInteraction && [.subjectObject, .subjectWithObject].contains(verb.value.frame))
            }
        }
        var placed: [PlacedMention] = []
        let lo = all.partitioningIndex { $0.start >= sentence.start }
        for m in all[lo...] {
            if m.start >= sentence.end { break }
            guard let kind = kinds[m.actorID] else { continue }
            let first = tokens.partitioningIndex { $0.token.end > m.start }
            guard first < tokens.count else { continue }
            let end = max(first + 1, tokens.partitioningIndex { $0.token.start >= m.end })
            let tok = tokens[first].token
            var clitic = ""
            if m.start > tok.start {
                clitic = MatchingForm.of(text.substring(tok.start, m.start))
            }
            placed.append(PlacedMention(mention: m, kind: kind, first: first, end: end, clitic: clitic))
        }
        mentions = placed
    }

    /// Whether the sentence is the text's headline (``AnalyzedText/isHeadline(_:)``).
    var isHeadline: Bool { text.isHeadline(sentence) }

    /// Words after which an English event noun is a verb (`what he calls`, `to talk`).
    static let verbLeads: StringSet = ["he", "she", "it", "they", "we", "i", "you", "to", "who", "which"]

    /// Whether a cue of `kind` starts at token `i`.
    func has(_ kind: CueKind, at i: Int) -> Bool {
        i >= 0 && i < cuesAt.count && cuesAt[i].contains(kind)
    }

    /// Whether a cue of `kind` starts anywhere in `[lo, hi)`.
    func has(_ kind: CueKind, in lo: Int, _ hi: Int) -> Bool {
        let l = max(0, lo), h = min(hi, cuesAt.count)
        guard l < h else { return false }
        return (l..<h).contains { cuesAt[$0].contains(kind) }
    }

    /// The first token index in `[lo, hi)` where a cue of `kind` starts, with the cue's end.
    func first(_ kind: CueKind, in lo: Int, _ hi: Int) -> (start: Int, end: Int)? {
        // The earliest such cue, the first found of equal starts (as `filter` then `min` gave it).
        var found: (start: Int, end: Int)?
        for c in cues where c.value == kind && c.first >= lo && c.first < hi {
            if found.map({ c.first < $0.start }) ?? true { found = (c.first, c.end) }
        }
        return found
    }

    /// The original text between two tokens (from the end of token `a` to the start of token `b`).
    func gap(after a: Int, before b: Int) -> String {
        guard a >= 0, b < tokens.count, a < b else { return "" }
        return text.substring(tokens[a].token.end, tokens[b].token.start)
    }

    /// `gap(after: a, before: b).contains(where: { characters.contains($0) })` for characters of
    /// ASCII punctuation and Arabic commas, without building the gap when none of its scalars can
    /// make such a character: scalars below U+0370 (but the targets), Arabic (U+0600–U+06FF) and
    /// general punctuation (U+2000–U+206F) are canonically equivalent to no ASCII or Arabic
    /// character, so a gap of those without a target scalar holds none. Otherwise asked of the gap.
    func gapHas(after a: Int, before b: Int, anyOf characters: String) -> Bool {
        guard a >= 0, b < tokens.count, a < b else { return false }
        let lo = tokens[a].token.end, hi = tokens[b].token.start
        var unsure = false
        if lo < hi {
            for k in lo..<hi {
                let u = text.scalars[k], v = u.value
                if characters.unicodeScalars.contains(u)
                    || !(v < 0x0370 || (0x0600...0x06FF).contains(v) || (0x2000...0x206F).contains(v)) {
                    unsure = true
                    break
                }
            }
        }
        guard unsure else { return false }
        return gap(after: a, before: b).contains(where: { characters.contains($0) })
    }

    /// Whether a comma or semicolon (Latin or Arabic) stands before any token of `lo..<hi`.
    func hasComma(in lo: Int, _ hi: Int) -> Bool {
        lo < hi && (lo..<hi).contains { k in gapHas(after: k - 1, before: k, anyOf: ",،;") }
    }

    /// The scalar offset where token `i` starts (the sentence end past the last token).
    func offset(_ i: Int) -> Int {
        i < tokens.count ? tokens[i].token.start : sentence.end
    }
}
