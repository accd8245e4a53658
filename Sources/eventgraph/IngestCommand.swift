import ArgumentParser
import EventGraphModel
import ExtractionPipeline
import Foundation

/// `eventgraph ingest`: read, extract and store articles.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read articles (files, folders, - for standard input), extract them and store them in the graph.",
        discussion: """
            Re-ingesting a document whose text is already stored changes nothing. Bad files are named
            with the reason on standard error; the rest of the batch is stored; exit status 1 then.

            Example:
              eventgraph ingest Fixtures --db news.sqlite
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var metadata: MetadataOptions

    @Flag(help: "Do not show progress, even on a terminal.")
    var quiet = false

    @Option(help: "Show names in this language (en or ar) in later queries and exports of the store.")
    var labelLang: LanguageCode?

    @Argument(help: "Files, folders or - (standard input).")
    var inputs: [String]

    func run() throws {
        let pipeline = try ExtractionPipeline.shipped(gazetteers: metadata.gazetteers)
        let graph = try store.openForWriting()
        let ingestion = Ingestion(pipeline: pipeline, reader: metadata.makeReader(tagger: pipeline.tagger), store: graph)
        let summary = ingestion.run(inputs, showProgress: !quiet && Terminal.isInteractive)
        Terminal.error(summary.line)
        if let labelLang { try graph.setLabelLanguage(labelLang) }
        if summary.rejected > 0 { throw InputsRejected() }
    }
}
