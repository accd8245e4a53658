/// The image formats EventGraph renders.
public enum RenderFormat: String, Sendable, CaseIterable {
    /// SVG with text kept as UTF-8 `<text>` (the viewer shapes Arabic).
    case svg
    /// PNG through cairo/pango: Arabic is shaped and laid out right to left.
    case png
    /// PDF through cairo/pango, fonts embedded.
    case pdf

    /// The Graphviz `format:renderer` name. Cairo is named explicitly for PNG and PDF so that a
    /// missing pango plugin is an error rather than a silent fallback to gd, which breaks Arabic.
    var graphvizName: String {
        switch self {
        case .svg: "svg"
        case .png: "png:cairo"
        case .pdf: "pdf:cairo"
        }
    }
}

/// Renders DOT text to SVG, PNG or PDF in-process through libgvc (``IsolatedRenderer`` draws in a
/// helper process, which a Graphviz crash cannot take down).
///
/// Safe to call from any thread or task: calls are serialised behind one process-wide lock,
/// because Graphviz is not thread-safe. Arabic needs a font with Arabic glyphs on the machine
/// (fonts-dejavu-core at least; fonts-noto-core for Naskh).
public enum GraphvizRenderer {
    /// Lays out and renders DOT text.
    ///
    /// ```swift
    /// let png = try GraphvizRenderer.render(dot: "digraph { a -> b }", format: .png)
    /// ```
    ///
    /// - Parameters:
    ///   - dot: DOT source (UTF-8).
    ///   - format: The image format.
    ///   - engine: The Graphviz layout engine (`dot`, `neato`, `fdp`, `sfdp`, `circo`, `twopi`).
    /// - Returns: The image bytes.
    /// - Throws: `RenderError` with code `.syntax` when the DOT text cannot be parsed, `.layout`
    ///   when the engine is unknown or fails, `.render` when the format cannot be produced; each
    ///   carries Graphviz's own messages.
    public static func render(dot: String, format: RenderFormat, engine: String = "dot") throws -> [UInt8] {
        try GraphvizEngine.shared.render(dot: dot, format: format.graphvizName, engine: engine)
    }
}
