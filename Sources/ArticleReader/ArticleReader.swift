import EventGraphModel
import Foundation

/// Reads article files into ``Document`` values: the text, its title, publication day, outlet and language.
///
/// Formats follow the file's extension: `.txt` (and unknown extensions holding UTF-8 text), `.md`
/// and `.markdown`, `.html` and `.htm`, `.json` (one object or an array of objects) and `.jsonl`
/// (one object per line). Standard input (`-`) is sniffed. Metadata comes, in order of precedence,
/// from ``ReaderOptions``, from the input (JSON fields, HTML `<meta>` tags, Markdown front matter),
/// and from detection in the text (see ``HeaderDetector`` and ``LanguageDetector``).
///
/// Bad input is a result, not a crash: each failure is an ``InputError`` naming the path and the
/// reason, and the rest of the batch is still read.
///
/// ```swift
/// let reader = ArticleReader(options: .init(outlet: "Reuters"))
/// for result in reader.documents(in: ["Fixtures"]) {
///     switch result {
///     case .success(let document): print(document.title ?? "", document.published ?? "undated")
///     case .failure(let error): print(error)       // "Fixtures/empty.txt: empty file: the file is empty"
///     }
/// }
/// ```
public struct ArticleReader: Sendable {
    /// Metadata given by the user, and limits.
    public var options: ReaderOptions
    /// Turns a header line into its first full calendar day; the CLI wires it to the temporal tagger.
    public var dateResolver: (@Sendable (String, LanguageCode) -> String?)?

    /// Creates a reader.
    ///
    /// - Parameters:
    ///   - options: Metadata that wins over the input's and the detected one.
    ///   - dateResolver: Given a header line and its language, returns the first full calendar day
    ///     (`YYYY-MM-DD`) it states, or `nil`. It is asked about the first lines of the text (not
    ///     the title). Without it, only ISO dates (`2022-11-08`) are recognised in datelines.
    public init(options: ReaderOptions = .init(), dateResolver: (@Sendable (String, LanguageCode) -> String?)? = nil) {
        self.options = options
        self.dateResolver = dateResolver
    }

    /// Reads one file (`-` reads standard input).
    ///
    /// - Parameter path: A file path; a folder is an error here (see ``documents(in:)``).
    /// - Returns: One result per article: a JSON array or a JSON Lines file gives many, and a bad
    ///   entry is one failure while the others are still read. Failures are coded `not found`,
    ///   `unreadable`, `special file` (a socket or a block device), `too large`, `empty file`,
    ///   `binary file`, `not UTF-8`, `malformed` (also a JSON text holding `\u0000`) or `bad metadata`.
    ///   A named pipe is read without waiting for a writer: with none it reads as empty.
    public func read(path: String) -> [Result<Document, InputError>] {
        if path == "-" {
            return read(data: FileHandle.standardInput.readDataToEndOfFile(), path: "-")
        }
        switch FileBytes.read(path, maxBytes: options.maxBytes) {
        case .failure(let error): return [.failure(error)]
        case .success(let data): return read(data: data, path: path)
        }
    }

    /// Reads articles from bytes already in memory.
    ///
    /// - Parameters:
    ///   - data: The file's content.
    ///   - path: Where it came from; its extension picks the format (an unknown one means plain
    ///     text), and for `-` (standard input) the reader sniffs JSON, JSON Lines and HTML before
    ///     plain text.
    /// - Returns: One result per article, as ``read(path:)``.
    public func read(data: Data, path: String) -> [Result<Document, InputError>] {
        if data.count > options.maxBytes {
            return [.failure(FileBytes.tooLarge(path: path, size: data.count, maxBytes: options.maxBytes))]
        }
        let text: String
        switch TextDecoding.decode(data, path: path) {
        case .failure(let error): return [.failure(error)]
        case .success(let decoded): text = decoded
        }
        let id = Self.stem(of: path)
        let format = InputFormat(path: path, text: text)
        switch format {
        case .text:
            return [document(given: GivenFields(id: id, text: text), path: path)]
        case .markdown:
            let (body, front) = MarkdownText.extract(text)
            let given = GivenFields(id: front["id"] ?? id, title: front["title"], text: body,
                                    published: front["published"] ?? front["date"],
                                    outlet: front["outlet"] ?? front["source"] ?? front["publisher"],
                                    url: front["url"], language: front["language"] ?? front["lang"])
            return [document(given: given, path: path)]
        case .html:
            let page = HTMLText.extract(text)
            let given = GivenFields(id: id, title: page.title, text: page.text, published: page.published,
                                    outlet: page.outlet, language: page.language)
            return [document(given: given, path: path)]
        case .json, .jsonLines:
            let entries = format == .json
                ? JSONArticles.entries(json: text, path: path)
                : JSONArticles.entries(jsonLines: text, path: path)
            return entries.map { entry in
                entry.flatMap { entryPath, fields in
                    var fields = fields
                    if fields.id == nil { fields.id = entryPath == path ? id : id + String(entryPath.dropFirst(path.count)) }
                    return document(given: fields, path: entryPath)
                }
            }
        }
    }

    /// Builds the document for one article's text and given fields: options win over the
    /// fields, which win over detection.
    func document(given: GivenFields, path: String) -> Result<Document, InputError> {
        guard let text = given.text, !text.isBlank else {
            return .failure(InputError(.empty, path: path, reason: "the article has no text"))
        }
        var published: String?
        if let value = options.published {
            guard let day = DayValidation.day(value) else { return .failure(Self.badDate(value, path: path)) }
            published = day
        } else if let value = given.published {
            published = DayValidation.day(value)
            if published == nil && given.isStrict { return .failure(Self.badDate(value, path: path)) }
        }
        var language = options.language
        if language == nil, let value = given.language {
            language = LanguageDetector.code(named: value)
            if language == nil && given.isStrict {
                return .failure(InputError(.badMetadata, path: path,
                                           reason: "language \"\(value)\" is not supported (use ar or en)"))
            }
        }
        let detectedLanguage = language ?? LanguageDetector.detect(text)
        let givenTitle = options.title ?? given.title
        let title = givenTitle ?? HeaderDetector.title(of: text)
        if published == nil {
            let firstLine = HeaderDetector.headLines(text, count: 1).first
            published = HeaderDetector.published(in: text, language: detectedLanguage,
                                                 skippingTitle: givenTitle == nil || firstLine == title,
                                                 resolver: dateResolver)
        }
        let outlet = options.outlet ?? given.outlet ?? HeaderDetector.outlet(in: text)
        return .success(Document(id: given.id, path: path, title: title, text: text, published: published,
                                 outlet: outlet, url: given.url, language: detectedLanguage))
    }

    static func badDate(_ value: String, path: String) -> InputError {
        InputError(.badMetadata, path: path,
                   reason: "published date \"\(value)\" is not a day (use YYYY-MM-DD or an ISO 8601 timestamp)")
    }

    /// The file name without folders and extension (`Fixtures/seed-ar-01.txt` → `seed-ar-01`).
    static func stem(of path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}
