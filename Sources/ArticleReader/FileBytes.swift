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
        let fd = open(path, O_RDONLY)
        if fd < 0 { return .failure(openError(errno, path: path)) }
        defer { close(fd) }
        var info = stat()
        if fstat(fd, &info) != 0 { return .failure(openError(errno, path: path)) }
        let kind = info.st_mode & S_IFMT
        if kind == S_IFDIR {
            return .failure(InputError(.unreadable, path: path,
                                       reason: "is a folder, not a file (give the folder as an input to read every file in it)"))
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
