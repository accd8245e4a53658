import EventGraphModel
import Foundation
import TextAnalysis

/// How a trigger finds its participants in its clause.
enum TriggerFrame: String, Sendable, CaseIterable {
    /// A verb whose subject precedes it (or follows it, Arabic VSO) and whose objects follow it:
    /// التقى، استقبل، met, visited, hosted.
    case subjectObject = "subject-object"
    /// A verb whose other party is introduced by a link word (مع، ب، with, to): تحدث مع، spoke with.
    case subjectWithObject = "subject-with-object"
    /// A noun or verb whose parties follow `بين`/`between` as a pair or list.
    case betweenPair = "between-pair"
    /// A passive verb whose agent follows `by`: was received by.
    case passive
    /// An event noun (محادثات، لقاء، talks, meeting) linked to its parties by مع/بين/من/with/between/from.
    case nominal
    /// One speaker: قال، أكد، said, told.
    case statement
    /// An outlet reports: ذكرت صحيفة، reported.
    case report
    /// Words said to someone: `told X`, `أبلغ X`. With a person or body right after it, the
    /// speaker talked to that party (a talk); otherwise, or to an outlet, it is a statement.
    case address
    /// A relative verb of carrying with a pronoun object after a letter or invitation noun
    /// (`رسالة حملها إليه X`، `دعوة نقلها له X`, `a letter delivered to him by X`): the carrier
    /// after it met the person the pronoun names, the nearest person before it in the sentence.
    case carrier
}

/// One trigger entry of `triggers.tsv`.
struct Trigger: Sendable, Hashable {
    /// Stable id (`ar.meet.iltaqa`).
    let id: String
    /// The words in matching form.
    let words: [String]
    let type: EventType
    let cameo: String
    let frame: TriggerFrame
}

/// The kinds of cue words in `cues.tsv`.
enum CueKind: String, Sendable, CaseIterable {
    /// Introduces the other party: مع، with.
    case with
    /// Introduces a pair or list: بين، between.
    case between
    /// Introduces the caller or sender: من، from.
    case from
    /// Introduces the agent of a passive: by.
    case by
    /// Coordination between parties: and.
    case and
    /// A place follows: في، إلى، in, at, to. A country or city after it is a place, not a party.
    case location
    /// A possessor follows (aides of X, مساعدي X): X is not a party.
    case possessor
    /// A reporting verb or phrase: ذكرت، نقلت، according to, reported, told.
    case reporting
    /// A word that refers back to the last named outlet: الصحيفة، the newspaper.
    case outletAnaphor = "outlet-anaphor"
    /// The event is planned or expected: من المقرر، المقبل، will, is expected to.
    case planned
    /// Opens the occasion of a meeting (`on the sidelines of`, `على هامش`): a body named in it is
    /// where the parties met, not a party.
    case setting
    /// The event did not happen: لم، رفض، did not, refused to.
    case negation
    /// Whatever follows in the sentence is a condition or a question: إذا، whether, if.
    case condition
    /// Ends a clause: حيث، كما، when.
    case stop
    /// Ends a clause and opens a relative one, whose subject is inside it: الذي، التي، who, which.
    case relative
    /// A role noun whose genitive names a country or body, not a party: وزراء خارجية روسيا.
    case genitiveHead = "genitive-head"
    /// A verb that holds an event noun (`عقد اجتماعا`, `held talks`): a noun with no link word
    /// takes its parties from the verb's subject only when such a verb governs it.
    case support
    /// A title that, with a nationality, names the one person of that country in the text:
    /// `الوزير المصري`, `the Egyptian minister`.
    case title
    /// The head of a body after the body's name (`FBI Director Louis Freeh`, `the FBI chief`): with
    /// no name after it, it names the one person the text named with such a title after that body.
    case bodyHead = "body-head"
    /// A participle and its `by` after a letter noun (`sent by`, `delivered by`): the sender follows.
    case sentBy = "sent-by"
    /// What is signed or agreed (اتفاقية، مذكرة، agreement, treaty): `وقع` only means "signed" with one.
    case agreementNoun = "agreement-noun"
    /// Heads a delegation (`ورأس وفد المملكة`, `the delegation was led by`): the person after it
    /// took part in the meeting just told (see ``DelegationHeads``).
    case delegationHead = "delegation-head"
    /// `led by`, `headed by`, `برئاسة`: the person after it heads the group before it; its `by`
    /// does not end the clause of an active verb (`met a delegation led by X`).
    case ledBy = "led-by"
    /// A group that a person heads at talks: delegation, side, team, mediators, وفد.
    case delegation
    /// The delegations at talks all together: `the two delegations`, `both delegations`,
    /// `الوفدين`: the heads named for them.
    case delegations
    /// Joining an event told before: `joined the talks`, `took part in the meeting`,
    /// `شارك في الاجتماع`: the people before it are parties of that event too.
    case joins
    /// `was attended by`, `was joined by`: the people after it are parties of the event told before.
    case joinedBy = "joined-by"
    /// A relation noun (`العلاقات`, `التعاون`, `relations`, `ties`): the pair after its `between`
    /// names the relation's sides, not the parties of the event told.
    case relation
    /// A denial (`نفى`, `denied`): an event noun after it in the sentence did not happen.
    case denial
    /// A word between `the two` and its verb (`the two also met`, `the two had spoken`).
    case dualAdverb = "dual-adverb"
    /// Says right after an event noun that it has stopped (`talks have been cut off`, `المفاوضات
    /// المتوقفة`): no such event is told as held.
    case halted
    /// Marks an earlier event than the one the text is about: `آخر قمة`, `the previous meeting`.
    /// Later sentences do not take their date from it.
    case prior
    /// An event noun listed with a verb frame (زيارة، غزو، استقبال): the name right after it is
    /// its subject (`زيارة محمد بن سلمان لموسكو`), not an object of the sentence's subject.
    case masdar
    /// A multi-day period (جولة، tour): a day written for it does not date what happens during it.
    case period
    /// An article between a place preposition and its place: `at the White House`.
    case determiner
    /// A subject pronoun that refers back to the last subject: he, she.
    case pronoun
    /// A title abbreviation that does not end a sentence: Sens., Gens.
    case abbreviation
    /// Makes talks a telephone call: هاتفيا، الهاتف، phone.
    case phone
    /// Right before an event noun, makes it hypothetical: `على التفاوض`, `to talks`.
    case irrealis
    /// Inside a date expression, counts it from the event told before rather than from the day
    /// of publication: `two days later`, `the next day`, `في اليوم التالي`.
    case sequel
    /// Before a date after the event's trigger, makes it the start of the time the event took
    /// place in (`has spoken with him three times since he arrived on April 6`).
    case spanStart = "span-start"
    /// Before an event noun after a negated interaction (`has not spoken with X since a phone call
    /// in July`, `لم يلتق X منذ لقائهما`): the noun names the last contact, which did happen.
    case lastContact = "last-contact"
    /// Two people named together by a dual or `the two …` (`the two leaders`, `الجانبان`): the
    /// parties of the last interaction told.
    case dual
    /// A dual that names people (`the two presidents`, `الوزيران`), not sides or countries: it
    /// stands for two people, not for two countries told of since.
    case peopleDual = "people-dual"
    /// A possessive with a word for a person's state (`his government`, `حكومته`): the country of
    /// the person named last before it in the sentence.
    case ownGovernment = "own-government"
    /// A gathering (`اجتماع`, `جلسة`, `مؤتمر`, `ندوة`): what `ضم`/`جمع` bring people together in.
    case gathering
    /// Whom a statement is made to when it is made to no one in particular (`told reporters`,
    /// `told a news conference`, `للصحفيين`): a person named after it is what was said, not the addressee.
    case audience
    /// Right before a body, makes it the venue of what is told (`at the`, `inside the`): a place,
    /// not a party.
    case venue
    /// Right after an event noun, before a person (`في مكتب`, `بمنزل`, `at the residence of`):
    /// the holder of the place hosts the event, and the link word after the name gives the guests.
    case hostVenue = "host-venue"
    /// An irregular past form of a verb (`met`, `held`; regular ones end in `-ed`): the event it
    /// tells happened, so a future date near it belongs to something else (`met X to prepare for
    /// next month's summit`).
    case pastTense = "past-tense"
    /// A verb in the present (`meet`, `holds talks`) outside a headline: news tells what is
    /// scheduled that way (`He and Arafat meet separately Monday with Albright`), so the event is planned.
    case presentTense = "present-tense"
    /// `met separately with X`, `كل على حدة`: the people of the subject each met the object, not
    /// each other.
    case separately
    /// Between two objects, one after the other (`met Mubarak and then Arafat`, `ثم`): a meeting
    /// with each, not one of all.
    case sequence
    /// `the three leaders`, `all three`, `الثلاثة`: the last three parties told or named (see ``DualReferents``).
    case three
    /// `his guest`, `the visitor`, `ضيفه`: the object of a meeting is someone told of before, as
    /// an object pronoun is.
    case guest
    /// `the four leaders`, `all four`: the last four parties told or named.
    case four
    /// A title that says only that the person leads (`the Russian leader`, `الزعيم الروسي`): it names
    /// the one person of that country told of whose role is a `head-role`'s.
    case leader
    /// A word of the role of a head of state or government (`president`, `king`, `الملك`).
    case headRole = "head-role"
    /// Opens what was talked about (`about`, `regarding`, `spoke of`, `and discussed`): a party
    /// named after it is the topic, not a side, unless `with` links it (see ``ParticipantFinder/isTopic(_:of:)``).
    case topic
    /// Names the occasion of an event (`بمناسبة`, `on the occasion of`, `to mark`): a date right
    /// after it is the occasion's (`بمناسبة حلول شهر رمضان`), not the day of the event.
    case occasion
    /// A journey told in the past (`arrived`, `flew`, `وصل`): an event noun it is made for
    /// (`arrived in Moscow for talks with X`) is what the journey was for, and it took place.
    case arrival
}

/// The rules of one language, loaded from `Resources/<lang>/`.
struct LanguageRules: Sendable {
    let language: LanguageCode
    let triggers: PhraseTable<Trigger>
    let cues: PhraseTable<CueKind>
    /// Single-word `period` cues (جولة، tour), for dating.
    let periodNouns: Set<String>
    /// Single-word `sequel` cues (later, التالي), for dating.
    var sequelWords: Set<String> = []
    /// Single-word `occasion` cues (بمناسبة، occasion), for dating.
    var occasionWords: Set<String> = []
    /// Single-word `span-start` cues (since), for dating.
    var spanStartWords: Set<String> = []
    /// Single-word event nouns of interactions (`meeting`, `talks`, `اجتماع`): made definite, they
    /// refer back to an event told before.
    var eventNouns: Set<String> = []
    /// Single-word `leader` cues (leader, الزعيم).
    var leaderWords: Set<String> = []
    /// Single-word `head-role` cues (president, الملك).
    var headRoleWords: Set<String> = []
    /// The first words of `own-government` cues (his, حكومته): where such a cue may start.
    var ownGovernmentStarts: Set<String> = []
}

/// Loads and checks the TSV resources.
enum EventRulesLoader {
    static let triggerColumns = ["id", "form", "type", "cameo", "frame"]
    static let cueColumns = ["kind", "form"]

    /// Loads the rules of a language from a resources folder.
    static func load(_ language: LanguageCode, from root: URL) throws -> LanguageRules {
        let triggerRows = try rows(root, "\(language.rawValue)/triggers.tsv", columns: triggerColumns)
        var triggers: [([String], Trigger)] = []
        var ids: Set<String> = []
        var forms: Set<String> = []
        for (path, line, c) in triggerRows {
            let trigger = try parseTrigger(c, path: path, line: line)
            guard ids.insert(trigger.id).inserted else {
                throw EventRulesError(.duplicate, path: path, line: line, reason: "trigger id \"\(trigger.id)\" is used twice")
            }
            guard forms.insert(c[1]).inserted else {
                throw EventRulesError(.duplicate, path: path, line: line, reason: "form \"\(c[1])\" is listed twice")
            }
            triggers.append((trigger.words, trigger))
        }
        let cueRows = try rows(root, "\(language.rawValue)/cues.tsv", columns: cueColumns)
        var cues: [([String], CueKind)] = []
        var seen: Set<String> = []
        for (path, line, c) in cueRows {
            guard let kind = CueKind(rawValue: c[0]) else {
                throw EventRulesError(.badValue, path: path, line: line, reason: "unknown cue kind \"\(c[0])\" (expected one of: \(CueKind.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            try checkForm(c[1], path: path, line: line)
            guard seen.insert(c[0] + "\t" + c[1]).inserted else {
                throw EventRulesError(.duplicate, path: path, line: line, reason: "cue \"\(c[1])\" of kind \(c[0]) is listed twice")
            }
            cues.append((c[1].split(separator: " ").map(String.init), kind))
        }
        let periods = Set(cues.filter { $0.1 == .period && $0.0.count == 1 }.compactMap(\.0.first))
        let sequels = Set(cues.filter { $0.1 == .sequel && $0.0.count == 1 }.compactMap(\.0.first))
        let occasions = Set(cues.filter { $0.1 == .occasion && $0.0.count == 1 }.compactMap(\.0.first))
        let spanStarts = Set(cues.filter { $0.1 == .spanStart && $0.0.count == 1 }.compactMap(\.0.first))
        func words(_ kind: CueKind) -> Set<String> { Set(cues.filter { $0.1 == kind && $0.0.count == 1 }.compactMap(\.0.first)) }
        var rules = LanguageRules(language: language, triggers: PhraseTable(triggers), cues: PhraseTable(cues),
                             periodNouns: periods, sequelWords: sequels, occasionWords: occasions, spanStartWords: spanStarts,
                             eventNouns: Set(triggers.filter { ($0.1.frame == .nominal || $0.1.frame == .betweenPair) && $0.1.type.isInteraction && $0.0.count == 1 }.map { $0.0[0] }))
        rules.leaderWords = words(.leader)
        rules.headRoleWords = words(.headRole)
        rules.ownGovernmentStarts = Set(cues.filter { $0.1 == .ownGovernment }.compactMap(\.0.first))
        return rules
    }

    static func parseTrigger(_ c: [String], path: String, line: Int) throws -> Trigger {
        guard let type = EventType(rawValue: c[2]) else {
            throw EventRulesError(.badValue, path: path, line: line, reason: "unknown event type \"\(c[2])\"")
        }
        guard c[3].count == 3 || c[3].count == 4, c[3].allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw EventRulesError(.badValue, path: path, line: line, reason: "CAMEO code \"\(c[3])\" is not 3 or 4 digits")
        }
        guard let frame = TriggerFrame(rawValue: c[4]) else {
            throw EventRulesError(.badValue, path: path, line: line, reason: "unknown frame \"\(c[4])\" (expected one of: \(TriggerFrame.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        try checkForm(c[1], path: path, line: line)
        return Trigger(id: c[0], words: c[1].split(separator: " ").map(String.init), type: type, cameo: c[3], frame: frame)
    }

    static func checkForm(_ form: String, path: String, line: Int) throws {
        guard MatchingForm.key(form) == form, !form.isEmpty else {
            throw EventRulesError(.notMatchingForm, path: path, line: line,
                                  reason: "\"\(form)\" should be written \"\(MatchingForm.key(form))\"")
        }
    }

    /// The data rows of a TSV file: header checked, `#` comments and blank lines skipped.
    static func rows(_ root: URL, _ path: String, columns: [String]) throws -> [(String, Int, [String])] {
        let url = root.appendingPathComponent(path)
        guard let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8) else {
            throw EventRulesError(.missingFile, path: path, line: 0, reason: "cannot read \(url.path)")
        }
        var out: [(String, Int, [String])] = []
        var sawHeader = false
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : String(raw)
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            if !sawHeader {
                guard cells == columns else {
                    throw EventRulesError(.badColumns, path: path, line: i + 1,
                                          reason: "header should be \(columns.joined(separator: "<TAB>"))")
                }
                sawHeader = true
                continue
            }
            guard cells.count == columns.count, !cells.contains(where: \.isEmpty) else {
                throw EventRulesError(.badColumns, path: path, line: i + 1,
                                      reason: "expected \(columns.count) non-empty columns (\(columns.joined(separator: ", "))), found \(cells.count)")
            }
            out.append((path, i + 1, cells))
        }
        return out
    }
}
