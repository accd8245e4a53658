import EventGraphModel
import Foundation
import TextAnalysis

/// Metadata given on the command line; it wins over what the file says and what is detected.
public struct ReaderOptions: Sendable {
    public var published: String?
    public var outlet: String?
    public var language: LanguageCode?
    public var title: String?
    public var maxBytes: Int

    public init(published: String? = nil, outlet: String? = nil, language: LanguageCode? = nil,
                title: String? = nil, maxBytes: Int = 20_000_000) {
        self.published = published
        self.outlet = outlet
        self.language = language
        self.title = title
        self.maxBytes = maxBytes
    }
}

/// Reads articles from files (interim text-only reader).
public struct ArticleReader: Sendable {
    public let options: ReaderOptions
    let dateResolver: (@Sendable (String, LanguageCode) -> String?)?

    public init(options: ReaderOptions = .init(), dateResolver: (@Sendable (String, LanguageCode) -> String?)? = nil) {
        self.options = options
        self.dateResolver = dateResolver
    }

    public func read(path: String) -> [Result<Document, InputError>] {
        guard let data = FileManager.default.contents(atPath: path) else {
            return [.failure(InputError(.notFound, path: path, reason: "no such file"))]
        }
        return read(data: data, path: path)
    }

    public func read(data: Data, path: String) -> [Result<Document, InputError>] {
        guard let text = String(data: data, encoding: .utf8) else {
            return [.failure(InputError(.notUTF8, path: path, reason: "the file is not UTF-8 text"))]
        }
        guard !text.allSatisfy(\.isWhitespace) else {
            return [.failure(InputError(.empty, path: path, reason: "the file has no text"))]
        }
        let language = options.language ?? LanguageGuess.of(text)
        let title = options.title ?? text.split(separator: "\n").first.map(String.init)
        var published = options.published
        if published == nil, let resolver = dateResolver {
            for line in text.split(separator: "\n").prefix(5) {
                if let day = resolver(String(line), language) { published = day; break }
            }
        }
        return [.success(Document(id: (path as NSString).lastPathComponent, path: path, title: title, text: text,
                                  published: published, outlet: options.outlet, language: language))]
    }

    public func documents(in paths: [String]) -> [Result<Document, InputError>] {
        paths.flatMap { read(path: $0) }
    }
}
