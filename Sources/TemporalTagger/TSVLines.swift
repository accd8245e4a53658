/// The data lines of a shipped TSV file: the header checked, `#` comments and blank lines skipped.
enum TSVLines {
    /// Rows with their 1-based line numbers, after the header.
    ///
    /// - Throws: `ResourceError` when the first data line is not `header`, or when there is none
    ///   (`emptyReason` says what kind of file it is).
    static func rows(_ content: String, header: [String], path: String, emptyReason: String) throws
        -> [(line: Int, cols: [String])]
    {
        var rows: [(line: Int, cols: [String])] = []
        var sawHeader = false
        for (index, rawLine) in content.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = index + 1
            let text = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if text.isEmpty || text.hasPrefix("#") { continue }
            let cols = text.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if !sawHeader {
                guard cols == header else {
                    throw ResourceError(.columns, path: path, line: line,
                                        reason: "the header must be \(header.joined(separator: "<TAB>"))")
                }
                sawHeader = true
                continue
            }
            rows.append((line, cols))
        }
        guard sawHeader else { throw ResourceError(.columns, path: path, line: 0, reason: emptyReason) }
        return rows
    }
}
