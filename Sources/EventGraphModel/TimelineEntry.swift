/// One event on a chronological timeline.
public struct TimelineEntry: Codable, Hashable, Sendable {
    /// The event's key in the store.
    public var event: String
    public var type: EventType
    public var cameo: String
    /// The date the entry is placed at: the event's own date, or its report date when it has none.
    public var date: String?
    public var grain: DateGrain?
    /// Whether `date` is the report (publication) date because the event has no date of its own.
    public var isReportDate: Bool
    /// Whether the event is planned rather than something that happened.
    public var isPlanned: Bool
    /// Display names of the participants, source first.
    public var participants: [String]
    /// The participants' names in each language, in the order of `participants` (empty when unknown).
    public var participantNames: [ActorNames]
    /// The reports of the event.
    public var sources: [EventSource]

    public init(event: String, type: EventType, cameo: String, date: String?, grain: DateGrain?,
                isReportDate: Bool, isPlanned: Bool = false, participants: [String],
                participantNames: [ActorNames] = [], sources: [EventSource]) {
        self.event = event
        self.type = type
        self.cameo = cameo
        self.date = date
        self.grain = grain
        self.isReportDate = isReportDate
        self.isPlanned = isPlanned
        self.participants = participants
        self.participantNames = participantNames
        self.sources = sources
    }

    enum CodingKeys: String, CodingKey {
        case event, type, cameo, date, grain, isReportDate = "report_date", isPlanned = "planned",
             participants, participantNames = "participant_names", sources
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        event = try c.decode(String.self, forKey: .event)
        type = try c.decode(EventType.self, forKey: .type)
        cameo = try c.decode(String.self, forKey: .cameo)
        date = try c.decodeIfPresent(String.self, forKey: .date)
        grain = try c.decodeIfPresent(DateGrain.self, forKey: .grain)
        isReportDate = try c.decode(Bool.self, forKey: .isReportDate)
        isPlanned = try c.decodeIfPresent(Bool.self, forKey: .isPlanned) ?? false
        participants = try c.decode([String].self, forKey: .participants)
        participantNames = try c.decodeIfPresent([ActorNames].self, forKey: .participantNames) ?? []
        sources = try c.decode([EventSource].self, forKey: .sources)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(event, forKey: .event)
        try c.encode(type, forKey: .type)
        try c.encode(cameo, forKey: .cameo)
        try c.encodeIfPresent(date, forKey: .date)
        try c.encodeIfPresent(grain, forKey: .grain)
        try c.encode(isReportDate, forKey: .isReportDate)
        try c.encode(isPlanned, forKey: .isPlanned)
        try c.encode(participants, forKey: .participants)
        if !participantNames.isEmpty { try c.encode(participantNames, forKey: .participantNames) }
        try c.encode(sources, forKey: .sources)
    }
}

/// One report of an event: the document, its publisher and date, the outlets it cites for the
/// event, and the sentence that says so.
public struct EventSource: Codable, Hashable, Sendable {
    /// The document as its user knows it: the input's own `id`, else its file name, else the store key.
    public var document: String
    /// The document's key in the store (the first 12 hex digits of its content hash), when known.
    public var key: String?
    public var title: String?
    /// The publisher of the document: the outlet given with the input or named in its header.
    public var outlet: String?
    /// Other outlets the document credits for the event (`according to Interfax`), publisher excluded.
    public var cited: [String]
    public var published: String?
    public var language: LanguageCode?
    public var evidence: String

    public init(document: String, key: String? = nil, title: String? = nil, outlet: String?, cited: [String] = [],
                published: String?, language: LanguageCode? = nil, evidence: String) {
        self.document = document
        self.key = key
        self.title = title
        self.outlet = outlet
        self.cited = cited
        self.published = published
        self.language = language
        self.evidence = evidence
    }

    enum CodingKeys: String, CodingKey { case document, key, title, outlet, cited, published, language, evidence }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        document = try c.decode(String.self, forKey: .document)
        key = try c.decodeIfPresent(String.self, forKey: .key)
        title = try c.decodeIfPresent(String.self, forKey: .title)
        outlet = try c.decodeIfPresent(String.self, forKey: .outlet)
        cited = try c.decodeIfPresent([String].self, forKey: .cited) ?? []
        published = try c.decodeIfPresent(String.self, forKey: .published)
        language = try c.decodeIfPresent(LanguageCode.self, forKey: .language)
        evidence = try c.decode(String.self, forKey: .evidence)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(document, forKey: .document)
        try c.encodeIfPresent(key, forKey: .key)
        try c.encode(outlet, forKey: .outlet)
        if !cited.isEmpty { try c.encode(cited, forKey: .cited) }
        try c.encode(published, forKey: .published)
        try c.encode(evidence, forKey: .evidence)
    }
}

/// One interaction for "who spoke to whom": `eventgraph talks --format json` prints an array of these.
public struct TalkRecord: Codable, Hashable, Sendable {
    public var event: String
    public var type: EventType
    public var cameo: String
    public var date: String?
    public var grain: DateGrain?
    /// Actor keys of the pair.
    public var a: String
    public var b: String
    public var aName: String
    public var bName: String
    /// The pair's names in each language, when known.
    public var aNames: ActorNames?
    public var bNames: ActorNames?
    public var sources: [EventSource]

    public init(event: String, type: EventType, cameo: String, date: String?, grain: DateGrain?,
                a: String, b: String, aName: String, bName: String, aNames: ActorNames? = nil,
                bNames: ActorNames? = nil, sources: [EventSource]) {
        self.event = event
        self.type = type
        self.cameo = cameo
        self.date = date
        self.grain = grain
        self.a = a
        self.b = b
        self.aName = aName
        self.bName = bName
        self.aNames = aNames
        self.bNames = bNames
        self.sources = sources
    }

    enum CodingKeys: String, CodingKey {
        case event, type, cameo, date, grain, a, b, aName = "a_name", bName = "b_name", aNames = "a_names",
             bNames = "b_names", sources
    }
}

/// One actor of the store, for `eventgraph actors --format json`.
public struct ActorRecord: Codable, Hashable, Sendable {
    public var id: String
    public var name: String
    public var nameEN: String?
    public var nameAR: String?
    public var kind: ActorKind
    public var aliases: [String]
    public var documents: Int
    public var languages: [LanguageCode]

    public init(id: String, name: String, nameEN: String?, nameAR: String?, kind: ActorKind,
                aliases: [String], documents: Int, languages: [LanguageCode]) {
        self.id = id
        self.name = name
        self.nameEN = nameEN
        self.nameAR = nameAR
        self.kind = kind
        self.aliases = aliases
        self.documents = documents
        self.languages = languages
    }

    enum CodingKeys: String, CodingKey {
        case id, name, nameEN = "name_en", nameAR = "name_ar", kind, aliases, documents, languages
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(nameEN, forKey: .nameEN)
        try c.encode(nameAR, forKey: .nameAR)
        try c.encode(kind, forKey: .kind)
        try c.encode(aliases, forKey: .aliases)
        try c.encode(documents, forKey: .documents)
        try c.encode(languages, forKey: .languages)
    }
}
