import Foundation

/// An image drawn by ``IsolatedRenderer``, with what the reader should know about it.
public struct RenderedImage: Sendable, Hashable {
    /// The image bytes.
    public var bytes: [UInt8]
    /// Notes for the user (one line each), such as a fallback taken after Graphviz crashed; empty
    /// when the graph was drawn as given.
    public var notes: [String]
}

/// Renders DOT text in a helper process, so that a Graphviz crash ends the helper, not the caller.
///
/// Graphviz asserts and calls `abort()` on some graphs (2.43: `class2.c` `merge_chain`), which in
/// process kills the whole program with whatever it had not yet written. Here the helper — a
/// program that runs ``RenderWorker/serve(arguments:)``, typically the calling program itself —
/// lays out and renders the graph; a crash becomes a ``RenderError`` coded `.crashed`, with the
/// signal and Graphviz's own message. After a crash the graph is drawn once more with
/// ``ParallelEdgeGuard`` applied; when that succeeds the image comes with a note saying so.
///
/// ```swift
/// let renderer = IsolatedRenderer.currentProgram(arguments: ["render-worker"])
/// let image = try renderer.render(dot: "digraph { a -> b }", format: .svg)
/// ```
public struct IsolatedRenderer: Sendable {
    /// The helper program.
    public var executable: URL
    /// Arguments that make it serve one rendering request (before the request's own).
    public var arguments: [String]

    /// Creates a renderer that runs `executable` with `arguments` for each image.
    public init(executable: URL, arguments: [String]) {
        self.executable = executable
        self.arguments = arguments
    }

    /// A renderer whose helper is the running program itself (`/proc/self/exe` on Linux).
    public static func currentProgram(arguments: [String]) -> IsolatedRenderer {
        let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? Bundle.main.executablePath ?? CommandLine.arguments[0]
        return IsolatedRenderer(executable: URL(fileURLWithPath: path), arguments: arguments)
    }

    /// Lays out and renders DOT text in the helper.
    ///
    /// - Parameters:
    ///   - dot: DOT source (UTF-8).
    ///   - format: The image format.
    ///   - engine: The Graphviz layout engine.
    /// - Returns: The image and notes about how it was drawn.
    /// - Throws: `RenderError` with the codes of ``GraphvizRenderer/render(dot:format:engine:)``,
    ///   `.crashed` when Graphviz crashed on the graph as given and after the guard, and
    ///   `.helper` when the helper could not be run or answered nonsense.
    public func render(dot: String, format: RenderFormat, engine: String = "dot") throws -> RenderedImage {
        let request = ["--format", format.rawValue, "--engine", engine]
        let first = try run(request, input: Data(dot.utf8))
        if let image = try first.image() { return RenderedImage(bytes: image, notes: []) }
        // Graphviz crashed on the graph as given: once more with the guard.
        let crash = first.crash(format: format, engine: engine)
        let second = try run(request + ["--guard"], input: Data(dot.utf8))
        guard let image = try second.image() else { throw crash }
        let said = crash.messages.isEmpty ? "" : " (\(crash.messages.joined(separator: " ")))"
        return RenderedImage(bytes: image, notes: [
            "Graphviz crashed: \(crash.reason)\(said); drawn again with \(second.guardNote) parallel constraint=false edge(s) merged into one",
        ])
    }

    /// What one run of the helper gave.
    struct Outcome {
        var status: Int32
        var signalled: Bool
        var stdout: Data
        var stderr: Data

        /// The image, `nil` after a crash; throws the error the helper reported or a helper failure.
        func image() throws -> [UInt8]? {
            if signalled { return nil }
            switch status {
            case RenderWorker.success: return [UInt8](stdout)
            case RenderWorker.renderFailed: throw RenderWorker.decodeError(stdout)
            default:
                let said = Self.excerpt(stderr)
                throw RenderError(.helper, reason: "the rendering helper exited with status \(status)"
                                  + (said.isEmpty ? "" : ": \(said)"))
            }
        }

        /// How many edges the guard merged, as the helper wrote it on standard error.
        var guardNote: Int {
            let text = String(decoding: stderr, as: UTF8.self)
            guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix(RenderWorker.guardPrefix) }) else { return 0 }
            return Int(line.dropFirst(RenderWorker.guardPrefix.count)) ?? 0
        }

        /// The crash as an error: the signal and Graphviz's last words.
        func crash(format: RenderFormat, engine: String) -> RenderError {
            let name = Self.signalNames[status].map { "\(status) (\($0))" } ?? "\(status)"
            let said = Self.excerpt(stderr)
            var error = RenderError(.crashed, reason: "it stopped with signal \(name) while laying out the graph with \"\(engine)\" for \(format.rawValue)")
            error.messages = said.isEmpty ? [] : [said]
            return error
        }

        static let signalNames: [Int32: String] = [SIGABRT: "SIGABRT", SIGSEGV: "SIGSEGV", SIGBUS: "SIGBUS",
                                                   SIGFPE: "SIGFPE", SIGILL: "SIGILL", SIGKILL: "SIGKILL"]

        /// The helper's standard error cut to what matters: an assertion line when there is one,
        /// else the last lines; the program name before an assertion is dropped.
        static func excerpt(_ data: Data) -> String {
            let lines = String(decoding: data.prefix(64 * 1024), as: UTF8.self).split(whereSeparator: \.isNewline)
                .map { String($0).trimmingWhitespace() }
                .filter { !$0.isEmpty && !$0.hasPrefix(RenderWorker.guardPrefix) }
            if let assertion = lines.first(where: { $0.contains("Assertion") }) {
                let text = assertion.firstRange(of: ": ").map { range -> String in
                    let program = assertion[..<range.lowerBound]
                    return program.contains(" ") ? assertion : String(assertion[range.upperBound...])
                } ?? assertion
                return String(text.prefix(400))
            }
            return String(lines.suffix(3).joined(separator: " ").prefix(400))
        }
    }

    /// Runs the helper once, feeding `input` on standard input.
    func run(_ request: [String], input: Data) throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments + request
        var environment = ProcessInfo.processInfo.environment
        // A crash is expected and reported here: no crash report from the Swift runtime.
        environment["SWIFT_BACKTRACE"] = "enable=no"
        process.environment = environment
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        do {
            try process.run()
        } catch {
            throw RenderError(.helper, reason: "the rendering helper \(executable.path) could not be started: \(error.localizedDescription)")
        }
        // Write and read at once: the DOT text and the image may each exceed a pipe's buffer.
        let group = DispatchGroup()
        let errors = DataBox()
        DispatchQueue.global().async(group: group) {
            let handle = stdin.fileHandleForWriting
            try? handle.write(contentsOf: input)
            try? handle.close()
        }
        DispatchQueue.global().async(group: group) {
            errors.set(stderr.fileHandleForReading.readDataToEndOfFile())
        }
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal,
                       stdout: output, stderr: errors.get())
    }
}

/// Bytes handed from a reading thread to the caller.
private final class DataBox: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    func set(_ value: Data) { lock.lock(); data = value; lock.unlock() }
    func get() -> Data { lock.lock(); defer { lock.unlock() }; return data }
}

/// The helper side of ``IsolatedRenderer``: one request per process.
///
/// The request is `--format svg|png|pdf --engine NAME [--guard]` and the DOT text on standard
/// input. The image goes to standard output with exit status 0; a ``RenderError`` goes to
/// standard output as JSON with exit status 3. With `--guard`, the number of edges the guard
/// merged is written to standard error.
public enum RenderWorker {
    static let success: Int32 = 0
    static let renderFailed: Int32 = 3
    static let usage: Int32 = 2
    static let guardPrefix = "guard merged edges: "

    /// Serves one request read from standard input; returns the exit status for the process.
    ///
    /// - Parameter arguments: The request's arguments (without the program name or the ones that
    ///   selected this mode).
    public static func serve(arguments: [String]) -> Int32 {
        var format: RenderFormat?, engine = "dot", guarded = false
        var i = 0
        while i < arguments.count {
            switch arguments[i] {
            case "--format" where i + 1 < arguments.count: format = RenderFormat(rawValue: arguments[i + 1]); i += 1
            case "--engine" where i + 1 < arguments.count: engine = arguments[i + 1]; i += 1
            case "--guard": guarded = true
            default: format = nil; i = arguments.count
            }
            i += 1
        }
        guard let format else {
            FileHandle.standardError.write(Data("render worker: expected --format svg|png|pdf [--engine NAME] [--guard]\n".utf8))
            return usage
        }
        let dot = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        do {
            let bytes = try GraphvizEngine.shared.render(dot: dot, format: format.graphvizName, engine: engine, guarded: guarded) { merged in
                FileHandle.standardError.write(Data("\(guardPrefix)\(merged)\n".utf8))
            }
            FileHandle.standardOutput.write(Data(bytes))
            return success
        } catch let error as RenderError {
            FileHandle.standardOutput.write(encode(error))
            return renderFailed
        } catch {
            FileHandle.standardOutput.write(encode(RenderError(.render, reason: "\(error)")))
            return renderFailed
        }
    }

    static func encode(_ error: RenderError) -> Data {
        let object: [String: Any] = ["code": error.code.name, "reason": error.reason, "messages": error.messages]
        return (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
    }

    static func decodeError(_ data: Data) -> RenderError {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let code = object["code"] as? String, let reason = object["reason"] as? String else {
            return RenderError(.helper, reason: "the rendering helper failed without saying why")
        }
        return RenderError(RenderError.Code(code), reason: reason, messages: object["messages"] as? [String] ?? [])
    }
}
