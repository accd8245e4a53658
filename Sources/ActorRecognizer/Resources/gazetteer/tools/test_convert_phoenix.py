"""Tests of the Phoenix converter's rules, on small word lists written here (no source files needed).

Run: python3 -m unittest discover -s Sources/ActorRecognizer/Resources/gazetteer/tools -p 'test_*.py'
"""
import os
import sys
import tempfile
import unittest

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from phoenix_source import parse_date, parse_role, Block          # noqa: E402
from phoenix_names import WordLists, person_case, org_case, spelling  # noqa: E402
from phoenix_english import Converter, Candidate, one_letter_apart  # noqa: E402
from phoenix_dedup import Deduplicator                           # noqa: E402
import phoenix_arabic                                            # noqa: E402


def write(folder, name, text):
    path = os.path.join(folder, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


class Fixture:
    """Word lists and a converter over a handful of words."""

    def __init__(self):
        tmp = tempfile.TemporaryDirectory()
        d = tmp.name
        words = write(d, "words", "major\nprice\nrice\nbrown\ncare\nbush\nunion\ngore\nPutin\n")
        agents = write(d, "agents.txt", "FOREIGN_MINISTER [~GOV]\nENVOY [~GOV]\nREBEL [~REB]\n")
        titles = write(d, "titles.tsv", "form\tkind\nPresident\trole\nMr.\thonorific\n")
        given = write(d, "given.tsv", "form\nJohn\nAli\n")
        stop = write(d, "stop.tsv", "form\nThe\nMonday\n")
        self.lists = WordLists(words, agents, titles, given, stop, ["Russian", "American"])
        tmp.cleanup()
        self.conv = Converter(self.lists, {"RUS": "russia", "USA": "united-states"},
                              {"russia": "Russia", "united-states": "United States"})
        self.conv.first_names = self.lists.given | {"sergey", "henry", "nelson"}
        existing = [{"id": "russia", "kind": "country", "en": ["Russia"]},
                    {"id": "vladimir-putin", "kind": "person", "en": ["Vladimir Putin"], "country": "russia"}]
        self.dedup = Deduplicator(self.conv, self.lists, existing, Report())


class Report:
    def __init__(self):
        self.counts = {}

    def count(self, rule, example=""):
        self.counts[rule] = self.counts.get(rule, 0) + 1


class CasingTests(unittest.TestCase):
    def test_person_names_read_as_news_writes_them(self):
        rows = [(["NURI", "AL-MALIKI"], "IRQ", "Nuri al-Maliki"), (["BAN", "KI-MOON"], "KOR", "Ban Ki-moon"),
                (["JOHN", "MCCAIN"], "USA", "John McCain"), (["GEIR", "H.", "HAARDE"], "ISL", "Geir H. Haarde"),
                (["CONOR", "O'BRIEN"], "IRL", "Conor O'Brien"), (["JUAN", "CARLOS", "DE", "BORBON"], "ESP", "Juan Carlos de Borbon"),
                (["WALTER", "STOESSEL", "JR."], "USA", "Walter Stoessel Jr."), (["AL", "GORE"], "USA", "Al Gore")]
        for words, country, expected in rows:
            self.assertEqual(person_case(words, country), expected)

    def test_organisation_names_keep_acronyms_and_lower_function_words(self):
        self.assertEqual(org_case(["WORLD", "FOOD", "PROGRAMME"]), "World Food Programme")
        self.assertEqual(org_case(["U.N.", "OFFICE", "OF", "THE", "HIGH", "COMMISSIONER"]), "U.N. Office of the High Commissioner")
        self.assertEqual(org_case(["20TH", "REVOLUTION", "BRIGADES"]), "20th Revolution Brigades")


class DateAndRoleTests(unittest.TestCase):
    def test_dates_of_both_widths(self):
        self.assertEqual(parse_date("891109"), (1989, 11, 9))
        self.assertEqual(parse_date("070723"), (2007, 7, 23))
        self.assertEqual(parse_date("20040309"), (2004, 3, 9))
        self.assertIsNone(parse_date("18000101"))
        self.assertIsNone(parse_date("2004017"))

    def test_roles_read_with_years(self):
        conv = Fixture().conv
        role = parse_role("RUSGOV >20040309", "Foreign Minister")
        self.assertEqual(conv.role_text(role)[0], "Foreign Minister of Russia (2004\u2013)")
        self.assertEqual(conv.role_text(parse_role("USAGOVBUS 19940922-20040712"))[0],
                         "Government of the United States, economy (1994\u20132004)")
        inverted = parse_role("RUSGOV 20040712-19940922")
        self.assertEqual(conv.role_text(inverted)[0], "Government of Russia")


class FilterTests(unittest.TestCase):
    def test_distinctive_short_forms(self):
        fx = Fixture()
        fx.dedup.given_anywhere = {"humphrey"}
        surnames = {"kennedy": 3, "kissinger": 1}
        rejected = ["Major", "Price", "Rice", "Brown", "Bush", "John", "Ali", "Gore", "Kennedy", "Humphrey",
                    "Putin", "Russian", "Union", "CARE", "UN"]
        for word in rejected:
            self.assertFalse(fx.dedup.distinctive(word, surnames), word)
        for word in ["Kissinger", "Brezhnev", "IDF", "PFLP"]:
            self.assertTrue(fx.dedup.distinctive(word, surnames), word)

    def test_titles_and_descriptions_are_not_names(self):
        fx = Fixture()
        head = {"sergey", "lavrov"}
        self.assertEqual(fx.conv.person_name("RUSSIAN_FOREIGN_MINISTER_SERGEY_LAVROV", "RUS", head), ("full", "Sergey Lavrov"))
        self.assertIsNone(fx.conv.person_name("LAVROV_ADMINISTRATION", "RUS", head))
        self.assertIsNone(fx.conv.person_name("SERGEY_MAJOR_LAVROV", "RUS", head))
        self.assertEqual(fx.conv.person_name("LAVROV", "RUS", head), ("short", "Lavrov"))

    def test_misspelling_of_a_latin_script_name(self):
        self.assertTrue(one_letter_apart("Nelson Rockafeller", "Nelson A. Rockefeller"))
        self.assertFalse(one_letter_apart("Nelson Rockefeller", "Nelson Aldrich"))

    def test_another_persons_name_under_one_code_block_is_dropped(self):
        fx = Fixture()
        block = Block(heads=["AHMED_YASSIN_"], aliases=["SAMI_ABU_ZUHRI", "AHMED_ISMAIL_YASSIN"],
                      roles=[parse_role("USAGOV >20000101")], line=1)
        c = fx.conv.person(block, "test")
        self.assertEqual(c.names, ["Ahmed Yassin", "Ahmed Ismail Yassin"])

    def test_repeats_merge_and_shared_names_drop(self):
        fx = Fixture()
        a = Candidate(kind="person", names=["Henry Kissinger"], country="united-states")
        b = Candidate(kind="person", names=["Henry Kissinger", "Henry A. Kissinger"], country="united-states")
        c = Candidate(kind="person", names=["Nelson Major"], country="united-states")
        d = Candidate(kind="person", names=["Nelson Major"], country="russia")
        e = Candidate(kind="person", names=["Vladimir Putin"], country="russia")
        out = fx.dedup.run([a, b, c, d, e])
        self.assertEqual([x["en"] for x in out], [["Henry Kissinger", "Henry A. Kissinger"]])
        self.assertEqual(out[0]["id"], "henry-kissinger")


    def test_british_and_american_spellings_are_one_body(self):
        for a, b in [("Shanghai Cooperation Organisation", "Shanghai Cooperation Organization"),
                     ("Organisation for Security and Co-Operation in Europe", "Organization for Security and Cooperation in Europe")]:
            self.assertEqual(spelling(a), spelling(b))
        self.assertNotEqual(spelling("Cooperation Council"), spelling("Coordination Council"))
        fx = Fixture()
        a = Candidate(kind="organization", names=["Sudan Human Rights Organisation"], country="sudan")
        b = Candidate(kind="organization", names=["Sudan Human Rights Organization"], country="sudan")
        out = fx.dedup.run([a, b])
        self.assertEqual([x["en"] for x in out], [["Sudan Human Rights Organisation", "Sudan Human Rights Organization"]])


class ArabicTests(unittest.TestCase):
    def test_normalised_for_the_loader(self):
        self.assertEqual(phoenix_arabic.normalize("عبد_اللٰه_ثاني_"), "عبد الله ثاني")
        self.assertEqual(phoenix_arabic.normalize("مُحمّد_ال_سعود"), "محمد آل سعود")

    def test_skeletons_join_spellings(self):
        rows = [("نوري المالكي", "Nuri al-Maliki"), ("فاروق الشرع", "Farouk al-Shara"), ("شمعون بيريز", "Shimon Peres"),
                ("كارل بيلدت", "Carl Bildt")]
        for ar, en in rows:
            self.assertEqual(phoenix_arabic.ar_skeleton(ar), phoenix_arabic.en_skeleton(en), en)
        self.assertNotEqual(phoenix_arabic.ar_skeleton("زيانغ زانغ"), phoenix_arabic.en_skeleton("Carl Bildt"))


if __name__ == "__main__":
    unittest.main()
