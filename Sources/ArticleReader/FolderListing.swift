import EventGraphModel
import Foundation

/// Lists the files under a folder, recursively, in name order, without hidden entries.
enum FolderListing {
    /// The files under `folder` (following symbolic links up to a depth of 32), or errors for
    /// sub-folders that cannot be listed.
    static func files(in folder: String) -> [Result<String, InputError>] {
        var out: [Result<String, InputError>] = []
        walk(folder, depth: 0, into: &out)
        return out
    }

    private static func walk(_ folder: String, depth: Int, into out: inout [Result<String, InputError>]) {
        guard depth < 32 else {
            out.append(.failure(InputError(.unreadable, path: folder, reason: "folders nested too deep (a symbolic-link loop?)")))
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
            if FileBytes.isFolder(path) {
                walk(path, depth: depth + 1, into: &out)
            } else {
                out.append(.success(path))
            }
        }
    }
}
