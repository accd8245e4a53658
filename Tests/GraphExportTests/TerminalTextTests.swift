import Testing
@testable import GraphExport

/// Text for a terminal: no control character and no bidi control passes raw.
@Suite("Terminal text")
struct TerminalTextTests {
    @Test("Fields drop controls and bidi controls and isolate right-to-left text", arguments: [
        ("plain", "plain"),
        ("red\u{1B}[31m alert\u{07}", "red[31m alert"),
        ("txt.\u{202E}exe", "txt.exe"),
        ("a\u{2066}b\u{2069}c", "abc"),
        ("two\nlines\r\n", "two lines "),
        ("جيك سوليفان", "\u{2068}جيك سوليفان\u{2069}"),
        ("\u{202B}وزير\u{202C} 2022", "\u{2068}وزير 2022\u{2069}"),
        ("שלום", "\u{2068}שלום\u{2069}"),
    ])
    func field(_ input: String, _ expected: String) {
        #expect(TerminalText.field(input) == expected)
    }

    @Test("Messages show controls and bidi controls as visible escapes", arguments: [
        ("inbox/\u{1B}[2Jclear.txt", "inbox/\\u{1B}[2Jclear.txt"),
        ("inbox/evil\u{202E}txt.exe", "inbox/evil\\u{202E}txt.exe"),
        ("tab\there", "tab\\u{9}here"),
        ("مقال.txt", "مقال.txt"),
    ])
    func escaped(_ input: String, _ expected: String) {
        #expect(TerminalText.escaped(input) == expected)
    }

    @Test("A terminal table keeps its columns aligned when cells are isolated")
    func tableAlignment() {
        let table = ListingExporter.table(header: ["a", "b"], rows: [["جيك", "x"], ["Jake Sullivan", "y"]])
        let lines = table.split(separator: "\n").map(String.init)
        let widths = lines.map { ListingExporter.width(String($0.prefix { $0 != "x" && $0 != "y" })) }
        #expect(widths[2] == widths[3], "\(table)")
        #expect(!table.unicodeScalars.contains { $0 == "\u{1B}" })
    }
}
