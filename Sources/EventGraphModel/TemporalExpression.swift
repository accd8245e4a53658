/// A date expression found in a text and normalised against an anchor (the publication date).
///
/// `value` follows TimeML: an ISO 8601 prefix whose length is its grain (`2022-11-05`, `2022-11`,
/// `2022`, `2022-W45`, `2022-Q3`, `2022-SU`), `PAST_REF`/`PRESENT_REF`/`FUTURE_REF`, a time
/// (`2022-11-05T14:00`), a duration (`P3D`) or, without an anchor, an unresolved `XXXX-…` form.
public struct TemporalExpression: Codable, Hashable, Sendable {
    /// Code-point offset of the first character in the text given to the tagger.
    public var start: Int
    /// Code-point offset one past the last character.
    public var end: Int
    /// The expression as written.
    public var text: String
    /// The normalised TIMEX3 value.
    public var value: String
    /// The precision of `value`.
    public var grain: DateGrain
    /// The TIMEX3 type.
    public var type: TimexType
    /// The id of the rule that matched (`ar.date.weekday-past`); not part of the JSON output.
    public var rule: String
    /// The date the value was counted from when it is not the anchor (`three days later` after
    /// `Nov. 4` is counted from `2022-11-04`); `nil` when counted from the anchor. Not part of the
    /// JSON output.
    public var reference: String? = nil

    public init(start: Int, end: Int, text: String, value: String, grain: DateGrain,
                type: TimexType, rule: String) {
        self.start = start
        self.end = end
        self.text = text
        self.value = value
        self.grain = grain
        self.type = type
        self.rule = rule
    }

    enum CodingKeys: String, CodingKey { case start, end, text, value, grain, type }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        start = try c.decode(Int.self, forKey: .start)
        end = try c.decode(Int.self, forKey: .end)
        text = try c.decode(String.self, forKey: .text)
        value = try c.decode(String.self, forKey: .value)
        grain = try c.decodeIfPresent(DateGrain.self, forKey: .grain) ?? DateValue(value).grain
        type = try c.decodeIfPresent(TimexType.self, forKey: .type) ?? .date
        rule = ""
    }
}
