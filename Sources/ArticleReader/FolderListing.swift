import EventGraphModel
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif canImport(Musl)
import Musl
#endif

/// Lists the files under a folder, recursively, in name order, without hidden entries.
///
/// Only regular files are listed (symbolic links to them included). Everything else is named with
/// a reason and skipped, never opened: named pipes, sockets and devices (reading a pipe nobody
/// writes to would wait for ever), symbolic links whose target does not exist, links that lead
/// to themselves, and folders that lead back to one of their own parents.
enum FolderListing {
    /// The files under `folder`, or errors for the entries that are skipped.
    static func files(in folder: String) -> [Result<String, InputError>] {
        var out: [Result<String, InputError>] = []
        var ancestors: [FileID: String] = [:]
        if let id = FileID(path: folder) { ancestors[id] = folder }
        walk(folder, depth: 0, ancestors: ancestors, into: &out)
        return out
    }

    private static func walk(_ folder: String, depth: Int, ancestors: [FileID: String],
                             into out: inout [Result<String, InputError>]) {
        guard depth < 64 else {
            out.append(.failure(InputError(.unreadable, path: folder, reason: "folders nested more than 64 deep; skipped")))
            return
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            let denied = (error as NSError).code == CocoaError.fileReadNoPermission.rawValue
            out.append(.failure(InputError(denied ? .unreadable : .notFound, path: folder,
                                           reason: denied ? "permission denied (cannot list the folder)" : "no such folder")))
            return
        }
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = prefix + name
            switch Entry(path: path) {
            case .file:
                out.append(.success(path))
            case .folder(let id):
                if let ancestor = ancestors[id] {
                    out.append(.failure(InputError(.unreadable, path: path,
                                                   reason: "a symbolic-link loop: this folder is \(ancestor) again; skipped")))
                } else {
                    var inner = ancestors
                    inner[id] = path
                    walk(path, depth: depth + 1, ancestors: inner, into: &out)
                }
            case .skipped(let error):
                out.append(.failure(error))
            }
        }
    }

    /// A file's identity: device and inode.
    struct FileID: Hashable {
        var device: UInt64
        var inode: UInt64

        /// The identity of what `path` names after following symbolic links, `nil` when it cannot be read.
        init?(path: String) {
            var info = stat()
            guard stat(path, &info) == 0 else { return nil }
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
        }
    }

    /// What an entry of a folder is, following symbolic links.
    enum Entry {
        case file
        case folder(FileID)
        case skipped(InputError)

        init(path: String) {
            var link = stat()
            guard lstat(path, &link) == 0 else {
                self = .skipped(InputError(.notFound, path: path, reason: "the entry vanished while the folder was read"))
                return
            }
            var info = stat()
            if (link.st_mode & S_IFMT) == S_IFLNK {
                guard stat(path, &info) == 0 else {
                    self = .skipped(FileBytes.linkError(errno, path: path) ?? InputError(
                        .unreadable, path: path, reason: "a symbolic link that cannot be followed (\(String(cString: strerror(errno)))); skipped"))
                    return
                }
            } else {
                info = link
            }
            switch info.st_mode & S_IFMT {
            case S_IFREG: self = .file
            case S_IFDIR: self = .folder(FileID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino)))
            default: self = .skipped(FileBytes.specialFile(info.st_mode, path: path))
            }
        }
    }
}

extension FolderListing.FileID {
    init(device: UInt64, inode: UInt64) {
        self.device = device
        self.inode = inode
    }
}
