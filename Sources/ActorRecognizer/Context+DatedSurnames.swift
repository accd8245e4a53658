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

    /// The one gazetteer person of this surname who held a dated office in the article's year,
    /// when the text names no one else of it.
    static let officeYears = 12

    /// - Parameter opensSentence: The surname opens its sentence, where an ordinary word is
    ///   capitalised too (`Rice prices rose`): then it must be no ordinary word.
    func datedHolder(ofSurname surname: String, opensSentence: Bool, _ state: DocumentState) -> GazetteerEntry? {
        guard let year, !opensSentence || !lexicon.commonWords.contains(surname), !lexicon.stopwords.contains(surname),
              let ids = gazetteer.personsBySurname[surname], ids.count >= 2,
              !namedInFull(surname, state) else { return nil }
        // A named office of a term or two (`President of the United States (1993–2001)`), not a
        // standing in public life (`Political elite of Taiwan (1965–2006)`, `Government of Peru (2000)`).
        let holders = ids.compactMap { gazetteer.entries[$0] }.filter { e in
            e.roles.contains { role in
                let named = MatchingForm.key(role).split(separator: " ").contains { lexicon.titles[[String($0)]] == .role }
                return named && (GazetteerEntry.years(of: role).map { $0.contains(year) && $0.count <= Self.officeYears } ?? false)
            }
        }
        return holders.count == 1 ? holders[0] : nil
    }

    /// Whether the text writes the surname after a capitalised word that is no title nor function
    /// word anywhere (`John Chang`): someone of it is named in full, whoever the surname alone is.
    func namedInFull(_ surname: String, _ state: DocumentState) -> Bool {
        let tokens = state.text.tokens
        return tokens.indices.contains { i in
            i > 0 && bare(tokens[i]) == surname && isCap(tokens[i - 1]) && !Context.functionStarts.contains(tokens[i - 1].form)
                && !lexicon.titleStarts.contains(tokens[i - 1].form) && lexicon.titles[[tokens[i - 1].form]] == nil
                && Gazetteer.joined(tokens[i - 1], tokens[i], scalars: state.text.scalars)
        }
    }

    /// `Assad` in 1991 is Hafez al-Assad, though the gazetteer gives the bare surname to Bashar:
    /// a gazetteer person named only by a surname, whose dated offices all lie outside the
    /// article's year, is the one other person of that surname who held an office that year.
    func redateBareSurnames(_ state: inout DocumentState) {
        guard let year else { return }
        for key in state.order {
            guard let d = state.drafts[key], d.kind == .person, let id = d.entryID, let entry = gazetteer.entries[id] else { continue }
            let claims = state.claims.filter { $0.key == key }
            guard !claims.isEmpty, claims.allSatisfy({ $0.form == .shortName && $0.endToken - $0.firstToken == 1 }) else { continue }
            let spans = entry.roles.compactMap { GazetteerEntry.years(of: $0) }
            guard !spans.isEmpty, !spans.contains(where: { $0.contains(year) }) else { continue }
            let surname = bare(state.text.tokens[claims[0].firstToken])
            // The surname with or without its article (`Assad`, `al-Assad`).
            let holders = (gazetteer.personsBySurname[surname] ?? []) + (gazetteer.personsBySurname["al-" + surname] ?? [])
            let others = holders.filter { $0 != id }.compactMap { gazetteer.entries[$0] }.filter { e in
                e.roles.contains { GazetteerEntry.years(of: $0).map { $0.contains(year) } ?? false }
            }
            guard others.count == 1, let other = others.first else { continue }
            let target = state.upsert(draft(for: other))
            state.merge(key, into: target, form: .shortName)
        }
    }
}
