/// Why the event extractor's shipped rules could not be loaded.
///
/// ```
/// ar/triggers.tsv:14: unknown frame "subjet-object" (expected one of: subject-object, …)
/// ```
public struct EventRulesError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, as an extensible set of codes.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        public let name: String
        public init(_ name: String) { self.name = name }
        public var description: String { name }

        /// A resource file is missing from the bundle.
        public static let missingFile = Code("missing file")
        /// A line does not have the columns the file's header asks for.
        public static let badColumns = Code("bad columns")
        /// A value is not one the column allows (type, frame, cue kind, CAMEO code).
        public static let badValue = Code("bad value")
        /// An entry is not written in matching form.
        public static let notMatchingForm = Code("not in matching form")
        /// The same entry appears twice.
        public static let duplicate = Code("duplicate")
    }

    public var code: Code
    /// The file, relative to the resources folder (`ar/triggers.tsv`).
    public var path: String
    /// The 1-based line number, or 0 for the whole file.
    public var line: Int
    /// What went wrong and what to do.
    public var reason: String

    public init(_ code: Code, path: String, line: Int, reason: String) {
        self.code = code
        self.path = path
        self.line = line
        self.reason = reason
    }

    /// One line: `file:line: reason`.
    public var description: String { "\(path):\(line): \(code.name): \(reason)" }
}
