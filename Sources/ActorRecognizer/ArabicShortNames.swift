import TextAnalysis

/// The shorter forms under which an Arabic name is also written, so that one person or body
/// found in two articles is one actor: `عبداللطيف بن راشد الزياني` is also `عبداللطيف الزياني`
/// and `عبداللطيف بن راشد`; `محمد بن راشد آل مكتوم` is also `محمد بن راشد`; `حركة النهضة` is
/// also `النهضة`.
enum ArabicShortNames {
    /// The short forms of a person's name (its words as written), longest first.
    static func person(_ words: [String]) -> [String] {
        let forms = words.map { MatchingForm.key($0) }
        var out: [String] = []
        // The family with آل ends the name: without it the nasab remains.
        if let al = forms.firstIndex(of: "ال"), al >= 2 {
            out.append(words[..<al].joined(separator: " "))
        }
        if let bin = forms.firstIndex(where: { ["بن", "ابن", "بنت"].contains($0) }), bin >= 1 {
            // `X بن Y بن Z`: the given name and the father's.
            if words.count > bin + 2 { out.append(words[...(bin + 1)].joined(separator: " ")) }
            // `X بن Y الفلاني`: the given name and the family name with its article.
            if let last = forms.last, last.hasPrefix("ال"), last.count >= 4, words.count >= bin + 3,
               !["بن", "ابن", "بنت"].contains(forms[forms.count - 2]) {
                out.append(words[..<bin].joined(separator: " ") + " " + words[words.count - 1])
            }
        }
        var seen = Set([words.joined(separator: " ")])
        return out.filter { $0.split(separator: " ").count >= 2 && seen.insert($0).inserted }
    }

    /// The short form of a movement's or party's name: its own name after the head noun
    /// (`حركة النهضة` → `النهضة`), one or two words with the article.
    static func body(_ words: [String]) -> [String] {
        guard words.count == 2 || words.count == 3, let head = words.first.map({ MatchingForm.key($0) }),
              ["حركه", "حزب", "جماعه", "تيار"].contains(head), MatchingForm.key(words[1]).hasPrefix("ال") else { return [] }
        return [words.dropFirst().joined(separator: " ")]
    }

    /// The short form of an outlet's name: its own name after the head noun (`قناة الجزيرة` →
    /// `الجزيرة`, `صحيفة واشنطن بوست` → `واشنطن بوست`); a generic rest (`وكالة الأنباء الفرنسية`) is none.
    static func outlet(_ words: [String]) -> [String] {
        guard words.count >= 2, let head = words.first.map({ MatchingForm.key($0) }), outletHeads.contains(head),
              !["الانباء", "الاخبار", "الرسمي", "الرسميه"].contains(MatchingForm.key(words[1])) else { return [] }
        return [words.dropFirst().joined(separator: " ")]
    }

    /// Head nouns of outlets' names, in matching form.
    static let outletHeads: Set<String> = ["صحيفه", "جريده", "وكاله", "قناه", "موقع", "اذاعه", "تلفزيون", "مجله", "شبكه"]
}
