/// An error in the shipped (or user-supplied) rules and lexicons of the temporal tagger.
///
/// `description` is one line, `file:line: reason`, so an editor can jump to the bad entry.
public struct ResourceError: Error, Sendable, CustomStringConvertible {
    /// What kind of problem it is; new codes are not source-breaking.
    public struct Code: Hashable, Sendable {
        /// The code's name as printed.
        public let name: String
        /// The resource folder or a file is missing or unreadable.
        public static let missing = Code(name: "missing resource")
        /// A line has the wrong number of columns or a bad header.
        public static let columns = Code(name: "bad columns")
        /// A form is not written in matching form, or a value is malformed.
        public static let badEntry = Code(name: "bad entry")
        /// The same form or rule id appears twice.
        public static let duplicate = Code(name: "duplicate")
        /// A pattern element or normalisation is not understood.
        public static let badRule = Code(name: "bad rule")
    }

    /// The kind of problem.
    public var code: Code
    /// The file, relative to the resources folder (`ar/patterns.tsv`).
    public var path: String
    /// The 1-based line number, or 0 when the problem is the file as a whole.
    public var line: Int
    /// What is wrong and what to do about it.
    public var reason: String

    /// Creates an error.
    public init(_ code: Code, path: String, line: Int, reason: String) {
        self.code = code
        self.path = path
        self.line = line
        self.reason = reason
    }

    public var description: String { "\(path):\(line): \(code.name): \(reason)" }
}
