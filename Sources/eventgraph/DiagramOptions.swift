import ArgumentParser
import EventGraphModel
import Foundation
import GraphExport
import GraphStore
import GraphvizRendering

/// The layout option: an engine, or `auto` (by size).
enum LayoutChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, dot, sfdp, neato
    var layout: DiagramLayout? { DiagramLayout(rawValue: rawValue) }
}

/// What every actor diagram takes: size, outlets, engine.
struct DiagramOptions: ParsableArguments {
    /// How many actors a picture shows when `--top` is not given.
    static let pictureTop = 150

    @Option(name: [.customLong("top"), .customLong("max-nodes")],
            help: "At most this many actors, the most connected (the centre of --actor always); default 150 in pictures (dot, svg, png, pdf), all in graphml, gexf and json.")
    var top: Int?

    @Flag(help: "Also draw the outlets, linked to the actors of the events they reported.")
    var outlets = false

    @Option(help: "Layout engine: auto (dot up to 30 actors, neato up to 400, sfdp above), dot, sfdp or neato.")
    var layout: LayoutChoice = .auto

    mutating func validate() throws {
        if let top, top < 1 { throw ValidationError("--top: give at least 1 actor") }
    }

    /// The actor cap for a format: pictures are capped by default, interchange formats are not.
    func top(for format: GraphFormat) -> Int? {
        top ?? (format.carriesEvidence ? nil : Self.pictureTop)
    }
}

/// Draws or serialises a snapshot in one format.
enum GraphOutput {
    /// The bytes of `snapshot` in `format`; pictures are laid out by the style's engine (or by size).
    static func data(_ snapshot: GraphSnapshot, format: GraphFormat, style: DiagramStyle) throws -> Data {
        switch format {
        case .dot: return Data(DOTExporter.dot(snapshot, style: style).utf8)
        case .graphml: return Data(GraphMLExporter.graphML(Labels.apply(style.language, to: snapshot)).utf8)
        case .gexf: return Data(GEXFExporter.gexf(Labels.apply(style.language, to: snapshot)).utf8)
        case .json: return Data(GraphJSONExporter.json(Labels.apply(style.language, to: snapshot)).utf8)
        case .svg, .png, .pdf:
            let rendering = RenderFormat(rawValue: format.rawValue) ?? .svg
            let engine = DOTExporter.layout(of: snapshot, style: style).rawValue
            do {
                let image = try Rendering.isolated.render(dot: DOTExporter.dot(snapshot, style: style),
                                                          format: rendering, engine: engine)
                for note in image.notes { Terminal.error("eventgraph: \(format.rawValue): \(note)") }
                return Data(image.bytes)
            } catch {
                throw RenderFailure("cannot render \(format.rawValue): \(error)")
            }
        }
    }
}

/// Captions that say what a diagram leaves out, so a reader never mistakes a part for the whole.
enum DiagramCaption {
    /// `Actors and who they dealt with · the 150 most connected of 1,142 · outlets not shown`.
    static func text(for snapshot: GraphSnapshot, centre: String?, depth: Int, top: Int?, outlets: Bool,
                     window: (from: String?, to: String?), totalActors: Int?, language: LanguageCode? = nil) -> String {
        var parts: [String] = []
        if let centre {
            let name = snapshot.nodes.first { $0.id == centre }.map { DOTExporter.primaryName(of: $0, language: language) } ?? centre
            // The name is isolated (FSI…PDI) so that an Arabic one does not turn the line around.
            parts.append("Actors within \(depth) \(depth == 1 ? "link" : "links") of \u{2068}\(name)\u{2069}")
        } else {
            parts.append("Actors and who they dealt with")
        }
        let shown = snapshot.nodes.count
        if let total = totalActors, let top, shown >= top, total > shown {
            parts.append("the \(shown) most connected of \(total)")
        }
        switch (window.from, window.to) {
        case let (from?, to?): parts.append("\(DateLabel.readable(from, grain: nil)) to \(DateLabel.readable(to, grain: nil))")
        case let (from?, nil): parts.append("from \(DateLabel.readable(from, grain: nil))")
        case let (nil, to?): parts.append("until \(DateLabel.readable(to, grain: nil))")
        case (nil, nil): break
        }
        if !outlets { parts.append("outlets not shown") }
        return parts.joined(separator: " · ")
    }
}
