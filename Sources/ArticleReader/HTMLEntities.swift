/// Character references of HTML: numeric (`&#1605;`, `&#x645;`) and the named ones news pages use.
enum HTMLEntities {
    /// Named references (without `&` and `;`) and their text.
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}",
        "ndash": "\u{2013}", "mdash": "\u{2014}", "hellip": "\u{2026}", "bull": "\u{2022}",
        "middot": "\u{00B7}", "lsquo": "\u{2018}", "rsquo": "\u{2019}", "sbquo": "\u{201A}",
        "ldquo": "\u{201C}", "rdquo": "\u{201D}", "bdquo": "\u{201E}", "laquo": "\u{00AB}",
        "raquo": "\u{00BB}", "lsaquo": "\u{2039}", "rsaquo": "\u{203A}", "copy": "\u{00A9}",
        "reg": "\u{00AE}", "trade": "\u{2122}", "deg": "\u{00B0}", "times": "\u{00D7}",
        "divide": "\u{00F7}", "plusmn": "\u{00B1}", "frac12": "\u{00BD}", "shy": "\u{00AD}",
        "zwnj": "\u{200C}", "zwj": "\u{200D}", "lrm": "\u{200E}", "rlm": "\u{200F}",
        "thinsp": "\u{2009}", "ensp": "\u{2002}", "emsp": "\u{2003}", "euro": "\u{20AC}",
        "pound": "\u{00A3}", "cent": "\u{00A2}", "yen": "\u{00A5}", "sect": "\u{00A7}",
        "para": "\u{00B6}", "dagger": "\u{2020}", "prime": "\u{2032}", "minus": "\u{2212}",
        "eacute": "\u{00E9}", "egrave": "\u{00E8}", "ecirc": "\u{00EA}", "euml": "\u{00EB}",
        "aacute": "\u{00E1}", "agrave": "\u{00E0}", "acirc": "\u{00E2}", "auml": "\u{00E4}",
        "aring": "\u{00E5}", "ccedil": "\u{00E7}", "iacute": "\u{00ED}", "iuml": "\u{00EF}",
        "oacute": "\u{00F3}", "ocirc": "\u{00F4}", "ouml": "\u{00F6}", "uacute": "\u{00FA}",
        "uuml": "\u{00FC}", "ntilde": "\u{00F1}", "szlig": "\u{00DF}", "Eacute": "\u{00C9}",
        "Ouml": "\u{00D6}", "Uuml": "\u{00DC}", "Auml": "\u{00C4}",
    ]

    /// Decodes the reference starting at `chars[start]` (an `&`).
    ///
    /// - Returns: The decoded text and the index after the reference, or `nil` when the `&` does
    ///   not start a known reference (it then stands for itself).
    static func decode(_ chars: [Unicode.Scalar], at start: Int) -> (String, Int)? {
        var i = start + 1
        guard i < chars.count else { return nil }
        if chars[i] == "#" {
            i += 1
            var radix = 10
            if i < chars.count, chars[i] == "x" || chars[i] == "X" { radix = 16; i += 1 }
            var value: UInt32 = 0
            var digits = 0
            while i < chars.count, let d = Character(chars[i]).hexDigitValue, radix == 16 || d < 10 {
                value = value &* UInt32(radix) &+ UInt32(d)
                digits += 1
                i += 1
                if digits > 8 { return nil }
            }
            guard digits > 0 else { return nil }
            if i < chars.count, chars[i] == ";" { i += 1 }
            let scalar = Unicode.Scalar(value == 0 ? 0xFFFD : value) ?? "\u{FFFD}"
            return (String(Character(scalar)), i)
        }
        var name = ""
        while i < chars.count, name.unicodeScalars.count < 10,
              chars[i].properties.isASCIIHexDigit || (chars[i].isASCII && chars[i].properties.isAlphabetic)
                || ("0"..."9").contains(chars[i]) {
            name.unicodeScalars.append(chars[i])
            i += 1
        }
        guard i < chars.count, chars[i] == ";", let text = named[name] else { return nil }
        return (text, i + 1)
    }

    /// `s` with every character reference decoded (for attribute values).
    static func decodeAll(_ s: String) -> String {
        let chars = Array(s.unicodeScalars)
        var out = ""
        var i = 0
        while i < chars.count {
            if chars[i] == "&", let (text, next) = decode(chars, at: i) {
                out += text
                i = next
            } else {
                out.unicodeScalars.append(chars[i])
                i += 1
            }
        }
        return out
    }
}
