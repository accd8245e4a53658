import Foundation

/// Progress of a long ingest on a terminal: documents stored so far, their rate, the share of the
/// input read and the time left; silent when standard error is not a terminal.
///
/// The share is counted in bytes of the input files, so a single JSON Lines file of thousands of
/// articles advances as its articles are stored, not once at its end. Each article of a file counts
/// for an equal part of the file's size. Standard input has no size: then only the count and the
/// rate are shown. The line is redrawn at most ten times a second, in place (`\r`, erase to the
/// end of the line), and ended by a line break when the ingest is over.
final class IngestProgress {
    private let isEnabled: Bool
    private let totalBytes: Int?
    private let start: Double
    private let now: () -> Double
    private var bytesDone = 0.0
    private var documents = 0
    private var lastDraw = -Double.infinity
    private var drawn = false
    /// The counts of the last call, drawn by ``finish()`` if that call was too soon to draw.
    private var last: (stored: Int, duplicates: Int, rejected: Int)?
    private var isStale = false
    private let write: (String) -> Void

    /// - Parameters:
    ///   - files: The input files (`-` is standard input, of unknown size).
    ///   - isEnabled: Whether to draw at all (a terminal, and no `--quiet`).
    ///   - now: Seconds on a monotonic clock.
    ///   - write: Where the text goes (standard error).
    init(files: [String], isEnabled: Bool, now: @escaping () -> Double = IngestProgress.monotonicSeconds,
         write: @escaping (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) }) {
        self.isEnabled = isEnabled
        self.now = now
        self.write = write
        start = now()
        if isEnabled, !files.contains("-") {
            totalBytes = files.reduce(0) { sum, path in
                sum + ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0)
            }
        } else {
            totalBytes = nil
        }
    }

    /// The size of `path` divided among its `documents` articles, the part each one counts for.
    static func share(of path: String, documents: Int) -> Double {
        guard documents > 0, path != "-",
              let size = try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int else { return 0 }
        return Double(size) / Double(documents)
    }

    /// Counts `documents` more articles (stored, skipped or rejected) worth `bytes` of input.
    func advance(documents: Int, bytes: Double, stored: Int, duplicates: Int, rejected: Int) {
        self.documents += documents
        bytesDone += bytes
        guard isEnabled else { return }
        last = (stored, duplicates, rejected)
        isStale = true
        let t = now()
        guard t - lastDraw >= 0.1 else { return }
        draw(at: t)
    }

    private func draw(at t: Double) {
        guard let last else { return }
        lastDraw = t
        drawn = true
        isStale = false
        write("\r" + Self.line(documents: documents, elapsed: t - start, bytesDone: bytesDone, totalBytes: totalBytes,
                               stored: last.stored, duplicates: last.duplicates, rejected: last.rejected) + "\u{1B}[K")
    }

    /// Draws the final counts and ends the line, if anything was counted.
    func finish() {
        guard isEnabled else { return }
        if isStale { draw(at: now()) }
        if drawn { write("\n") }
    }

    /// `1,234 documents · 412/s · 38% · about 21 s left · 1,230 stored, 4 duplicates, 0 rejected`.
    static func line(documents: Int, elapsed: Double, bytesDone: Double, totalBytes: Int?, stored: Int,
                     duplicates: Int, rejected: Int) -> String {
        var parts = ["\(grouped(documents)) \(documents == 1 ? "document" : "documents")"]
        if elapsed > 0 { parts.append("\(grouped(Int((Double(documents) / elapsed).rounded())))/s") }
        if let totalBytes, totalBytes > 0 {
            let fraction = min(bytesDone.rounded() / Double(totalBytes), 1)   // shares add up with rounding errors
            parts.append("\(Int((fraction * 100).rounded(.down)))%")
            if fraction > 0.001, fraction < 1, elapsed > 0.5 {
                parts.append("about \(duration(elapsed * (1 - fraction) / fraction)) left")
            }
        }
        parts.append("\(grouped(stored)) stored, \(grouped(duplicates)) duplicates, \(grouped(rejected)) rejected")
        return parts.joined(separator: " · ")
    }

    /// `42 s`, `3 min 05 s`, `1 h 02 min`.
    static func duration(_ seconds: Double) -> String {
        let s = Int(seconds.rounded(.up))
        if s < 60 { return "\(s) s" }
        if s < 3600 { return "\(s / 60) min \(String(format: "%02d", s % 60)) s" }
        return "\(s / 3600) h \(String(format: "%02d", (s % 3600) / 60)) min"
    }

    /// `7686` → `7,686`.
    static func grouped(_ n: Int) -> String {
        let digits = String(abs(n))
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return n < 0 ? "-" + out : out
    }

    static func monotonicSeconds() -> Double {
        Double(DispatchTime.now().uptimeNanoseconds) / 1e9
    }
}
