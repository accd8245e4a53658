import Foundation
import GraphvizRendering

/// Pictures are drawn by this program run again as a helper process: a Graphviz crash ends the
/// helper and becomes an error here, and what was written so far stays.
///
/// `EVENTGRAPH_RENDER_HELPER` names another helper program (it gets the request's arguments and
/// the DOT text on standard input, see `RenderWorker`); the tests use it to stand in a helper that crashes.
enum Rendering {
    static let isolated: IsolatedRenderer = {
        if let helper = ProcessInfo.processInfo.environment["EVENTGRAPH_RENDER_HELPER"], !helper.isEmpty {
            return IsolatedRenderer(executable: URL(fileURLWithPath: helper), arguments: [])
        }
        return IsolatedRenderer.currentProgram(arguments: [Main.renderWorker])
    }()
}

/// A picture that could not be drawn: exit status 1 once the other outputs are written.
struct RenderFailure: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = message }
}
