/// Why Graphviz could not turn DOT text into an image.
///
/// ```
/// syntax error: Graphviz could not read the DOT text: Error: syntax error in line 1 near '}'
/// ```
public struct RenderError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, as an extensible set of codes.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        public let name: String
        public init(_ name: String) { self.name = name }
        public var description: String { name }

        /// The DOT text could not be parsed (or held no graph).
        public static let syntax = Code("syntax error")
        /// The layout engine is unknown or failed.
        public static let layout = Code("layout failed")
        /// The output format is not available or rendering failed.
        public static let render = Code("render failed")
        /// Graphviz crashed (an assertion or a fault) while drawing; only the helper process died.
        public static let crashed = Code("Graphviz crashed")
        /// The helper process of ``IsolatedRenderer`` could not be run or gave no answer.
        public static let helper = Code("rendering helper failed")
    }

    /// What went wrong.
    public var code: Code
    /// What happened and, where it helps, what to do.
    public var reason: String
    /// The messages Graphviz reported through `agerr` while the call ran, verbatim (a message may
    /// arrive in several pieces; `description` joins them).
    public var messages: [String]

    public init(_ code: Code, reason: String, messages: [String] = []) {
        self.code = code
        self.reason = reason
        self.messages = messages
    }

    /// One line: `code: reason: graphviz messages`.
    public var description: String {
        // Graphviz hands a message over in pieces ("Error", ": syntax error…\n"): join, then split on lines.
        let detail = messages.joined().split(whereSeparator: \.isNewline)
            .map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }.joined(separator: " ")
        return detail.isEmpty ? "\(code.name): \(reason)" : "\(code.name): \(reason): \(detail)"
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
