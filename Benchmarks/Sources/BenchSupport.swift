// What the benchmarks share: the corpus and its lines, files, this process's memory and CPU, errors.
import Foundation

/// Streams the lines of a file in bounded chunks.
final class JSONLReader {
    private let handle: FileHandle
    private var pending = Data()
    private var atEnd = false

    init(path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw BenchError("cannot read \(path)")
        }
        self.handle = handle
    }

    deinit { try? handle.close() }

    /// Up to `max` non-empty lines; empty at the end of the file.
    func next(max: Int) throws -> [Data] {
        var lines: [Data] = []
        lines.reserveCapacity(max)
        var cursor = 0
        while lines.count < max {
            if let newline = JSONLReader.newline(in: pending, from: cursor) {
                if newline > cursor { lines.append(pending.subdata(in: cursor..<newline)) }
                cursor = newline + 1
                continue
            }
            if atEnd {
                if cursor < pending.count { lines.append(pending.subdata(in: cursor..<pending.count)) }
                cursor = pending.count
                break
            }
            pending = pending.subdata(in: cursor..<pending.count)
            cursor = 0
            let chunk = try handle.read(upToCount: 1 << 20) ?? Data()
            if chunk.isEmpty { atEnd = true } else { pending.append(chunk) }
        }
        pending = pending.subdata(in: cursor..<pending.count)
        return lines
    }

    /// The offset of the first newline at or after `from` (memchr; `Data`'s iterator is slow).
    static func newline(in data: Data, from: Int) -> Int? {
        guard from < data.count else { return nil }
        return data.withUnsafeBytes { raw -> Int? in
            guard let base = raw.baseAddress else { return nil }
            guard let hit = memchr(base + from, 0x0A, raw.count - from) else { return nil }
            return base.distance(to: UnsafeRawPointer(hit))
        }
    }

    /// The number of newlines in `data`.
    static func newlines(in data: Data) -> Int {
        var count = 0
        var from = 0
        while let i = newline(in: data, from: from) {
            count += 1
            from = i + 1
        }
        return count
    }
}

/// The benchmark's one error type.
struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Memory figures of this process, from /proc/self/status (Linux).
enum BenchProc {
    /// A field of /proc/self/status in MB (0 when unavailable).
    static func statusMB(_ field: String) -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix(field + ":") {
            let kb = line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first
            return Double(kb.map(String.init) ?? "") .map { $0 / 1024 } ?? 0
        }
        return 0
    }

    static func rssMB() -> Double { statusMB("VmRSS") }

    /// CPU time of the process (user + system, all threads), seconds.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    /// Resets VmHWM to the current RSS (`echo 5 > /proc/self/clear_refs`); ignored where refused.
    static func resetHighWaterMark() {
        try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
    }
}

/// Temporary folders and file sizes.
enum BenchFiles {
    static func temporaryFolder(_ name: String) throws -> String {
        let path = NSTemporaryDirectory() + "eventgraph-bench-\(ProcessInfo.processInfo.processIdentifier)-\(name)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func megabytes(_ paths: String...) -> Double {
        paths.reduce(0.0) { total, path in
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)??.doubleValue ?? 0
            return total + size / 1_048_576
        }
    }
}

/// The synthetic corpus: generated on demand by `Benchmarks/generate_corpus.py`.
enum BenchCorpus {
    /// Makes sure `path` holds at least `count` articles, generating it otherwise.
    static func ensure(path: String, count: Int, seed: Int) throws {
        if lineCount(path, atLeast: count) >= count { return }
        let script = scriptPath()
        print("generating \(count) articles → \(path)")
        fflush(nil)
        try BenchPython.run([script, "--count", "\(count)", "--seed", "\(seed)", "--out", path])
        guard lineCount(path, atLeast: count) >= count else {
            throw BenchError("the generator wrote fewer than \(count) articles to \(path)")
        }
    }

    /// `Benchmarks/generate_corpus.py`, found from the working directory or the executable.
    static func scriptPath() -> String {
        let candidates = [FileManager.default.currentDirectoryPath + "/Benchmarks/generate_corpus.py"]
            + BenchPython.sourceRelative("generate_corpus.py")
        return candidates.first { FileManager.default.fileExists(atPath: $0) } ?? candidates[0]
    }

    /// Counts lines, stopping once `atLeast` are seen.
    static func lineCount(_ path: String, atLeast: Int) -> Int {
        guard let handle = FileHandle(forReadingAtPath: path) else { return 0 }
        defer { try? handle.close() }
        var lines = 0
        while lines < atLeast, let chunk = try? handle.read(upToCount: 1 << 22), !chunk.isEmpty {
            lines += JSONLReader.newlines(in: chunk)
        }
        return lines
    }
}
