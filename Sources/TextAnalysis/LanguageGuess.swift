import EventGraphModel

/// Tells Arabic from English text by the share of letters in each script.
public enum LanguageGuess {
    /// The language of a text: Arabic when at least a fifth of its letters are Arabic, else English.
    ///
    /// - Parameter text: Any text; only the first 20,000 scalars are looked at.
    /// - Returns: `.ar` or `.en`.
    public static func of(_ text: String) -> LanguageCode {
        var arabic = 0, latin = 0, seen = 0
        for u in text.unicodeScalars {
            seen += 1
            if seen > 20_000 { break }
            let v = u.value
            if (0x0600...0x06FF).contains(v) || (0x0750...0x077F).contains(v) || (0xFB50...0xFEFF).contains(v) {
                if u.properties.isAlphabetic { arabic += 1 }
            } else if (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) {
                latin += 1
            }
        }
        return arabic * 4 >= latin && arabic > 0 ? .ar : .en
    }
}
