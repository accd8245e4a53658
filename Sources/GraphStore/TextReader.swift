import EventGraphModel
import GRDB
import GRDBSQLite

/// The titles and evidence of a query's records, sliced from the bytes of the `documents.text`
/// column, for the record queries (`talks`, the timeline).
///
/// A plain text is sliced while its row is read. A compressed text (``StoredText``) is copied aside
/// with what to slice from it, and all of a query's copies are decompressed together once its
/// statement is read (``resolve(_:)``), with the connection's own ``TextCodec`` into its buffer: no
/// SQL function call per row and no result allocated, copied and freed, and the codec's tables stay
/// in the cache from one text to the next rather than meeting the statement's page reads between
/// two rows (at a million interactions, about a fifth fewer cycles in zstd than decoding each text
/// with its row; `Benchmarks/README.md`, tenth round). The codec comes from `eventgraph_codec()`,
/// once per query that meets a compressed text.
struct TextReader {
    private let db: Database
    /// The connection's codec, looked up at the first compressed text.
    private var codec: TextCodec?
    /// The frames set aside, one after the other, and for each: whose source it fills, its range in
    /// `frames`, the title's length in characters when the title is a slice, the evidence's span.
    private var frames: [UInt8] = []
    private var pending: [(owner: Int64, frame: Range<Int>, titleChars: Int64?, span: (start: Int64, end: Int64)?)] = []

    /// A reader for one query on the connection `db`.
    init(_ db: Database) { self.db = db }

    /// Fills the title (when `titleChars` is given: `substr(text, 1, titleChars)`) and the evidence
    /// (when `span` is given: `substr(text, start + 1, end - start)`) of `source` from the text in
    /// column `i`: now for a plain text, at ``resolve(_:)`` for a compressed one, where `owner`
    /// names the source to its caller. A NULL text gives no title and leaves the evidence as it is.
    ///
    /// - Throws: A `DatabaseError` with the message of `eventgraph_text` when a BLOB is not a
    ///   compressed text.
    mutating func slice(_ row: RawStatement.Columns, _ i: Int32, titleChars: Int64?, span: (start: Int64, end: Int64)?,
                        into source: inout EventSource, owner: Int64) throws {
        guard titleChars != nil || span != nil else { return }
        guard sqlite3_column_type(row.handle, i) == SQLITE_BLOB else {
            source.fill(Self.slices(row.bytes(i), titleChars: titleChars, span: span))
            return
        }
        let count = Int(sqlite3_column_bytes(row.handle, i))
        guard let frame = sqlite3_column_blob(row.handle, i) else { throw Self.notAFrame }
        let bytes = UnsafeRawBufferPointer(start: frame, count: count)
        // The events of a document are often next to each other (a timeline's day): their text is
        // set aside, and decompressed, once.
        if let last = pending.last?.frame, last.count == count, frames[last].elementsEqual(bytes) {
            pending.append((owner, last, titleChars, span))
            return
        }
        let start = frames.count
        frames.append(contentsOf: bytes)
        pending.append((owner, start..<frames.count, titleChars, span))
    }

    /// Decompresses the texts set aside, one after the other, and calls `body` with each owner and
    /// what fills its source (``EventSource/fill(_:)``).
    mutating func resolve(_ body: (Int64, TextSlices) throws -> Void) throws {
        guard !pending.isEmpty else { return }
        let codec = try codec ?? Self.codec(db)
        self.codec = codec
        let connection = db.sqliteConnection
        try frames.withUnsafeBytes { frames in
            // The text of the previous frame, while the codec's buffer holds it.
            var last: (frame: Range<Int>, text: UnsafeBufferPointer<UInt8>)?
            for p in pending {
                let text: UnsafeBufferPointer<UInt8>
                if let last, last.frame == p.frame {
                    text = last.text
                } else {
                    guard let frame = frames.baseAddress.map({ $0 + p.frame.lowerBound }),
                          codec.contentSize(frame, p.frame.count) != nil else { throw Self.notAFrame }
                    guard let decoded = codec.text(frame, p.frame.count, db: connection) else {
                        throw DatabaseError(resultCode: .SQLITE_ERROR,
                                            message: "eventgraph_text: a compressed text does not decompress with the store's dictionary")
                    }
                    text = decoded
                    last = (p.frame, decoded)
                }
                try body(p.owner, Self.slices(text, titleChars: p.titleChars, span: p.span))
            }
        }
        pending.removeAll()
        frames.removeAll(keepingCapacity: true)
    }

    private static let notAFrame = DatabaseError(resultCode: .SQLITE_ERROR, message: "eventgraph_text: a stored text is not a compressed text")

    private static func slices(_ text: UnsafeBufferPointer<UInt8>?, titleChars: Int64?, span: (start: Int64, end: Int64)?) -> TextSlices {
        guard let text else { return TextSlices() }
        // CASE WHEN title_chars IS NULL THEN title ELSE substr(text, 1, title_chars) END
        // COALESCE(r_evidence, substr(text, r_start + 1, r_end - r_start))
        return TextSlices(title: titleChars.map { TextSlice.string(text, start: 1, length: $0) },
                          evidence: span.map { TextSlice.string(text, start: $0.start &+ 1, length: $0.end &- $0.start) })
    }

    /// The connection's codec, from `eventgraph_codec()`.
    private static func codec(_ db: Database) throws -> TextCodec {
        let statement = try db.cachedStatement(sql: "SELECT eventgraph_codec()")
        let handle = statement.sqliteStatement
        defer { sqlite3_reset(handle) }
        let type = UnsafeRawPointer(StoredText.codecType.utf8Start).assumingMemoryBound(to: CChar.self)
        guard sqlite3_step(handle) == SQLITE_ROW, let pointer = sqlite3_value_pointer(sqlite3_column_value(handle, 0), type) else {
            throw notAFrame
        }
        return Unmanaged<TextCodec>.fromOpaque(pointer).takeUnretainedValue()
    }
}

/// What a document's text gives a source: the title and the evidence when they are slices of it
/// (nil: the source keeps its own).
struct TextSlices {
    var title: String?
    var evidence: String?
}

extension EventSource {
    /// Takes the title and the evidence `slices` has.
    mutating func fill(_ slices: TextSlices) {
        if let title = slices.title { self.title = title }
        if let evidence = slices.evidence { self.evidence = evidence }
    }
}
