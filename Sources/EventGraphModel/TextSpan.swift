/// A span of a document's text.
///
/// Offsets count Unicode scalars (code points, what Python's `str` indexing counts) from the
/// start of the document text exactly as it was read; `end` is exclusive.
public struct TextSpan: Codable, Hashable, Sendable {
    public var start: Int
    public var end: Int
    public var text: String

    public init(start: Int, end: Int, text: String) {
        self.start = start
        self.end = end
        self.text = text
    }

    /// Whether this span and `other` share at least one code point.
    public func overlaps(_ other: TextSpan) -> Bool { start < other.end && other.start < end }
}
