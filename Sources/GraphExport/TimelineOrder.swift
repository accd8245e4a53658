import EventGraphModel

/// Chronological order and grouping shared by the timeline exports.
enum TimelineOrder {
    /// Entries by date: first day, then coarser values before finer ones on the same day, then
    /// event key; entries without a calendar date come last, in key order.
    static func sorted(_ entries: [TimelineEntry]) -> [TimelineEntry] {
        entries.enumerated().sorted { l, r in
            let a = DateLabel.sortKey(l.element.date), b = DateLabel.sortKey(r.element.date)
            switch (a, b) {
            case let (a?, b?):
                if a.first != b.first { return a.first < b.first }
                if a.last != b.last { return a.last > b.last }
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): break
            }
            if l.element.event != r.element.event { return l.element.event < r.element.event }
            return l.offset < r.offset
        }.map(\.element)
    }

    /// Sorted entries grouped under their readable date (consecutive runs with the same label).
    static func grouped(_ entries: [TimelineEntry]) -> [(label: String, entries: [TimelineEntry])] {
        var groups: [(label: String, entries: [TimelineEntry])] = []
        for entry in sorted(entries) {
            let label = DateLabel.sortKey(entry.date) == nil
                ? (entry.date.map { DateLabel.readable($0, grain: entry.grain) } ?? "Undated")
                : DateLabel.readable(entry.date, grain: entry.grain)
            if let last = groups.indices.last, groups[last].label == label {
                groups[last].entries.append(entry)
            } else {
                groups.append((label, [entry]))
            }
        }
        return groups
    }

    /// The English notes of an entry: planned, placed at its report date, date uncertain.
    static func marks(_ entry: TimelineEntry) -> [String] {
        var marks: [String] = []
        if entry.isPlanned { marks.append("planned") }
        if entry.isReportDate {
            marks.append("reported \(DateLabel.readable(entry.date, grain: entry.grain)), no date of its own")
        }
        if let note = DateCertainty.note(entry) { marks.append(note) }
        return marks
    }

    /// A one-line English headline: `talk: A — B`.
    static func headline(_ entry: TimelineEntry) -> String {
        let who = entry.participants.joined(separator: " — ")
        return who.isEmpty ? entry.type.rawValue : "\(entry.type.rawValue): \(who)"
    }

    /// The publisher and readable publication date of a source, the outlets it cites and the
    /// document: `Xinhua, 5 March 2014, citing Interfax (en-21)`.
    static func attribution(_ source: EventSource) -> String {
        var parts: [String] = []
        if let outlet = source.outlet, !outlet.isEmpty { parts.append(outlet) }
        if let published = source.published, !published.isEmpty {
            parts.append(DateLabel.readable(published, grain: nil))
        }
        if !source.cited.isEmpty { parts.append("citing " + source.cited.joined(separator: " and ")) }
        if parts.isEmpty { return source.title.flatMap { $0.isEmpty ? nil : $0 } ?? source.document }
        return parts.joined(separator: ", ") + " (\(source.document))"
    }

    /// ``attribution(_:)`` as HTML for a left-to-right line: every name and date in its own `<bdi>`,
    /// so that `مأرب برس, 8 November 2022` keeps its order in any paragraph direction (without the
    /// isolates, the date next to Arabic reads "November 2022 8").
    static func attributionHTML(_ source: EventSource) -> String {
        let esc = TextEscaping.html
        func isolate(_ text: String) -> String {
            let dir = Bidi.containsArabic(text) ? "" : " dir=\"ltr\""
            return "<bdi\(dir)>\(esc(text))</bdi>"
        }
        var parts: [String] = []
        if let outlet = source.outlet, !outlet.isEmpty { parts.append(isolate(outlet)) }
        if let published = source.published, !published.isEmpty {
            parts.append(isolate(DateLabel.readable(published, grain: nil)))
        }
        if !source.cited.isEmpty { parts.append("citing " + source.cited.map(isolate).joined(separator: " and ")) }
        if parts.isEmpty { return isolate(source.title.flatMap { $0.isEmpty ? nil : $0 } ?? source.document) }
        return parts.joined(separator: ", ") + " (\(isolate(source.document)))"
    }

    /// The publishers of an entry's sources, each once, in order.
    static func outlets(_ sources: [EventSource]) -> [String] {
        var seen = Set<String>()
        return sources.compactMap(\.outlet).filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    /// The documents of an entry's sources, each once, in order.
    static func documents(_ sources: [EventSource]) -> [String] {
        var seen = Set<String>()
        return sources.map(\.document).filter { seen.insert($0).inserted }
    }
}
