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
        abstract: "Ingest articles and write the store, the graph (DOT, SVG, PNG, PDF), the timelines and the talks into a folder.",
        discussion: """
            Writes eventgraph.sqlite, graph.dot, graph.svg, graph.png, graph.pdf, timeline.md,
            timeline.html, timeline.json and talks.md into --out.

            Example:
              eventgraph build Fixtures --out Output --fresh
            """)

    @OptionGroup var metadata: MetadataOptions
    @Option(help: "The output folder.") var out: String = "Output"
    @Option(help: "The store to use (default: eventgraph.sqlite in --out).") var db: String?
    @Flag(help: "Start from an empty store (the old one is removed first).") var fresh = false
    @Flag(help: "Do not show progress, even on a terminal.") var quiet = false
    @Argument(help: "Files, folders or - (standard input).") var inputs: [String]

    func run() throws {
        let fm = FileManager.default
        try? fm.createDirectory(atPath: out, withIntermediateDirectories: true)
        let dbPath = db ?? (out as NSString).appendingPathComponent("eventgraph.sqlite")
        if fresh {
            for suffix in ["", "-wal", "-shm"] { try? fm.removeItem(atPath: dbPath + suffix) }
        }
        let pipeline = try ExtractionPipeline.shipped(gazetteers: metadata.gazetteers)
        let graph = try StoreOptions.open(path: dbPath, access: .readWrite)
        let ingestion = Ingestion(pipeline: pipeline, reader: metadata.makeReader(tagger: pipeline.tagger), store: graph)
        let summary = ingestion.run(inputs, showProgress: !quiet && Terminal.isInteractive)
        Terminal.error(summary.line)

        func path(_ name: String) -> String { (out as NSString).appendingPathComponent(name) }
        let snapshot = try graph.graph(GraphFilter())
        for format in [GraphFormat.dot, .svg, .png, .pdf] {
            try Terminal.write(try GraphOutput.data(snapshot, format: format, title: nil), to: path("graph.\(format.rawValue)"))
        }
        let entries = try graph.events(EventFilter())
        for format in [TimelineFormat.md, .html, .json] {
            try Terminal.write(TimelineOutput.text(entries, format: format, title: "EventGraph timeline"),
                               to: path("timeline.\(format.rawValue)"))
        }
        try Terminal.write(TalksExporter.markdown(try graph.talks(TalkFilter())), to: path("talks.md"))
        Terminal.error("wrote \(out)/: eventgraph.sqlite graph.dot graph.svg graph.png graph.pdf timeline.md timeline.html timeline.json talks.md")
        if summary.rejected > 0 { throw InputsRejected() }
    }
}
