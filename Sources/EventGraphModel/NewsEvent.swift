/// An event found in one document: who did what with whom, when, and who reported it.
public struct NewsEvent: Codable, Hashable, Sendable {
    /// The id within this extraction (`e1`, `e2`, …).
    public var id: String
    public var type: EventType
    /// The CAMEO code (`040`, `042`, …).
    public var cameo: String
    /// Actor ids (within the extraction) of everyone taking part, source first where known.
    public var participants: [String]
    /// The actor that acts, where the language gives one.
    public var source: String?
    /// The actor acted upon or addressed, where the language gives one.
    public var target: String?
    /// The event's own date as a TimeML value (`2022-11-05`, `2022-11`, `2022`), or `nil` when
    /// the text gives none (the report date is then the document's publication date).
    public var date: String?
    /// The end of a date range, when the text gives one.
    public var dateEnd: String?
    /// The date expression the date comes from.
    public var dateText: String?
    /// The precision of `date`.
    public var grain: DateGrain?
    /// Actor ids of the outlets that reported the event.
    public var reportedBy: [String]
    /// How sure the extractor is, from 0 to 1.
    public var confidence: Double
    /// Whether the event is planned or expected rather than something that happened.
    public var isPlanned: Bool
    /// The sentence or clause that says so.
    public var evidence: TextSpan

    public init(id: String, type: EventType, cameo: String? = nil, participants: [String],
                source: String? = nil, target: String? = nil, date: String? = nil,
                dateEnd: String? = nil, dateText: String? = nil, grain: DateGrain? = nil,
                reportedBy: [String] = [], confidence: Double, isPlanned: Bool = false,
                evidence: TextSpan) {
        self.id = id
        self.type = type
        self.cameo = cameo ?? type.defaultCAMEO
        self.participants = participants
        self.source = source
        self.target = target
        self.date = date
        self.dateEnd = dateEnd
        self.dateText = dateText
        self.grain = grain ?? date.map { DateValue($0).grain }
        self.reportedBy = reportedBy
        self.confidence = confidence
        self.isPlanned = isPlanned
        self.evidence = evidence
    }

    enum CodingKeys: String, CodingKey {
        case id, type, cameo, participants, source, target, date, dateEnd = "date_end",
             dateText = "date_text", grain, reportedBy = "reported_by", confidence,
             isPlanned = "planned", evidence
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        type = try c.decode(EventType.self, forKey: .type)
        cameo = try c.decodeIfPresent(String.self, forKey: .cameo) ?? type.defaultCAMEO
        participants = try c.decodeIfPresent([String].self, forKey: .participants) ?? []
        source = try c.decodeIfPresent(String.self, forKey: .source)
        target = try c.decodeIfPresent(String.self, forKey: .target)
        date = try c.decodeIfPresent(String.self, forKey: .date)
        dateEnd = try c.decodeIfPresent(String.self, forKey: .dateEnd)
        dateText = try c.decodeIfPresent(String.self, forKey: .dateText)
        grain = try c.decodeIfPresent(DateGrain.self, forKey: .grain) ?? date.map { DateValue($0).grain }
        reportedBy = try c.decodeIfPresent([String].self, forKey: .reportedBy) ?? []
        confidence = try c.decodeIfPresent(Double.self, forKey: .confidence) ?? 0.5
        isPlanned = try c.decodeIfPresent(Bool.self, forKey: .isPlanned) ?? false
        evidence = try c.decode(TextSpan.self, forKey: .evidence)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(type, forKey: .type)
        try c.encode(cameo, forKey: .cameo)
        try c.encode(participants, forKey: .participants)
        try c.encode(source, forKey: .source)
        try c.encode(target, forKey: .target)
        try c.encode(date, forKey: .date)
        try c.encodeIfPresent(dateEnd, forKey: .dateEnd)
        try c.encode(dateText, forKey: .dateText)
        try c.encodeIfPresent(grain, forKey: .grain)
        try c.encode(reportedBy, forKey: .reportedBy)
        try c.encode(confidence, forKey: .confidence)
        if isPlanned { try c.encode(true, forKey: .isPlanned) }
        try c.encode(evidence, forKey: .evidence)
    }
}
