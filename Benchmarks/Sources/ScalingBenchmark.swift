import EventGraphModel
import ExtractionPipeline
import Foundation

/// Measures how extraction time grows with the number of actors an article names: one generated
/// article per size, in English and in Arabic, each sentence naming a new person beside a
/// known one. Linear cost keeps the time per actor flat from the smallest size to the largest.
///
/// - Parameter counts: The numbers of actors, smallest first.
/// - Throws: When the shipped resources do not load.
func runScalingBenchmark(counts: [Int]) throws {
    let pipeline = try ExtractionPipeline.shipped()
    print("\n== Extraction of one article naming N actors (one core, thread CPU time)")
    for language in [LanguageCode.en, .ar] {
        var perActor: [Double] = []
        for n in counts {
            let document = ScalingArticle.make(actors: n, language: language)
            let start = ScalingArticle.cpuSeconds()
            let extraction = pipeline.extract(document)
            let seconds = ScalingArticle.cpuSeconds() - start
            perActor.append(seconds / Double(n) * 1000)
            print(String(format: "scaling %@ %6d actors: %7.2f s, %.3f ms per actor (%d actors, %d events found)",
                         language.rawValue, n, seconds, perActor[perActor.count - 1],
                         extraction.actors.count, extraction.events.count))
        }
        if let first = perActor.first, let last = perActor.last, first > 0 {
            print(String(format: "scaling %@: time per actor at %d actors is %.2f× that at %d (1.0 is linear)",
                         language.rawValue, counts[counts.count - 1], last / first, counts[0]))
        }
    }
}

/// Generated articles naming many distinct people.
enum ScalingArticle {
    /// An article whose every sentence has a title, a new two-word name, a meeting and a known person.
    static func make(actors n: Int, language: LanguageCode) -> Document {
        var rng = SplitMix64(seed: 7)
        let syllables = language == .en
            ? ["ka", "lo", "mi", "ra", "den", "vor", "tis", "bel", "nar", "qu", "zen", "pha", "dor", "lin", "gar", "sto", "vek", "mun", "ril", "tas"]
            : ["كا", "لو", "مي", "را", "دن", "فور", "تيس", "بيل", "نار", "زين", "فا", "دور", "لين", "غار", "ستو", "فيك", "مون", "ريل", "تاس", "حمد"]
        let titles = language == .en
            ? ["Foreign Minister", "Defence Minister", "President", "Prime Minister", "Ambassador", "Senator"]
            : ["وزير الخارجية", "وزير الدفاع", "الرئيس", "رئيس الوزراء", "السفير"]
        func word() -> String {
            let w = (0..<3).map { _ in syllables[Int(rng.next() % UInt64(syllables.count))] }.joined()
            return language == .en ? w.prefix(1).uppercased() + w.dropFirst() : w
        }
        var seen: Set<String> = []
        var lines = language == .en
            ? ["Many officials met in Geneva", "GENEVA, Nov. 3, 2022 (Reuters) - Officials gathered on Thursday."]
            : ["اجتماعات في جنيف", "الثلاثاء 08 نوفمبر-تشرين الثاني 2022 / مأرب برس - وكالات"]
        while seen.count < n {
            let name = word() + " " + word()
            guard seen.insert(name).inserted else { continue }
            let title = titles[Int(rng.next() % UInt64(titles.count))]
            lines.append(language == .en
                ? "\(title) \(name) met Secretary of State Antony Blinken on Thursday."
                : "والتقى \(title) \(name) وزير الخارجية الأميركي أنتوني بلينكن يوم الخميس.")
        }
        return Document(id: "scaling-\(language.rawValue)-\(n)", path: nil, title: lines[0], text: lines.joined(separator: "\n"),
                        published: "2022-11-08", outlet: nil, url: nil, language: language)
    }

    /// CPU time of this thread.
    static func cpuSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
