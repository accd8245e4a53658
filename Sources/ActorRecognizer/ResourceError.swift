/// A problem with a gazetteer or lexicon file of the actor recognizer.
///
/// `description` reads `path:line: reason`, so an editor can jump to the bad entry.
public struct ResourceError: Error, Sendable, CustomStringConvertible {
    /// What kind of problem it is; new codes are not source-breaking.
    public struct Code: Hashable, Sendable {
        public let name: String
        /// The file could not be read.
        public static let unreadable = Code(name: "unreadable")
        /// A line is not a JSON object of the gazetteer format, or a TSV line has the wrong columns.
        public static let malformed = Code(name: "malformed")
        /// An id appears twice.
        public static let duplicate = Code(name: "duplicate")
        /// A field has a value the format does not allow (unknown kind, unknown country id…).
        public static let invalidValue = Code(name: "invalid value")
        /// A name is not in matching-ready form (tashkeel, tatweel, presentation forms, stray spaces).
        public static let notNormalized = Code(name: "not normalized")
    }

    public var code: Code
    /// The file the problem is in.
    public var path: String
    /// The 1-based line, or 0 for the whole file.
    public var line: Int
    /// What went wrong and what to do.
    public var reason: String

    public init(code: Code, path: String, line: Int, reason: String) {
        self.code = code
        self.path = path
        self.line = line
        self.reason = reason
    }

    public var description: String { "\(path):\(line): \(reason)" }
}
