import ArticleReader
import EventGraphModel
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One bad input and the error the reader must give, as the command line prints it.
struct FailureCase: CustomTestStringConvertible, Sendable {
    let name: String
    let file: String
    let bytes: [UInt8]?
    let code: InputError.Code
    /// The exact reason, or a part of it when `exact` is false.
    let reason: String
    var exact = true
    var maxBytes = 20_000_000

    var testDescription: String { name }
}

@Suite("Reader · bad input")
struct FailureTests {
    static let cases: [FailureCase] = [
        FailureCase(name: "a missing file", file: "missing.txt", bytes: nil, code: .notFound, reason: "no such file"),
        FailureCase(name: "an empty file", file: "empty.txt", bytes: [], code: .empty, reason: "the file is empty"),
        FailureCase(name: "a white-space-only file", file: "blank.md", bytes: Array(" \n\t\u{00A0}\n".utf8),
                    code: .empty, reason: "the file has only white space"),
        FailureCase(name: "a file with NUL bytes", file: "image.png", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00],
                    code: .binary, reason: "the file holds binary data (NUL byte at byte 8)"),
        FailureCase(name: "a file of control bytes", file: "ctl.txt", bytes: [0x01, 0x02, 0x03, 0x41, 0x04, 0x05],
                    code: .binary, reason: "the file holds binary data (5 control bytes in the first 6)"),
        FailureCase(name: "invalid UTF-8", file: "latin1.txt", bytes: Array("abc".utf8) + [0xFF] + Array("def".utf8),
                    code: .notUTF8, reason: "the file is not UTF-8 text (invalid sequence 0xFF at byte 3)"),
        FailureCase(name: "Latin-1 Arabic neighbour (Windows-1256)", file: "cp1256.txt", bytes: Array("x ".utf8) + [0xE3, 0xD5, 0xD1],
                    code: .notUTF8, reason: "the file is not UTF-8 text (invalid sequence 0xE3 0xD5 at byte 2)"),
        FailureCase(name: "a truncated UTF-8 sequence", file: "cut.txt", bytes: Array("ab".utf8) + [0xD9],
                    code: .notUTF8, reason: "the file is not UTF-8 text (invalid sequence 0xD9 at byte 2)"),
        FailureCase(name: "Latin-1 é before a space", file: "cafe.txt", bytes: Array("caf".utf8) + [0xE9] + Array(" au lait".utf8),
                    code: .notUTF8, reason: "the file is not UTF-8 text (invalid sequence 0xE9 0x20 at byte 3)"),
        FailureCase(name: "a file over the size limit", file: "big.txt", bytes: Array(repeating: 0x41, count: 20),
                    code: .tooLarge, reason: "the file has 20 bytes, more than the limit of 10 bytes", maxBytes: 10),
        FailureCase(name: "malformed JSON", file: "bad.json", bytes: Array("{\"text\": \"a\",\n \"title\": x}".utf8),
                    code: .malformed, reason: "invalid JSON at line 2, column", exact: false),
        FailureCase(name: "a JSON object with no text", file: "notext.json", bytes: Array(#"{"title": "T"}"#.utf8),
                    code: .malformed, reason: "the object has no \"text\" field"),
        FailureCase(name: "a JSON text that is not a string", file: "numtext.json", bytes: Array(#"{"text": 12}"#.utf8),
                    code: .malformed, reason: "the \"text\" field is not a string"),
        FailureCase(name: "a JSON scalar", file: "scalar.json", bytes: Array("42".utf8),
                    code: .malformed, reason: "expected a JSON object or an array of objects"),
        FailureCase(name: "a malformed published date", file: "date.json", bytes: Array(#"{"text": "x", "published": "08/11/2022"}"#.utf8),
                    code: .badMetadata, reason: "published date \"08/11/2022\" is not a day (use YYYY-MM-DD or an ISO 8601 timestamp)"),
        FailureCase(name: "an impossible published date", file: "feb30.json", bytes: Array(#"{"text": "x", "date": "2022-02-30"}"#.utf8),
                    code: .badMetadata, reason: "published date \"2022-02-30\" is not a day (use YYYY-MM-DD or an ISO 8601 timestamp)"),
        FailureCase(name: "an unsupported language", file: "fr.json", bytes: Array(#"{"text": "x", "language": "fr"}"#.utf8),
                    code: .badMetadata, reason: "language \"fr\" is not supported (use ar or en)"),
        FailureCase(name: "an HTML page with no body text", file: "empty.html",
                    bytes: Array("<html><head><title>T</title></head><body><script>x()</script></body></html>".utf8),
                    code: .empty, reason: "the article has no text"),
    ]

    @Test("Each bad input is one error naming the file and the reason", arguments: cases)
    func rejects(_ row: FailureCase) throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/" + row.file
        if let bytes = row.bytes { try folder.write(row.file, bytes) }
        let results = ArticleReader(options: ReaderOptions(maxBytes: row.maxBytes)).read(path: path)
        #expect(results.count == 1)
        let error = try #require(results.first?.error, "\(row.name) was read")
        #expect(error.code == row.code)
        #expect(error.path == path)
        if row.exact {
            #expect(error.reason == row.reason)
            #expect(error.description == "\(path): \(row.code.name): \(row.reason)")
        } else {
            #expect(error.reason.hasPrefix(row.reason), "\(error.reason)")
        }
    }

    @Test("A folder given where a file is expected is unreadable")
    func folderAsFile() throws {
        let folder = try TemporaryFolder()
        let error = try #require(ArticleReader().read(path: folder.path).first?.error)
        #expect(error.description
            == "\(folder.path): unreadable: is a folder, not a file (give the folder as an input to read every file in it)")
    }

    @Test("A file without read permission is unreadable", .enabled(if: getuid() != 0, "root reads every file"))
    func permissionDenied() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("secret.txt", "Ministers met.")
        chmod(path, 0)
        defer { chmod(path, 0o644) }
        let error = try #require(ArticleReader().read(path: path).first?.error)
        #expect(error.description == "\(path): unreadable: permission denied")
    }

    @Test("Messages read as the command line prints them")
    func exactMessages() {
        #expect(InputError(.notUTF8, path: "notes/scan.pdf", reason: "the file is not UTF-8 text (invalid sequence 0xFF at byte 10)").description
            == "notes/scan.pdf: not UTF-8: the file is not UTF-8 text (invalid sequence 0xFF at byte 10)")
        let results = ArticleReader().read(data: Data(), path: "-")
        #expect(results.first?.error?.description == "-: empty file: the file is empty")
        let tooLarge = ArticleReader(options: ReaderOptions(maxBytes: 3)).read(data: Data("abcd".utf8), path: "-")
        #expect(tooLarge.first?.error?.description == "-: too large: the file has 4 bytes, more than the limit of 3 bytes")
    }

    @Test("A folder with good and bad files: each bad one is named, the good ones are read, in name order")
    func mixedFolder() throws {
        let folder = try TemporaryFolder()
        try folder.write("a-good.txt", "Ministers meet\nThe ministers met on Sunday.")
        try folder.write("b-empty.txt", "")
        try folder.write("c-binary.dat", [0x00, 0x01, 0x02])
        try folder.write("d-latin1.txt", [0x63, 0x61, 0x66, 0xE9])
        try folder.write(".hidden.txt", "Not read.")
        try folder.write(".git/config", "Not read.")
        try folder.write("sub/e-inner.md", "# Inner\nText.")
        try folder.write("z-batch.jsonl", "{\"text\": \"One.\"}\n{\"text\": \"Two.\"}\n")
        let results = ArticleReader().documents(in: [folder.path, folder.path + "/gone.txt"])
        let p = folder.path + "/"
        #expect(results.compactMap(\.value?.path) == [p + "a-good.txt", p + "sub/e-inner.md", p + "z-batch.jsonl#1", p + "z-batch.jsonl#2"])
        #expect(results.compactMap(\.error).map { "\($0.path) \($0.code)" } == [
            p + "b-empty.txt empty file", p + "c-binary.dat binary file", p + "d-latin1.txt not UTF-8", p + "gone.txt not found",
        ])
    }
}

@Suite("Reader · batches")
struct BatchTests {
    @Test("files(in:) lists what documents(in:) reads, and forEachDocument hands over the same results")
    func listingMatchesReading() throws {
        let folder = try TemporaryFolder()
        try folder.write("b.txt", "Second\nText.")
        try folder.write("a/z.md", "# First\nText.")
        try folder.write("c.json", #"[{"text": "Third."}, {"text": "Fourth."}]"#)
        let reader = ArticleReader()
        let p = folder.path + "/"
        #expect(reader.files(in: [folder.path, "missing.txt"]).compactMap(\.value)
            == [p + "a/z.md", p + "b.txt", p + "c.json", "missing.txt"])
        var streamed: [Result<Document, InputError>] = []
        reader.forEachDocument(in: [folder.path]) { streamed.append($0) }
        #expect(streamed == reader.documents(in: [folder.path]))
        #expect(streamed.compactMap(\.value?.title) == ["First", "Second", "Third.", "Fourth."])
    }
}
