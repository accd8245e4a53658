import ArticleReader
import EventGraphModel
import Foundation
import Testing

/// What a folder may hold besides articles, and text that is not text: each named with a reason,
/// nothing blocks, nothing is cut short.
@Suite("Reader · special files, links and NUL characters", .timeLimit(.minutes(1)))
struct SpecialInputTests {
    static let article = "GENEVA, Nov. 3, 2022 (Reuters) - Foreign Minister Sergei Lavrov met John Kerry.\n"

    @Test("A folder's named pipe, dangling link, link loop and folder loop are named and skipped; its article is listed")
    func folderEntries() throws {
        let folder = try TemporaryFolder()
        try folder.write("b-good.txt", Self.article)
        try folder.write("sub/inner.txt", Self.article)
        #expect(mkfifo(folder.path + "/a-pipe.txt", 0o644) == 0)
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: folder.path + "/c-dangling.txt", withDestinationPath: "missing.txt")
        try fm.createSymbolicLink(atPath: folder.path + "/d-loop.txt", withDestinationPath: "d-loop.txt")
        try fm.createSymbolicLink(atPath: folder.path + "/sub/up", withDestinationPath: "..")
        try fm.createSymbolicLink(atPath: folder.path + "/e-link.txt", withDestinationPath: "b-good.txt")

        let entries = ArticleReader.files(in: [folder.path])
        let p = folder.path + "/"
        #expect(entries.compactMap(\.value) == [p + "b-good.txt", p + "e-link.txt", p + "sub/inner.txt"])
        let errors = entries.compactMap(\.error).map(\.description)
        #expect(errors == [
            p + "a-pipe.txt: special file: a named pipe (FIFO), not a regular file; skipped",
            p + "c-dangling.txt: not found: a symbolic link to missing.txt, which does not exist; skipped",
            p + "d-loop.txt: unreadable: a symbolic-link loop (the link leads back to itself); skipped",
            p + "sub/up: unreadable: a symbolic-link loop: this folder is \(folder.path) again; skipped",
        ])
        // Reading the whole folder never waits on the pipe.
        let results = ArticleReader().documents(in: [folder.path])
        #expect(results.compactMap(\.value).count == 3)
        #expect(results.compactMap(\.error).count == 4)
    }

    @Test("A named pipe given by name with no writer reads as empty instead of waiting")
    func namedPipeArgument() throws {
        let folder = try TemporaryFolder()
        let pipe = folder.path + "/pipe.txt"
        #expect(mkfifo(pipe, 0o644) == 0)
        let results = ArticleReader().read(path: pipe)
        #expect(results.map(\.error?.code) == [.empty])
    }

    @Test("A dangling link or a link loop given by name says so")
    func linkArguments() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/gone.txt", withDestinationPath: "nowhere.txt")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/self.txt", withDestinationPath: "self.txt")
        #expect(ArticleReader().read(path: folder.path + "/gone.txt").first?.error?.reason
                == "a symbolic link to nowhere.txt, which does not exist; skipped")
        #expect(ArticleReader().read(path: folder.path + "/self.txt").first?.error?.reason
                == "a symbolic-link loop (the link leads back to itself); skipped")
    }

    @Test("A JSON \\u0000 in a field the reader uses is rejected with the field and the position", arguments: [
        (#"{"text": "Lavrov met\u0000 Kerry in Geneva."}"#, "a.json", "a.json: malformed: the \"text\" field holds a NUL character (\\u0000) at character 10; it is not text"),
        (#"{"title": "T\u0000", "text": "Lavrov met Kerry."}"#, "a.json", "a.json: malformed: the \"title\" field holds a NUL character (\\u0000) at character 1; it is not text"),
        ("{\"text\": \"ok text\"}\n{\"text\": \"\\u0000\"}", "a.jsonl", "a.jsonl#2: malformed: the \"text\" field holds a NUL character (\\u0000) at character 0; it is not text"),
    ])
    func jsonNUL(_ json: String, _ name: String, _ expected: String) {
        let results = ArticleReader().read(data: Data(json.utf8), path: name)
        #expect(results.compactMap(\.error).map(\.description) == [expected])
    }

    @Test("A NUL in a field the reader ignores does not matter")
    func ignoredFieldNUL() {
        let results = ArticleReader().read(data: Data(#"{"text": "Lavrov met Kerry.", "note": "x\u0000"}"#.utf8), path: "a.json")
        #expect(results.first?.value?.text == "Lavrov met Kerry.")
    }

    @Test("UTF-16 text holding a NUL character is binary, not an article cut short")
    func utf16NUL() {
        let bytes: [UInt8] = [0xFF, 0xFE] + Array("Lavrov".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }) + [0, 0, 0x41, 0]
        let results = ArticleReader().read(data: Data(bytes), path: "u.txt")
        #expect(results.first?.error?.description == "u.txt: binary file: the file holds binary data (NUL character at character 6)")
    }
}
