import ActorRecognizer
import EventGraphModel
import Foundation
import Testing
import TextAnalysis

/// One row of an event corpus: a sentence, its actors and dates given by hand, and what must come out.
///
/// Columns: `id`, `published`, `sentence`, `actors`, `dates`, then for `events.tsv` `type`,
/// `participants` and `date`. Actors are `surface=Key/kind/form ; …` (kind defaults to person,
/// form to name); every occurrence of a surface becomes a mention of actor `Key`. Dates are
/// `surface=value ; …`. Participants are `Key+Key`; a date of `-` means none.
struct CorpusRow: CustomTestStringConvertible, Sendable {
    let file: String
    let line: Int
    let id: String
    let published: String?
    let sentence: String
    let actors: RecognizedActors
    let dates: [TemporalExpression]
    let type: String?
    let participants: Set<String>?
    let date: String?

    var testDescription: String { "\(file):\(line) \(id) «\(sentence.prefix(60))»" }

    static func load(_ path: String) throws -> [CorpusRow] {
        guard let root = Bundle.module.url(forResource: "Corpus", withExtension: nil) else {
            throw CorpusError(reason: "no Corpus folder in the test bundle")
        }
        let text = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
        var rows: [CorpusRow] = []
        var header: [String]?
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let c = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard let h = header else { header = c; continue }
            guard c.count == h.count else {
                throw CorpusError(reason: "\(path):\(i + 1): expected \(h.count) columns, found \(c.count)")
            }
            let published = c[1] == "-" ? nil : c[1]
            let actors = try makeActors(c[3], in: c[2], where: "\(path):\(i + 1)")
            let dates = try makeDates(c[4], in: c[2], where: "\(path):\(i + 1)")
            let expected = h.count >= 8
            rows.append(CorpusRow(
                file: path, line: i + 1, id: c[0], published: published, sentence: c[2], actors: actors,
                dates: dates, type: expected ? c[5] : nil,
                participants: expected ? Set(c[6].split(separator: "+").map(String.init)) : nil,
                date: expected ? (c[7] == "-" ? nil : c[7]) : nil))
        }
        return rows
    }

    /// Code-point offsets of every occurrence of `needle` in `haystack`.
    static func occurrences(of needle: String, in haystack: String) -> [(Int, Int)] {
        let h = Array(haystack.unicodeScalars), n = Array(needle.unicodeScalars)
        guard !n.isEmpty, h.count >= n.count else { return [] }
        var out: [(Int, Int)] = []
        var i = 0
        while i + n.count <= h.count {
            if Array(h[i..<(i + n.count)]) == n {
                out.append((i, i + n.count))
                i += n.count
            } else {
                i += 1
            }
        }
        return out
    }

    static func makeActors(_ spec: String, in sentence: String, where place: String) throws -> RecognizedActors {
        var actors: [String: NewsActor] = [:]
        var mentions: [ActorMention] = []
        let entries = spec.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && $0 != "-" }
            .sorted { $0.count > $1.count }
        var taken: [(Int, Int)] = []
        for entry in entries {
            let parts = entry.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { throw CorpusError(reason: "\(place): actor \"\(entry)\" is not surface=Key") }
            let fields = parts[1].split(separator: "/").map(String.init)
            let key = fields[0]
            let kind = fields.count > 1 ? ActorKind(rawValue: fields[1]) : .person
            guard let kind else { throw CorpusError(reason: "\(place): bad kind in \"\(entry)\"") }
            let form: ActorMention.Form
            switch fields.count > 2 ? fields[2] : "name" {
            case "name": form = .name
            case "short": form = .shortName
            case "role": form = .role
            case "pronoun": form = .pronoun
            case "metonym": form = .metonym
            case "demonym": form = .demonym
            default: throw CorpusError(reason: "\(place): bad form in \"\(entry)\"")
            }
            if actors[key] == nil { actors[key] = NewsActor(id: key, name: parts[0], kind: kind, key: key) }
            let found = occurrences(of: parts[0], in: sentence).filter { o in !taken.contains { $0.0 < o.1 && o.0 < $0.1 } }
            guard !found.isEmpty else { throw CorpusError(reason: "\(place): \"\(parts[0])\" is not in the sentence") }
            for (s, e) in found {
                taken.append((s, e))
                mentions.append(ActorMention(actorID: key, start: s, end: e, text: parts[0], form: form))
            }
        }
        return RecognizedActors(actors: actors.values.sorted { $0.id < $1.id },
                                mentions: mentions.sorted { $0.start < $1.start })
    }

    static func makeDates(_ spec: String, in sentence: String, where place: String) throws -> [TemporalExpression] {
        var out: [TemporalExpression] = []
        for entry in spec.split(separator: ";").map({ $0.trimmingCharacters(in: .whitespaces) }) where !entry.isEmpty && entry != "-" {
            let parts = entry.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let (s, e) = occurrences(of: parts[0], in: sentence).first else {
                throw CorpusError(reason: "\(place): date \"\(entry)\" is not surface=value of the sentence")
            }
            out.append(TemporalExpression(start: s, end: e, text: parts[0], value: parts[1],
                                          grain: DateValue(parts[1]).grain, type: .date, rule: "corpus"))
        }
        return out.sorted { $0.start < $1.start }
    }
}

struct CorpusError: Error, CustomStringConvertible {
    let reason: String
    var description: String { reason }
}
