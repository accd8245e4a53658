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
final class ArabicTokenizer: FTS5CustomTokenizer {
    static let name = "eventgraph_arabic"
    let wrappedTokenizer: any FTS5Tokenizer

    init(db: Database, arguments: [String]) throws {
        wrappedTokenizer = try db.makeTokenizer(.unicode61(diacritics: .remove, categories: "L* N* Co Mn"))
    }

    /// What the callback of `unicode61` needs to hand tokens on to FTS5.
    private struct Sink {
        var context: UnsafeMutableRawPointer?
        var callback: FTS5TokenCallback
    }

    func tokenize(context: UnsafeMutableRawPointer?, tokenization: FTS5Tokenization, pText: UnsafePointer<CChar>?,
                  nText: CInt, tokenCallback: @escaping FTS5TokenCallback) -> CInt {
        var sink = Sink(context: context, callback: tokenCallback)
        return withUnsafeMutablePointer(to: &sink) { pointer in
            wrappedTokenizer.tokenize(context: pointer, tokenization: tokenization, pText: pText, nText: nText) {
                pointer, flags, pToken, nToken, iStart, iEnd in
                guard let sink = pointer?.assumingMemoryBound(to: Sink.self).pointee, let pToken, nToken > 0 else { return 0 }
                let bytes = UnsafeRawBufferPointer(start: pToken, count: Int(nToken))
                // ASCII without capitals (what `unicode61` gives for English) is its own matching
                // form and has no Arabic readings: handed on as it is, without making a string.
                if !bytes.contains(where: { $0 >= 0x80 || (0x41...0x5A).contains($0) }) {
                    return sink.callback(sink.context, flags, pToken, nToken, iStart, iEnd)
                }
                guard let token = String(validating: bytes, as: UTF8.self) else { return 0 }
                return ArabicTokenizer.forms(of: token, flags: flags) { form, flags in
                    var form = form
                    return form.withUTF8 { utf8 in
                        utf8.withMemoryRebound(to: CChar.self) { chars in
                            sink.callback(sink.context, flags, chars.baseAddress, CInt(chars.count), iStart, iEnd)
                        }
                    }
                }
            }
        }
    }

    /// Hands on the matching form of a token and, for an Arabic word, the stems of its readings
    /// without proclitics as colocated tokens; stops at the first code that is not `SQLITE_OK`.
    static func forms(of token: String, flags: CInt, emit: (String, CInt) -> CInt) -> CInt {
        let form = MatchingForm.of(token)
        guard !form.isEmpty else { return 0 }
        let code = emit(form, flags)
        guard code == 0, let first = form.unicodeScalars.first, (0x0600...0x06FF).contains(first.value) else { return code }
        for reading in ArabicClitics.readings(of: form).dropFirst() where reading.stem.unicodeScalars.count >= 3 {
            let code = emit(reading.stem, flags | FTS5TokenFlags.colocated.rawValue)
            guard code == 0 else { return code }
        }
        return 0
    }
}
