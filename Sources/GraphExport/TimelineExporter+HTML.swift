import EventGraphModel

extension TimelineExporter {
    /// A self-contained HTML timeline: inline CSS, a few lines of inline script to filter by actor
    /// and by event type, no network access.
    ///
    /// Every string is HTML-escaped. Each entry and each quoted sentence carries `dir`/`lang` for
    /// its own text (`rtl`/`ar` for Arabic, `auto` when mixed), so Arabic and English both read right.
    ///
    /// - Parameters:
    ///   - entries: The events, in any order.
    ///   - title: The page title; "Timeline" when `nil`.
    /// - Returns: One HTML5 document.
    public static func html(_ entries: [TimelineEntry], title: String? = nil) -> String {
        let title = title ?? "Timeline"
        let esc = TextEscaping.html
        let actors = Array(Set(entries.flatMap(\.participants))).sorted()
        let types = Array(Set(entries.map(\.type.rawValue))).sorted()
        let titleDir = Bidi.direction(of: title)

        var out = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(esc(title))</title>
        <style>\(css)</style>
        </head>
        <body>
        <h1 dir="\(titleDir.dir)">\(esc(title))</h1>
        <form class="filters" onsubmit="return false">
        <label>Actor <select id="filter-actor"><option value="">all actors</option>
        """
        for actor in actors {
            out += "<option value=\"\(esc(actor))\" dir=\"\(Bidi.direction(of: actor).dir)\">\(esc(actor))</option>"
        }
        out += "</select></label>\n<label>Type <select id=\"filter-type\"><option value=\"\">all types</option>"
        for type in types { out += "<option value=\"\(esc(type))\">\(esc(type))</option>" }
        out += "</select></label>\n<span id=\"shown\">\(entries.count) events</span>\n</form>\n"
        if entries.isEmpty { out += "<p>No events.</p>\n" }
        out += "<ol class=\"timeline\">\n"
        for group in TimelineOrder.grouped(entries) {
            out += "<li class=\"day\"><h2>\(esc(group.label))</h2>\n<ul>\n"
            for entry in group.entries { out += entryHTML(entry) }
            out += "</ul></li>\n"
        }
        out += "</ol>\n<script>\(script)</script>\n</body>\n</html>\n"
        return out
    }

    static func entryHTML(_ entry: TimelineEntry) -> String {
        let esc = TextEscaping.html
        let allText = (entry.participants + entry.sources.map(\.evidence)).joined(separator: " ")
        let d = Bidi.direction(of: allText)
        let lang = d.lang.map { " lang=\"\($0)\"" } ?? ""
        var classes = "entry"
        if entry.isPlanned { classes += " planned" }
        if entry.isReportDate { classes += " report-date" }
        if DateCertainty.isUncertain(entry) { classes += " uncertain-date" }
        var out = "<li class=\"\(classes)\" data-type=\"\(esc(entry.type.rawValue))\" dir=\"\(d.dir)\"\(lang)>\n"
        out += "<p class=\"head\"><span class=\"type\" dir=\"ltr\" lang=\"en\">\(esc(entry.type.rawValue))</span> "
        out += entry.participants.map {
            "<span class=\"actor\" dir=\"auto\">\(esc($0))</span>"
        }.joined(separator: " <span class=\"sep\">—</span> ")
        out += " <span class=\"cameo\" dir=\"ltr\">CAMEO \(esc(entry.cameo))</span></p>\n"
        let marks = TimelineOrder.marks(entry)
        if !marks.isEmpty {
            out += "<p class=\"marks\" dir=\"ltr\" lang=\"en\">\(esc(marks.joined(separator: "; ")))</p>\n"
        }
        for source in entry.sources {
            let sd = Bidi.direction(of: source.evidence)
            let slang = sd.lang.map { " lang=\"\($0)\"" } ?? ""
            out += "<blockquote dir=\"\(sd.dir)\"\(slang)>\(esc(source.evidence))</blockquote>\n"
            out += "<p class=\"source\" dir=\"ltr\">\(TimelineOrder.attributionHTML(source))"
            if let t = source.title, !t.isEmpty { out += " · <cite dir=\"auto\">\(esc(t))</cite>" }
            out += "</p>\n"
        }
        return out + "</li>\n"
    }

    static let css = """
    body{font-family:"Noto Sans","Noto Sans Arabic","DejaVu Sans",sans-serif;max-width:60rem;margin:2rem auto;\
    padding:0 1rem;line-height:1.5;color:#222}
    .filters{display:flex;gap:1rem;flex-wrap:wrap;align-items:center;margin-bottom:1rem}
    ol.timeline{list-style:none;padding:0;border-inline-start:3px solid #888}
    li.day{margin:0 0 1.5rem 0;padding-inline-start:1rem}
    li.day h2{font-size:1.1rem;margin:.2rem 0}
    li.day ul{list-style:none;padding:0}
    li.entry{border:1px solid #ddd;border-radius:6px;padding:.5rem .8rem;margin:.5rem 0;background:#fafafa}
    li.entry.planned{border-style:dashed}
    li.entry.report-date{background:#fff8e6}
    li.entry.uncertain-date{border-color:#d9822b;border-inline-start-width:4px}
    .type{font-weight:bold;background:#e0e8f0;border-radius:4px;padding:0 .4rem}
    .cameo,.source{color:#666;font-size:.85rem}
    .marks{font-style:italic;color:#8a5a00;margin:.2rem 0}
    blockquote{margin:.3rem 0;padding:0 .8rem;border-inline-start:3px solid #ccc}
    blockquote[lang=ar]{font-family:"Noto Naskh Arabic","Noto Sans Arabic","DejaVu Sans",serif;font-size:1.1rem}
    .hidden{display:none}
    """

    static let script = """
    (function(){
    var a=document.getElementById("filter-actor"),t=document.getElementById("filter-type"),
    n=document.getElementById("shown");
    function apply(){var shown=0;
    document.querySelectorAll("li.day").forEach(function(day){var any=false;
    day.querySelectorAll("li.entry").forEach(function(e){
    var ok=(!t.value||e.getAttribute("data-type")===t.value)&&(!a.value||
    Array.prototype.some.call(e.querySelectorAll(".actor"),function(s){return s.textContent===a.value;}));
    e.classList.toggle("hidden",!ok);if(ok){any=true;shown++;}});
    day.classList.toggle("hidden",!any);});
    n.textContent=shown+" events";}
    a.addEventListener("change",apply);t.addEventListener("change",apply);})();
    """
}
