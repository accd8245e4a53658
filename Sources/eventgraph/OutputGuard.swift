import Foundation

/// Keeps outputs off the store: no `-o` file (nor a file `build` writes) may be the store or one of
/// the files SQLite keeps beside it, however the path is spelled (relative, through symbolic links,
/// a hard link).
enum OutputGuard {
    /// The files of a store: the database, its write-ahead log, its shared-memory index, its journal.
    static let companions: [(suffix: String, what: String)] = [
        ("", "the store"), ("-wal", "the store's write-ahead log"), ("-shm", "the store's shared-memory index"),
        ("-journal", "the store's rollback journal"),
    ]

    /// Throws a one-line failure when `output` names the store at `store` or one of its companion files.
    ///
    /// - Parameters:
    ///   - output: The file about to be written (`nil` or `-`: standard output, always allowed).
    ///   - store: The store's path as given with `--db`.
    static func check(_ output: String?, store: String?) throws {
        guard let output, output != "-", let store else { return }
        let target = resolved(output)
        let base = resolved(store)
        for (suffix, what) in companions {
            let companion = base + suffix
            if target == companion || sameFile(output, store + suffix) {
                throw CommandFailure("\(output): this is \(what) (--db \(store)): refusing to write over it; "
                                     + "the store was left as it was: choose another output file")
            }
        }
    }

    /// Whether two paths name one existing file (the same device and inode: hard links too).
    static func sameFile(_ a: String, _ b: String) -> Bool {
        var sa = stat(), sb = stat()
        guard stat(a, &sa) == 0, stat(b, &sb) == 0 else { return false }
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino
    }

    /// The absolute path `path` stands for, with `.`, `..` and symbolic links resolved as far as
    /// they exist; a link whose target does not exist yet is followed to that target.
    static func resolved(_ path: String, depth: Int = 0) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        if let real = realpath(absolute, nil) {
            defer { free(real) }
            return String(cString: real)
        }
        let url = URL(fileURLWithPath: absolute).standardizedFileURL
        let parent = url.deletingLastPathComponent().path
        let name = url.lastPathComponent
        // A dangling symbolic link: writing through it would create its target.
        if depth < 40, let target = try? FileManager.default.destinationOfSymbolicLink(atPath: url.path) {
            let next = target.hasPrefix("/") ? target : parent + "/" + target
            return resolved(next, depth: depth + 1)
        }
        guard depth < 40, parent != url.path else { return url.path }
        let base = resolved(parent, depth: depth + 1)
        return (base.hasSuffix("/") ? base : base + "/") + name
    }
}
