/// Why an input could not be read or stored; one line per problem for the command line.
///
/// ```
/// notes/scan.pdf: not UTF-8: the file is not UTF-8 text (invalid sequence 0xFF at byte 10)
/// ```
public struct InputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, as an extensible set of codes.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        public let name: String
        public init(_ name: String) { self.name = name }
        public var description: String { name }

        public static let notFound = Code("not found")
        public static let unreadable = Code("unreadable")
        public static let empty = Code("empty file")
        public static let binary = Code("binary file")
        public static let notUTF8 = Code("not UTF-8")
        public static let tooLarge = Code("too large")
        public static let malformed = Code("malformed")
        public static let badMetadata = Code("bad metadata")
        public static let unsupported = Code("unsupported format")
        public static let storeFailed = Code("store failed")
        /// A named pipe, socket or device where a file was expected; it is skipped, never read.
        public static let special = Code("special file")
    }

    public var code: Code
    /// The file (or `path#N` entry) the problem is about.
    public var path: String
    /// What went wrong and, where it helps, what to do.
    public var reason: String

    public init(_ code: Code, path: String, reason: String) {
        self.code = code
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(code.name): \(reason)" }
}
