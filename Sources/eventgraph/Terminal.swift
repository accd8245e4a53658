import Foundation
import GraphExport

/// Writing to standard output, standard error, or the file of `-o`.
enum Terminal {
    /// Prints one line to standard error, made safe for a terminal (see ``message(_:)``).
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((message(line) + "\n").utf8))
    }

    /// A message line as the terminal gets it: control characters and bidi controls (from a file
    /// name, a quoted text) shown as visible escapes (`\u{1B}`), and each `: `-separated part that
    /// holds right-to-left text isolated, so that an Arabic file name keeps its place before its
    /// reason.
    static func message(_ line: String) -> String {
        TerminalText.escaped(line).components(separatedBy: ": ").map(TerminalText.isolated).joined(separator: ": ")
    }

    /// Whether standard error is a terminal (progress is shown only then).
    static var isInteractive: Bool { isatty(STDERR_FILENO) != 0 }

    /// Writes text to `path`, or to standard output when `path` is nil or `-`.
    ///
    /// - Parameter store: The store the command uses (`--db`), which `path` must not name; `nil`
    ///   for commands without a store.
    static func write(_ text: String, to path: String?, sparing store: String?) throws {
        try write(Data(text.utf8), to: path, sparing: store)
    }

    /// Writes bytes to `path`, or to standard output when `path` is nil or `-`; refuses a path
    /// that names the store or its companion files (see ``OutputGuard``).
    static func write(_ data: Data, to path: String?, sparing store: String?) throws {
        try OutputGuard.check(path, store: store)
        guard let path, path != "-" else {
            FileHandle.standardOutput.write(data)
            return
        }
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(),
                                                withIntermediateDirectories: true)
        do {
            try data.write(to: url, options: .atomic)
        } catch {
            throw CommandFailure("\(path): cannot write: \(error.localizedDescription)")
        }
    }
}
