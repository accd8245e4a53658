import ActorRecognizer
import EventGraphModel
import TextAnalysis

extension ParticipantFinder {
    /// Whether the event of trigger `k` is planned rather than told as having happened, and whether
    /// a verb in the past tells it. `right` is the end of the trigger's clause.
    func tense(of k: Int, right: Int) -> (planned: Bool, past: Bool) {
        let hit = view.triggers[k], trigger = hit.value
        var planned = hit.reading.isFuture
        // A planned cue before the trigger, back to the last comma (`حيث من المقرر أن يلتقي`), not in
        // an earlier phrase (`… المقبلة، ضم الاجتماع`).
        var phraseStart = hit.first
        while phraseStart > 0, hit.first - phraseStart < 12,
              !view.gapHas(after: phraseStart - 1, before: phraseStart, anyOf: ",،;:") { phraseStart -= 1 }
        // A verb in the past tells what happened (`said he met X and would return`).
        let pastVerb = [.subjectObject, .subjectWithObject, .passive].contains(trigger.frame) && !hit.reading.isFuture
            && (view.has(.pastTense, at: hit.first) || language == .en && trigger.words.first?.hasSuffix("ed") == true)
        if view.has(.planned, in: phraseStart, hit.first) || !pastVerb && view.has(.planned, in: hit.end, min(right, hit.end + 3)) {
            planned = true
        }
        // `He and Arafat meet separately Monday with Albright`: outside a headline, the present tells a schedule.
        if language == .en, [.subjectObject, .subjectWithObject].contains(trigger.frame), !view.isHeadline,
           view.has(.presentTense, at: hit.first) {
            planned = true
        }
        // `Vostok flew to Oslo to meet Lunde`: a journey told in the past was made to meet, and it
        // took place (`will fly … to meet` stays planned by its `will`).
        if language == .en, hit.first > 0, view.tokens[hit.first - 1].token.form == "to",
           [.subjectObject, .subjectWithObject].contains(trigger.frame),
           view.has(.arrival, in: phraseStart, hit.first - 1), !view.has(.planned, in: phraseStart, hit.first) {
            planned = false
        }
        let isNoun = trigger.frame == .nominal || trigger.frame == .betweenPair
        // `to talks`, `for talks` are hypothetical, unless a journey told in the past was made for
        // them (`arrived in Moscow on Monday for talks with X`).
        // `أشرف على اجتماع`: على after a verb that holds the meeting is no purpose.
        if isNoun, let irrealis = view.cues.first(where: { $0.value == .irrealis && $0.end == hit.first }),
           !view.has(.arrival, in: phraseStart, hit.first),
           !(language == .ar && view.has(.support, in: phraseStart, irrealis.first)) { planned = true }
        // `للقاء`, `لإجراء محادثات` tell a purpose, planned, unless a journey told in the past was made
        // for it (`وصل X إلى الرياض للقاء الملك`).
        if language == .ar, ["ل", "ول", "فل", "لل", "ولل", "فلل"].contains(hit.reading.prefix),
           !view.has(.arrival, in: phraseStart, hit.first) { planned = true }
        // Saying, reporting or declining happened; what was said may be planned (`announced … would`).
        if [.statement, .report, .address].contains(trigger.frame), !hit.reading.isFuture { planned = false }
        return (planned, pastVerb)
    }

    /// How sure a frame is of its parties before carrying and planning lower it.
    static func baseConfidence(_ frame: TriggerFrame) -> Double {
        switch frame {
        case .subjectObject, .subjectWithObject, .passive: return 0.85
        case .carrier: return 0.75
        case .betweenPair: return 0.8
        case .nominal: return 0.75
        case .statement, .report, .address: return 0.8
        }
    }
}
