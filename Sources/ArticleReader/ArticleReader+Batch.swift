import EventGraphModel

extension ArticleReader {
    /// Reads files and folders in the order given; folders are walked recursively in name order,
    /// skipping hidden files and folders (names starting with `.`).
    ///
    /// - Parameter paths: Files, folders, or `-` for standard input.
    /// - Returns: One result per article or per unreadable input, in order. A file that vanishes
    ///   between listing and reading is reported as `not found`.
    /// - Complexity: Keeps every document in memory; for large batches use
    ///   ``forEachDocument(in:_:)`` or read the paths of ``files(in:)`` in parallel.
    public func documents(in paths: [String]) -> [Result<Document, InputError>] {
        var results: [Result<Document, InputError>] = []
        forEachDocument(in: paths) { results.append($0) }
        return results
    }

    /// Reads files and folders as ``documents(in:)`` does, handing each result to `body` as soon
    /// as it is read, so memory stays flat however many files there are.
    ///
    /// - Parameters:
    ///   - paths: Files, folders, or `-` for standard input.
    ///   - body: Called once per article or unreadable input, in order; an error it throws stops the walk.
    public func forEachDocument(in paths: [String], _ body: (Result<Document, InputError>) throws -> Void) rethrows {
        for file in files(in: paths) {
            switch file {
            case .success(let path):
                for result in read(path: path) { try body(result) }
            case .failure(let error):
                try body(.failure(error))
            }
        }
    }

    /// The files ``documents(in:)`` reads, in the same order: each folder expanded recursively in
    /// name order without hidden entries; other paths (including `-` and missing files) as given.
    ///
    /// Use it to read files in parallel: ``read(path:)`` is safe to call from several tasks.
    ///
    /// - Parameter paths: Files, folders, or `-` for standard input.
    /// - Returns: File paths, or an error for each folder that cannot be listed.
    public func files(in paths: [String]) -> [Result<String, InputError>] {
        Self.files(in: paths)
    }

    /// The files ``documents(in:)`` reads, in the same order (see ``files(in:)``): in folders only
    /// regular files are listed; named pipes, sockets, devices, dangling symbolic links and
    /// symbolic-link loops are errors naming the entry and the reason, never opened.
    ///
    /// - Parameter paths: Files, folders, or `-` for standard input.
    /// - Returns: File paths, or an error for each entry skipped or folder that cannot be listed.
    public static func files(in paths: [String]) -> [Result<String, InputError>] {
        var out: [Result<String, InputError>] = []
        for path in paths {
            if path != "-" && FileBytes.isFolder(path) {
                out += FolderListing.files(in: path)
            } else {
                out.append(.success(path))
            }
        }
        return out
    }
}
