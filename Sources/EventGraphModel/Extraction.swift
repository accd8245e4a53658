/// Everything EventGraph extracts from one document: the JSON contract of `eventgraph extract`.
///
/// ```json
/// { "document": {"title": "…", "published": "2022-11-08", "language": "ar", "outlet": "مأرب برس"},
///   "actors": [ … ], "events": [ … ], "dates": [ … ] }
/// ```
/// An extraction is a value: a pure function of the document, the rules and the gazetteer.
public struct Extraction: Codable, Hashable, Sendable {
    /// The document's metadata as it appears in the contract.
    public struct DocumentInfo: Codable, Hashable, Sendable {
        public var title: String?
        public var published: String?
        public var language: LanguageCode
        public var outlet: String?
        public var path: String?
        public var url: String?

        public init(title: String?, published: String?, language: LanguageCode, outlet: String?,
                    path: String? = nil, url: String? = nil) {
            self.title = title
            self.published = published
            self.language = language
            self.outlet = outlet
            self.path = path
            self.url = url
        }

        public init(_ document: Document) {
            self.init(title: document.title, published: document.published, language: document.language,
                      outlet: document.outlet, path: document.path, url: document.url)
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(title, forKey: .title)
            try c.encode(published, forKey: .published)
            try c.encode(language, forKey: .language)
            try c.encode(outlet, forKey: .outlet)
            try c.encodeIfPresent(path, forKey: .path)
            try c.encodeIfPresent(url, forKey: .url)
        }
    }

    public var document: DocumentInfo
    public var actors: [NewsActor]
    public var events: [NewsEvent]
    public var dates: [TemporalExpression]

    public init(document: DocumentInfo, actors: [NewsActor] = [], events: [NewsEvent] = [],
                dates: [TemporalExpression] = []) {
        self.document = document
        self.actors = actors
        self.events = events
        self.dates = dates
    }

    /// The actor with the given extraction id.
    public func actor(_ id: String) -> NewsActor? { actors.first { $0.id == id } }
}
