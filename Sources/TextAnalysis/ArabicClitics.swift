/// Arabic proclitics (و ف ب ل ك ال and their combinations) and pronoun suffixes.
///
/// Readings are candidates: a matcher tries each against its lexicon, whole form first, so that
/// `وسوليفان` matches `سوليفان` while `وزير` (a word that begins with و) still matches `وزير`.
public enum ArabicClitics {
    /// One way to split a token: a proclitic and what is left.
    public struct Reading: Hashable, Sendable {
        public let prefix: String
        public let stem: String
        public init(prefix: String, stem: String) {
            self.prefix = prefix
            self.stem = stem
        }
        /// Whether the reading keeps the definite article on the stem (`ال…`).
        public var isDefinite: Bool { stem.hasPrefix("ال") }
    }

    /// Proclitic sequences, longest first. `لل` stands for ل + ال (للرئيس → الرئيس).
    static let prefixes: [(surface: String, restoresArticle: Bool)] = [
        ("وبال", false), ("وكال", false), ("فبال", false), ("وال", false), ("فال", false),
        ("بال", false), ("كال", false), ("ولل", true), ("فلل", true), ("لل", true),
        ("وب", false), ("ول", false), ("وك", false), ("فب", false), ("فل", false),
        ("و", false), ("ف", false), ("ب", false), ("ل", false), ("ك", false),
    ]

    /// The proclitic sequences as scalars, with whether they end in the article `ال`.
    static let prefixScalars: [(surface: [Unicode.Scalar], restoresArticle: Bool, endsInArticle: Bool)] =
        prefixes.map { p in
            let scalars = Array(p.surface.unicodeScalars)
            return (scalars, p.restoresArticle, scalars.count > 2 && scalars.suffix(2).elementsEqual(article))
        }
    static let article: [Unicode.Scalar] = ["\u{0627}", "\u{0644}"]
    /// Letters a proclitic sequence or the article can start with: و ف ب ل ك ا.
    static let initials: Set<Unicode.Scalar> = ["\u{0648}", "\u{0641}", "\u{0628}", "\u{0644}", "\u{0643}", "\u{0627}"]

    /// The readings of a token in matching form: the whole form, then each proclitic split that
    /// leaves at least two letters. Splits through `ال` give both the stem with the article and
    /// the bare stem (`والسبت` → `السبت`, `سبت`).
    ///
    /// - Complexity: O(n) in the length of the form; a word that cannot carry a proclitic costs
    ///   one look-up (this runs for every Arabic token the recognizer and tagger see).
    public static func readings(of form: String) -> [Reading] {
        var out = [Reading(prefix: "", stem: form)]
        let scalars = Array(form.unicodeScalars)
        guard let first = scalars.first, initials.contains(first), scalars.count >= 2 else { return out }
        var seen: [ArraySlice<Unicode.Scalar>] = [scalars[...]]
        func string(_ s: some Sequence<Unicode.Scalar>) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: s)
            return String(view)
        }
        func add(_ prefix: [Unicode.Scalar], _ stem: [Unicode.Scalar]) {
            guard stem.count >= 2, !seen.contains(where: { $0.elementsEqual(stem) }) else { return }
            seen.append(stem[...])
            out.append(Reading(prefix: string(prefix), stem: string(stem)))
        }
        for (surface, restores, endsInArticle) in prefixScalars where scalars.starts(with: surface) {
            let rest = Array(scalars[surface.count...])
            if restores {
                add(surface, article + rest)
                add(surface, rest)
            } else if endsInArticle {
                add(Array(surface.dropLast(2)), article + rest)
                add(surface, rest)
            } else {
                add(surface, rest)
                if rest.starts(with: article) { add(surface + article, Array(rest.dropFirst(2))) }
            }
        }
        if scalars.starts(with: article) { add(article, Array(scalars.dropFirst(2))) }
        return out
    }

    /// Pronoun suffixes that attach to nouns (نظيره، معاليه، بلاده), longest first.
    public static let pronounSuffixes = ["هما", "هم", "هن", "كم", "ها", "ه", "ي", "نا", "ك"]
}
