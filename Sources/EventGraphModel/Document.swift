/// One article as read from a file, with its metadata.
///
/// The reader fills what the file gives (a JSON object's fields, an HTML title) and what it detects
/// in the text (title line, dateline, outlet, language); command-line metadata wins over both.
public struct Document: Codable, Hashable, Sendable {
    /// An identifier from the input (`id` of a JSON object) or the file name.
    public var id: String?
    /// Where the article was read from (a file path, `-` for standard input, or `path#N` in a JSONL file).
    public var path: String?
    /// The title: the first line of the text unless the input names one.
    public var title: String?
    /// The body text exactly as read; all offsets point into it.
    public var text: String
    /// The publication day, `YYYY-MM-DD`, when known.
    public var published: String?
    /// The outlet that published the article, when known.
    public var outlet: String?
    /// The article's URL, when the input gives one.
    public var url: String?
    /// The article's language.
    public var language: LanguageCode

    public init(id: String? = nil, path: String? = nil, title: String? = nil, text: String,
                published: String? = nil, outlet: String? = nil, url: String? = nil,
                language: LanguageCode) {
        self.id = id
        self.path = path
        self.title = title
        self.text = text
        self.published = published
        self.outlet = outlet
        self.url = url
        self.language = language
    }
}
