import GRDB
import TextAnalysis

/// The FTS5 tokenizer of the evidence index: `unicode61` keeping combining marks inside words,
/// then EventGraph's matching form, plus colocated stems without Arabic proclitics.
///
/// `unicode61` alone splits Arabic words at every haraka, keeps tatweel and does not fold alef forms
/// (see `notes/graphviz-grdb-arabic.md` §3). This wrapper keeps words whole (`Mn` is a token
/// category), folds each token with ``MatchingForm/of(_:)`` and, for documents and queries alike,
/// adds the readings of ``ArabicClitics/readings(of:)`` as colocated synonyms, so that the query
/// `والمحادثات` finds `محادثات` and `محادثات` finds `والمحادثات`.
///
/// Every connection that writes to or queries the FTS table must register it
/// (`db.add(tokenizer: ArabicTokenizer.self)`); ``GraphStore`` does so in `prepareDatabase`.
final class ArabicTokenizer: FTS5WrapperTokenizer {
    static let name = "eventgraph_arabic"
    let wrappedTokenizer: any FTS5Tokenizer

    init(db: Database, arguments: [String]) throws {
        wrappedTokenizer = try db.makeTokenizer(.unicode61(diacritics: .remove, categories: "L* N* Co Mn"))
    }

    func accept(token: String, flags: FTS5TokenFlags, for tokenization: FTS5Tokenization,
                tokenCallback: FTS5WrapperTokenCallback) throws {
        let form = MatchingForm.of(token)
        guard !form.isEmpty else { return }
        try tokenCallback(form, flags)
        guard let first = form.unicodeScalars.first, (0x0600...0x06FF).contains(first.value) else { return }
        for reading in ArabicClitics.readings(of: form).dropFirst() where reading.stem.unicodeScalars.count >= 3 {
            try tokenCallback(reading.stem, flags.union(.colocated))
        }
    }
}
