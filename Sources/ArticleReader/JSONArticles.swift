import EventGraphModel
import Foundation

/// Metadata and text an input gives for one article, before options and detection are applied.
struct GivenFields: Hashable, Sendable {
    var id: String?
    var title: String?
    var text: String?
    var published: String?
    var outlet: String?
    var url: String?
    var language: String?
    /// Whether a malformed `published` or `language` is an error (JSON) or ignored (HTML meta).
    var isStrict = false
}

/// Reads articles from JSON (one object or an array of objects) and JSON Lines (one object per line).
///
/// Fields: `id`, `title`, `text`, `published` (or `date`), `outlet` (or `source`), `url`,
/// `language` (or `lang`); other fields are ignored.
enum JSONArticles {
    /// One entry of a JSON input: its path (`file.jsonl#3`) and fields, or why it failed.
    typealias Entry = Result<(path: String, fields: GivenFields), InputError>

    /// The articles of a `.json` text: one object, or an array whose N-th object is `path#N`.
    static func entries(json text: String, path: String) -> [Entry] {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        } catch {
            let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingWhitespace }.filter { !$0.isEmpty }
            if lines.count > 1, lines.allSatisfy({ $0.hasPrefix("{") }) {
                return entries(jsonLines: text, path: path)
            }
            return [.failure(InputError(.malformed, path: path, reason: describe(error, in: text)))]
        }
        if let dictionary = object as? [String: Any] {
            return [fields(of: dictionary, path: path)]
        }
        if let array = object as? [Any] {
            if array.isEmpty {
                return [.failure(InputError(.empty, path: path, reason: "the JSON array has no articles"))]
            }
            return array.enumerated().map { index, element in
                let entryPath = "\(path)#\(index + 1)"
                guard let dictionary = element as? [String: Any] else {
                    return .failure(InputError(.malformed, path: entryPath,
                                               reason: "element \(index + 1) of the array is not a JSON object"))
                }
                return fields(of: dictionary, path: entryPath)
            }
        }
        return [.failure(InputError(.malformed, path: path,
                                    reason: "expected a JSON object or an array of objects"))]
    }

    /// The articles of a `.jsonl` text; the object on line N is `path#N`, blank lines are skipped.
    static func entries(jsonLines text: String, path: String) -> [Entry] {
        var result: [Entry] = []
        for (index, rawLine) in lines(of: text).enumerated() {
            let line = rawLine.trimmingWhitespace
            if line.isEmpty { continue }
            let entryPath = "\(path)#\(index + 1)"
            // Most lines are flat objects of strings: read without Foundation when the reader is
            // sure (see `JSONStringFields`), and no field read here has another kind of value.
            if let fast = JSONStringFields.parse(line), fast.others.isDisjoint(with: fieldNames) {
                result.append(fields(of: fast.serializationValues, path: entryPath))
                continue
            }
            do {
                let object = try JSONSerialization.jsonObject(with: Data(line.utf8), options: [.fragmentsAllowed])
                guard let dictionary = object as? [String: Any] else {
                    result.append(.failure(InputError(.malformed, path: entryPath, reason: "the line is not a JSON object")))
                    continue
                }
                result.append(fields(of: dictionary, path: entryPath))
            } catch {
                result.append(.failure(InputError(.malformed, path: entryPath, reason: describe(error, in: line))))
            }
        }
        if result.isEmpty {
            return [.failure(InputError(.empty, path: path, reason: "the file has no JSON lines"))]
        }
        return result
    }

    /// Every field ``fields(of:path:)`` reads.
    static let fieldNames: Set<String> = ["text", "id", "title", "headline", "published", "date", "outlet", "source",
                                          "url", "language", "lang"]

    /// `text.split(separator: "\n", omittingEmptySubsequences: false)`, cut on the UTF-8 bytes:
    /// `split` compares characters, grapheme by grapheme (most of reading a JSON Lines file). A line
    /// feed is a character of its own except after a carriage return (`\r\n` is one character,
    /// which is not `\n`), so the cuts are the same.
    static func lines(of text: String) -> [Substring] {
        var lines: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var previous: UInt8 = 0
        var i = utf8.startIndex
        while i != utf8.endIndex {
            let byte = utf8[i]
            let next = utf8.index(after: i)
            if byte == 0x0A, previous != 0x0D {
                lines.append(text[start..<i])
                start = next
            }
            previous = byte
            i = next
        }
        lines.append(text[start..<utf8.endIndex])
        return lines
    }

    /// The fields of one object, or why the object is not an article.
    static func fields(of object: [String: Any], path: String) -> Entry {
        guard let rawText = object["text"] else {
            return .failure(InputError(.malformed, path: path, reason: "the object has no \"text\" field"))
        }
        guard let text = rawText as? String else {
            return .failure(InputError(.malformed, path: path, reason: "the \"text\" field is not a string"))
        }
        if text.isBlank {
            return .failure(InputError(.empty, path: path, reason: "the \"text\" field is empty"))
        }
        // `\u0000` is valid JSON but no text: stored, it would cut the article short.
        for name in ["text", "id", "title", "headline", "published", "date", "outlet", "source", "url", "language", "lang"] {
            guard let string = object[name] as? String, let nul = string.unicodeScalars.firstIndex(of: "\u{0}") else { continue }
            let offset = string.unicodeScalars.distance(from: string.unicodeScalars.startIndex, to: nul)
            return .failure(InputError(.malformed, path: path,
                                       reason: "the \"\(name)\" field holds a NUL character (\\u0000) at character \(offset); it is not text"))
        }
        var fields = GivenFields(text: text, isStrict: true)
        let keys: [(WritableKeyPath<GivenFields, String?>, [String])] = [
            (\.id, ["id"]), (\.title, ["title", "headline"]), (\.published, ["published", "date"]),
            (\.outlet, ["outlet", "source"]), (\.url, ["url"]), (\.language, ["language", "lang"]),
        ]
        for (keyPath, names) in keys {
            for name in names {
                guard let value = object[name], !(value is NSNull) else { continue }
                if let string = value as? String {
                    if !string.trimmingWhitespace.isEmpty { fields[keyPath: keyPath] = string.trimmingWhitespace }
                } else if keyPath == \GivenFields.id, let number = value as? NSNumber {
                    fields.id = number.stringValue
                } else {
                    return .failure(InputError(.badMetadata, path: path, reason: "the \"\(name)\" field is not a string"))
                }
                break
            }
        }
        return .success((path, fields))
    }

    /// A reason for a JSON syntax error, with the line and column when Foundation names a position.
    static func describe(_ error: Error, in text: String) -> String {
        let message = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String)
            ?? (error as NSError).localizedDescription
        if let match = message.firstMatch(of: #/(?:character|at) (\d+)/#), let offset = Int(match.output.1) {
            let (line, column) = position(ofByte: offset, in: text)
            let cleaned = message.replacing(#/\s*(?:around character|at) \d+\.?/#, with: "")
            return "invalid JSON at line \(line), column \(column): \(cleaned)"
        }
        return "invalid JSON: \(message)"
    }

    /// The 1-based line and column of a UTF-8 byte offset.
    private static func position(ofByte offset: Int, in text: String) -> (Int, Int) {
        var line = 1, column = 1
        for (index, byte) in text.utf8.enumerated() {
            if index >= offset { break }
            if byte == 0x0A { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
        }
        return (line, column)
    }
}
