import Testing
import TextAnalysis

@Suite("Matching form · Arabic and Latin folding", .tags(.arabic))
struct MatchingFormTests {
    @Test("Variants fold to one form", arguments: [
        ("أَوْكْرَانِيَا", "اوكرانيا"),            // harakat and hamza on alef
        ("إيران", "ايران"),
        ("آذار", "اذار"),
        ("جـــيك سولـيـفان", "جيك سوليفان"),     // tatweel
        ("مصطفى", "مصطفي"),                       // alef maqsura
        ("الخارجية", "الخارجيه"),                 // teh marbuta
        ("٢٠٢٢", "2022"),                          // Arabic-Indic digits
        ("۲۰۲۲", "2022"),                          // Persian digits
        ("“وول ستريت جورنال”", "\"وول ستريت جورنال\""),
        ("Foreign Minister", "foreign minister"),
        ("\u{FEFB}", "لا"),                         // presentation form lam-alef
    ])
    func folds(_ pair: (String, String)) {
        #expect(MatchingForm.of(pair.0) == pair.1)
    }

    @Test("Keys collapse white space")
    func keys() {
        #expect(MatchingForm.key("  تشرين \n الثاني ") == "تشرين الثاني")
    }

    /// `key` splits plain ASCII and Arabic text at white-space scalars; every other text is split
    /// at white-space characters. Both must give what the character split gives.
    @Test("Keys are the matching form split at white-space characters", arguments: [
        "", " ", "\t\r\n", "Foreign  Minister ", "  وزير\tالخارجية  السعودي\r\n", "a\r\nb", "x\u{0B}y\u{0C}z",
        "a \u{301}b",                   // a space with a combining mark is one white-space character
        "وزير \u{0610}الخارجية",         // an Arabic honorific sign after a space
        "\u{0600}١٢ ٣",                  // an Arabic number sign (prepended to the next character)
        "مؤتمر\u{00A0}الرياض", "naïve  café", "中国 北京", "\u{FEFB} ا", "e\u{301} \u{2003} b",
        "  أَوْكْرَانِيَا \n الخارجيّة ", "Mr.  Ayman\tHADDAD", "جـــيك  سولـيـفان", "٢٠٢٢ “Reuters”", "\u{200C}x \u{AD}y",
    ])
    func keysSplitAtWhiteSpaceCharacters(_ s: String) {
        let expected = MatchingForm.of(s).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        #expect(MatchingForm.key(s) == expected, "«\(s.unicodeScalars.map { String($0.value, radix: 16) })»")
    }
}

@Suite("Tokens · offsets in code points", .tags(.arabic, .english))
struct TokenizerTests {
    @Test("Arabic words keep their diacritics and offsets count code points")
    func arabicOffsets() {
        let text = AnalyzedText("قالَ سوليفان، أمس.")
        #expect(text.tokens.map(\.text) == ["قالَ", "سوليفان", "أمس"])
        #expect(text.tokens.map(\.start) == [0, 5, 14])
        #expect(text.tokens[0].form == "قال")
        #expect(text.substring(text.tokens[1].start, text.tokens[1].end) == "سوليفان")
    }

    @Test("English keeps initials, abbreviations, possessives and hyphenated words whole")
    func englishTokens() {
        let text = AnalyzedText("George H. W. Bush met U.S. envoys; Chirac's medium-range plan.")
        #expect(text.tokens.map(\.text) == ["George", "H.", "W.", "Bush", "met", "U.S.", "envoys", "Chirac's",
                                            "medium-range", "plan"])
        #expect(text.tokens[0].isCapitalized && !text.tokens[4].isCapitalized)
        // An abbreviation after a hyphen keeps its periods too.
        #expect(AnalyzedText("Japan-U.S. talks").tokens.map(\.text) == ["Japan-U.S.", "talks"])
    }

    @Test("All-capital headlines are recognised as such")
    func allCaps() {
        let tokens = AnalyzedText("CHIRAC, REAGAN DISCUSS").tokens
        #expect(tokens.allSatisfy { $0.isAllCaps })
    }
}

@Suite("Sentences · punctuation, abbreviations and wrapped lines", .tags(.arabic, .english))
struct SentenceSplitterTests {
    func sentences(_ s: String) -> [String] {
        let t = AnalyzedText(s)
        return t.sentences.map { t.substring($0.start, $0.end) }
    }

    @Test("Abbreviations and initials do not end a sentence")
    func abbreviations() {
        #expect(sentences("Mr. Sullivan met Gen. Milley in Washington. They spoke of the U.S. role.")
            == ["Mr. Sullivan met Gen. Milley in Washington.", "They spoke of the U.S. role."])
    }

    @Test("A period followed by a lower-case word ends no sentence; a capital after it does", arguments: [
        ("Sen. Bernie Sanders (I-Vt.) met the minister. He left.",
         ["Sen. Bernie Sanders (I-Vt.) met the minister.", "He left."]),
        ("The talks ended. \"we agreed,\" he said.", ["The talks ended. \"we agreed,\" he said."]),
        ("The talks ended. They resume today.", ["The talks ended.", "They resume today."]),
    ])
    func lowerCaseContinues(_ row: (String, [String])) {
        #expect(sentences(row.0) == row.1)
    }

    @Test("Wire copy wrapped at 70 columns runs on; a short title line ends")
    func wrappedLines() {
        let text = "CHIRAC, REAGAN DISCUSS ARMS CONTROL\nWASHINGTON, March 31 - French Prime Minister Jacques Chirac\nopened talks with President Ronald Reagan.\n    French officials said so."
        #expect(sentences(text) == [
            "CHIRAC, REAGAN DISCUSS ARMS CONTROL",
            "WASHINGTON, March 31 - French Prime Minister Jacques Chirac\nopened talks with President Ronald Reagan.",
            "French officials said so.",
        ])
    }

    @Test("Arabic question marks, headings and full stops")
    func arabic() {
        #expect(sentences("مباحثات سرية حول أوكرانيا\nهل التقى الوزيران؟ نعم، التقيا أمس.")
            == ["مباحثات سرية حول أوكرانيا", "هل التقى الوزيران؟", "نعم، التقيا أمس."])
    }
}

@Suite("Clitics · readings of Arabic words", .tags(.arabic))
struct ArabicCliticsTests {
    @Test("Proclitics come off, the whole word stays the first reading", arguments: [
        ("وسوليفان", "سوليفان"),
        ("لبوتين", "بوتين"),
        ("والسبت", "السبت"),
        ("للرئيس", "الرئيس"),
        ("بالرئيس", "الرئيس"),
        ("وزير", "زير"),
    ])
    func readings(_ pair: (String, String)) {
        let readings = ArabicClitics.readings(of: pair.0).map(\.stem)
        #expect(readings.first == pair.0)
        #expect(readings.contains(pair.1))
    }
}

extension Tag {
    @Tag static var arabic: Self
    @Tag static var english: Self
}
