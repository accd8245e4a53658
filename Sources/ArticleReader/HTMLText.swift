/// What an HTML page gives: the text of its body and the metadata of its head.
struct HTMLPage: Hashable, Sendable {
    /// The body text: no tags, no script/style/navigation; one line per block element.
    var text: String
    /// The first `<h1>`, else `og:title`, else `<title>`.
    var title: String?
    /// The raw value of a publication-date `<meta>` tag or `<time>` element, unvalidated.
    var published: String?
    /// `og:site_name` or a publisher `<meta>` tag.
    var outlet: String?
    /// `<html lang>` (or a content-language `<meta>`), unvalidated.
    var language: String?
}

/// Extracts the readable text and metadata of an HTML page without a full HTML parser.
///
/// The scanner is tolerant: unclosed tags, stray `<` and unknown entities are kept as text or
/// ignored, never fatal. Content of `script`, `style`, `noscript`, `template`, `head`, `nav`,
/// `aside`, `footer`, `form`, `iframe`, `svg`, `select` and `button` is dropped. Block elements
/// become line breaks, runs of white space inside a line become one space, and empty lines go.
enum HTMLText {
    static let skipped: Set<String> = ["script", "style", "noscript", "template", "head", "nav", "aside",
                                       "footer", "form", "iframe", "svg", "select", "button", "object"]
    static let rawText: Set<String> = ["script", "style", "textarea", "title"]
    static let blocks: Set<String> = ["p", "div", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
                                      "ol", "dl", "dt", "dd", "tr", "table", "thead", "tbody", "section",
                                      "article", "header", "main", "blockquote", "pre", "figure",
                                      "figcaption", "address", "body", "html", "td", "th", "caption",
                                      "details", "summary", "center"]
    static let publishedKeys: Set<String> = ["article:published_time", "og:published_time", "datepublished",
                                             "date", "pubdate", "publishdate", "publish-date", "dc.date",
                                             "dc.date.issued", "dcterms.date", "publication_date",
                                             "sailthru.date", "parsely-pub-date", "article.published"]
    static let outletKeys: Set<String> = ["og:site_name", "publisher", "dc.publisher", "application-name"]

    /// Reads `html` into its body text and metadata.
    static func extract(_ html: String) -> HTMLPage {
        let chars = Array(html.unicodeScalars)
        var page = HTMLPage(text: "")
        var lines: [String] = []
        var line = ""
        var pendingSpace = false
        var skipDepth: [String: Int] = [:]
        var skipCount = 0
        var skipping: Bool { skipCount > 0 }
        var inH1 = false
        var h1 = ""
        var titleTag: String?
        var ogTitle: String?

        func breakLine() {
            lines.append(line)
            line = ""
            pendingSpace = false
        }
        func append(_ u: Unicode.Scalar) {
            if inH1 { h1.unicodeScalars.append(u) }
            if u.isSpace && u != "\u{00A0}" {
                pendingSpace = true
            } else {
                if pendingSpace && !line.isEmpty { line.unicodeScalars.append(" ") }
                pendingSpace = false
                line.unicodeScalars.append(u)
            }
        }
        func append(_ s: String) {
            for u in s.unicodeScalars { append(u) }
        }

        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "<" {
                if starts(chars, i, "<!--") {
                    i = find(chars, from: i + 4, "-->").map { $0 + 3 } ?? chars.count
                    continue
                }
                if i + 1 < chars.count, chars[i + 1] == "!" || chars[i + 1] == "?" {
                    i = find(chars, from: i + 1, ">").map { $0 + 1 } ?? chars.count
                    continue
                }
                if let tag = Tag.parse(chars, at: i) {
                    i = tag.end
                    let name = tag.name
                    if !tag.isClosing {
                        if name == "html", let lang = tag.attributes["lang"] { page.language = lang }
                        if name == "meta" { readMeta(tag.attributes, into: &page, ogTitle: &ogTitle) }
                        if name == "time", page.published == nil, let value = tag.attributes["datetime"],
                           tag.attributes["pubdate"] != nil
                            || tag.attributes["itemprop"]?.lowercased() == "datepublished" {
                            page.published = value
                        }
                    }
                    if rawText.contains(name) && !tag.isClosing && !tag.isSelfClosing {
                        let close = findClose(chars, from: i, name)
                        if name == "title" && titleTag == nil {
                            titleTag = collapse(HTMLEntities.decodeAll(String(String.UnicodeScalarView(chars[i..<close.start]))))
                        } else if name == "textarea" && !skipping {
                            append(HTMLEntities.decodeAll(String(String.UnicodeScalarView(chars[i..<close.start]))))
                        }
                        i = close.end
                        continue
                    }
                    if skipped.contains(name) {
                        if tag.isClosing {
                            if let d = skipDepth[name], d > 0 { skipDepth[name] = d - 1; skipCount -= 1 }
                        } else if !tag.isSelfClosing {
                            skipDepth[name, default: 0] += 1
                            skipCount += 1
                        }
                        if name == "head" || name == "nav" { breakLine() }
                        continue
                    }
                    if name == "h1" {
                        if !tag.isClosing && !skipping && page.title == nil && h1.isEmpty { inH1 = true }
                        if tag.isClosing && inH1 { inH1 = false; page.title = collapse(h1) }
                    }
                    if blocks.contains(name) && !skipping { breakLine() }
                    continue
                }
                if !skipping { append("<" as Unicode.Scalar) }
                i += 1
                continue
            }
            if skipping { i += 1; continue }
            if c == "&", let (text, next) = HTMLEntities.decode(chars, at: i) {
                append(text)
                i = next
                continue
            }
            append(c)
            i += 1
        }
        breakLine()
        if inH1, page.title == nil { page.title = collapse(h1) }
        page.text = lines.map(trim).filter { !$0.isEmpty }.joined(separator: "\n")
        if page.title?.isEmpty ?? false { page.title = nil }
        page.title = page.title ?? ogTitle ?? titleTag
        if page.title?.isEmpty ?? false { page.title = nil }
        return page
    }

    private static func readMeta(_ attributes: [String: String], into page: inout HTMLPage, ogTitle: inout String?) {
        guard let content = attributes["content"]?.trimmingWhitespace, !content.isEmpty else { return }
        let key = (attributes["property"] ?? attributes["name"] ?? attributes["itemprop"]
                   ?? attributes["http-equiv"] ?? "").lowercased()
        if publishedKeys.contains(key), page.published == nil { page.published = content }
        if outletKeys.contains(key), page.outlet == nil { page.outlet = content }
        if key == "og:title", ogTitle == nil { ogTitle = collapse(content) }
        if key == "content-language" || key == "og:locale", page.language == nil { page.language = content }
    }

    private static func starts(_ chars: [Unicode.Scalar], _ i: Int, _ s: String) -> Bool {
        var k = i
        for u in s.unicodeScalars {
            guard k < chars.count, chars[k] == u else { return false }
            k += 1
        }
        return true
    }

    private static func find(_ chars: [Unicode.Scalar], from: Int, _ s: String) -> Int? {
        var k = from
        while k < chars.count {
            if starts(chars, k, s) { return k }
            k += 1
        }
        return nil
    }

    /// The range of `</name>` after `from` (case-insensitive), or the end of input.
    private static func findClose(_ chars: [Unicode.Scalar], from: Int, _ name: String) -> (start: Int, end: Int) {
        var k = from
        while k < chars.count {
            if chars[k] == "<", k + 1 < chars.count, chars[k + 1] == "/",
               let tag = Tag.parse(chars, at: k), tag.name == name {
                return (k, tag.end)
            }
            k += 1
        }
        return (chars.count, chars.count)
    }

    static func collapse(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    private static func trim(_ s: String) -> String { s.trimmingWhitespace }
}

/// One start or end tag, with lower-cased name and attribute names and decoded values.
struct Tag {
    var name: String
    var isClosing: Bool
    var isSelfClosing: Bool
    var attributes: [String: String]
    /// The index after the tag's `>`.
    var end: Int

    /// Parses the tag at `chars[start]` (a `<`), or `nil` when no tag name follows.
    static func parse(_ chars: [Unicode.Scalar], at start: Int) -> Tag? {
        var i = start + 1
        var closing = false
        if i < chars.count, chars[i] == "/" { closing = true; i += 1 }
        var name = ""
        while i < chars.count, chars[i].isASCII,
              chars[i].properties.isAlphabetic || ("0"..."9").contains(chars[i]) || chars[i] == "-" || chars[i] == ":" {
            name.unicodeScalars.append(chars[i])
            i += 1
        }
        guard let first = name.unicodeScalars.first, first.properties.isAlphabetic else { return nil }
        var attributes: [String: String] = [:]
        var selfClosing = false
        while i < chars.count {
            let c = chars[i]
            if c == ">" { i += 1; break }
            if c == "/" { selfClosing = true; i += 1; continue }
            if c.isSpace { i += 1; continue }
            selfClosing = false
            var key = ""
            while i < chars.count, !chars[i].isSpace, chars[i] != "=", chars[i] != ">",
                  !(chars[i] == "/" && i + 1 < chars.count && chars[i + 1] == ">") {
                key.unicodeScalars.append(chars[i])
                i += 1
            }
            while i < chars.count, chars[i].isSpace { i += 1 }
            var value = ""
            if i < chars.count, chars[i] == "=" {
                i += 1
                while i < chars.count, chars[i].isSpace { i += 1 }
                if i < chars.count, chars[i] == "\"" || chars[i] == "'" {
                    let quote = chars[i]
                    i += 1
                    while i < chars.count, chars[i] != quote { value.unicodeScalars.append(chars[i]); i += 1 }
                    i += 1
                } else {
                    while i < chars.count, !chars[i].isSpace, chars[i] != ">" {
                        value.unicodeScalars.append(chars[i])
                        i += 1
                    }
                }
            }
            if !key.isEmpty { attributes[key.lowercased()] = HTMLEntities.decodeAll(value) }
        }
        return Tag(name: name.lowercased(), isClosing: closing, isSelfClosing: selfClosing,
                   attributes: attributes, end: min(i, chars.count))
    }
}

extension StringProtocol {
    /// Whether the string is empty or only white space; stops at the first other character.
    var isBlank: Bool { !unicodeScalars.contains { !$0.isSpace } }

    /// The string without leading and trailing white space (including no-break spaces).
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isSpace }),
              let last = scalars.lastIndex(where: { !$0.isSpace }) else { return "" }
        return String(self[first..<scalars.index(after: last)])
    }
}

extension Unicode.Scalar {
    /// White space, with a fast path for ASCII.
    @inline(__always)
    var isSpace: Bool {
        value < 0x80 ? (self == " " || (value >= 0x09 && value <= 0x0D)) : properties.isWhitespace
    }
}
