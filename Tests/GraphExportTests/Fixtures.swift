import EventGraphModel

/// Small bilingual values built in code (no corpus text): the seed's shape, invented wording.
enum Fixtures {
    static let snapshot = GraphSnapshot(
        nodes: [
            GraphNode(id: "person:sullivan", label: "Jake Sullivan", labelEN: "Jake Sullivan",
                      labelAR: "جيك سوليفان", kind: .person, country: "gz:usa", documents: 3),
            GraphNode(id: "person:ushakov", label: "يوري أوشاكوف", labelEN: "Yuri Ushakov",
                      labelAR: "يوري أوشاكوف", kind: .person, country: "gz:russia", documents: 2),
            GraphNode(id: "gz:russia", label: "روسيا", labelEN: "Russia", labelAR: "روسيا", kind: .country),
            GraphNode(id: "gz:usa", label: "United States", labelEN: "United States", labelAR: "الولايات المتحدة",
                      kind: .country),
            GraphNode(id: "org:wsj", label: "Wall Street Journal", kind: .outlet, country: "gz:usa"),
            GraphNode(id: "gov:kremlin", label: "الكرملين", kind: .government, country: "gz:russia"),
            GraphNode(id: "org:un", label: "الأمم المتحدة 2022", labelEN: "United Nations", kind: .organization),
        ],
        edges: [
            GraphEdge(source: "person:sullivan", target: "person:ushakov", kind: .interaction, type: .talk,
                      date: "2022", weight: 3),
            GraphEdge(source: "person:ushakov", target: "gov:kremlin", kind: .affiliation),
            GraphEdge(source: "org:wsj", target: "person:sullivan", kind: .reported, type: .report,
                      date: "2022-11-06"),
            GraphEdge(source: "gz:russia", target: "org:un", kind: .event, type: .statement, date: "2022-11"),
        ])

    static let entries: [TimelineEntry] = [
        TimelineEntry(event: "ev:3", type: .report, cameo: "010", date: "2022-11-05", grain: .day,
                      isReportDate: false, participants: ["Washington Post"],
                      sources: [EventSource(document: "doc-en-1", title: "Talks kept quiet", outlet: "Reuters",
                                            cited: ["The Washington Post"], published: "2022-11-07", language: .en,
                                            evidence: "The Washington Post reported on Saturday that…")]),
        TimelineEntry(event: "ev:1", type: .talk, cameo: "040", date: "2022", grain: .year, isReportDate: false,
                      participants: ["جيك سوليفان", "يوري أوشاكوف"],
                      sources: [EventSource(document: "doc-ar-1", outlet: "مأرب برس", published: "2022-11-08",
                                            language: .ar, evidence: "أجرى سوليفان محادثات مع أوشاكوف خلال 2022")]),
        TimelineEntry(event: "ev:2", type: .call, cameo: "040", date: "2022-11-08", grain: .day,
                      isReportDate: true, participants: ["Jake Sullivan", "Volodymyr Zelensky"],
                      sources: [EventSource(document: "doc-en-2", outlet: "Wall Street Journal",
                                            published: "2022-11-08", language: .en,
                                            evidence: "Sullivan spoke with Zelensky, officials said.")]),
        TimelineEntry(event: "ev:4", type: .visit, cameo: "042", date: "2022-03", grain: .month,
                      isReportDate: false, isPlanned: true, participants: ["وزير الخارجية", "Kyiv"],
                      sources: [EventSource(document: "doc-ar-2", outlet: nil, published: nil,
                                            evidence: "يعتزم الوزير زيارة كييف في مارس")]),
        TimelineEntry(event: "ev:5", type: .statement, cameo: "010", date: nil, grain: nil, isReportDate: false,
                      participants: ["Kremlin"],
                      sources: [EventSource(document: "doc-en-3", outlet: "TASS", published: nil,
                                            evidence: "The Kremlin declined to comment.")]),
    ]

    static let talks: [TalkRecord] = [
        TalkRecord(event: "ev:2", type: .call, cameo: "040", date: "2022-11", grain: .month,
                   a: "person:sullivan", b: "person:zelensky", aName: "Jake Sullivan", bName: "فولوديمير زيلينسكي",
                   sources: [EventSource(document: "doc-ar-1", outlet: "مأرب برس", published: "2022-11-08",
                                         evidence: "تحدث سوليفان مع زيلينسكي")]),
        TalkRecord(event: "ev:1", type: .talk, cameo: "040", date: "2022", grain: .year,
                   a: "person:sullivan", b: "person:ushakov", aName: "Jake Sullivan", bName: "Yuri Ushakov",
                   sources: [EventSource(document: "doc-en-1", outlet: "Wall Street Journal",
                                         published: "2022-11-07", evidence: "Sullivan held talks with Ushakov.")]),
    ]

    static let actors: [ActorRecord] = [
        ActorRecord(id: "person:sullivan", name: "Jake Sullivan", nameEN: "Jake Sullivan", nameAR: "جيك سوليفان",
                    kind: .person, aliases: ["Sullivan", "سوليفان"], documents: 3, languages: [.ar, .en]),
        ActorRecord(id: "gz:russia", name: "Russia", nameEN: "Russia", nameAR: "روسيا", kind: .country,
                    aliases: [], documents: 5, languages: [.ar, .en]),
    ]

    /// A chain of nodes, one per hostile label, with hostile ids, countries and edge dates.
    static var hostileSnapshot: GraphSnapshot {
        let nodes = hostile.enumerated().map { i, h in
            GraphNode(id: h.text, label: h.text, labelAR: i.isMultiple(of: 2) ? "عربي \(i) " + h.text : nil,
                      kind: ActorKind.allCases[i % ActorKind.allCases.count], country: i < 4 ? h.text : nil)
        }
        let edges = zip(hostile, hostile.dropFirst()).map { a, b in
            GraphEdge(source: a.text, target: b.text, kind: .interaction, type: .talk, date: a.text)
        }
        return GraphSnapshot(nodes: nodes, edges: edges)
    }

    /// Labels that break naive exporters, each with a name for the test report.
    static let hostile: [(name: String, text: String)] = [
        ("double quotes", "He said \"yes\""),
        ("backslashes", #"C:\path\n and trailing \"#),
        ("script tag", "<script>alert('x')</script>"),
        ("newline", "first line\nsecond line"),
        ("CRLF", "one\r\ntwo"),
        ("pipe", "a | b || c"),
        ("comma", "Smith, John"),
        ("Arabic with date", "محادثات 2022-11 في جنيف"),
        ("ampersand entity", "AT&T &amp; co"),
        ("markdown markup", "*bold* _it_ [link](http://x) `code` # h"),
        ("control characters", "bell\u{07}escape\u{1B}[31m null\u{0}"),
        ("semicolon", "a;b\\;c"),
        ("noncharacter", "bad\u{FFFE}char"),
    ]
}
