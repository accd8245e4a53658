import ArgumentParser
import Foundation
import GraphvizRendering

/// The `eventgraph` command: news articles in, a dated event timeline and a knowledge graph out.
struct EventGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eventgraph",
        abstract: "Turn news articles (Arabic and English) into a dated event timeline and a graph of who did what with whom.",
        discussion: """
            Examples:
              eventgraph build Fixtures --out Output
              eventgraph talks Sullivan --db Output/eventgraph.sqlite
              eventgraph extract --format json Fixtures/seed-ar-01.txt

            Exit status: 0 all done; 1 some inputs rejected (each named with its reason); 2 usage error.
            """,
        subcommands: [
            IngestCommand.self, BuildCommand.self, ExtractCommand.self, DatesCommand.self,
            EventsCommand.self, TalksCommand.self, ActorsCommand.self, PathCommand.self,
            NeighboursCommand.self, SearchCommand.self, MergeCommand.self, ExportCommand.self,
        ])
}

/// A command that finished but rejected some inputs: exit status 1, the reasons already printed.
struct InputsRejected: Error {}

/// A command that could not do its job (a broken database, an unwritable output): exit status 1.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = message }
}

@main
enum Main {
    /// The hidden first argument that makes this program the rendering helper of `Rendering`.
    static let renderWorker = "render-worker"

    static func main() {
        let arguments = CommandLine.arguments
        if arguments.count > 1, arguments[1] == renderWorker {
            exit(RenderWorker.serve(arguments: Array(arguments.dropFirst(2))))
        }
        do {
            var command = try EventGraphCommand.parseAsRoot()
            try command.run()
        } catch is InputsRejected {
            exit(1)
        } catch let failure as CommandFailure {
            Terminal.error("eventgraph: \(failure.description)")
            exit(1)
        } catch let failure as RenderFailure {
            Terminal.error("eventgraph: \(failure.description)")
            exit(1)
        } catch {
            let code = EventGraphCommand.exitCode(for: error)
            let message = EventGraphCommand.fullMessage(for: error)
            if code == .success {
                print(message)
                exit(0)
            }
            if !message.isEmpty { Terminal.error(message) }
            // ArgumentParser reports usage errors as EX_USAGE (64); EventGraph promises 2.
            if code.rawValue == 64 || error is ValidationError { exit(2) }
            if error is CleanExit { exit(0) }
            exit(code == .failure ? 1 : code.rawValue)
        }
    }
}
