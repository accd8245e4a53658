import ArticleReader
import EventGraphModel
import Foundation
import Testing

/// One input file and the document the reader must make of it.
struct FormatCase: CustomTestStringConvertible, Sendable {
    let name: String
    let file: String
    let bytes: [UInt8]
    let text: String
    let title: String?
    var published: String? = nil
    var outlet: String? = nil
    var language: LanguageCode = .en
    var url: String? = nil
    var id: String? = nil

    var testDescription: String { name }

    init(_ name: String, file: String, _ content: String, text: String, title: String?,
         published: String? = nil, outlet: String? = nil, language: LanguageCode = .en,
         url: String? = nil, id: String? = nil) {
        self.init(name, file: file, bytes: Array(content.utf8), text: text, title: title, published: published,
                  outlet: outlet, language: language, url: url, id: id)
    }

    init(_ name: String, file: String, bytes: [UInt8], text: String, title: String?,
         published: String? = nil, outlet: String? = nil, language: LanguageCode = .en,
         url: String? = nil, id: String? = nil) {
        self.name = name
        self.file = file
        self.bytes = bytes
        self.text = text
        self.title = title
        self.published = published
        self.outlet = outlet
        self.language = language
        self.url = url
        self.id = id
    }
}

@Suite("Reader · formats")
struct FormatTests {
    static let cases: [FormatCase] = [
        FormatCase("plain text keeps the text as is", file: "talks.txt",
                   "Ministers meet in Cairo\n\nThe two ministers met on Sunday.\n",
                   text: "Ministers meet in Cairo\n\nThe two ministers met on Sunday.\n",
                   title: "Ministers meet in Cairo", id: "talks"),
        FormatCase("a UTF-8 byte-order mark is dropped", file: "bom.txt",
                   bytes: [0xEF, 0xBB, 0xBF] + Array("وزير الخارجية يلتقي نظيره\nالتقى الوزيران في القاهرة.".utf8),
                   text: "وزير الخارجية يلتقي نظيره\nالتقى الوزيران في القاهرة.",
                   title: "وزير الخارجية يلتقي نظيره", language: .ar),
        FormatCase("UTF-16 with a byte-order mark is decoded", file: "utf16.txt",
                   bytes: [0xFF, 0xFE] + "Talks resume\nThe envoys met.".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] },
                   text: "Talks resume\nThe envoys met.", title: "Talks resume"),
        FormatCase("an unknown extension holding text is read as text", file: "wire.news",
                   "CAIRO (AP) — The ministers met on Sunday.",
                   text: "CAIRO (AP) — The ministers met on Sunday.",
                   title: "CAIRO (AP) — The ministers met on Sunday.", outlet: "AP"),
        FormatCase("an unknown extension is text even when it looks like JSON", file: "server.log",
                   "[2022-11-08 10:00] talks began\n[2022-11-08 12:00] talks ended\n",
                   text: "[2022-11-08 10:00] talks began\n[2022-11-08 12:00] talks ended\n",
                   title: "[2022-11-08 10:00] talks began", published: "2022-11-08"),
        FormatCase("Markdown loses heading marks, link targets and emphasis", file: "note.md",
                   "# Ministers meet\n\nThe [State Department](https://www.state.gov/) said **both** sides met.\n\n---\n\n- one *item*\n> quoted `code`\n",
                   text: "Ministers meet\n\nThe State Department said both sides met.\n\n\none item\nquoted code\n",
                   title: "Ministers meet"),
        FormatCase("Markdown images, reference links, autolinks, closing hashes and nested emphasis", file: "more.md",
                   "## Talks in *Cairo* ##\n![Shoukry and Lavrov](img.jpg) met, said [**the** ministry][1] at <https://example.org>.\n[1]: https://example.org/ministry\n__Both__ said `2 + 2` * 3 = snake_case_name.\n",
                   text: "Talks in Cairo\nShoukry and Lavrov met, said the ministry at https://example.org.\nBoth said 2 + 2 * 3 = snake_case_name.\n",
                   title: "Talks in Cairo"),
        FormatCase("Markdown front matter gives metadata", file: "front.md",
                   "---\ntitle: \"Ministers meet\"\ndate: 2022-11-08\nsource: Harbor Line News\nlang: en\n---\nThe ministers met.\n",
                   text: "The ministers met.\n", title: "Ministers meet", published: "2022-11-08",
                   outlet: "Harbor Line News"),
        FormatCase("HTML keeps the body text, drops head, nav, script, style and footer", file: "page.html",
                   """
                   <!DOCTYPE html><html lang="ar"><head><title>عنوان | موقع</title>
                   <meta property="article:published_time" content="2022-11-08T10:00:00+03:00">
                   <meta property="og:site_name" content="الأفق العربي"><style>p{color:red}</style></head>
                   <body><nav><a href="/">الرئيسية</a></nav><script>var x = "<p>لا</p>";</script>
                   <h1>الوزيران   يبحثان الأزمة</h1><p>التقى الوزيران&nbsp;في القاهرة &amp; بحثا<br>العلاقات&#1575;&#x644;ثنائية.</p>
                   <footer>حقوق النشر</footer></body></html>
                   """,
                   text: "الوزيران يبحثان الأزمة\nالتقى الوزيران\u{00A0}في القاهرة & بحثا\nالعلاقاتالثنائية.",
                   title: "الوزيران يبحثان الأزمة", published: "2022-11-08", outlet: "الأفق العربي", language: .ar),
        FormatCase("an HTML fragment without <body> is read whole", file: "fragment.htm",
                   "<p>Envoys met in <b>Geneva</b>.</p><p>Talks went on &ldquo;late&rdquo;.</p>",
                   text: "Envoys met in Geneva.\nTalks went on \u{201C}late\u{201D}.", title: "Envoys met in Geneva."),
        FormatCase("one JSON object is one document with its fields", file: "one.json",
                   #"{"id": "x1", "title": "T", "text": "The ministers met.", "published": "2022-11-08T09:00:00Z", "outlet": "Nile Wire", "url": "https://example.org/x1", "language": "en", "extra": [1, 2]}"#,
                   text: "The ministers met.", title: "T", published: "2022-11-08", outlet: "Nile Wire",
                   url: "https://example.org/x1", id: "x1"),
        FormatCase("JSON synonyms lang, date and source are accepted", file: "syn.json",
                   #"{"text": "التقى الوزيران في القاهرة.", "date": "2022-11-05", "source": "واس", "lang": "ar"}"#,
                   text: "التقى الوزيران في القاهرة.", title: "التقى الوزيران في القاهرة.", published: "2022-11-05",
                   outlet: "واس", language: .ar, id: "syn"),
    ]

    @Test("Each format gives its text and metadata", arguments: cases)
    func reads(_ row: FormatCase) throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(row.file, row.bytes)
        let results = ArticleReader().read(path: path)
        #expect(results.count == 1, "\(row.name)")
        let document = try #require(results.first?.value, "\(row.name): \(String(describing: results.first?.error))")
        #expect(document.text == row.text)
        #expect(document.title == row.title)
        #expect(document.published == row.published)
        #expect(document.outlet == row.outlet)
        #expect(document.language == row.language)
        #expect(document.url == row.url)
        #expect(document.path == path)
        if let id = row.id { #expect(document.id == id) }
    }

    @Test("A JSON array gives one document per object, numbered from 1")
    func jsonArray() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("batch.json", #"[{"text": "First."}, {"id": "b", "text": "Second."}]"#)
        let results = ArticleReader().read(path: path)
        #expect(results.compactMap(\.value?.path) == [path + "#1", path + "#2"])
        #expect(results.compactMap(\.value?.id) == ["batch#1", "b"])
    }

    @Test("A bad JSON Lines entry is one failure; the other lines are still read")
    func jsonLines() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("feed.jsonl", "{\"text\": \"One.\"}\n{\"text\": oops}\n\n{\"title\": \"no text\"}\n{\"text\": \"Four.\"}\n")
        let results = ArticleReader().read(path: path)
        #expect(results.count == 4)
        #expect(results.compactMap(\.value?.path) == [path + "#1", path + "#5"])
        #expect(results.compactMap(\.error?.path) == [path + "#2", path + "#4"])
        #expect(results.compactMap(\.error?.code) == [.malformed, .malformed])
    }

    @Test("Options win over JSON fields, which win over detection")
    func precedence() throws {
        let json = #"{"text": "Talks\n2022-11-01\nThe ministers met.", "published": "2022-11-02", "outlet": "A"}"#
        let fromJSON = try #require(ArticleReader().read(data: Data(json.utf8), path: "a.json").first?.value)
        #expect(fromJSON.published == "2022-11-02")
        #expect(fromJSON.outlet == "A")
        let options = ReaderOptions(published: "2022-11-03", outlet: "B", language: .ar, title: "C")
        let overridden = try #require(ArticleReader(options: options).read(data: Data(json.utf8), path: "a.json").first?.value)
        #expect(overridden.published == "2022-11-03")
        #expect(overridden.outlet == "B")
        #expect(overridden.language == .ar)
        #expect(overridden.title == "C")
        let detected = try #require(ArticleReader().read(data: Data("Talks\n2022-11-01\nThe ministers met.".utf8), path: "a.txt").first?.value)
        #expect(detected.published == "2022-11-01")
    }

    @Test("Standard input is sniffed", arguments: [
        ("{\"text\": \"Hello there.\"}", "Hello there."),
        ("{\"text\": \"One.\"}\n{\"text\": \"Two.\"}\n", "One."),
        ("<!doctype html><html><body><p>Hi <i>you</i>.</p></body></html>", "Hi you."),
        ("Plain words.", "Plain words."),
    ])
    func stdin(_ input: String, _ firstText: String) throws {
        let results = ArticleReader().read(data: Data(input.utf8), path: "-")
        #expect(results.first?.value?.text == firstText)
        #expect(results.allSatisfy { $0.value != nil })
    }

    @Test("The language is told by script share and stopwords", arguments: [
        ("The minister said that the talks were useful.", LanguageCode.en),
        ("قال الوزير إن المحادثات كانت مفيدة.", .ar),
        ("قال وزير الخارجية في مؤتمر صحفي مع Antony Blinken إن الجانبين اتفقا.", .ar),
        ("The Saudi minister met Blinken (فيصل بن فرحان) in Riyadh on Sunday and said that the talks with the United States were good.", .en),
        ("2022-11-08 12:00", .en),
    ])
    func language(_ text: String, _ expected: LanguageCode) {
        #expect(LanguageDetector.detect(text) == expected)
    }

    static let filler = String(repeating: "They also discussed many other things at length ", count: 6)

    @Test("A very long first line is cut to its first sentence (not at an abbreviation) for the title", arguments: [
        ("MOSCOW (AP)_ Presidents of the two countries signed an economic cooperation plan on Friday. " + filler,
         "MOSCOW (AP)_ Presidents of the two countries signed an economic cooperation plan on Friday."),
        ("BAGHDAD, Iraq (AP)_ An American leader of a U.N. weapons team met Mr. Aziz on Friday after weeks. " + filler,
         "BAGHDAD, Iraq (AP)_ An American leader of a U.N. weapons team met Mr. Aziz on Friday after weeks."),
        ("Short title", "Short title"),
        (String(repeating: "word ", count: 60), String(repeating: "word ", count: 39) + "word…"),
    ])
    func longTitle(_ line: String, _ title: String) {
        #expect(HeaderDetector.title(of: line) == title)
    }
}
