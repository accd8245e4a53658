import EventGraphModel
import Foundation
import Testing
@testable import ActorRecognizer

/// The gazetteer files converted from the Phoenix and UniversalPetrarch dictionaries
/// (`Resources/gazetteer/phoenix-*.jsonl`): their entries are found in text with their country
/// and dated roles, and their short forms do not fire on ordinary words.
@Suite("Converted Phoenix gazetteer")
struct PhoenixGazetteerTests {
    struct Row: CustomTestStringConvertible, Sendable {
        var sentence: String
        var language: LanguageCode
        var key: String
        var kind: ActorKind
        var country: String?
        /// Text one of the entry's roles must contain (a year, a body).
        var role: String?
        var testDescription: String { "\(key) in «\(sentence)»" }
    }

    static let found: [Row] = [
        Row(sentence: "Czech President Vaclav Havel met Aleksander Kwasniewski in Warsaw on Friday.", language: .en,
            key: "gz:vaclav-havel", kind: .person, country: "czech-republic", role: "Government of the Czech Republic (1993–2003)"),
        Row(sentence: "Czech President Vaclav Havel met Aleksander Kwasniewski in Warsaw on Friday.", language: .en,
            key: "gz:aleksander-kwasniewski", kind: .person, country: "poland", role: "(1995–2005)"),
        Row(sentence: "Henry Kissinger flew to Beijing. Kissinger said the talks went well.", language: .en,
            key: "gz:henry-kissinger", kind: .person, country: "united-states", role: "Secretary of State"),
        Row(sentence: "The Kosovo Liberation Army said it would not disarm.", language: .en,
            key: "gz:kosovo-liberation-army", kind: .organization, country: nil, role: nil),
        Row(sentence: "Officials of Mossad met their counterparts on Sunday.", language: .en,
            key: "gz:mossad", kind: .government, country: "israel", role: "Intelligence services of Israel"),
        Row(sentence: "التقى فاروق الشرع بالوفد في دمشق.", language: .ar,
            key: "gz:farouk-al-shara", kind: .person, country: "syria", role: "(2003–)"),
        Row(sentence: "قال مقتدى الصدر إن التيار سيشارك في الانتخابات.", language: .ar,
            key: "gz:ar-mqtda-alsdr", kind: .person, country: "iraq", role: nil),
    ]

    @Test("A converted entry is found in text, with its country and roles", arguments: found)
    func entryIsFound(_ row: Row) throws {
        let recognizer = try #require(Shipped.recognizer)
        let result = recognizer.recognize(.init(row.sentence), language: row.language, outlet: nil)
        let actor = result.actors.first { $0.key == row.key }
        #expect(actor?.kind == row.kind, "found: \(result.actors.map(\.key))")
        let entry = try #require(recognizer.gazetteer.entries[String(row.key.dropFirst(3))])
        #expect(entry.country == row.country)
        if let role = row.role {
            #expect(entry.roles.contains { $0.contains(role) }, "roles: \(entry.roles)")
        }
    }

    /// Ordinary capitalised words, common given names and surnames several people share.
    static let ordinary: [String] = [
        "Major banks raised their rates on Monday.",
        "Price rises hit Brown and Rice farmers.",
        "Christopher said the plan was ready; Johnson agreed.",
        "Kennedy spoke first, then Truman and Humphrey.",
        "Care workers and Union members marched in June.",
        "The 21 June meeting was postponed.",
    ]

    @Test("No converted entry fires on ordinary words or shared names", arguments: ordinary)
    func ordinaryWordsAreNotConvertedActors(_ sentence: String) throws {
        let recognizer = try #require(Shipped.recognizer)
        let converted = try Self.convertedIDs()
        let result = recognizer.recognize(.init(sentence), language: .en, outlet: nil)
        let fired = result.actors.filter { converted.contains(String($0.key.dropFirst(3))) }
        #expect(fired.isEmpty, "\(fired.map { "\($0.key) \($0.mentions.map(\.text))" })")
    }

    @Test("Every one-word English short form of a converted file is distinctive")
    func shortFormsAreDistinctive() throws {
        let recognizer = try #require(Shipped.recognizer)
        let converted = try Self.convertedIDs()
        let stopwords = try #require(recognizer.lexicons[.en]).stopwords
        for id in converted {
            guard let e = recognizer.gazetteer.entries[id] else { continue }
            for alias in e.aliasesEN where !alias.contains(" ") {
                let letters = alias.unicodeScalars.filter { $0.properties.isAlphabetic }
                let acronym = alias == alias.uppercased()
                #expect(letters.count >= (acronym ? 3 : 4), "\(id): «\(alias)» is too short to match anywhere")
                #expect(!stopwords.contains(alias.lowercased()), "\(id): «\(alias)» is a stop word")
                // A short form must be a word of the entry's own full names (not another person's).
                if e.kind == .person {
                    #expect(e.namesEN.contains { $0.split(separator: " ").contains(Substring(alias)) }, "\(id): «\(alias)»")
                }
            }
            #expect(e.namesEN.allSatisfy { e.kind != .person || $0.split(separator: " ").count >= 2 }, "\(id): a person's full name has two words")
        }
    }

    /// Ids of the entries of the `phoenix-*.jsonl` files.
    static func convertedIDs() throws -> Set<String> {
        var ids: Set<String> = []
        for url in try ActorRecognizer.shippedGazetteerFiles() where url.lastPathComponent.hasPrefix("phoenix-") {
            let text = try String(contentsOf: url, encoding: .utf8)
            for (n, line) in text.split(separator: "\n").enumerated() where line.hasPrefix("{") {
                ids.insert(try GazetteerEntry.parse(String(line), path: url.lastPathComponent, lineNumber: n + 1).id)
            }
        }
        return ids
    }
}
