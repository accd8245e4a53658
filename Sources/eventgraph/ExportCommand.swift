import ArgumentParser
import EventGraphModel
import Foundation
import GraphExport
import GraphStore
import GraphvizRendering

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the graph (Graphviz, GraphML, GEXF, JSON) or the timeline (Markdown, HTML, JSON, CSV, iCalendar).",
        subcommands: [ExportGraphCommand.self, ExportTimelineCommand.self])
}

/// Graph formats: DOT text, rendered pictures, and interchange formats.
enum GraphFormat: String, ExpressibleByArgument, CaseIterable {
    case dot, svg, png, pdf, graphml, gexf, json

    /// Whether the format carries each edge's events and reports (the interchange formats do).
    var carriesEvidence: Bool { self == .graphml || self == .gexf || self == .json }
}

/// Timeline formats.
enum TimelineFormat: String, ExpressibleByArgument, CaseIterable {
    case md, html, json, csv, ics
}

/// Serialises timeline entries in one format.
enum TimelineOutput {
    static func text(_ entries: [TimelineEntry], format: TimelineFormat, title: String?,
                     slides: Int? = TimelineExporter.timelineJSSlides) -> String {
        switch format {
        case .md: TimelineExporter.markdown(entries, title: title)
        case .html: TimelineExporter.html(entries, title: title)
        case .json: TimelineExporter.json(entries, title: title, maxSlides: slides)
        case .csv: TimelineExporter.csv(entries)
        case .ics: TimelineExporter.ics(entries)
        }
    }
}

struct ExportGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Export the actor graph, whole or as an ego network around one actor.",
        discussion: """
            The diagram shows actors and who they dealt with: one edge per pair, wider for more
            events, labelled with their types. Outlets are left out unless --outlets is given; at
            most --top actors are drawn, the most connected. Up to 30 actors are ranked by dot with
            a cluster per country; larger graphs are spread by neato (sfdp above 400 actors) with
            overlaps removed.
            SVG, PNG and PDF are rendered by Graphviz (cairo: Arabic shaped, right to left) in a helper
            process, so that a Graphviz crash is an error message, not a crash of this command.

            Example:
              eventgraph export graph --format png -o graph.png --db Output/eventgraph.sqlite
              eventgraph export graph --actor Sullivan --depth 1 --from 2022 --format svg -o sullivan.svg --db Output/eventgraph.sqlite
            """)

    @OptionGroup var store: StoreOptions
    @Option(help: "dot, svg, png, pdf, graphml, gexf or json (the last three with each edge's events, sources and evidence).")
    var format: GraphFormat = .dot
    @Option(help: "Only the ego network of this actor.") var actor: String?
    @Option(help: "Hops around --actor.") var depth: Int = 1
    @OptionGroup var window: DateWindow
    @OptionGroup var diagram: DiagramOptions
    @Option(help: "The caption (default: what the diagram shows and leaves out).") var title: String?
    @OptionGroup var labels: LabelOptions
    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.") var output: String?

    func run() throws {
        let graph = try store.open()
        let key = try actor.map { try resolveActor($0, in: graph) }
        let days = window.days
        let snapshot = try graph.graph(GraphFilter(actor: key, depth: depth, from: days.from, to: days.to,
                                                   maxNodes: diagram.top(for: format), outlets: diagram.outlets,
                                                   evidence: format.carriesEvidence))
        let language = try labels.language(in: graph)
        let caption = try title ?? DiagramCaption.text(for: snapshot, centre: key, depth: depth,
                                                       top: diagram.top(for: format), outlets: diagram.outlets,
                                                       window: (window.from, window.to),
                                                       totalActors: graph.statistics().actors, language: language)
        let style = DiagramStyle(layout: diagram.layout.layout, language: language, title: caption)
        try Terminal.write(try GraphOutput.data(snapshot, format: format, style: style), to: output, sparing: store.db)
    }
}

struct ExportTimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Export the events in date order; events with no date of their own sit at their report date, marked.",
        discussion: """
            Dates far from their reports (more than 10 years before, or after them) and dates known only
            to the decade or century are marked "date uncertain". TimelineJS (json) gets a title slide
            and at most --slides events, the most reported. iCalendar (ics) gives all-day events: a
            day, or the days of a week; a month, a year or a century is one day, its first, with the
            date in the summary. CSV gives the TimeML value, its first and last ISO day and a label.

            Example:
              eventgraph export timeline --format html -o timeline.html --db Output/eventgraph.sqlite
              eventgraph export timeline --format json --slides 50 --type meet -o talks.json --db Output/eventgraph.sqlite
            """)

    @OptionGroup var store: StoreOptions
    @Option(help: "md, html, json (TimelineJS), csv or ics.") var format: TimelineFormat = .md
    @Option(help: "Only events with this actor.") var actor: String?
    @Option(help: "Only events of this type.") var type: EventType?
    @OptionGroup var window: DateWindow
    @Option(help: "The title (default: EventGraph timeline).") var title: String = "EventGraph timeline"
    @Option(help: "TimelineJS: at most this many event slides, the most reported (default 100).")
    var slides: Int = TimelineExporter.timelineJSSlides
    @OptionGroup var labels: LabelOptions
    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.") var output: String?

    mutating func validate() throws {
        if slides < 1 { throw ValidationError("--slides: give at least 1") }
    }

    func run() throws {
        let graph = try store.open()
        let key = try actor.map { try resolveActor($0, in: graph) }
        let days = window.days
        let entries = Labels.apply(try labels.language(in: graph),
                                   to: try graph.events(EventFilter(from: days.from, to: days.to, actor: key, type: type)))
        try Terminal.write(TimelineOutput.text(entries, format: format, title: title, slides: slides), to: output, sparing: store.db)
    }
}
