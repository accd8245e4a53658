import EventGraphModel
import GraphExport
import GraphStore

/// Text for the results that have no exporter of their own: paths, search hits, suspects. Names
/// and texts from the store go through `TerminalText` (no control or bidi control reaches the terminal).
enum PathText {
    /// One line per step (`A —talk 2022-11→ B  [event]`), or JSON.
    static func render(_ steps: [PathStep], format: ListingFormat, store: GraphStore,
                       language: LanguageCode? = nil) throws -> String {
        if format == .json { return try JSONText.encode(steps) }
        let actors = Labels.apply(language, to: try store.actors())
        let names = Dictionary(actors.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        return steps.enumerated().map { i, step in
            let date = DateLabel.readable(step.date, grain: step.date.map { DateValue($0).grain })
            let from = TerminalText.field(names[step.from] ?? step.from), to = TerminalText.field(names[step.to] ?? step.to)
            return "\(i + 1). \(from) —\(step.type.rawValue), \(date)→ \(to)  [\(TerminalText.field(step.event))]"
        }.joined(separator: "\n")
    }
}

enum SearchText {
    /// One block per hit: the event, its report and the evidence sentence; or JSON.
    static func render(_ hits: [SearchHit], format: ListingFormat) throws -> String {
        if format == .json { return try JSONText.encode(hits) }
        if hits.isEmpty { return "no matches" }
        return hits.map { hit in
            let source = hit.source
            var outlet = TerminalText.field(source.outlet ?? "unknown outlet")
            if !source.cited.isEmpty { outlet += ", citing " + source.cited.map(TerminalText.field).joined(separator: " and ") }
            return "\(hit.type.rawValue) [\(TerminalText.field(hit.event))] · \(outlet) · \(source.published ?? "undated") · "
                + "\(TerminalText.field(source.document))\n  \(TerminalText.field(source.evidence))"
        }.joined(separator: "\n")
    }
}

enum SuspectText {
    /// One line per likely duplicate pair, with the reason.
    static func line(_ pair: SuspectPair) -> String {
        "\(pair.kind.rawValue)\t\(TerminalText.field(pair.aName)) [\(TerminalText.field(pair.a))]\t"
            + "\(TerminalText.field(pair.bName)) [\(TerminalText.field(pair.b))]\t\(TerminalText.field(pair.reason))"
    }
}
