import ArgumentParser
import EventGraphModel
import ExtractionPipeline
import Foundation
import TemporalTagger

/// `eventgraph extract`: one article in, the extraction contract out.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract actors, events and dates from one article (the JSON contract of DESIGN.md).",
        discussion: """
            Example:
              eventgraph extract --format json --published 2022-11-08 --lang ar Fixtures/seed-ar-01.txt
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, jsonl }

    @Option(help: "Output format: json (pretty) or jsonl (one line per document).")
    var format: Format = .json

    @OptionGroup var metadata: MetadataOptions

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @Argument(help: "The article file (.txt, .md, .html, .json, .jsonl), or - for standard input.")
    var file: String

    func run() throws {
        let pipeline = try ExtractionPipeline.shipped(gazetteers: metadata.gazetteers)
        let reader = metadata.makeReader(tagger: pipeline.tagger)
        let results = file == "-"
            ? reader.read(data: FileHandle.standardInput.readDataToEndOfFile(), path: "-")
            : reader.read(path: file)
        var lines: [String] = []
        var rejected = false
        for result in results {
            switch result {
            case .success(let document):
                let extraction = pipeline.extract(document)
                lines.append(try JSONText.encode(extraction, pretty: format == .json))
            case .failure(let error):
                Terminal.error(error.description)
                rejected = true
            }
        }
        if !lines.isEmpty {
            let body = format == .json && lines.count > 1 ? "[\n" + lines.joined(separator: ",\n") + "\n]" : lines.joined(separator: "\n")
            try Terminal.write(body + "\n", to: output, sparing: nil)
        }
        if rejected { throw InputsRejected() }
    }
}
