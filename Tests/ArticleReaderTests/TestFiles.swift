import ArticleReader
import EventGraphModel
import Foundation

/// A fresh temporary folder for one test, removed when the value is released.
final class TemporaryFolder {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "article-reader-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Writes `bytes` to `name` (sub-folders are created) and returns the file's path.
    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let file = path + "/" + name
        let folder = (file as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        return file
    }

    /// Writes `text` as UTF-8 to `name` and returns the file's path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, Array(text.utf8))
    }
}

/// A stand-in for the temporal tagger: ISO days, "D Month YYYY" and "Month D, YYYY" with a few
/// month names per language, ASCII or Arabic-Indic digits.
enum FakeResolver {
    static let months: [(String, Int)] = [
        ("January", 1), ("February", 2), ("March", 3), ("November", 11), ("Nov.", 11), ("Nov", 11),
        ("December", 12), ("فبراير", 2), ("شباط", 2), ("مارس", 3), ("آذار", 3), ("نوفمبر", 11),
        ("تشرين الثاني", 11), ("ديسمبر", 12),
    ]

    static let resolve: @Sendable (String, LanguageCode) -> String? = { line, _ in
        var ascii = ""
        for u in line.unicodeScalars {
            if (0x0660...0x0669).contains(u.value), let d = Unicode.Scalar(u.value - 0x0660 + 0x30) {
                ascii.unicodeScalars.append(d)
            } else {
                ascii.unicodeScalars.append(u)
            }
        }
        if let m = ascii.firstMatch(of: #/([0-9]{4})-([0-9]{2})-([0-9]{2})/#) {
            return "\(m.output.1)-\(m.output.2)-\(m.output.3)"
        }
        for (name, month) in months {
            guard let range = ascii.range(of: name) else { continue }
            let before = String(ascii[..<range.lowerBound])
            let after = String(ascii[range.upperBound...])
            if let day = before.firstMatch(of: #/([0-9]{1,2})\s*$/#), let year = after.firstMatch(of: #/^[^0-9]{0,25}?([0-9]{4})/#) {
                return format(Int(year.output.1), month, Int(day.output.1))
            }
            if let m = after.firstMatch(of: #/^\s*([0-9]{1,2}),?\s+([0-9]{4})/#) {
                return format(Int(m.output.2), month, Int(m.output.1))
            }
        }
        return nil
    }

    private static func format(_ year: Int?, _ month: Int, _ day: Int?) -> String? {
        guard let year, let day else { return nil }
        let mm = month < 10 ? "0\(month)" : "\(month)"
        let dd = day < 10 ? "0\(day)" : "\(day)"
        return "\(year)-\(mm)-\(dd)"
    }
}

extension Result where Failure == InputError {
    /// The success value, or `nil`.
    var value: Success? { if case .success(let v) = self { return v } else { return nil } }
    /// The failure, or `nil`.
    var error: InputError? { if case .failure(let e) = self { return e } else { return nil } }
}

/// The package's root folder, found from this file's path.
let packageRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
}()
