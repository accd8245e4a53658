import EventGraphModel
import TextAnalysis

/// English: a surname two named people share (`Gonzalez` after `Elian Gonzalez` and `Juan Miguel
/// Gonzalez`) names the one of them the text named last before it, in a sentence after the
/// others' (named in one sentence, `A Gonzalez and B Gonzalez met. Gonzalez said`, it names neither).
extension Context {
    func claimSharedSurnames(_ shared: Set<String>, _ state: inout DocumentState) {
        guard language == .en, !shared.isEmpty else { return }
        var owners: [String: Set<String>] = [:]
        for key in state.order {
            guard let d = state.drafts[key], d.kind == .person, d.nameTokens.count >= 2,
                  let last = d.nameTokens.last, shared.contains(last) else { continue }
            owners[last, default: []].insert(key)
        }
        guard !owners.isEmpty else { return }
        let tokens = state.text.tokens
        for (i, t) in tokens.enumerated() where state.owner[i] == nil && t.script == .latin && t.isCapitalized {
            guard let people = owners[bare(t)], people.count >= 2 else { continue }
            // The latest mention before it of one of them (a full name, or this surname resolved before).
            let before = state.claims.filter { $0.endToken <= i && people.contains($0.key) }
            guard let last = before.max(by: { $0.endToken < $1.endToken }) else { continue }
            if let other = before.filter({ $0.key != last.key }).max(by: { $0.endToken < $1.endToken }),
               !state.text.substring(tokens[other.endToken - 1].end, tokens[last.firstToken].start).contains(where: { ".!?\n".contains($0) }) {
                continue
            }
            state.claim(i, i + 1, key: last.key, form: .shortName)
        }
    }
}
