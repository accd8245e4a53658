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

    /// The readings of a token in matching form: the whole form, then each proclitic split that
    /// leaves at least two letters. Splits through `ال` give both the stem with the article and
    /// the bare stem (`والسبت` → `السبت`, `سبت`).
    public static func readings(of form: String) -> [Reading] {
        var out = [Reading(prefix: "", stem: form)]
        var seen: Set<String> = [form]
        func add(_ prefix: String, _ stem: String) {
            guard stem.unicodeScalars.count >= 2, !seen.contains(stem) else { return }
            seen.insert(stem)
            out.append(Reading(prefix: prefix, stem: stem))
        }
        for (surface, restores) in prefixes where form.hasPrefix(surface) {
            let rest = String(form.unicodeScalars.dropFirst(surface.unicodeScalars.count))
            if restores {
                add(surface, "ال" + rest)
                add(surface, rest)
            } else if surface.hasSuffix("ال") {
                add(surface.dropLast(2).description, "ال" + rest)
                add(surface, rest)
            } else {
                add(surface, rest)
                if rest.hasPrefix("ال") { add(surface + "ال", String(rest.unicodeScalars.dropFirst(2))) }
            }
        }
        if form.hasPrefix("ال") { add("ال", String(form.unicodeScalars.dropFirst(2))) }
        return out
    }

    /// Pronoun suffixes that attach to nouns (نظيره، معاليه، بلاده), longest first.
    public static let pronounSuffixes = ["هما", "هم", "هن", "كم", "ها", "ه", "ي", "نا", "ك"]
}
