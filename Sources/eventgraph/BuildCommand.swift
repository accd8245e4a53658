import ArgumentParser
import EventGraphModel
import ExtractionPipeline
import Foundation
import GraphExport
import GraphStore

/// `eventgraph build`: the main job — ingest, then write every export into a folder.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Ingest articles and write the store, the diagrams (DOT, SVG, PNG, PDF), the timelines and the talks into a folder.",
        discussion: """
            Writes into --out: eventgraph.sqlite; graph.dot, graph.svg, graph.png, graph.pdf (the
            actors and who they dealt with, the --top most connected, without outlets);
            graph-outlets.svg and graph-outlets.png (the same with the outlets and what they
            reported); ego-NAME.svg and ego-NAME.png (each --ego actor and its direct links; by
            default the most connected actor); timeline.md, timeline.html, timeline.json; talks.md.

            Example:
              eventgraph build Fixtures --out Output --fresh
            """)

    @OptionGroup var metadata: MetadataOptions
    @Option(help: "The output folder.") var out: String = "Output"
    @Option(help: "The store to use (default: eventgraph.sqlite in --out).") var db: String?
    @Flag(help: "Start from an empty store (the old one is removed first).") var fresh = false
    @Flag(help: "Do not show progress, even on a terminal.") var quiet = false
    @Option(help: "At most this many actors in the diagrams, the most connected.") var top: Int = 150
    @Option(help: "Show names in this language (en or ar) from now on, in these outputs and later queries of the store.")
    var labelLang: LanguageCode?
    @Option(help: "Draw the ego network of this actor too (may be repeated; default: the most connected actor).")
    var ego: [String] = []
    @Argument(help: "Files, folders or - (standard input).") var inputs: [String]

    func run() throws {
        let fm = FileManager.default
        try? fm.createDirectory(atPath: out, withIntermediateDirectories: true)
        let dbPath = storePath
        // A --db that is one of the files written below is refused before anything is read or removed.
        for name in Self.fixedOutputs {
            try OutputGuard.check((out as NSString).appendingPathComponent(name), store: dbPath)
        }
        if fresh {
            for suffix in ["", "-wal", "-shm"] { try? fm.removeItem(atPath: dbPath + suffix) }
        }
        let pipeline = try ExtractionPipeline.shipped(gazetteers: metadata.gazetteers)
        let graph = try StoreOptions.open(path: dbPath, access: .readWrite)
        let ingestion = Ingestion(pipeline: pipeline, reader: metadata.makeReader(tagger: pipeline.tagger), store: graph)
        let summary = ingestion.run(inputs, showProgress: !quiet && Terminal.isInteractive)
        Terminal.error(summary.line)
        if let labelLang { try graph.setLabelLanguage(labelLang) }
        let language = try graph.labelLanguage()

        func path(_ name: String) -> String { (out as NSString).appendingPathComponent(name) }
        var written = ["eventgraph.sqlite"]
        // A picture Graphviz cannot draw is named; the other files are still written, then exit 1.
        var unrendered = 0
        written += try writeDiagrams(graph, language: language, into: path) { file, failure in
            Terminal.error("eventgraph: \(path(file)): \(failure)")
            unrendered += 1
        }
        let entries = Labels.apply(language, to: try graph.events(EventFilter()))
        for format in [TimelineFormat.md, .html, .json] {
            try Terminal.write(TimelineOutput.text(entries, format: format, title: "EventGraph timeline"),
                               to: path("timeline.\(format.rawValue)"), sparing: dbPath)
        }
        let talks = Labels.apply(language, to: try graph.talks(TalkFilter()))
        try Terminal.write(TalksExporter.markdown(talks), to: path("talks.md"), sparing: dbPath)
        written += ["timeline.md", "timeline.html", "timeline.json", "talks.md"]
        Terminal.error("wrote \(out)/: " + written.joined(separator: " "))
        if summary.rejected > 0 || unrendered > 0 { throw InputsRejected() }
    }

    /// The store: `--db`, else eventgraph.sqlite in `--out`.
    var storePath: String { db ?? (out as NSString).appendingPathComponent("eventgraph.sqlite") }

    /// The files every build writes (besides the store and the ego networks).
    static let fixedOutputs = ["graph.dot", "graph.svg", "graph.png", "graph.pdf", "graph-outlets.svg", "graph-outlets.png",
                               "timeline.md", "timeline.html", "timeline.json", "talks.md"]

    /// The actor graph, the same with outlets, and the ego networks; returns the file names written.
    private func writeDiagrams(_ graph: GraphStore, language: LanguageCode?, into path: (String) -> String,
                               unrendered: (String, RenderFailure) -> Void) throws -> [String] {
        let total = try graph.statistics().actors
        var written: [String] = []
        func draw(_ snapshot: GraphSnapshot, centre: String?, name: String, formats: [GraphFormat],
                  outlets: Bool) throws {
            let caption = DiagramCaption.text(for: snapshot, centre: centre, depth: 1, top: top, outlets: outlets,
                                              window: (nil, nil), totalActors: centre == nil ? total : nil,
                                              language: language)
            for format in formats {
                let file = "\(name).\(format.rawValue)"
                let style = DiagramStyle(language: language, title: caption)
                do {
                    try Terminal.write(try GraphOutput.data(snapshot, format: format, style: style), to: path(file),
                                       sparing: storePath)
                    written.append(file)
                } catch let failure as RenderFailure {
                    unrendered(file, failure)
                }
            }
        }
        let actors = try graph.graph(GraphFilter(maxNodes: top, outlets: false))
        try draw(actors, centre: nil, name: "graph", formats: [.dot, .svg, .png, .pdf], outlets: false)
        try draw(try graph.graph(GraphFilter(maxNodes: top, outlets: true)), centre: nil, name: "graph-outlets",
                 formats: [.svg, .png], outlets: true)
        var centres = try ego.map { try resolveActor($0, in: graph) }
        if centres.isEmpty, let busiest = Self.mostConnected(actors) { centres = [busiest] }
        for centre in centres {
            let snapshot = try graph.graph(GraphFilter(actor: centre, depth: 1, maxNodes: top, outlets: false))
            try draw(snapshot, centre: centre, name: "ego-" + Self.fileSlug(centre), formats: [.svg, .png],
                     outlets: false)
        }
        return written
    }

    /// The actor with the most interaction and event edges (ties: the first key).
    static func mostConnected(_ snapshot: GraphSnapshot) -> String? {
        var degree: [String: Int] = [:]
        for edge in snapshot.edges where edge.kind == .interaction || edge.kind == .event {
            degree[edge.source, default: 0] += edge.weight
            degree[edge.target, default: 0] += edge.weight
        }
        return degree.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }

    /// A file-name part from an actor key: `gz:jake-sullivan` → `jake-sullivan`; letters and digits
    /// of any script kept, anything else a hyphen.
    static func fileSlug(_ key: String) -> String {
        let name = key.split(separator: ":", maxSplits: 1).last.map(String.init) ?? key
        var out = ""
        for c in name.lowercased() {
            if c.isLetter || c.isNumber { out.append(c) } else if !out.hasSuffix("-") { out.append("-") }
        }
        let trimmed = out.trimmingCharacters(in: CharacterSet(charactersIn: "-"))
        return trimmed.isEmpty ? "actor" : String(trimmed.prefix(60))
    }
}
