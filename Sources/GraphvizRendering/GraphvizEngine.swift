import CGraphviz
import Foundation

/// The one place that calls the Graphviz C library.
///
/// cgraph and gvc keep process-global state (DOT parser, error handler, string pool) and are not
/// thread-safe, even with one `GVC_t` per thread, so every call runs under one process-wide lock.
/// One `GVC_t` serves the whole process: a context per render leaks in `gvconfig`.
/// Graphviz pointers never leave a locked call; only `[UInt8]` comes out.
final class GraphvizEngine: @unchecked Sendable {
    /// The process-wide engine; its context is created on first use and lives until exit.
    static let shared = GraphvizEngine()

    private let lock = NSLock()
    private let context: OpaquePointer?
    /// Messages of `agerr`, collected while `lock` is held.
    private var messages: [String] = []

    private init() {
        context = gvContext()
        // A C callback cannot capture; it reaches the singleton, and only runs under `lock`.
        _ = agseterrf { message in
            if let message { GraphvizEngine.shared.messages.append(String(cString: message)) }
            return 0
        }
    }

    /// Parses `dot`, lays it out with `engine` and renders it as `format` (a Graphviz format name).
    ///
    /// Frees in the order Graphviz needs: render data, then layout, then the graph.
    /// - Parameter guarded: Apply ``ParallelEdgeGuard`` before the layout; `onGuard` is told how
    ///   many edges it removed.
    func render(dot: String, format: String, engine: String, guarded: Bool = false,
                onGuard: (Int) -> Void = { _ in }) throws -> [UInt8] {
        lock.lock()
        defer { lock.unlock() }
        messages.removeAll()
        guard let gvc = context else {
            throw RenderError(.render, reason: "Graphviz could not create its context (is libgvc6 installed?)")
        }
        // The DOT lexer is global: its buffer can hold what the previous parse left unread (a
        // trailing newline, the rest of a failed parse), and its line counter carries on.
        aglexbad()
        agreadline(1)
        guard let graph = agmemread(dot) else {
            let reason = messages.isEmpty ? "the DOT text holds no graph" : "Graphviz could not read the DOT text"
            throw RenderError(.syntax, reason: reason, messages: messages)
        }
        defer { agclose(graph) }
        if guarded { onGuard(ParallelEdgeGuard.mergeUnrankedParallelEdges(in: graph)) }

        guard gvLayout(gvc, graph, engine) == 0 else {
            throw RenderError(.layout, reason: "layout engine \"\(engine)\" failed", messages: messages)
        }
        defer { gvFreeLayout(gvc, graph) }

        var data: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0                  // `unsigned int *` in Graphviz 2.42/2.43
        let status = gvRenderData(gvc, graph, format, &data, &length)
        defer { if let data { gvFreeRenderData(data) } }
        guard status == 0, let data else {
            throw RenderError(.render, reason: "Graphviz could not render format \"\(format)\"", messages: messages)
        }
        return data.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
            Array(UnsafeBufferPointer(start: $0, count: Int(length)))
        }
    }
}
