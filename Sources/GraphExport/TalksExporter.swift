import EventGraphModel

/// "Who spoke to whom" as a Markdown report.
public enum TalksExporter {
    /// A Markdown table of interactions sorted by date (undated last), with the reporting outlets
    /// and the sentence that says so.
    ///
    /// - Parameter talks: The interactions, in any order.
    /// - Returns: CommonMark text with a heading and one table row per interaction.
    public static func markdown(_ talks: [TalkRecord]) -> String {
        let md = TextEscaping.markdown
        var out = "# Who spoke to whom\n\n"
        guard !talks.isEmpty else { return out + "No interactions.\n" }
        out += "| Date | Type | Who | With whom | Reported by | Evidence |\n"
        out += "|---|---|---|---|---|---|\n"
        for talk in sorted(talks) {
            let outlets = talk.sources.map { Bidi.isolatingLTRRuns(TimelineOrder.attribution($0)) }.joined(separator: "; ")
            let evidence = talk.sources.map(\.evidence).filter { !$0.isEmpty }.joined(separator: " / ")
            let cells = [DateLabel.readable(talk.date, grain: talk.grain), talk.type.rawValue, talk.aName,
                         talk.bName, outlets, evidence]
            out += "| " + cells.map(md).joined(separator: " | ") + " |\n"
        }
        return out
    }

    /// Talks by date (first day, coarser first), then names; undated last.
    static func sorted(_ talks: [TalkRecord]) -> [TalkRecord] {
        talks.enumerated().sorted { l, r in
            let a = DateLabel.sortKey(l.element.date), b = DateLabel.sortKey(r.element.date)
            switch (a, b) {
            case let (a?, b?):
                if a.first != b.first { return a.first < b.first }
                if a.last != b.last { return a.last > b.last }
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): break
            }
            let ka = (l.element.aName, l.element.bName, l.element.event)
            let kb = (r.element.aName, r.element.bName, r.element.event)
            if ka != kb { return ka < kb }
            return l.offset < r.offset
        }.map(\.element)
    }
}
