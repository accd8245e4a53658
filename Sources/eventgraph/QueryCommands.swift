import ArgumentParser
import EventGraphModel
import Foundation
import GraphExport
import GraphStore

extension ListingFormat: ExpressibleByArgument {}
extension EventType: ExpressibleByArgument {}

/// Turns an actor argument (a name in any language, an alias or a key) into a store key.
func resolveActor(_ query: String, in store: GraphStore) throws -> String {
    guard let key = try store.resolveActor(query).first else {
        throw CommandFailure("no actor matches '\(query)' (see 'eventgraph actors')")
    }
    return key
}

/// Options of listing commands: the format and the output file.
struct ListingOptions: ParsableArguments {
    @Option(help: "Output format: table, json, csv or md.")
    var format: ListingFormat = .table

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?
}

/// The language names are shown in.
struct LabelOptions: ParsableArguments {
    @Option(name: .customLong("lang"),
            help: "Show names in this language, en or ar, where an actor has one (default: the store's, see ingest --label-lang).")
    var lang: LanguageCode?

    /// `--lang`, else the store's label language.
    func language(in store: GraphStore) throws -> LanguageCode? { try lang ?? store.labelLanguage() }
}

/// A date window on the command line.
struct DateWindow: ParsableArguments {
    @Option(help: "Only events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).")
    var from: String?

    @Option(help: "Only events on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).")
    var to: String?

    mutating func validate() throws {
        for (name, value) in [("--from", from), ("--to", to)] {
            if let value, DateValue(value).firstDay == nil {
                throw ValidationError("\(name): '\(value)' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
            }
        }
    }

    /// The first day of `--from` and the last day of `--to`, so that `--to 2022-03` includes March.
    var days: (from: String?, to: String?) { (from.flatMap { DateValue($0).firstDay }, to.flatMap { DateValue($0).lastDay }) }
}

struct EventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "List events in date order (grain-aware: an event dated 2022-03 is inside March).",
        discussion: """
            Example:
              eventgraph events --from 2022-11 --to 2022-11 --actor Sullivan --db Output/eventgraph.sqlite
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var window: DateWindow
    @Option(help: "Only events with this actor (name, alias or key).") var actor: String?
    @Option(help: "Only events of this type (talk, meet, call, visit, statement, …).") var type: EventType?
    @Option(help: "At most this many events.") var limit: Int?
    @OptionGroup var labels: LabelOptions
    @OptionGroup var listing: ListingOptions

    func run() throws {
        let graph = try store.open()
        let key = try actor.map { try resolveActor($0, in: graph) }
        let days = window.days
        let entries = try graph.events(EventFilter(from: days.from, to: days.to, actor: key, type: type, limit: limit))
        let named = Labels.apply(try labels.language(in: graph), to: entries)
        try Terminal.write(ListingExporter.events(named, as: listing.format), to: listing.output, sparing: store.db)
    }
}

struct TalksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "talks",
        abstract: "Who spoke to whom: talks, meetings, calls, visits, negotiations and letters, with dates and sources.",
        discussion: """
            Example:
              eventgraph talks Sullivan --db Output/eventgraph.sqlite
              eventgraph talks سوليفان --with Zelensky --format json --lang ar --db Output/eventgraph.sqlite
            """)

    @OptionGroup var store: StoreOptions
    @Argument(help: "Only talks of this actor (name in any language, alias or key).") var actor: String?
    @Option(help: "Only talks with this other actor.") var with: String?
    @OptionGroup var window: DateWindow
    @Option(help: "Only this interaction type (talk, meet, call, visit, negotiate, letter).") var type: EventType?
    @OptionGroup var labels: LabelOptions
    @OptionGroup var listing: ListingOptions

    func run() throws {
        let graph = try store.open()
        let a = try actor.map { try resolveActor($0, in: graph) }
        let b = try with.map { try resolveActor($0, in: graph) }
        let days = window.days
        let talks = try graph.talks(TalkFilter(actor: a, with: b, from: days.from, to: days.to, type: type))
        let named = Labels.apply(try labels.language(in: graph), to: talks)
        try Terminal.write(ListingExporter.talks(named, as: listing.format), to: listing.output, sparing: store.db)
    }
}

struct ActorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actors",
        abstract: "List the actors of the graph, or likely duplicates with --suspects.",
        discussion: """
            Example:
              eventgraph actors --kind person --format json --db Output/eventgraph.sqlite
              eventgraph actors --suspects --db Output/eventgraph.sqlite
            """)

    @OptionGroup var store: StoreOptions
    @Option(help: "Only actors of this kind (person, government, organization, outlet, country).") var kind: ActorKind?
    @Flag(help: "List likely duplicates (same kind, close names or shared aliases) to review with 'merge'.") var suspects = false
    @OptionGroup var labels: LabelOptions
    @OptionGroup var listing: ListingOptions

    func run() throws {
        let graph = try store.open()
        if suspects {
            let pairs = try graph.suspects()
            let lines = pairs.map(SuspectText.line)
            try Terminal.write(lines.isEmpty ? "no likely duplicates\n" : lines.joined(separator: "\n") + "\n", to: listing.output, sparing: store.db)
            return
        }
        let named = Labels.apply(try labels.language(in: graph), to: try graph.actors(kind: kind))
        try Terminal.write(ListingExporter.actors(named, as: listing.format), to: listing.output, sparing: store.db)
    }
}

extension ActorKind: ExpressibleByArgument {}

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge actor A into actor B; kept in the store, so later ingests respect it.",
        discussion: """
            Example:
              eventgraph merge "person:sameh shukri" gz:sameh-shoukry --db news.sqlite
            """)

    @OptionGroup var store: StoreOptions
    @Argument(help: "The actor to merge away (name or key).") var a: String
    @Argument(help: "The actor to keep (name or key).") var b: String

    func run() throws {
        _ = try store.open()                  // a store that does not exist is an error, not a new empty one
        let graph = try store.openForWriting()
        let from = try resolveActor(a, in: graph), into = try resolveActor(b, in: graph)
        try graph.merge(from, into: into)
        print("merged \(TerminalText.field(from)) into \(TerminalText.field(into))")
    }
}

struct PathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "The shortest chain of interactions between two actors (depth ≤ 4), with the events along it.",
        discussion: """
            Example:
              eventgraph path Ushakov Zelensky --db Output/eventgraph.sqlite
            """)

    @OptionGroup var store: StoreOptions
    @Argument(help: "From this actor.") var a: String
    @Argument(help: "To this actor.") var b: String
    @Option(help: "The longest chain to look for.") var depth: Int = 4
    @Option(help: "Output format: table or json.") var format: ListingFormat = .table
    @OptionGroup var labels: LabelOptions

    func run() throws {
        let graph = try store.open()
        let from = try resolveActor(a, in: graph), to = try resolveActor(b, in: graph)
        guard let steps = try graph.path(from: from, to: to, maxDepth: depth) else {
            print("no chain of at most \(depth) interactions links \(TerminalText.field(a)) and \(TerminalText.field(b))")
            return
        }
        print(try PathText.render(steps, format: format, store: graph, language: try labels.language(in: graph)))
    }
}

struct NeighboursCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "neighbours",
        abstract: "The actors within N interaction hops of an actor.",
        discussion: """
            Example:
              eventgraph neighbours Sullivan --depth 2 --db Output/eventgraph.sqlite
            """)

    @OptionGroup var store: StoreOptions
    @Argument(help: "The actor.") var actor: String
    @Option(help: "How many hops.") var depth: Int = 1
    @OptionGroup var labels: LabelOptions
    @OptionGroup var listing: ListingOptions

    func run() throws {
        let graph = try store.open()
        let key = try resolveActor(actor, in: graph)
        let snapshot = try graph.neighbours(of: key, depth: depth)
        let records = snapshot.nodes.filter { $0.id != key }.map {
            ActorRecord(id: $0.id, name: $0.label, nameEN: $0.labelEN, nameAR: $0.labelAR, kind: $0.kind,
                        aliases: [], documents: $0.documents, languages: [])
        }
        let named = Labels.apply(try labels.language(in: graph), to: records)
        try Terminal.write(ListingExporter.actors(named, as: listing.format), to: listing.output, sparing: store.db)
    }
}

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Full-text search over the evidence sentences (Arabic-aware: diacritics, alef forms and clitics folded).",
        discussion: """
            Example:
              eventgraph search "محادثات سرية" --db Output/eventgraph.sqlite
            """)

    @OptionGroup var store: StoreOptions
    @Argument(help: "Words to find.") var text: String
    @Option(help: "At most this many hits.") var limit: Int = 50
    @Option(help: "Output format: table or json.") var format: ListingFormat = .table

    func run() throws {
        let graph = try store.open()
        let hits = try graph.search(text, limit: limit)
        print(try SearchText.render(hits, format: format))
    }
}
