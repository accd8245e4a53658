@testable import ArticleReader
import EventGraphModel
import Foundation
import Testing

/// `JSONStringFields` reads a JSON object's top-level strings without Foundation: wherever it
/// answers, its strings, nulls and other keys must be what `JSONSerialization` gives, byte for
/// byte; where Foundation refuses the text, it must not answer.
@Suite("Reader · JSON object strings read on bytes")
struct JSONStringFieldsTests {
    static let texts: [String] = [
        #"{}"#, #" { } "#, "\t{\"a\":\"b\"}\r\n", #"{"text": "x"}"#, #"{"a":"","b":null,"c":1,"d":true,"e":false}"#,
        #"{"id": "ar-1", "title": "قمة\nالرياض", "text": "وقال \"الوزير\" إن\\المحادثات\/ \t\b\f\r", "language": "ar"}"#,
        #"{"text": "\u00e9\u0301 \u0627\u0644 \ud83c\udde6 \u0000 \u001f \uFFFF"}"#,
        #"{"text": "é\#u{301} مرحبا\#u{651} 🇺🇳 \#u{2028}"}"#,
        #"{"gold": {"actors": [{"name": "A", "forms": ["أ", "ب"]}], "n": [1, -2, 3.25, 0, -0.5, [], {}]}, "text": "x"}"#,
        #"{"a": [[[[["deep"]]]]], "b": {"c": {"d": null}}}"#,
        #"{"id": 12, "text": "x"}"#, #"{"text": ["x"]}"#, #"{"text": {"x": 1}}"#,
        // Refused by the reader (Foundation decides): duplicates, lone surrogates, exponents, long numbers.
        #"{"a": "x", "a": "y"}"#, #"{"text": "\ud800"}"#, #"{"text": "\udc00x"}"#, #"{"gold": "\ud83c"}"#,
        #"{"n": 1e5, "text": "x"}"#, #"{"n": 12345678901234567890, "text": "x"}"#, #"{"n": 1E-2}"#,
        // Not JSON: Foundation refuses them, and so must the reader.
        #"{"a": "x",}"#, #"{"a" "x"}"#, #"{"a": 'x'}"#, #"{"a": "x"} {"#, #"["a"]"#, #""a""#, "{\"a\": \"x\ny\"}",
        #"{"a": "\x"}"#, #"{"a": "\u12"}"#, #"{"a": 01}"#, #"{"a": -}"#, #"{"a": 1.}"#, #"{"a": .5}"#, #"{"a": tru}"#,
        #"{"a": nul}"#, #"{"a": [1,]}"#, #"{"a": {"b"}}"#, #"{"a": "x""#, #"{"a": "x"}}"#, "", "{", #"{"a":"b"#,
        "{\"a\": \"x\"}\u{0}", "\u{FEFF}{\"a\": \"x\"}", #"{"a": +1}"#, #"{"a": NaN}"#,
    ]

    @Test("Strings, nulls and other keys are JSONSerialization's", arguments: texts)
    func sameAsFoundation(_ text: String) throws {
        let object = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        guard let fields = JSONStringFields.parse(text) else { return }
        let dictionary = try #require(object as? [String: Any], "the reader answered where Foundation refuses")
        #expect(Set(dictionary.keys) == Set(fields.strings.keys).union(fields.nulls).union(fields.others))
        for (key, value) in dictionary {
            if let string = value as? String {
                #expect(fields.strings[key].map { Array($0.utf8) } == Array(string.utf8), "\(key)")
            } else if value is NSNull {
                #expect(fields.nulls.contains(key), "\(key)")
            } else {
                #expect(fields.others.contains(key), "\(key)")
            }
        }
        // The same from a substring (the JSON Lines reader hands trimmed lines).
        let padded = "  " + text + "  "
        let substring = padded.dropFirst(2).dropLast(2)
        #expect(JSONStringFields.parse(substring)?.strings == fields.strings)
    }

    @Test("The common article shapes are read without Foundation")
    func answersForArticles() {
        for text in Self.texts.prefix(13) { #expect(JSONStringFields.parse(text) != nil, "\(text)") }
        for text in Self.texts.dropFirst(13) { #expect(JSONStringFields.parse(text) == nil, "\(text)") }
    }

    @Test("JSON Lines entries are those read through JSONSerialization alone")
    func entriesUnchanged() {
        let text = Self.texts.joined(separator: "\n")
        let entries = JSONArticles.entries(jsonLines: text, path: "t.jsonl")
        for (index, line) in JSONArticles.lines(of: text).enumerated() {
            let trimmed = line.trimmingWhitespace
            guard !trimmed.isEmpty else { continue }
            let path = "t.jsonl#\(index + 1)"
            let expected: JSONArticles.Entry
            if let object = try? JSONSerialization.jsonObject(with: Data(trimmed.utf8), options: [.fragmentsAllowed]) {
                expected = (object as? [String: Any]).map { JSONArticles.fields(of: $0, path: path) }
                    ?? .failure(InputError(.malformed, path: path, reason: "the line is not a JSON object"))
            } else {
                continue  // a syntax error: its message is Foundation's, both ways
            }
            let got = entries.first { entry in
                switch entry {
                case .success(let e): e.path == path
                case .failure(let e): e.path == path
                }
            }
            #expect(got.map { "\($0)" } == "\(expected)", "\(path)")
        }
    }
}
