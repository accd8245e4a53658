import EventGraphModel
import TextAnalysis

/// Tells Arabic from English by the share of Arabic letters, then by stopwords when the scripts are mixed.
public enum LanguageDetector {
    /// Frequent function words, in matching form, that decide mixed-script texts.
    static let stopwords: [LanguageCode: Set<String>] = [
        .ar: ["في", "من", "علي", "الي", "ان", "عن", "مع", "التي", "الذي", "هذا", "هذه", "كان", "قال",
              "وقال", "بين", "او", "ما", "لا", "ذلك", "قد", "بعد", "وفي", "كما", "حيث", "الا", "خلال"],
        .en: ["the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "was", "said", "by",
              "as", "at", "from", "it", "his", "has", "have", "be", "are", "were", "an", "will", "its"],
    ]

    /// The language of `text`: Arabic when Arabic letters are at least 60 % of the letters, English
    /// at most 40 %; in between, the language with more stopwords (Arabic on a tie).
    ///
    /// - Parameter text: The article text (only the first 5,000 scalars are looked at).
    /// - Returns: `.ar` or `.en`; `.en` for a text with no letters.
    public static func detect(_ text: String) -> LanguageCode {
        var arabic = 0, latin = 0
        for u in text.unicodeScalars.prefix(5_000) {
            switch u.value {
            case 0x0621...0x064A, 0x066E...0x06D3, 0x0750...0x077F, 0xFB50...0xFDFF, 0xFE70...0xFEFC: arabic += 1
            case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F: latin += 1
            default: break
            }
        }
        let letters = arabic + latin
        if letters == 0 { return .en }
        if arabic * 10 >= letters * 6 { return .ar }
        if arabic * 10 <= letters * 4 { return .en }
        var counts: [LanguageCode: Int] = [.ar: 0, .en: 0]
        for word in MatchingForm.of(String(text.prefix(5_000))).split(whereSeparator: { !$0.isLetter }) {
            for (language, words) in stopwords where words.contains(String(word)) { counts[language, default: 0] += 1 }
        }
        return (counts[.en] ?? 0) > (counts[.ar] ?? 0) ? .en : .ar
    }

    /// The language a metadata value names (`ar`, `ar-SA`, `Arabic`, `العربية`, `en_US`…), or `nil`.
    static func code(named value: String) -> LanguageCode? {
        let lower = value.trimmingWhitespace.lowercased()
        let base = lower.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? lower
        switch base {
        case "ar", "ara", "arabic", "العربية", "عربي": return .ar
        case "en", "eng", "english", "الإنجليزية", "الانجليزية": return .en
        default: return nil
        }
    }
}
