import EventGraphModel
import TextAnalysis

/// A surname alone with a title (`President Bush`, `الرئيس بوش`) names the one gazetteer person
/// of that surname whose role, by its title and its years, fits the article's date: George H. W.
/// Bush in 1990, George W. Bush in 2005.
extension Context {
    func linkDatedSurnames(_ state: inout DocumentState) {
        guard let year else { return }
        for key in state.order {
            guard let d = state.drafts[key], d.kind == .person, d.entryID == nil, d.nameTokens.count == 1,
                  let title = d.roles.first, let surname = d.nameTokens.first else { continue }
            let titleWords = Set(MatchingForm.key(title).split(separator: " ").map(String.init)).subtracting(Context.functionStarts)
            let candidates = (gazetteer.personsBySurname[surname] ?? []).compactMap { gazetteer.entries[$0] }.filter { e in
                let roles = e.roles.filter { role in
                    let words = Set(MatchingForm.key(role).split(separator: " ").map(String.init))
                    return !words.isDisjoint(with: titleWords)
                }
                return roles.contains { GazetteerEntry.years(of: $0).map { $0.contains(year) } ?? false }
            }
            guard candidates.count == 1, let entry = candidates.first else { continue }
            let target = state.upsert(draft(for: entry))
            state.merge(key, into: target, form: .shortName)
        }
    }
}
