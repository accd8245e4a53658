import EventGraphModel
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif canImport(Musl)
import Musl
#endif

/// Reads a whole file through POSIX calls, so each failure maps to a precise ``InputError``.
enum FileBytes {
    /// The bytes of the file at `path`, or the reason it cannot be read.
    ///
    /// - Parameters:
    ///   - path: A file path (not a folder).
    ///   - maxBytes: Files larger than this are rejected before they are read.
    /// - Returns: The file's bytes, or an error coded `notFound`, `unreadable` or `tooLarge`.
    static func read(_ path: String, maxBytes: Int) -> Result<Data, InputError> {
        // Opened without waiting: opening a named pipe nobody writes to would block for ever.
        let fd = open(path, O_RDONLY | O_NONBLOCK)
        if fd < 0 { return .failure(linkError(errno, path: path) ?? openError(errno, path: path)) }
        defer { close(fd) }
        var info = stat()
        if fstat(fd, &info) != 0 { return .failure(openError(errno, path: path)) }
        let kind = info.st_mode & S_IFMT
        if kind == S_IFDIR {
            return .failure(InputError(.unreadable, path: path,
                                       reason: "is a folder, not a file (give the folder as an input to read every file in it)"))
        }
        // A pipe named on the command line (`<(command)`) is read to its end; one with no writer
        // reads as empty. Sockets and block devices are not articles.
        if kind == S_IFSOCK || kind == S_IFBLK { return .failure(specialFile(info.st_mode, path: path)) }
        if kind != S_IFREG {
            let flags = fcntl(fd, F_GETFL)
            if flags >= 0 { _ = fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) }
        }
        if kind == S_IFREG && Int(info.st_size) > maxBytes {
            return .failure(tooLarge(path: path, size: Int(info.st_size), maxBytes: maxBytes))
        }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { Glue.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(openError(errno, path: path))
            }
            if n == 0 { break }
            data.append(contentsOf: buffer[0..<n])
            if data.count > maxBytes {
                return .failure(tooLarge(path: path, size: data.count, maxBytes: maxBytes))
            }
        }
        return .success(data)
    }

    /// Whether `path` names a folder (following symbolic links).
    static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// The error for a special file (a named pipe, a socket, a device), which is never read.
    static func specialFile(_ mode: mode_t, path: String) -> InputError {
        let what: String
        switch mode & S_IFMT {
        case S_IFIFO: what = "a named pipe (FIFO)"
        case S_IFSOCK: what = "a socket"
        case S_IFCHR: what = "a character device"
        case S_IFBLK: what = "a block device"
        default: what = "a special file"
        }
        return InputError(.special, path: path, reason: "\(what), not a regular file; skipped")
    }

    /// The error for a path that is a symbolic link leading nowhere (a missing target, a loop),
    /// or `nil` when `path` is no such link or `code` is another error.
    static func linkError(_ code: Int32, path: String) -> InputError? {
        if code == ELOOP {
            return InputError(.unreadable, path: path, reason: "a symbolic-link loop (the link leads back to itself); skipped")
        }
        guard code == ENOENT, let target = try? FileManager.default.destinationOfSymbolicLink(atPath: path) else { return nil }
        return InputError(.notFound, path: path, reason: "a symbolic link to \(target), which does not exist; skipped")
    }

    static func tooLarge(path: String, size: Int, maxBytes: Int) -> InputError {
        InputError(.tooLarge, path: path,
                   reason: "the file has \(size) bytes, more than the limit of \(maxBytes) bytes")
    }

    private static func openError(_ code: Int32, path: String) -> InputError {
        switch code {
        case ENOENT, ENOTDIR:
            return InputError(.notFound, path: path, reason: "no such file")
        case EACCES, EPERM:
            return InputError(.unreadable, path: path, reason: "permission denied")
        case EISDIR:
            return InputError(.unreadable, path: path,
                              reason: "is a folder, not a file (give the folder as an input to read every file in it)")
        default:
            let message = String(cString: strerror(code))
            return InputError(.unreadable, path: path, reason: message.lowercased())
        }
    }
}

/// The C `read`, named apart from ``FileBytes/read(_:maxBytes:)``.
private enum Glue {
    static func read(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
        return Glibc.read(fd, buffer, count)
        #elseif canImport(Darwin)
        return Darwin.read(fd, buffer, count)
        #else
        return Musl.read(fd, buffer, count)
        #endif
    }
}
