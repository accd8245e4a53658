/// Why the graph store could not open, read or write; one line per problem for the command line.
///
/// ```
/// out/eventgraph.sqlite: not a database: the file exists but is not an SQLite database (header "hello world…")
/// ```
public struct StoreError: Error, Sendable, CustomStringConvertible {
    /// What went wrong, as an extensible set of codes.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        public let name: String
        public init(_ name: String) { self.name = name }
        public var description: String { name }

        /// The file exists but is not an SQLite database; it was left untouched.
        public static let notADatabase = Code("not a database")
        /// A query named a store that does not exist (queries never create one).
        public static let noStore = Code("no store")
        /// The file is an SQLite database of another application (or empty); it was left untouched.
        public static let notAStore = Code("not an EventGraph store")
        /// The store is damaged (`PRAGMA quick_check` or SQLite found corruption); nothing was written.
        public static let corrupt = Code("damaged store")
        /// Another process kept the store locked for longer than the busy timeout, retries included.
        public static let busy = Code("store busy")
        /// The file could not be opened or created (permissions, a folder, a missing parent folder).
        public static let cannotOpen = Code("cannot open")
        /// The schema could not be created or upgraded.
        public static let migrationFailed = Code("migration failed")
        /// An extraction refers to something it does not contain (an event participant id missing from actors).
        public static let invalidExtraction = Code("invalid extraction")
        /// A key passed to a query or a merge names no node.
        public static let notFound = Code("not found")
        /// A merge that would break the graph (an event node named as an actor).
        public static let cannotMerge = Code("cannot merge")
        /// SQLite refused a statement.
        public static let databaseError = Code("database error")
    }

    public var code: Code
    /// The store file (or `:memory:`), or the document path for ingest errors.
    public var path: String
    /// What went wrong and, where it helps, what to do.
    public var reason: String
    /// The error underneath, when there is one (a GRDB `DatabaseError`).
    public var underlying: (any Error & Sendable)?

    public init(_ code: Code, path: String, reason: String, underlying: (any Error & Sendable)? = nil) {
        self.code = code
        self.path = path
        self.reason = reason
        self.underlying = underlying
    }

    public var description: String { "\(path): \(code.name): \(reason)" }

    /// The one-line description followed by the underlying error, for `--verbose`.
    public var detailedDescription: String {
        guard let underlying else { return description }
        return description + "\n  caused by: \(underlying)"
    }
}
