import Foundation
import GRDB

/// The `v9` schema: the offsets of an actor's mentions in a document as bytes, not text.
///
/// `mentions.offsets` was text, `start-end` scalar offsets joined by `;` (`19-28;40-49`, six bytes a
/// mention in the benchmark's store). Since `v9` it is a BLOB: each mention's start and length as
/// variable-length integers (zigzag, seven bits a byte, low bits first), two or three bytes a mention.
/// Two lists join by concatenation, as the text joined by `;`, so the upserts of ingest and of
/// actor merges stay one SQL expression. No query reads the offsets; ``spans(_:)`` reads them back.
/// At a million interactions: `mentions` 38.4 → 31.7 MB (`Benchmarks/README.md`, ninth round).
enum SchemaV9 {
    /// The stored offsets of mentions given as (start, end) scalar offsets, in order.
    static func offsets(_ spans: some Sequence<(start: Int, end: Int)>) -> [UInt8] {
        var out: [UInt8] = []
        for span in spans {
            append(span.start, to: &out)
            append(span.end &- span.start, to: &out)
        }
        return out
    }

    /// The (start, end) pairs of stored offsets, in order; nil when the bytes are not a whole list.
    static func spans(_ bytes: some Collection<UInt8>) -> [(start: Int, end: Int)]? {
        var values: [Int] = []
        var value: UInt64 = 0
        var shift: UInt64 = 0
        for byte in bytes {
            guard shift < 64 else { return nil }
            value |= UInt64(byte & 0x7F) << shift
            shift += 7
            if byte & 0x80 == 0 {
                values.append(Int(truncatingIfNeeded: Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1)))
                value = 0
                shift = 0
            }
        }
        guard shift == 0, values.count % 2 == 0 else { return nil }
        return stride(from: 0, to: values.count, by: 2).map { (values[$0], values[$0] &+ values[$0 + 1]) }
    }

    private static func append(_ value: Int, to out: inout [UInt8]) {
        var v = UInt64(bitPattern: Int64(value) << 1 ^ Int64(value) >> 63)
        while v >= 0x80 {
            out.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        out.append(UInt8(v))
    }

    /// The (start, end) pairs of the `v8` text, empty parts skipped (an actor merge could leave
    /// one at either end); nil when a part is not `start-end`.
    static func spans(text: String) -> [(start: Int, end: Int)]? {
        var out: [(start: Int, end: Int)] = []
        for part in text.split(separator: ";") {
            let ends = part.split(separator: "-", omittingEmptySubsequences: false)
            guard ends.count == 2, let start = Int(ends[0]), let end = Int(ends[1]) else { return nil }
            out.append((start, end))
        }
        return out
    }

    /// Rewrites every row's offsets as bytes, in one statement; a row whose text is not a list of
    /// `start-end` stays text.
    static func migrate(_ db: Database) throws {
        let convert = DatabaseFunction("eventgraph_v9_offsets", argumentCount: 1, pure: true) { values -> DatabaseValueConvertible? in
            guard let text = String.fromDatabaseValue(values[0]) else { return values[0] }
            guard let spans = spans(text: text) else { return text }
            return Data(offsets(spans))
        }
        db.add(function: convert)
        defer { db.remove(function: convert) }
        try db.execute(sql: "UPDATE mentions SET offsets = eventgraph_v9_offsets(offsets) WHERE typeof(offsets) = 'text'")
    }
}
