import Foundation

/// Where things are when the tests run: the package, `../shared`, the built command.
public enum TestPaths {
    /// The package root (the folder of `Package.swift`).
    public static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }   // Tests/EventGraphTestSupport/TestSupport.swift
        return url
    }()

    /// `../shared` beside the checkout, or `nil` in a user's clone that has none.
    public static var shared: URL? {
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: url.appendingPathComponent("corpus").path) ? url : nil
    }

    /// The `eventgraph` executable built beside the test bundle.
    public static var eventgraph: URL {
        let candidates = [
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("eventgraph"),
            Bundle.main.bundleURL.appendingPathComponent("eventgraph"),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("eventgraph"),
            packageRoot.appendingPathComponent(".build/debug/eventgraph"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[3]
    }

    /// A new empty temporary folder.
    public static func temporaryFolder(_ name: String = "eventgraph-test") throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(name)-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// The result of running a command.
public struct CommandResult: Sendable {
    public let status: Int32
    public let stdout: String
    public let stderr: String
}

/// Runs the `eventgraph` command (or another program) and collects its output.
public enum CommandRunner {
    /// Runs `eventgraph` with arguments, in `directory` (default: the package root).
    public static func eventgraph(_ arguments: [String], in directory: URL? = nil, stdin: Data? = nil,
                                  environment: [String: String] = [:]) throws -> CommandResult {
        try run(TestPaths.eventgraph, arguments, in: directory, stdin: stdin, environment: environment)
    }

    /// Runs a program with arguments and collects status, standard output and standard error.
    /// `environment` adds to (or replaces in) this process's environment.
    public static func run(_ program: URL, _ arguments: [String], in directory: URL? = nil,
                           stdin: Data? = nil, environment: [String: String] = [:]) throws -> CommandResult {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        }
        process.currentDirectoryURL = directory ?? TestPaths.packageRoot
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        // Read both pipes before waiting, so a large output cannot block the child.
        let group = DispatchGroup()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return CommandResult(status: process.terminationStatus,
                             stdout: String(decoding: outData, as: UTF8.self),
                             stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// Compares output with a golden file; `EVENTGRAPH_RECORD_GOLDEN=1` writes the file instead.
public enum Golden {
    public static var isRecording: Bool { ProcessInfo.processInfo.environment["EVENTGRAPH_RECORD_GOLDEN"] == "1" }

    /// The golden text at `url`, after recording `actual` there when recording is on.
    public static func expected(_ actual: String, at url: URL) throws -> String? {
        if isRecording {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
        }
        return try? String(contentsOf: url, encoding: .utf8)
    }
}

/// One row of a TSV corpus file, with where it came from.
public struct CorpusRow: Sendable, CustomStringConvertible, CustomTestStringConvertibleShim {
    public let file: String
    public let line: Int
    public let fields: [String]

    public subscript(_ i: Int) -> String { i < fields.count ? fields[i] : "" }
    public var description: String { "\(file):\(line) «\(self[0])»" }
    public var testDescription: String { description }
}

/// Stands in for `CustomTestStringConvertible` so this target needs no test framework.
public protocol CustomTestStringConvertibleShim { var testDescription: String { get } }

/// Reads TSV corpora: a header line, `#` comments and blank lines skipped.
public enum CorpusFile {
    /// The rows of a TSV file.
    public static func rows(_ url: URL) throws -> [CorpusRow] {
        let text = try String(contentsOf: url, encoding: .utf8)
        var rows: [CorpusRow] = []
        var sawHeader = false
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : String(raw)
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
            if !sawHeader { sawHeader = true; continue }
            rows.append(CorpusRow(file: url.lastPathComponent, line: i + 1,
                                  fields: line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)))
        }
        return rows
    }
}
