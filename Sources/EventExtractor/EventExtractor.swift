import ActorRecognizer
import EventGraphModel
import Foundation
import TextAnalysis

/// Turns trigger words and their clauses into typed, dated events with participants.
///
/// The rules are data, one folder per language under `Resources/<lang>/`:
/// `triggers.tsv` (form, event type, CAMEO code, frame) and `cues.tsv` (link words, places,
/// reporting verbs, future and negation markers, clause boundaries). For every sentence the
/// extractor finds the triggers, takes each trigger's clause, picks the parties from the actor
/// mentions of that clause following the trigger's frame, attaches the nearest date of the
/// clause, and the outlet that reported it.
///
/// Planned or expected interactions (`سيلتقي`، `من المقرر`، `will meet`, an invitation to visit)
/// come out with `isPlanned = true` and type `other` (their CAMEO code kept), so that they never
/// count as someone having spoken to someone.
///
/// ```swift
/// let extractor = try EventExtractor.shipped()
/// let events = extractor.extract(text, language: .ar, actors: actors, dates: dates, published: "2022-11-08")
/// ```
public struct EventExtractor: Sendable {
    let rules: [LanguageCode: LanguageRules]

    private static let shippedRules: Result<[LanguageCode: LanguageRules], EventRulesError> = {
        guard let root = Bundle.module.url(forResource: "Resources", withExtension: nil) else {
            return .failure(EventRulesError(.missingFile, path: "Resources", line: 0,
                                            reason: "the EventExtractor resource bundle has no Resources folder"))
        }
        do {
            return .success(try load(from: root))
        } catch let error as EventRulesError {
            return .failure(error)
        } catch {
            return .failure(EventRulesError(.missingFile, path: "Resources", line: 0, reason: "\(error)"))
        }
    }()

    /// Loads the shipped trigger lexicons and cue lists (once per process).
    ///
    /// - Returns: An extractor for every language of ``LanguageCode``.
    /// - Throws: ``EventRulesError`` naming the file and line of a bad entry.
    public static func shipped() throws -> EventExtractor {
        EventExtractor(rules: try shippedRules.get())
    }

    /// Loads trigger lexicons and cue lists from a folder laid out like the shipped one
    /// (`<root>/<lang>/triggers.tsv`, `<root>/<lang>/cues.tsv`).
    ///
    /// - Parameter root: The folder holding one subfolder per language.
    /// - Throws: ``EventRulesError`` naming the file and line of a bad entry.
    public init(resources root: URL) throws {
        self.init(rules: try Self.load(from: root))
    }

    init(rules: [LanguageCode: LanguageRules]) {
        self.rules = rules
    }

    static func load(from root: URL) throws -> [LanguageCode: LanguageRules] {
        var out: [LanguageCode: LanguageRules] = [:]
        for language in LanguageCode.allCases {
            out[language] = try EventRulesLoader.load(language, from: root)
        }
        return out
    }

    /// Extracts the events of a text.
    ///
    /// - Parameters:
    ///   - text: The analysed text.
    ///   - language: Its language.
    ///   - actors: The recognised actors and mentions.
    ///   - dates: The tagged date expressions, resolved against the publication date.
    ///   - published: The publication day, when known.
    /// - Returns: Events in text order with ids `e1`, `e2`, …
    public func extract(_ text: AnalyzedText, language: LanguageCode, actors: RecognizedActors,
                        dates: [TemporalExpression], published: String?) -> [NewsEvent] {
        guard let rules = rules[language] else { return [] }
        let candidates = findCandidates(text, rules: rules, actors: actors, dates: dates, published: published)
        return EventDeduplication.events(from: candidates, text: text)
    }

    /// Every candidate of the text, dated and sourced, before filtering and deduplication.
    func findCandidates(_ text: AnalyzedText, rules: LanguageRules, actors: RecognizedActors,
                        dates: [TemporalExpression], published: String?) -> [EventCandidate] {
        var kinds: [String: ActorKind] = [:]
        var affiliations: [String: String] = [:]
        for a in actors.actors {
            kinds[a.id] = a.kind
            if let f = a.affiliation { affiliations[a.id] = f }
        }
        // Every token with its readings, made once for the document.
        let documentTokens = text.tokens.map(SentenceToken.init)
        let mentions = RoleMentions.augment(actors, text: text, rules: rules, tokens: documentTokens)
            .sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        let outletMentions = mentions.filter { kinds[$0.actorID] == .outlet }
        var views: [SentenceView] = []
        var candidates: [EventCandidate] = []
        let sentences = SentenceUnits.merge(text, rules: rules)
        var previousSubject: String?
        /// What `the two leaders`, `الجانبان`, `the three ministers` stand for.
        var duals = DualReferents()
        for (index, sentence) in sentences.enumerated() {
            let view = SentenceView(sentence, text: text, rules: rules, mentions: mentions, kinds: kinds,
                                    documentTokens: documentTokens)
            views.append(view)
            let last = outletMentions.last { $0.end <= sentence.start }?.actorID
            var finder = ParticipantFinder(view: view, language: rules.language, affiliations: affiliations,
                                           lastOutlet: last, previousSubject: previousSubject, referents: duals)
            finder.dateSpans = dates.filter { $0.start >= sentence.start && $0.end <= sentence.end }.map { $0.start..<$0.end }
            let subjectBefore = previousSubject
            for k in view.triggers.indices {
                if let c = finder.lastContact(k) {
                    candidates.append(c)
                } else if var c = finder.candidate(k) {
                    // `Rubin arrived in Hanoi on Monday. Rubin … met …`: the subject of the sentence
                    // before goes on, and that sentence sets the scene.
                    if let s = c.source, s == subjectBefore { c.isCarried = true }
                    candidates.append(c)
                    for (g, group) in c.splitGroups.enumerated() where group.count >= 2 {
                        var more = c
                        more.participants = group
                        more.target = group.last
                        more.splitGroups = []
                        more.splitDateSpans = []
                        more.dateSpan = g < c.splitDateSpans.count ? c.splitDateSpans[g] : nil
                        candidates.append(more)
                    }
                    if let s = c.source, kinds[s] == .person, c.type != .report { previousSubject = s }
                    // A planned meeting's parties are not who `the two` later met (`القمة المرتقبة بين X وY … والتقيا`).
                    if c.type.isInteraction, c.participants.count >= 2, !c.isPlanned {
                        duals.told(c.participants, sentence: index, people: c.participants.allSatisfy { kinds[$0] == .person })
                    }
                }
            }
            // `President Bush called the decision wise. He met …`: a person who opens a sentence
            // is its subject even when the sentence tells no event.
            // A nationality or country before the title does not hide it (`US Secretary of State Antony Blinken`).
            if previousSubject == subjectBefore, let opening = view.mentions.first(where: { $0.kind == .person }),
               opening.first <= 3 || opening.first <= 6 && view.mentions.allSatisfy({ $0.first >= opening.first || ParticipantFinder.placeKinds.contains($0.kind) }),
               opening.mention.form != .pronoun,
               !view.triggers.contains(where: { $0.first < opening.first }) {
                previousSubject = opening.actorID
            }
            if let s = previousSubject, s != subjectBefore || view.mentions.contains(where: { $0.actorID == s }) {
                duals.subject(s, sentence: index)
            }
            duals.observe(view, sentence: index, language: rules.language)
        }
        DelegationHeads.attach(&candidates, views: views, kinds: kinds)
        Joiners.attach(&candidates, views: views)
        SameSide.split(&candidates, affiliations: affiliations)
        // A date the tagger found inside an actor's name (`تيريزا ماي`) is not a date.
        // `mentions` are sorted by start: a date overlaps one of those starting before its end when
        // the furthest end among them passes its start.
        var furthestEnd: [Int] = [Int.min]
        for m in mentions { furthestEnd.append(max(furthestEnd[furthestEnd.count - 1], m.end)) }
        // Nor is the date of an occasion (`بمناسبة حلول شهر رمضان`, `to mark Independence Day`).
        let free = dates.filter { d in
            furthestEnd[mentions.partitioningIndex { $0.start >= d.end }] <= d.start
                && !Self.followsOccasion(d, tokens: text.tokens, words: rules.occasionWords)
        }
        EventDating(dates: free.sorted { $0.start < $1.start }, periodNouns: rules.periodNouns, published: published, text: text,
                    sequelWords: rules.sequelWords, spanStartWords: rules.spanStartWords, eventNouns: rules.eventNouns,
                    undatedOnPublicationDay: rules.language == .en)
            .attach(&candidates, sentences: sentences)
        EventSourcing(views: views, outletMentions: outletMentions).attach(&candidates)
        return candidates
    }
}

extension EventExtractor {
    /// Whether a date starts at most two words after an `occasion` word (`بمناسبة عيد الفطر`,
    /// `بمناسبة حلول شهر رمضان`, `on the occasion of National Day`).
    static func followsOccasion(_ d: TemporalExpression, tokens: [Token], words: Set<String>) -> Bool {
        guard !words.isEmpty else { return false }
        let i = tokens.partitioningIndex { $0.start >= d.start }
        return tokens[max(0, i - 3)..<i].contains { t in words.contains(t.form) || t.stems.contains { words.contains($0.stem) } }
    }
}
