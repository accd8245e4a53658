// The synthetic interaction graph of the query benchmark, its documents, CSV export and workload.
import Dispatch
import EventGraphModel
import Foundation

/// A deterministic, hub-heavy interaction graph, grouped into documents.
///
/// Shape (as `../shared/tools/peers/gen_graph.py`): actors person 70 %, government 15 %,
/// organization 10 %, country 5 %, about a third of the people named in Arabic script; both ends of
/// an edge drawn with weight (rank+1)^-0.8 over a seeded permutation, no self loops; types talk
/// 30 %, meet 25 %, call 20 %, visit 10 %, negotiate 10 %, letter 5 %; documents of 1–5 events
/// published uniformly over 2000–2025, each event dated its document's day minus 0–6 days; no
/// pair of actors interacts twice on one day (the store would merge the two into one event).
struct SyntheticGraph: Sendable {
    var names: [String] = []
    var kinds: [ActorKind] = []
    var src: [Int32] = []
    var dst: [Int32] = []
    var type: [UInt8] = []
    var day: [Int32] = []
    /// Edge index of each document's first edge, plus a final sentinel.
    var docStart: [Int32] = []
    var docDay: [Int32] = []
    var degree: [Int32] = []

    static let types: [EventType] = [.talk, .meet, .call, .visit, .negotiate, .letter]
    static let typeWeights: [Double] = [30, 25, 20, 10, 10, 5]
    static let verbs = ["held talks with", "met", "spoke by phone with", "visited", "negotiated with", "wrote to"]
    /// Days from 2000-01-01 to 2025-12-31.
    static let dayCount = 9_497

    var documentCount: Int { docDay.count }

    /// The store key of an actor.
    func key(_ actor: Int) -> String { "bench:\(actor)" }

    init(edges: Int, actors: Int, seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        let n = max(2, actors)
        (names, kinds) = SyntheticGraph.makeActors(n, rng: &rng)
        var perm = Array(0..<n)
        for i in stride(from: n - 1, to: 0, by: -1) { perm.swapAt(i, rng.int(below: i + 1)) }
        var cumulative: [Double] = []
        cumulative.reserveCapacity(n)
        var total = 0.0
        for rank in 0..<n {
            total += pow(Double(rank + 1), -0.8)
            cumulative.append(total)
        }
        func draw() -> Int32 {
            let x = rng.double() * total
            var lo = 0, hi = n - 1
            while lo < hi {
                let mid = (lo + hi) / 2
                if cumulative[mid] < x { lo = mid + 1 } else { hi = mid }
            }
            return Int32(perm[lo])
        }
        var typeCumulative: [Double] = []
        var t = 0.0
        for w in SyntheticGraph.typeWeights { t += w; typeCumulative.append(t) }
        src.reserveCapacity(edges)
        dst.reserveCapacity(edges)
        type.reserveCapacity(edges)
        day.reserveCapacity(edges)
        degree = Array(repeating: 0, count: n)
        // The store (rightly) merges two reports of one pair on one day into one event: the graph
        // has no such repeats, so every generated edge is one interaction edge in the store.
        var pairDays = Set<UInt64>(minimumCapacity: edges)
        while src.count < edges {
            let published = Int32(rng.int(below: SyntheticGraph.dayCount))
            docStart.append(Int32(src.count))
            docDay.append(published)
            for _ in 0..<min(1 + rng.int(below: 5), edges - src.count) {
                var a: Int32, b: Int32, d: Int32
                repeat {
                    a = draw()
                    b = draw()
                    d = max(0, published - Int32(rng.int(below: 7)))
                } while b == a || !pairDays.insert(UInt64(min(a, b)) << 34 | UInt64(max(a, b)) << 14 | UInt64(d)).inserted
                let x = rng.double() * t
                type.append(UInt8(typeCumulative.firstIndex { x < $0 } ?? 0))
                src.append(a)
                dst.append(b)
                day.append(d)
                degree[Int(a)] += 1
                degree[Int(b)] += 1
            }
        }
        docStart.append(Int32(src.count))
    }

    static func makeActors(_ n: Int, rng: inout SplitMix64) -> ([String], [ActorKind]) {
        let latin = ["ka", "ro", "mi", "ta", "ne", "lu", "sa", "vo", "ri", "da", "el", "an", "or", "is", "ul",
                     "ba", "te", "zo", "qa", "fi", "ma", "no"]
        let arabic = ["با", "تي", "سا", "نو", "ري", "لا", "مي", "كو", "دا", "فا", "هي", "جو", "زا", "شي", "عا",
                      "قو", "وا", "يا", "غي", "طو", "حا", "ثي"]
        var seen = Set<String>()
        var names: [String] = []
        var kinds: [ActorKind] = []
        names.reserveCapacity(n)
        kinds.reserveCapacity(n)
        func word(_ syllables: [String], _ count: Int) -> String {
            (0..<count).map { _ in syllables[rng.int(below: syllables.count)] }.joined()
        }
        while names.count < n {
            let r = rng.double()
            let kind: ActorKind = r < 0.70 ? .person : r < 0.85 ? .government : r < 0.95 ? .organization : .country
            let name: String
            switch kind {
            case .person where rng.double() < 0.33:
                name = word(arabic, 2 + rng.int(below: 2)) + " " + word(arabic, 2 + rng.int(below: 2))
            case .person:
                name = word(latin, 2 + rng.int(below: 2)).capitalized + " " + word(latin, 2 + rng.int(below: 2)).capitalized
            case .government: name = "Government of " + word(latin, 3).capitalized
            case .organization: name = word(latin, 3).capitalized + " Council"
            default: name = word(latin, 2 + rng.int(below: 3)).capitalized + "land"
            }
            guard seen.insert(name).inserted else { continue }
            names.append(name)
            kinds.append(kind)
        }
        return (names, kinds)
    }

    /// `YYYY-MM-DD` of a day number (0 = 2000-01-01).
    static func dayString(_ day: Int32) -> String {
        // Civil from days (H. Hinnant), days counted from 2000-03-01.
        let z = Int(day) + 10_957 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        return String(format: "%04d-%02d-%02d", y, m, d)
    }

    /// Calls `body` with consecutive batches of (document, extraction), `size` documents each.
    ///
    /// The next batch is generated (on every core) while `body` stores the current one, so the
    /// build measures the store, not the generator.
    func forEachBatch(size: Int, _ body: ([(Document, Extraction)]) throws -> Void) throws {
        let graph = self
        @Sendable func make(_ start: Int) -> [(Document, Extraction)] {
            let count = min(size, documentCount - start)
            guard count > 0 else { return [] }
            let slots = BenchSlots<(Document, Extraction)>(count: count)
            DispatchQueue.concurrentPerform(iterations: count) { i in slots.set(i, graph.document(start + i)) }
            return slots.values()
        }
        let maker = DispatchQueue(label: "eventgraph-bench.generator")
        var batch = make(0)
        var start = batch.count
        while !batch.isEmpty {
            let next = BenchSlots<[(Document, Extraction)]>(count: 1)
            let done = DispatchGroup()
            let from = start
            maker.async(group: done) { next.set(0, make(from)) }
            try body(batch)
            done.wait()
            batch = next.values().first ?? []
            start += batch.count
        }
    }

    /// Document `d`: one sentence per event, every actor mentioned by name, evidence the sentence.
    func document(_ d: Int) -> (Document, Extraction) {
        var text = "Synthetic report \(d)\n"
        var offset = text.unicodeScalars.count
        var actorIDs: [Int32: String] = [:]
        var actors: [NewsActor] = []
        var events: [NewsEvent] = []
        func mention(_ actor: Int32, at start: Int) -> String {
            let name = names[Int(actor)]
            let span = TextSpan(start: start, end: start + name.unicodeScalars.count, text: name)
            if let id = actorIDs[actor], let i = actors.firstIndex(where: { $0.id == id }) {
                actors[i].mentions.append(span)
                return id
            }
            let id = "a\(actors.count + 1)"
            actorIDs[actor] = id
            let arabic = name.unicodeScalars.first.map { $0.value >= 0x600 && $0.value <= 0x6FF } ?? false
            actors.append(NewsActor(id: id, name: name, nameEN: arabic ? nil : name, nameAR: arabic ? name : nil,
                                    kind: kinds[Int(actor)], key: key(Int(actor)), mentions: [span]))
            return id
        }
        for e in Int(docStart[d])..<Int(docStart[d + 1]) {
            let a = names[Int(src[e])], b = names[Int(dst[e])]
            let verb = SyntheticGraph.verbs[Int(type[e])]
            let date = SyntheticGraph.dayString(day[e])
            let sentence = "\(a) \(verb) \(b) on \(date)."
            let start = offset
            let aID = mention(src[e], at: start)
            let bStart = start + a.unicodeScalars.count + 1 + verb.unicodeScalars.count + 1
            let bID = mention(dst[e], at: bStart)
            let end = start + sentence.unicodeScalars.count
            events.append(NewsEvent(id: "e\(events.count + 1)", type: SyntheticGraph.types[Int(type[e])],
                                    participants: [aID, bID], source: aID, target: bID, date: date,
                                    dateText: date, grain: .day, confidence: 0.9,
                                    evidence: TextSpan(start: start, end: end, text: sentence)))
            text += sentence + " "
            offset = end + 1
        }
        let published = SyntheticGraph.dayString(docDay[d])
        let document = Document(id: "doc\(d)", path: "bench#\(d)", title: "Synthetic report \(d)", text: text,
                                published: published, outlet: "Bench Wire", language: .en)
        return (document, Extraction(document: .init(document), actors: actors, events: events))
    }

    /// Writes `nodes.csv` (id,name,kind) and `edges.csv` (src,dst,type,date,doc) to `folder`.
    func writeCSV(folder: String) throws {
        func write(_ name: String, header: String, rows: Int, _ row: (Int) -> String) throws {
            let path = folder + "/" + name
            guard FileManager.default.createFile(atPath: path, contents: nil),
                  let handle = FileHandle(forWritingAtPath: path) else { throw BenchError("cannot write \(path)") }
            defer { try? handle.close() }
            var chunk = header + "\n"
            for i in 0..<rows {
                chunk += row(i) + "\n"
                if chunk.utf8.count > 1 << 20 {
                    try handle.write(contentsOf: Data(chunk.utf8))
                    chunk = ""
                }
            }
            try handle.write(contentsOf: Data(chunk.utf8))
        }
        try write("nodes.csv", header: "id,name,kind", rows: names.count) { "\($0),\(names[$0]),\(kinds[$0].rawValue)" }
        var docOf = [Int32](repeating: 0, count: src.count)
        for d in 0..<documentCount { for e in Int(docStart[d])..<Int(docStart[d + 1]) { docOf[e] = Int32(d) } }
        try write("edges.csv", header: "src,dst,type,date,doc", rows: src.count) { e in
            "\(src[e]),\(dst[e]),\(SyntheticGraph.types[Int(type[e])].rawValue),\(SyntheticGraph.dayString(day[e])),\(docOf[e])"
        }
    }

    /// The queries, drawn once so every engine answers the same ones.
    func workload(queries: Int, seed: UInt64) -> QueryWorkload {
        var rng = SplitMix64(seed: seed)
        let connected = (0..<names.count).filter { degree[$0] > 0 }
        var hubs = Array(connected.sorted { degree[$0] > degree[$1] }.prefix(queries))
        for i in stride(from: hubs.count - 1, to: 0, by: -1) { hubs.swapAt(i, rng.int(below: i + 1)) }
        func window(_ days: Int) -> (String, String) {
            let start = Int32(rng.int(below: SyntheticGraph.dayCount - days))
            return (SyntheticGraph.dayString(start), SyntheticGraph.dayString(start + Int32(days)))
        }
        func talk(_ actor: Int) -> QueryWorkload.Talk {
            let (from, to) = window(365)
            return .init(actor: actor, from: from, to: to)
        }
        var w = QueryWorkload()
        w.talksHub = hubs.map(talk)
        w.talksOrdinary = (0..<queries).map { _ in talk(connected[rng.int(below: connected.count)]) }
        w.events = (0..<queries).map { _ in
            let (from, to) = window(1 + rng.int(below: 1_825))
            return .init(from: from, to: to)
        }
        w.paths = (0..<queries).map { _ in
            .init(a: connected[rng.int(below: connected.count)], b: connected[rng.int(below: connected.count)])
        }
        return w
    }
}

/// The benchmark's queries; `write` gives the baselines the same ones (`common.py` documents the file).
struct QueryWorkload {
    struct Talk { var actor: Int; var from: String; var to: String }
    struct Window { var from: String; var to: String }
    struct Pair { var a: Int; var b: Int }
    var talksHub: [Talk] = []
    var talksOrdinary: [Talk] = []
    var events: [Window] = []
    var paths: [Pair] = []
    var eventsLimit = 50
    var maxDepth = 4

    func write(to path: String, warmup: Int) throws {
        let object: [String: Any] = [
            "warmup": warmup, "events_limit": eventsLimit, "max_depth": maxDepth,
            "talks_hub": talksHub.map { [$0.actor, $0.from, $0.to] as [Any] },
            "talks_ordinary": talksOrdinary.map { [$0.actor, $0.from, $0.to] as [Any] },
            "events": events.map { [$0.from, $0.to] },
            "path": paths.map { [$0.a, $0.b] },
        ]
        try JSONSerialization.data(withJSONObject: object).write(to: URL(fileURLWithPath: path))
    }
}

/// A small, fast, seedable generator (SplitMix64).
struct SplitMix64 {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    mutating func double() -> Double { Double(next() >> 11) / Double(1 << 53) }

    mutating func int(below n: Int) -> Int { n <= 1 ? 0 : Int(next() % UInt64(n)) }
}
