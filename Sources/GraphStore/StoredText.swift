import CZstd
import Foundation
import GRDB
import GRDBSQLite
import Synchronization

/// Document texts as the store keeps them: plain text, or (since `v10`, ``SchemaV10``) a BLOB that
/// is the text compressed with zstd and the store's dictionary.
///
/// News texts are short (a few hundred bytes to a few kilobytes), too short for a compressor
/// alone; a dictionary trained on the store's own texts does the work (at a million interactions:
/// 35.8 % of the bytes kept, `Benchmarks/README.md`, tenth round). The dictionary is trained once
/// (``train(_:)``) during a bulk load, as soon as the store holds ``trainingTexts`` documents or
/// ``minimumTexts`` whose texts fill the sample (``trainDuringLoad(_:added:)``: the later documents of
/// the load are stored compressed as they are written), or at its end when it holds at least
/// ``minimumTexts``; it is kept in the table
/// `text_dictionary`, and never replaced: every compressed text of the store reads with it.
/// Frames are written without zstd's magic number and dictionary id (the column's type says that
/// a value is compressed, and a store has one dictionary).
///
/// Two SQL functions, registered on every connection (``register(_:)``), read and write the format
/// in SQL: `eventgraph_text(text)` gives a stored text as text (a plain text as it is),
/// `eventgraph_pack(text)` the value to store for a text (compressed when the store has a
/// dictionary and that is shorter, else the text). Each connection keeps its own zstd contexts; the
/// record queries (`talks`, the timeline) read the column's bytes and decode them in Swift with the
/// same contexts (``TextReader``), which they get through a third function, `eventgraph_codec()`.
enum StoredText {
    /// zstd's level: level 19 keeps 4 % less and compresses 30 times slower.
    static let level: Int32 = 3
    /// The dictionary's size at most.
    static let dictionaryCapacity = 64 << 10
    /// A bulk load of fewer documents keeps its texts plain (too few samples to train on).
    static let minimumTexts = 1_000
    /// Bytes of sample texts the dictionary is trained on, at most (the training's time grows with them).
    static let sampleCapacity = 4 << 20
    /// Texts the dictionary is trained on, about: a bulk load that holds this many trains it then.
    static let trainingTexts = 20_000

    /// Bumped each time this process stores a dictionary, so that a connection that found none looks again.
    static let generation = Atomic<Int>(0)

    /// The type SQLite tags the pointer `eventgraph_codec()` returns with (``TextReader``).
    static let codecType: StaticString = "eventgraph.TextCodec"

    /// Registers `eventgraph_text`, `eventgraph_pack` and `eventgraph_codec` on a connection.
    static func register(_ db: Database) {
        let codec = TextCodec()
        let flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS
        for (name, arguments, function, flags) in [
            ("eventgraph_text", 1, readFunction, flags), ("eventgraph_pack", 1, packFunction, SQLITE_UTF8),
            ("eventgraph_codec", 0, codecFunction, SQLITE_UTF8 | SQLITE_DIRECTONLY),
        ] {
            // One reference per function, released when SQLite drops it (the connection closes).
            let context = Unmanaged.passRetained(codec).toOpaque()
            sqlite3_create_function_v2(db.sqliteConnection, name, Int32(arguments), flags, context, function, nil, nil) { context in
                if let context { Unmanaged<TextCodec>.fromOpaque(context).release() }
            }
        }
    }

    /// Trains a dictionary on sample texts; nil when zstd cannot (too few or too alike samples).
    static func train(_ samples: [[UInt8]]) -> [UInt8]? {
        let joined = samples.flatMap { $0 }
        let sizes = samples.map { $0.count }
        var dictionary = [UInt8](repeating: 0, count: dictionaryCapacity)
        let size = dictionary.withUnsafeMutableBytes { out in
            joined.withUnsafeBytes { data in
                ZDICT_trainFromBuffer(out.baseAddress, out.count, data.baseAddress, sizes, UInt32(sizes.count))
            }
        }
        guard ZDICT_isError(size) == 0 else { return nil }
        return Array(dictionary.prefix(size))
    }

    /// During a bulk load, after each transaction's documents: once the store holds
    /// ``trainingTexts`` documents and has no dictionary, trains it on them and compresses them, so
    /// that the rest of the load is written compressed (`eventgraph_pack`) and its end rewrites no
    /// text (at a million interactions the end's rewrite of every text took ~6 s).
    ///
    /// It trains earlier too, as soon as the store holds ``minimumTexts`` documents whose plain
    /// texts fill the sample (``sampleCapacity`` bytes): below ``trainingTexts`` documents
    /// ``compressAll(_:)`` samples every text in id order up to that capacity, and the texts of
    /// later documents come after them, so the sample, and so the dictionary, are the ones the
    /// load would train on later (at ``trainingTexts`` documents or at its end). Compressing each
    /// later text as it is written then costs less than rewriting them all at the end, and the
    /// end, which runs on one core, is shorter. (The sample differs only when one transaction
    /// later brings the store from below ``trainingTexts`` to twice that many documents or more,
    /// which then samples every other text or fewer.) The texts' bytes are summed only after a
    /// transaction that passes a multiple of ``sampleCheckStep`` documents: a load of one document a
    /// transaction does not read every text after each of them (it may then train a little later,
    /// on the same sample).
    ///
    /// - Parameter added: The documents the transaction brought (at most).
    static func trainDuringLoad(_ db: Database, added: Int) throws {
        guard try !hasDictionary(db) else { return }
        let count = try Int.fetchOne(db.cachedStatement(sql: "SELECT COUNT(*) FROM (SELECT 1 FROM documents LIMIT \(trainingTexts))")) ?? 0
        if count >= trainingTexts {
            try compressAll(db)
        } else if count >= minimumTexts, count / sampleCheckStep != max(0, count - added) / sampleCheckStep,
                  try plainTextBytes(db) >= sampleCapacity {
            try compressAll(db)
        }
    }

    /// Documents between two sums of the texts' bytes in ``trainDuringLoad(_:added:)``.
    static let sampleCheckStep = 64

    /// The UTF-8 bytes of the store's plain texts (`compressAll`'s samples are taken from them).
    static func plainTextBytes(_ db: Database) throws -> Int {
        try Int.fetchOne(db.cachedStatement(sql: """
            SELECT COALESCE(SUM(length(CAST(text AS BLOB))), 0) FROM documents WHERE typeof(text) = 'text'
            """)) ?? 0
    }

    /// Whether the store has its dictionary.
    static func hasDictionary(_ db: Database) throws -> Bool {
        try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM text_dictionary)")) ?? false
    }

    /// At the end of a bulk load (or during it, ``trainDuringLoad(_:added:)``): trains the store's
    /// dictionary on its texts (when it has none and holds at least ``minimumTexts``) and compresses
    /// every plain text with it.
    ///
    /// - Returns: Whether the store has a dictionary now.
    @discardableResult
    static func compressAll(_ db: Database) throws -> Bool {
        if try !hasDictionary(db) {
            let count = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents") ?? 0
            guard count >= minimumTexts else { return false }
            // Every n-th text, about `trainingTexts` of them, up to the sample's capacity.
            let step = max(1, count / trainingTexts)
            var samples: [[UInt8]] = []
            var bytes = 0
            let rows = RawStatement(try db.makeStatement(sql: """
                SELECT text FROM documents WHERE typeof(text) = 'text' AND id % ? = 0 ORDER BY id
                """))
            try rows.forEach({ $0.int(step) }) { row in
                guard let text = row.bytes(0), !text.isEmpty else { return true }
                samples.append(Array(text))
                bytes += text.count
                return bytes < sampleCapacity
            }
            guard let dictionary = train(samples) else { return false }
            try db.execute(sql: "INSERT INTO text_dictionary(id, bytes) VALUES (1, ?)", arguments: [Data(dictionary)])
            generation.add(1, ordering: .sequentiallyConsistent)
        }
        try db.execute(sql: "UPDATE documents SET text = eventgraph_pack(text) WHERE typeof(text) = 'text'")
        return true
    }
}

/// A connection's zstd state: the store's dictionary, digested for compressing and decompressing,
/// with one context each. Used only by the connection's own thread, through its SQL functions.
final class TextCodec {
    private var cdict: OpaquePointer?
    private var ddict: OpaquePointer?
    private let cctx: OpaquePointer?
    private let dctx: OpaquePointer?
    /// ``StoredText/generation`` when the dictionary was last looked for.
    private var generation = -1
    /// Where texts are compressed to before SQLite copies them.
    private var scratch: [UInt8] = []
    /// Where ``text(_:_:db:)`` decompresses to (its texts outlive the call, so not an array's storage).
    private var plain = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 4096)
    /// The last frame `eventgraph_text` decompressed, and its text: the full-text index's rebuild
    /// reads a document's text once for each of its events and reports, one after the other.
    private var lastFrame: [UInt8] = []
    private var lastText: [UInt8] = []
    /// Texts longer than this are not kept for the next call.
    static let rememberedLimit = 1 << 20

    init() {
        cctx = ZSTD_createCCtx()
        dctx = ZSTD_createDCtx()
        ZSTD_CCtx_setParameter(cctx, ZSTD_c_compressionLevel, StoredText.level)
        // ZSTD_c_format and ZSTD_d_format (macros Swift does not import).
        ZSTD_CCtx_setParameter(cctx, ZSTD_c_experimentalParam2, Int32(ZSTD_f_zstd1_magicless.rawValue))
        ZSTD_CCtx_setParameter(cctx, ZSTD_c_dictIDFlag, 0)
        ZSTD_CCtx_setParameter(cctx, ZSTD_c_checksumFlag, 0)
        ZSTD_DCtx_setParameter(dctx, ZSTD_d_experimentalParam1, Int32(ZSTD_f_zstd1_magicless.rawValue))
    }

    deinit {
        ZSTD_freeCCtx(cctx)
        ZSTD_freeDCtx(dctx)
        ZSTD_freeCDict(cdict)
        ZSTD_freeDDict(ddict)
        plain.deallocate()
    }

    /// Reads the store's dictionary through the connection `db` (when this process stored one since
    /// the last look, or `always`); a store without the table or the row has none.
    func load(_ db: OpaquePointer?, always: Bool = false) {
        let now = StoredText.generation.load(ordering: .sequentiallyConsistent)
        guard ddict == nil, always || now != generation else { return }
        generation = now
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(db, "SELECT bytes FROM text_dictionary WHERE id = 1", -1, &statement, nil) == SQLITE_OK else { return }
        defer { sqlite3_finalize(statement) }
        guard sqlite3_step(statement) == SQLITE_ROW, let bytes = sqlite3_column_blob(statement, 0) else { return }
        let count = Int(sqlite3_column_bytes(statement, 0))
        cdict = ZSTD_createCDict(bytes, count, StoredText.level)
        ddict = ZSTD_createDDict(bytes, count)
        ZSTD_CCtx_refCDict(cctx, cdict)
        ZSTD_DCtx_refDDict(dctx, ddict)
    }

    /// The size of the text a frame holds; nil when the bytes are not a frame that says it.
    func contentSize(_ frame: UnsafeRawPointer, _ count: Int) -> Int? {
        var header = ZSTD_frameHeader()
        guard ZSTD_getFrameHeader_advanced(&header, frame, count, ZSTD_f_zstd1_magicless) == 0,
              header.frameContentSize != ZSTD_CONTENTSIZE_UNKNOWN, header.frameContentSize <= UInt64(Int32.max) else { return nil }
        return Int(header.frameContentSize)
    }

    /// Decompresses a frame into `out` (its content size); false when it does not decompress to that.
    func decompress(_ frame: UnsafeRawPointer, _ count: Int, into out: UnsafeMutableRawPointer, size: Int, db: OpaquePointer?) -> Bool {
        if ddict == nil { load(db, always: true) }
        guard ddict != nil else { return false }
        let n = ZSTD_decompressDCtx(dctx, out, size, frame, count)
        return ZSTD_isError(n) == 0 && n == size
    }

    /// The text of a frame, decompressed into this codec's buffer: valid until the next call.
    ///
    /// - Returns: nil when the bytes are not a frame or do not decompress with the store's dictionary.
    func text(_ frame: UnsafeRawPointer, _ count: Int, db: OpaquePointer?) -> UnsafeBufferPointer<UInt8>? {
        guard let size = contentSize(frame, count) else { return nil }
        if plain.count < size {
            plain.deallocate()
            plain = .allocate(capacity: max(size, 2 * plain.count))
        }
        guard let base = plain.baseAddress, decompress(frame, count, into: base, size: size, db: db) else { return nil }
        return UnsafeBufferPointer(start: base, count: size)
    }

    /// Hands the text of `frame` to `body` when it is the frame last given to ``remember(_:_:text:size:)``
    /// (the same bytes decompress to the same text); false, without calling `body`, otherwise.
    func recall(_ frame: UnsafeRawPointer, _ count: Int, _ body: (UnsafeRawBufferPointer) -> Void) -> Bool {
        guard count == lastFrame.count, count > 0,
              lastFrame.withUnsafeBytes({ memcmp($0.baseAddress!, frame, count) == 0 }) else { return false }
        lastText.withUnsafeBytes(body)
        return true
    }

    /// Keeps a frame and its text for ``recall(_:_:_:)``.
    func remember(_ frame: UnsafeRawPointer, _ count: Int, text: UnsafeRawPointer, size: Int) {
        guard size <= Self.rememberedLimit else {
            lastFrame.removeAll()
            return
        }
        lastFrame.removeAll(keepingCapacity: true)
        lastFrame.append(contentsOf: UnsafeRawBufferPointer(start: frame, count: count))
        lastText.removeAll(keepingCapacity: true)
        lastText.append(contentsOf: UnsafeRawBufferPointer(start: text, count: size))
    }

    /// The frame of a text, when the store has a dictionary and the frame is shorter than the text.
    func compress(_ text: UnsafeRawPointer, _ count: Int, db: OpaquePointer?, _ body: (UnsafeRawBufferPointer) -> Void) -> Bool {
        load(db)
        guard cdict != nil else { return false }
        let bound = ZSTD_compressBound(count)
        if scratch.count < bound { scratch = [UInt8](repeating: 0, count: bound) }
        return scratch.withUnsafeMutableBytes { out in
            let n = ZSTD_compress2(cctx, out.baseAddress, out.count, text, count)
            guard ZSTD_isError(n) == 0, n < count else { return false }
            body(UnsafeRawBufferPointer(rebasing: out[..<n]))
            return true
        }
    }
}

/// SQLite's `SQLITE_TRANSIENT`: the result is copied before the function returns.
private let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)

/// `eventgraph_text(value)`: a compressed text decompressed, any other value as it is.
private let readFunction: @convention(c) (OpaquePointer?, Int32, UnsafeMutablePointer<OpaquePointer?>?) -> Void = { context, _, arguments in
    guard let context, let value = arguments?[0] else { return }
    guard sqlite3_value_type(value) == SQLITE_BLOB else {
        sqlite3_result_value(context, value)
        return
    }
    let codec = Unmanaged<TextCodec>.fromOpaque(sqlite3_user_data(context)).takeUnretainedValue()
    let frame = sqlite3_value_blob(value)
    let count = Int(sqlite3_value_bytes(value))
    if let frame, codec.recall(frame, count, { text in
        if let base = text.baseAddress {
            sqlite3_result_text64(context, base.assumingMemoryBound(to: CChar.self), UInt64(text.count), transient, UInt8(SQLITE_UTF8))
        } else {
            sqlite3_result_text64(context, "", 0, transient, UInt8(SQLITE_UTF8))
        }
    }) {
        return
    }
    guard let frame, let size = codec.contentSize(frame, count), let out = sqlite3_malloc64(UInt64(max(size, 1))) else {
        sqlite3_result_error(context, "eventgraph_text: a stored text is not a compressed text", -1)
        return
    }
    guard codec.decompress(frame, count, into: out, size: size, db: sqlite3_context_db_handle(context)) else {
        sqlite3_free(out)
        sqlite3_result_error(context, "eventgraph_text: a compressed text does not decompress with the store's dictionary", -1)
        return
    }
    codec.remember(frame, count, text: out, size: size)
    sqlite3_result_text64(context, out.assumingMemoryBound(to: CChar.self), UInt64(size), { sqlite3_free($0) }, UInt8(SQLITE_UTF8))
}

/// `eventgraph_codec()`: the connection's ``TextCodec``, as a pointer only ``TextReader`` reads
/// (SQL sees NULL).
private let codecFunction: @convention(c) (OpaquePointer?, Int32, UnsafeMutablePointer<OpaquePointer?>?) -> Void = { context, _, _ in
    guard let context else { return }
    let type = UnsafeRawPointer(StoredText.codecType.utf8Start).assumingMemoryBound(to: CChar.self)
    sqlite3_result_pointer(context, sqlite3_user_data(context), type, nil)
}

/// `eventgraph_pack(value)`: a text compressed with the store's dictionary when that is shorter,
/// any other value (or a text without a dictionary) as it is.
private let packFunction: @convention(c) (OpaquePointer?, Int32, UnsafeMutablePointer<OpaquePointer?>?) -> Void = { context, _, arguments in
    guard let context, let value = arguments?[0] else { return }
    let codec = Unmanaged<TextCodec>.fromOpaque(sqlite3_user_data(context)).takeUnretainedValue()
    guard sqlite3_value_type(value) == SQLITE_TEXT, let text = sqlite3_value_text(value),
          codec.compress(text, Int(sqlite3_value_bytes(value)), db: sqlite3_context_db_handle(context), { frame in
              sqlite3_result_blob64(context, frame.baseAddress, UInt64(frame.count), transient)
          }) else {
        sqlite3_result_value(context, value)
        return
    }
}
