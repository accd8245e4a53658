import EventGraphModel

/// Metadata given by the user (the command line) and limits for reading.
///
/// Every field that is set wins over what the input gives (a JSON object's fields, an HTML
/// `<meta>` tag) and over what the reader detects in the text.
public struct ReaderOptions: Sendable, Hashable {
    /// The publication day, `YYYY-MM-DD` (an ISO timestamp is cut to its day).
    public var published: String?
    /// The outlet that published every article read with these options.
    public var outlet: String?
    /// The language of every article read with these options.
    public var language: LanguageCode?
    /// The title (only sensible for a single article).
    public var title: String?
    /// Files larger than this many bytes are rejected with ``InputError/Code/tooLarge``.
    public var maxBytes: Int = 20_000_000

    /// Creates options; `nil` means "take it from the input or detect it".
    public init(published: String? = nil, outlet: String? = nil, language: LanguageCode? = nil,
                title: String? = nil, maxBytes: Int = 20_000_000) {
        self.published = published
        self.outlet = outlet
        self.language = language
        self.title = title
        self.maxBytes = maxBytes
    }
}
