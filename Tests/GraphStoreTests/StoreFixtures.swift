import EventGraphModel
@testable import GraphStore

/// Hand-built documents and extractions for store tests (no extractor involved).
enum Fixture {
    /// A document of the given text.
    static func document(_ text: String, published: String? = "2022-11-08", language: LanguageCode = .en,
                         outlet: String? = "Test Wire", path: String? = nil) -> Document {
        Document(path: path ?? "test-\(text.unicodeScalars.count).txt", title: nil, text: text, published: published,
                 outlet: outlet, language: language)
    }

    /// Every place `name` occurs in `text`, as scalar-offset spans.
    static func mentions(of name: String, in text: String) -> [TextSpan] {
        let hay = Array(text.unicodeScalars), needle = Array(name.unicodeScalars)
        guard !needle.isEmpty, hay.count >= needle.count else { return [] }
        var out: [TextSpan] = []
        for i in 0...(hay.count - needle.count) where Array(hay[i..<(i + needle.count)]) == needle {
            out.append(TextSpan(start: i, end: i + needle.count, text: name))
        }
        return out
    }

    /// An actor whose mentions are found in `text`.
    static func actor(_ id: String, _ name: String, kind: ActorKind = .person, key: String? = nil, en: String? = nil,
                      ar: String? = nil, aliases: [String] = [], affiliation: String? = nil, in text: String = "")
        -> NewsActor {
        NewsActor(id: id, name: name, nameEN: en, nameAR: ar, kind: kind,
                  key: key ?? "\(kind.rawValue):\(name.lowercased())", aliases: aliases, affiliation: affiliation,
                  mentions: ([name] + aliases).flatMap { mentions(of: $0, in: text) })
    }

    /// An event whose evidence is the whole text.
    static func event(_ id: String, _ type: EventType, _ participants: [String], date: String? = nil,
                      reportedBy: [String] = [], planned: Bool = false, text: String) -> NewsEvent {
        NewsEvent(id: id, type: type, participants: participants, source: participants.first,
                  target: participants.dropFirst().first, date: date, reportedBy: reportedBy, confidence: 0.9,
                  isPlanned: planned, evidence: TextSpan(start: 0, end: text.unicodeScalars.count, text: text))
    }

    static func extraction(_ document: Document, _ actors: [NewsActor], _ events: [NewsEvent]) -> Extraction {
        Extraction(document: .init(document), actors: actors, events: events)
    }

    /// A two-party interaction report: `a` and `b` (name, key) doing `type` on `date`.
    static func interaction(_ text: String, _ a: (String, String), _ b: (String, String), type: EventType = .call,
                            date: String?, published: String, language: LanguageCode = .en,
                            outlet: String = "Test Wire") -> (Document, Extraction) {
        let doc = document(text, published: published, language: language, outlet: outlet)
        let actors = [actor("a1", a.0, key: a.1, in: text), actor("a2", b.0, key: b.1, in: text)]
        return (doc, extraction(doc, actors, [event("e1", type, ["a1", "a2"], date: date, text: text)]))
    }
}

extension GraphStore {
    /// Ingests a prepared pair.
    @discardableResult
    func ingest(_ pair: (Document, Extraction)) throws -> IngestReport { try ingest(pair.0, pair.1) }
}
