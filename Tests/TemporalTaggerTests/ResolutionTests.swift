import EventGraphModel
import Testing
import TemporalTagger

@Suite("Temporal tagger · resolution")
struct ResolutionTests {
    @Test("Without an anchor relative values stay unresolved and absolute ones do not change", arguments: [
        (LanguageCode.ar, "وصل الوفد السبت", "XXXX-WXX-6"),
        (.ar, "قال أمس إن المحادثات مستمرة", "XXXX-XX-XX"),
        (.ar, "بدأ الغزو في 24 فبراير", "XXXX-02-24"),
        (.ar, "التقيا في مارس الماضي", "XXXX-03"),
        (.ar, "عقد الاجتماع الأسبوع الماضي", "XXXX-WXX"),
        (.ar, "وقع الاتفاق في 08 نوفمبر 2022", "2022-11-08"),
        (.ar, "أعلن ذلك في 15 شعبان", "XXXX-XX-XX"),
        (.en, "Prices fell last year.", "XXXX"),
        (.en, "He spoke Friday.", "XXXX-WXX-5"),
        (.en, "It opened on March 3, 1987.", "1987-03-03"),
        (.en, "Profit rose in the third quarter.", "XXXX-Q3"),
    ])
    func unanchored(_ language: LanguageCode, _ text: String, _ value: String) throws {
        let found = try TemporalTagger.shipped().tag(text, language: language, anchor: nil)
        #expect(found.map(\.value) == [value])
    }

    @Test("Results come in text order and never overlap")
    func orderAndOverlap() throws {
        let text = "الثلاثاء 08 نوفمبر-تشرين الثاني 2022: التقى الوزير نظيره أمس، والسبت، ومنذ ثلاثة أشهر، وفي مارس الماضي."
        let found = try TemporalTagger.shipped().tag(text, language: .ar, anchor: "2022-11-08")
        #expect(found.count == 5)
        for (a, b) in zip(found, found.dropFirst()) { #expect(a.end <= b.start) }
    }

    @Test("Offsets count code points of the original text, diacritics included")
    func offsets() throws {
        let text = "😀 وصل غداً"
        let found = try TemporalTagger.shipped().tag(text, language: .ar, anchor: "2022-11-08")
        #expect(found.first.map { [$0.start, $0.end] } == [6, 10])
        #expect(found.first?.text == "غداً")
        #expect(found.first?.value == "2022-11-09")
    }

    @Test("A Hijri date converts with the Umm al-Qura calendar; 30 of a 29-day month falls back to the month")
    func hijri() throws {
        let tagger = try TemporalTagger.shipped()
        #expect(tagger.tag("26 شوال 1436 هـ", language: .ar, anchor: nil).map(\.value) == ["2015-08-11"])
        #expect(tagger.tag("30 رمضان 1436 هـ", language: .ar, anchor: nil).map(\.value) == ["2015-07"])
        #expect(tagger.tag("30 رمضان 1443 هـ", language: .ar, anchor: nil).map(\.value) == ["2022-05-01"])
    }
}
