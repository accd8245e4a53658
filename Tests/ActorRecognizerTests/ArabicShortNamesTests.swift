import Testing
@testable import ActorRecognizer

@Suite("Actor recognizer · short forms of Arabic names", .tags(.arabic))
struct ArabicShortNamesTests {
    @Test("A person's name is also written without its nasab tail or its آل family",
          arguments: [
              ("سالم بن ناصر الكبيسي", ["سالم بن ناصر", "سالم الكبيسي"]),
              ("فهد بن عبدالرحمن آل سديري", ["فهد بن عبدالرحمن"]),
              ("محمد بن نايف بن عبدالعزيز", ["محمد بن نايف"]),
              ("ريما بنت بندر بن سلطان", ["ريما بنت بندر"]),
              ("محمد بن راشد آل مكتوم", ["محمد بن راشد"]),
              // Nothing shorter to write: given and family name, or given and father's name alone.
              ("راشد الغنوشي", []),
              ("محمد بن سلمان", []),
              ("حسن علي خيري", []),
          ])
    func person(_ name: String, _ expected: [String]) {
        #expect(ArabicShortNames.person(name.split(separator: " ").map(String.init)) == expected)
    }

    @Test("A movement or party is also written by its own name after the head noun",
          arguments: [
              ("حركة النهضة", ["النهضة"]),
              ("حزب الأمة القومي", ["الأمة القومي"]),
              // Not a movement or party, or no name of its own after the head.
              ("وزارة الخارجية", []),
              ("حركة حماس", []),
              ("حزب", []),
          ])
    func body(_ name: String, _ expected: [String]) {
        #expect(ArabicShortNames.body(name.split(separator: " ").map(String.init)) == expected)
    }

    @Test("An outlet is also written by its own name after the head noun",
          arguments: [
              ("قناة الجزيرة", ["الجزيرة"]),
              ("صحيفة واشنطن بوست", ["واشنطن بوست"]),
              ("وكالة رويترز", ["رويترز"]),
              // A generic rest is no name of its own.
              ("وكالة الأنباء الفرنسية", []),
              ("الشرق الأوسط", []),
          ])
    func outlet(_ name: String, _ expected: [String]) {
        #expect(ArabicShortNames.outlet(name.split(separator: " ").map(String.init)) == expected)
    }
}
