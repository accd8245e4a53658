#!/usr/bin/env python3
"""Deterministic synthetic news corpus for the EventGraph benchmarks.

Writes JSONL, one article per line:
  {"id", "title", "text", "published", "outlet", "language", "gold"}
where `gold` is what the article states, in the shape of ../shared/corpus gold files:
  {"actors": [{"name", "kind", "forms"}],
   "interactions": [{"a", "b", "type", "date", "event"}],
   "events": [{"type", "participants", "date", "event"}]}
`name` is the canonical English name; `forms` are the surface forms exactly as written;
`date` is an ISO prefix (day or month) or null when the article gives no date;
`event` is the id of the real-world event, shared by every article (in either language) that
reports it, so event deduplication can be checked.

Articles are ~4 KB of UTF-8, Arabic (`ar`) or English (`en`), built from templates and a name
pool: people with roles and countries (both scripts), outlets, cities; dates as the languages
write them (`الثلاثاء 08 نوفمبر 2022`, `السبت الماضي`, `أمس`, `March 3`, `last Tuesday`, ...);
talks, meetings, calls, visits, negotiations, letters and statements. About a third of the
articles report an event another article already reported, often in the other language.
Participants are drawn hub-heavy (Zipf-like), as in news.

The same --seed and --count give byte-identical output.

  python3 Benchmarks/generate_corpus.py --count 100000 --seed 7 --out /tmp/corpus.jsonl
"""
import argparse
import datetime as dt
import json
import random
import sys
import time

# --------------------------------------------------------------------------------------------
# name pool
# --------------------------------------------------------------------------------------------
# (English, Arabic, capital EN, capital AR, demonym EN, demonym AR (masc.), outlet city?)
COUNTRIES = [
    ("Jordan", "الأردن", "Amman", "عمان", "Jordanian", "الأردني"),
    ("Egypt", "مصر", "Cairo", "القاهرة", "Egyptian", "المصري"),
    ("Saudi Arabia", "السعودية", "Riyadh", "الرياض", "Saudi", "السعودي"),
    ("United Arab Emirates", "الإمارات", "Abu Dhabi", "أبوظبي", "Emirati", "الإماراتي"),
    ("Qatar", "قطر", "Doha", "الدوحة", "Qatari", "القطري"),
    ("Kuwait", "الكويت", "Kuwait City", "مدينة الكويت", "Kuwaiti", "الكويتي"),
    ("Oman", "عمان", "Muscat", "مسقط", "Omani", "العماني"),
    ("Bahrain", "البحرين", "Manama", "المنامة", "Bahraini", "البحريني"),
    ("Iraq", "العراق", "Baghdad", "بغداد", "Iraqi", "العراقي"),
    ("Syria", "سوريا", "Damascus", "دمشق", "Syrian", "السوري"),
    ("Lebanon", "لبنان", "Beirut", "بيروت", "Lebanese", "اللبناني"),
    ("Yemen", "اليمن", "Sanaa", "صنعاء", "Yemeni", "اليمني"),
    ("Libya", "ليبيا", "Tripoli", "طرابلس", "Libyan", "الليبي"),
    ("Tunisia", "تونس", "Tunis", "تونس العاصمة", "Tunisian", "التونسي"),
    ("Algeria", "الجزائر", "Algiers", "الجزائر العاصمة", "Algerian", "الجزائري"),
    ("Morocco", "المغرب", "Rabat", "الرباط", "Moroccan", "المغربي"),
    ("Sudan", "السودان", "Khartoum", "الخرطوم", "Sudanese", "السوداني"),
    ("Turkey", "تركيا", "Ankara", "أنقرة", "Turkish", "التركي"),
    ("Iran", "إيران", "Tehran", "طهران", "Iranian", "الإيراني"),
    ("Russia", "روسيا", "Moscow", "موسكو", "Russian", "الروسي"),
    ("United States", "الولايات المتحدة", "Washington", "واشنطن", "American", "الأميركي"),
    ("China", "الصين", "Beijing", "بكين", "Chinese", "الصيني"),
    ("France", "فرنسا", "Paris", "باريس", "French", "الفرنسي"),
    ("Germany", "ألمانيا", "Berlin", "برلين", "German", "الألماني"),
    ("United Kingdom", "بريطانيا", "London", "لندن", "British", "البريطاني"),
    ("Italy", "إيطاليا", "Rome", "روما", "Italian", "الإيطالي"),
    ("Spain", "إسبانيا", "Madrid", "مدريد", "Spanish", "الإسباني"),
    ("Japan", "اليابان", "Tokyo", "طوكيو", "Japanese", "الياباني"),
    ("India", "الهند", "New Delhi", "نيودلهي", "Indian", "الهندي"),
    ("Pakistan", "باكستان", "Islamabad", "إسلام آباد", "Pakistani", "الباكستاني"),
    ("Ukraine", "أوكرانيا", "Kyiv", "كييف", "Ukrainian", "الأوكراني"),
    ("Greece", "اليونان", "Athens", "أثينا", "Greek", "اليوناني"),
    ("Cyprus", "قبرص", "Nicosia", "نيقوسيا", "Cypriot", "القبرصي"),
    ("Ethiopia", "إثيوبيا", "Addis Ababa", "أديس أبابا", "Ethiopian", "الإثيوبي"),
    ("Nigeria", "نيجيريا", "Abuja", "أبوجا", "Nigerian", "النيجيري"),
    ("Brazil", "البرازيل", "Brasilia", "برازيليا", "Brazilian", "البرازيلي"),
    ("Indonesia", "إندونيسيا", "Jakarta", "جاكرتا", "Indonesian", "الإندونيسي"),
    ("South Korea", "كوريا الجنوبية", "Seoul", "سول", "South Korean", "الكوري الجنوبي"),
]

# (English, Arabic): male given names and family names, each usable in both scripts.
FIRST = [
    ("Ahmed", "أحمد"), ("Mohammed", "محمد"), ("Ali", "علي"), ("Omar", "عمر"), ("Khalid", "خالد"),
    ("Hassan", "حسن"), ("Youssef", "يوسف"), ("Ibrahim", "إبراهيم"), ("Tariq", "طارق"),
    ("Samir", "سمير"), ("Walid", "وليد"), ("Karim", "كريم"), ("Abdullah", "عبدالله"),
    ("Sultan", "سلطان"), ("Faisal", "فيصل"), ("Nasser", "ناصر"), ("Ayman", "أيمن"),
    ("Hisham", "هشام"), ("Majed", "ماجد"), ("Fouad", "فؤاد"), ("Adel", "عادل"), ("Ziad", "زياد"),
    ("Sergei", "سيرغي"), ("Dmitry", "دميتري"), ("John", "جون"), ("David", "ديفيد"),
    ("Michael", "مايكل"), ("Robert", "روبرت"), ("Jake", "جيك"), ("Antony", "أنتوني"),
    ("Olaf", "أولاف"), ("Emmanuel", "إيمانويل"), ("Mehmet", "محمد"), ("Kenji", "كينجي"),
    ("Luca", "لوكا"), ("Pedro", "بيدرو"), ("Hamid", "حميد"), ("Reza", "رضا"), ("Yasser", "ياسر"),
    ("Marwan", "مروان"),
]
LAST = [
    ("Haddad", "الحداد"), ("Khoury", "الخوري"), ("Mansour", "منصور"), ("Saleh", "صالح"),
    ("Abbas", "عباس"), ("Hamdan", "حمدان"), ("Qasim", "قاسم"), ("Aziz", "عزيز"),
    ("Farouk", "فاروق"), ("Suleiman", "سليمان"), ("al-Otaibi", "العتيبي"), ("al-Shammari", "الشمري"),
    ("al-Zubaidi", "الزبيدي"), ("al-Husseini", "الحسيني"), ("al-Omari", "العمري"),
    ("al-Tamimi", "التميمي"), ("al-Baghdadi", "البغدادي"), ("Nasrallah", "نصرالله"),
    ("Barakat", "بركات"), ("Darwish", "درويش"), ("Petrov", "بيتروف"), ("Ivanov", "إيفانوف"),
    ("Volkov", "فولكوف"), ("Miller", "ميلر"), ("Carter", "كارتر"), ("Sullivan", "سوليفان"),
    ("Harris", "هاريس"), ("Schmidt", "شميت"), ("Dubois", "دوبوا"), ("Moreau", "مورو"),
    ("Rossi", "روسي"), ("Yilmaz", "يلماز"), ("Demir", "دمير"), ("Tanaka", "تاناكا"),
    ("Silva", "سيلفا"), ("Karimi", "كريمي"), ("Rahimi", "رحيمي"), ("Okafor", "أوكافور"),
    ("Novak", "نوفاك"), ("Larsen", "لارسن"),
]

# (English role, Arabic role (before the demonym), importance weight)
ROLES = [
    ("President", "الرئيس", 1.0),
    ("Prime Minister", "رئيس الوزراء", 0.8),
    ("Foreign Minister", "وزير الخارجية", 1.0),
    ("Defence Minister", "وزير الدفاع", 0.45),
    ("National Security Adviser", "مستشار الأمن القومي", 0.35),
    ("Economy Minister", "وزير الاقتصاد", 0.25),
    ("Energy Minister", "وزير الطاقة", 0.2),
    ("Ambassador", "السفير", 0.15),
    ("special envoy", "المبعوث الخاص", 0.15),
    ("Interior Minister", "وزير الداخلية", 0.12),
]

OUTLETS = [
    ("Reuters", "رويترز"), ("Associated Press", "أسوشيتد برس"), ("Agence France-Presse", "وكالة الصحافة الفرنسية"),
    ("Al Jazeera", "الجزيرة"), ("Al Arabiya", "العربية"), ("Sky News Arabia", "سكاي نيوز عربية"),
    ("BBC", "بي بي سي"), ("The Washington Post", "واشنطن بوست"), ("The Wall Street Journal", "وول ستريت جورنال"),
    ("The New York Times", "نيويورك تايمز"), ("Asharq Al-Awsat", "الشرق الأوسط"), ("Al-Ahram", "الأهرام"),
    ("Marib Press", "مأرب برس"), ("Saudi Press Agency", "واس"), ("Anadolu Agency", "الأناضول"),
    ("Xinhua", "شينخوا"), ("TASS", "تاس"), ("Petra", "بترا"),
]

TOPICS = [
    ("the war in Ukraine", "الحرب في أوكرانيا"), ("the crisis in Yemen", "الأزمة اليمنية"),
    ("regional security", "الأمن الإقليمي"), ("energy supplies", "إمدادات الطاقة"),
    ("trade and investment", "التجارة والاستثمار"), ("the ceasefire in Gaza", "وقف إطلاق النار في غزة"),
    ("grain exports", "صادرات الحبوب"), ("the Iranian nuclear file", "الملف النووي الإيراني"),
    ("reconstruction in Syria", "إعادة الإعمار في سوريا"), ("migration", "ملف الهجرة"),
    ("water security", "الأمن المائي"), ("counter-terrorism", "مكافحة الإرهاب"),
    ("the situation in Sudan", "الأوضاع في السودان"), ("maritime navigation in the Red Sea", "الملاحة البحرية في البحر الأحمر"),
    ("oil prices", "أسعار النفط"), ("climate finance", "تمويل المناخ"),
]

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_AR = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
             "نوفمبر", "ديسمبر"]
MONTHS_LEV = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
              "تشرين الأول", "تشرين الثاني", "كانون الأول"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DAYS_AR = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]

INTERACTIONS = ["talk", "meet", "call", "visit", "negotiate", "letter"]
INTERACTION_W = [30, 25, 20, 10, 10, 5]
D0 = dt.date(2015, 1, 1)
SPAN_DAYS = 10 * 365


class Person:
    __slots__ = ("en", "ar", "last_en", "last_ar", "role_en", "role_ar", "country", "weight")

    def __init__(self, first, last, role, country, weight):
        self.en = f"{first[0]} {last[0]}"
        self.ar = f"{first[1]} {last[1]}"
        self.last_en, self.last_ar = last[0], last[1]
        self.role_en, self.role_ar = role[0], role[1]
        self.country = country
        self.weight = weight

    def title_en(self):
        c = self.country
        if self.role_en in ("Ambassador", "special envoy"):
            return f"{c[4]} {self.role_en.lower() if self.role_en == 'special envoy' else self.role_en}"
        return f"{c[4]} {self.role_en}"

    def title_ar(self):
        return f"{self.role_ar} {self.country[5]}"


def build_people(rng):
    """One holder per (country, role), plus a few extra officials; unique names; Zipf weights."""
    people, used = [], set()
    for ci, c in enumerate(COUNTRIES):
        for role in ROLES:
            for _ in range(100):
                f, l = rng.choice(FIRST), rng.choice(LAST)
                if (f[0], l[0]) not in used and (f[1], l[1]) not in used:
                    used.add((f[0], l[0]))
                    used.add((f[1], l[1]))
                    break
            # big powers and hosts are hubs: weight by role and a Zipf rank of the country
            people.append(Person(f, l, role, c, role[2] / (1 + ci % 13) ** 0.9))
    return people


# --------------------------------------------------------------------------------------------
# dates as the languages write them
# --------------------------------------------------------------------------------------------
def date_phrase(lang, d, pub, rng):
    """A date expression for day `d` in an article published on `pub`: (text, gold value)."""
    delta = (pub - d).days
    r = rng.random()
    if r < 0.12:
        return None, None                                       # undated
    if r < 0.20:                                                # month grain
        if lang == "en":
            return (f"earlier this month" if d.month == pub.month and d.year == pub.year
                    else f"in {MONTHS_EN[d.month - 1]} {d.year}"), f"{d.year:04d}-{d.month:02d}"
        return (f"خلال الشهر الجاري" if d.month == pub.month and d.year == pub.year
                else f"في شهر {MONTHS_AR[d.month - 1]} {d.year}"), f"{d.year:04d}-{d.month:02d}"
    iso = d.isoformat()
    wd = d.weekday()
    if lang == "en":
        if delta == 0 and r < 0.45:
            return "today", iso
        if delta == 1 and r < 0.45:
            return "yesterday", iso
        if 1 <= delta <= 6 and r < 0.7:
            return (f"last {DAYS_EN[wd]}" if r < 0.55 else f"on {DAYS_EN[wd]}"), iso
        if d.year == pub.year and r < 0.85:
            return f"on {MONTHS_EN[d.month - 1]} {d.day}", iso
        return f"on {MONTHS_EN[d.month - 1]} {d.day}, {d.year}", iso
    if delta == 0 and r < 0.45:
        return "اليوم", iso
    if delta == 1 and r < 0.45:
        return ("أمس" if r < 0.33 else f"أمس {DAYS_AR[wd]}"), iso
    if 1 <= delta <= 6 and r < 0.7:
        return (f"{DAYS_AR[wd]} الماضي" if r < 0.55 else f"يوم {DAYS_AR[wd]}"), iso
    if d.year == pub.year and r < 0.8:
        return f"في {d.day} {MONTHS_AR[d.month - 1]}", iso
    if r < 0.9:
        return f"{DAYS_AR[wd]} {d.day:02d} {MONTHS_AR[d.month - 1]} {d.year}", iso
    return f"في {d.day:02d} {MONTHS_AR[d.month - 1]}-{MONTHS_LEV[d.month - 1]} {d.year}", iso


def dateline(lang, pub, outlet, city, rng):
    if lang == "en":
        return f"{city[0].upper()}, {MONTHS_EN[pub.month - 1]} {pub.day} ({outlet[0]}) - "
    hour = rng.randint(1, 12)
    ampm = "صباحاً" if rng.random() < 0.5 else "مساءً"
    return (f"{DAYS_AR[pub.weekday()]} {pub.day:02d} {MONTHS_AR[pub.month - 1]}-{MONTHS_LEV[pub.month - 1]}"
            f" {pub.year} الساعة {hour} {ampm} / {outlet[1]} - {city[1]}\n")


# --------------------------------------------------------------------------------------------
# sentences
# --------------------------------------------------------------------------------------------
# {A} {B}: participants as written; {D}: date phrase (may be empty); {C}: city; {T}: topic.
EVENT_EN = {
    "talk": ["{A} held talks with {B} {D} in {C} on {T}.",
             "{A} and {B} held talks {D} that focused on {T}."],
    "meet": ["{A} met {B} {D} in {C} to discuss {T}.",
             "{A} received {B} in {C} {D}, and the two discussed {T}."],
    "call": ["{A} spoke by telephone with {B} {D} about {T}.",
             "{A} received a phone call from {B} {D} in which they discussed {T}."],
    "visit": ["{A} visited {C} {D} and met {B}, with talks covering {T}.",
              "{A} arrived in {C} {D} on an official visit during which he met {B} to discuss {T}."],
    "negotiate": ["{A} negotiated with {B} {D} in {C} over {T}.",
                  "{A} and {B} conducted negotiations {D} in {C} on {T}."],
    "letter": ["{A} sent a letter to {B} {D} concerning {T}.",
               "{A} wrote to {B} {D}, urging closer coordination on {T}."],
}
EVENT_AR = {
    "talk": ["أجرى {A} محادثات مع {B} {D} في {C} تناولت {T}.",
             "بحث {A} مع {B} {D} تطورات {T}."],
    "meet": ["التقى {A} {D} في {C} {B}، وبحث الجانبان {T}.",
             "استقبل {A} في {C} {D} {B}، وجرى خلال اللقاء بحث {T}."],
    "call": ["تلقى {A} {D} اتصالاً هاتفياً من {B}، جرى خلاله بحث {T}.",
             "أجرى {A} اتصالاً هاتفياً {D} مع {B} تناول {T}."],
    "visit": ["وصل {A} إلى {C} {D} في زيارة رسمية التقى خلالها {B} وبحث معه {T}.",
              "زار {A} {C} {D} حيث التقى {B} وناقش معه {T}."],
    "negotiate": ["أجرى {A} مفاوضات مع {B} {D} في {C} حول {T}.",
                  "تفاوض {A} مع {B} {D} في {C} بشأن {T}."],
    "letter": ["بعث {A} {D} رسالة إلى {B} حول {T}.",
               "وجه {A} {D} رسالة خطية إلى {B} تتعلق بملف {T}."],
}
STATEMENT_EN = ['"We are committed to working together on {T}," {A} said {D}.',
                '{A} said {D} that the two sides had agreed to keep in close contact on {T}.',
                '{A} told reporters {D} that progress on {T} required "patience and realism".']
STATEMENT_AR = ["وقال {A} {D} إن الجانبين اتفقا على مواصلة التنسيق بشأن {T}.",
                "وأكد {A} {D} أن بلاده ملتزمة بالعمل المشترك في {T}.",
                "وصرح {A} {D} بأن التقدم في {T} يتطلب \"الصبر والواقعية\"."]
ATTRIB_EN = ["{O} reported, citing officials familiar with the matter.",
             "The talks were first reported by {O}.",
             "According to {O}, the discussions lasted more than two hours."]
ATTRIB_AR = ["ذكرت {O} نقلاً عن مصادر مطلعة أن المباحثات استمرت أكثر من ساعتين.",
             "وبحسب ما أفادت {O}، فإن اللقاء جاء بطلب من الجانب الآخر.",
             "ونقلت {O} عن مسؤولين قولهم إن الأجواء كانت إيجابية."]
# background: {X} {Y} countries (named), {C} city, {T} topic; no events
FILLER_EN = [
    "Relations between {X} and {Y} have expanded in recent years, with officials from both sides stressing the importance of coordination on {T} and on the wider stability of the region.",
    "Observers in {C} expect further contacts in the coming weeks, as pressure grows over {T} and as both governments prepare for a series of regional and international meetings.",
    "The contacts come amid growing international concern over {T}, an issue that has dominated the diplomatic agenda and weighed on markets and on public opinion across the region.",
    "Analysts said the outcome would depend largely on progress in {T}, on the positions of the major powers, and on whether the parties could agree on a timetable for the next steps.",
    "Officials in {C} described the atmosphere as constructive, but cautioned that significant differences remained over {T} and over the sequencing of any future commitments.",
    "{X} has repeatedly called for a negotiated settlement, while {Y} has insisted that any arrangement on {T} must take its security and economic interests into account.",
    "Trade between {X} and {Y} reached a record level last year, and business groups in {C} have lobbied for new agreements in transport, energy and agriculture.",
    "Diplomats said a joint committee would meet to follow up on {T}, and that technical teams from the two countries would exchange proposals before the end of the quarter.",
    "Human rights groups urged both governments to put civilians first, warning that the situation linked to {T} had worsened and that humanitarian access remained limited.",
    "The discussions in {C} also touched on cultural exchanges, scholarships and tourism, areas where {X} and {Y} have signed several memoranda of understanding.",
    "Economists noted that uncertainty over {T} had already delayed several infrastructure projects, and that investors in {C} were waiting for clearer signals before committing new funds.",
    "Opposition figures in {X} criticised the government's handling of {T}, accusing it of moving too slowly and of failing to consult parliament before taking positions abroad.",
    "A senior official who asked not to be named because he was not authorised to speak publicly said the file of {T} would be raised again at the next ministerial meeting.",
    "Media in {Y} gave the contacts wide coverage, with several commentators arguing that the two governments needed a common approach to {T} more than at any time in the past decade.",
    "Security arrangements in {C} were tightened for the occasion, with several roads closed and additional police deployed around government buildings and hotels.",
    "The two sides have maintained regular contacts since the start of the year, exchanging delegations and coordinating their positions in international forums on {T}.",
    "According to figures published by the central bank, remittances and tourism revenues between {X} and {Y} have recovered strongly, easing some of the pressure created by {T}.",
    "Regional organisations welcomed the renewed dialogue and offered to host follow-up meetings, saying that a lasting solution to {T} could only come through cooperation.",
    "Residents interviewed in {C} said they hoped the diplomatic activity would translate into concrete improvements in daily life, from prices to electricity and jobs.",
    "The statement issued at the end of the day did not mention a date for the next round, but diplomats said that preparations were under way and that experts would meet first.",
]
FILLER_AR = [
    "وشهدت العلاقات بين {X} و{Y} تطوراً ملحوظاً خلال السنوات الأخيرة، إذ شدد مسؤولو البلدين على أهمية التنسيق في {T} وعلى استقرار المنطقة.",
    "ويتوقع مراقبون في {C} مزيداً من الاتصالات خلال الأسابيع المقبلة، في ظل تزايد الضغوط المتعلقة ب{T} واستعداد الحكومتين لسلسلة من الاجتماعات الإقليمية والدولية.",
    "وتأتي هذه الاتصالات وسط قلق دولي متزايد إزاء {T}، وهو ملف يتصدر جدول الأعمال الدبلوماسي ويلقي بظلاله على الأسواق والرأي العام في المنطقة.",
    "ويرى محللون أن النتائج ستتوقف إلى حد كبير على التقدم في {T} وعلى مواقف القوى الكبرى، وعلى قدرة الأطراف على الاتفاق على جدول زمني للخطوات المقبلة.",
    "ووصف مسؤولون في {C} الأجواء بأنها بناءة، لكنهم نبهوا إلى أن خلافات جوهرية ما زالت قائمة بشأن {T} وترتيب أي التزامات مستقبلية.",
    "ودعت {X} مراراً إلى تسوية تفاوضية، في حين تصر {Y} على أن أي ترتيب بشأن {T} يجب أن يراعي مصالحها الأمنية والاقتصادية.",
    "وبلغ حجم التبادل التجاري بين {X} و{Y} مستوى قياسياً العام الماضي، وتسعى أوساط الأعمال في {C} إلى اتفاقات جديدة في النقل والطاقة والزراعة.",
    "وقال دبلوماسيون إن لجنة مشتركة ستجتمع لمتابعة {T}، وإن فرقاً فنية من البلدين ستتبادل المقترحات قبل نهاية الربع الحالي.",
    "وحثت منظمات حقوقية الحكومتين على وضع المدنيين في المقام الأول، محذرة من أن الأوضاع المرتبطة ب{T} تدهورت وأن وصول المساعدات ما زال محدوداً.",
    "وتطرقت المباحثات في {C} كذلك إلى التبادل الثقافي والمنح الدراسية والسياحة، وهي مجالات وقع فيها {X} و{Y} عدة مذكرات تفاهم.",
    "ولفت اقتصاديون إلى أن الغموض المحيط ب{T} أدى إلى تأجيل عدد من مشاريع البنية التحتية، وأن المستثمرين في {C} ينتظرون إشارات أوضح.",
    "وانتقدت شخصيات معارضة في {X} تعامل الحكومة مع {T}، واتهمتها بالبطء وعدم التشاور مع البرلمان قبل اتخاذ مواقف في الخارج.",
    "وقال مسؤول رفيع طلب عدم الكشف عن اسمه إن ملف {T} سيطرح مجدداً خلال الاجتماع الوزاري المقبل.",
    "وحظيت الاتصالات بتغطية واسعة في وسائل إعلام {Y}، ورأى معلقون أن الحكومتين بحاجة إلى مقاربة مشتركة إزاء {T} أكثر من أي وقت مضى.",
    "وشددت السلطات في {C} الإجراءات الأمنية بهذه المناسبة، فأغلقت عدة طرق ونشرت تعزيزات حول المباني الحكومية والفنادق.",
    "ويحافظ الجانبان على اتصالات منتظمة منذ مطلع العام، ويتبادلان الوفود وينسقان مواقفهما في المحافل الدولية بشأن {T}.",
    "ورحبت منظمات إقليمية بتجدد الحوار، وعرضت استضافة اجتماعات متابعة، مؤكدة أن الحل الدائم ل{T} لا يأتي إلا عبر التعاون.",
    "وعبر سكان في {C} عن أملهم في أن يترجم هذا النشاط الدبلوماسي إلى تحسن ملموس في الحياة اليومية، من الأسعار إلى الكهرباء وفرص العمل.",
    "ولم يحدد البيان الختامي موعداً للجولة المقبلة، لكن دبلوماسيين أكدوا أن التحضيرات جارية وأن الخبراء سيجتمعون أولاً.",
]
TITLE_EN = {"talk": "{A} and {B} hold talks on {T}", "meet": "{A} meets {B} in {C}",
            "call": "{A} and {B} discuss {T} by phone", "visit": "{A} visits {C}, meets {B}",
            "negotiate": "{A} and {B} negotiate over {T}", "letter": "{A} writes to {B} on {T}"}
TITLE_AR = {"talk": "{A} و{B} يبحثان {T}", "meet": "{A} يلتقي {B} في {C}",
            "call": "اتصال هاتفي بين {A} و{B} حول {T}", "visit": "{A} يزور {C} ويلتقي {B}",
            "negotiate": "مفاوضات بين {A} و{B} حول {T}", "letter": "رسالة من {A} إلى {B} بشأن {T}"}


# --------------------------------------------------------------------------------------------
# one article
# --------------------------------------------------------------------------------------------
class Article:
    """Collects the text of one article and the gold of what it states."""

    def __init__(self, lang):
        self.lang = lang
        self.actors = {}          # canonical name -> {"name", "kind", "forms", "_demonym_only"}
        self.seen = set()         # people already introduced with their title
        self.interactions = []
        self.events = []

    def _form(self, name, kind, form, demonym=False):
        a = self.actors.get(name)
        if a is None:
            a = self.actors[name] = {"name": name, "kind": kind, "forms": [], "_dem": True}
        if form not in a["forms"]:
            a["forms"].append(form)
        if not demonym:
            a["_dem"] = False

    def person(self, p, prefix=""):
        """A person as written: with title and full name the first time, the family name after."""
        ar = self.lang == "ar"
        if p.en in self.seen:
            form = p.last_ar if ar else p.last_en
            self._form(p.en, "person", prefix + form)
            return prefix + form
        self.seen.add(p.en)
        full = p.ar if ar else p.en
        self._form(p.en, "person", prefix + full if ar else full)
        self._form(p.country[0], "country", p.country[5] if ar else p.country[4], demonym=True)
        if ar:
            return f"{prefix}{p.title_ar()} {full}"
        return f"{prefix}{p.title_en()} {full}"

    def short(self, p):
        form = p.last_ar if self.lang == "ar" else p.last_en
        self._form(p.en, "person", form)
        return form

    def country(self, c, prefix=""):
        form = c[1] if self.lang == "ar" else c[0]
        self._form(c[0], "country", prefix + form)
        return form

    def outlet(self, o):
        form = o[1] if self.lang == "ar" else o[0]
        self._form(o[0], "outlet", form)
        return form

    def gold(self):
        actors = []
        for a in self.actors.values():
            g = {"name": a["name"], "kind": a["kind"], "forms": a["forms"]}
            if a["_dem"]:
                g["optional"] = True
            actors.append(g)
        return {"actors": actors, "interactions": self.interactions, "events": self.events}


def squash(s):
    return s.replace("  ", " ").replace(" ,", ",").replace(" .", ".").replace(" ،", "،")


class Generator:
    def __init__(self, seed, count):
        self.rng = random.Random(seed)
        self.people = build_people(random.Random(seed + 1))
        self.cum = []
        t = 0.0
        for p in self.people:
            t += p.weight
            self.cum.append(t)
        self.count = count
        self.span = min(SPAN_DAYS, max(30, count // 25))
        self.recent = []          # ring of recent events, for multiply-reported events
        self.next_event = 0

    def pick(self, other=None):
        rng = self.rng
        for _ in range(20):
            p = rng.choices(self.people, cum_weights=self.cum)[0]
            if other is None or p.country is not other.country:
                return p
        return p

    def new_event(self, pub, a=None):
        rng = self.rng
        a = a or self.pick()
        b = self.pick(a)
        typ = rng.choices(INTERACTIONS, weights=INTERACTION_W)[0]
        day = pub - dt.timedelta(days=rng.randint(0, 6))
        if day < D0:
            day = D0
        host = b if rng.random() < 0.5 else a
        if typ == "visit":
            host = b
        self.next_event += 1
        ev = {"id": f"ev{self.next_event}", "type": typ, "a": a, "b": b, "day": day,
              "city": (host.country[2], host.country[3]), "topic": rng.choice(TOPICS)}
        return ev

    def event_for(self, pub):
        rng = self.rng
        if self.recent and rng.random() < 0.33:
            ev = self.recent[rng.randrange(len(self.recent))]
            if 0 <= (pub - ev["day"]).days <= 45:
                return ev
        ev = self.new_event(pub)
        self.recent.append(ev)
        if len(self.recent) > 300:
            self.recent.pop(0)
        return ev

    def interaction(self, art, ev, pub):
        """One sentence stating the event; records the gold."""
        rng, lang = self.rng, art.lang
        d_text, d_val = date_phrase(lang, ev["day"], pub, rng)
        if d_val and len(d_val) == 7 and ev["day"].isoformat()[:7] != d_val:
            d_val = ev["day"].isoformat()[:7]
        tmpl = rng.choice((EVENT_AR if lang == "ar" else EVENT_EN)[ev["type"]])
        a_txt = art.person(ev["a"])
        b_txt = art.person(ev["b"])
        city = ev["city"][1] if lang == "ar" else ev["city"][0]
        topic = ev["topic"][1] if lang == "ar" else ev["topic"][0]
        s = tmpl.format(A=a_txt, B=b_txt, D=d_text or "", C=city, T=topic)
        art.interactions.append({"a": ev["a"].en, "b": ev["b"].en, "type": ev["type"], "date": d_val,
                                 "event": ev["id"]})
        art.events.append({"type": ev["type"], "participants": [ev["a"].en, ev["b"].en], "date": d_val,
                           "event": ev["id"]})
        return squash(s)

    def statement(self, art, p, topic, pub):
        rng, lang = self.rng, art.lang
        day = pub - dt.timedelta(days=rng.randint(0, 2))
        d_text, d_val = date_phrase(lang, day, pub, rng)
        tmpl = rng.choice(STATEMENT_AR if lang == "ar" else STATEMENT_EN)
        s = tmpl.format(A=art.short(p) if p.en in art.seen else art.person(p), D=d_text or "",
                        T=topic[1] if lang == "ar" else topic[0])
        self.next_event += 1
        art.events.append({"type": "statement", "participants": [p.en], "date": d_val,
                           "event": f"ev{self.next_event}"})
        return squash(s)

    def article(self, i):
        rng = self.rng
        lang = "ar" if rng.random() < 0.5 else "en"
        ar = lang == "ar"
        pub = D0 + dt.timedelta(days=(i * self.span) // self.count + rng.randint(0, 1))
        outlet = rng.choice(OUTLETS)
        art = Article(lang)
        art.outlet(outlet)
        ev = self.event_for(pub)
        a, b = ev["a"], ev["b"]
        city = ev["city"]
        # title: short names
        ttl = (TITLE_AR if ar else TITLE_EN)[ev["type"]].format(
            A=art.short(a), B=art.short(b), C=city[1] if ar else city[0],
            T=ev["topic"][1] if ar else ev["topic"][0])
        paras = [dateline(lang, pub, outlet, city, rng) + self.interaction(art, ev, pub)]
        other = rng.choice(OUTLETS)
        paras[0] += " " + rng.choice(ATTRIB_AR if ar else ATTRIB_EN).format(O=art.outlet(other))
        if rng.random() < 0.75:
            paras.append(self.statement(art, rng.choice((a, b)), ev["topic"], pub))
        # further interactions of one of the participants (new events, some reported elsewhere)
        for _ in range(rng.choice((0, 1, 1, 2))):
            ev2 = self.new_event(pub, a=rng.choice((a, b)))
            if rng.random() < 0.3:
                self.recent.append(ev2)
            paras.append(self.interaction(art, ev2, pub))
        # background until ~4 KB of UTF-8
        target = rng.randint(3700, 4400)
        fillers = FILLER_AR if ar else FILLER_EN
        size = sum(len(p) for p in paras) * (2 if ar else 1)
        cx, cy = a.country, b.country
        order = rng.sample(range(len(fillers)), len(fillers))
        k = 0
        while size < target:
            c = rng.choice((city, (cx[2], cx[3]), (cy[2], cy[3])))
            t = rng.choice(TOPICS)
            k += 1
            s = fillers[order[k % len(order)]].format(X=art.country(cx), Y=art.country(cy), C=c[1] if ar else c[0],
                                           T=t[1] if ar else t[0])
            paras.append(s)
            size += len(s) * (2 if ar else 1) - (len(s) // 6 if ar else 0)
        text = ttl + "\n" + "\n\n".join(paras) + "\n"
        return {"id": f"syn-{i:06d}", "title": ttl, "text": text, "published": pub.isoformat(),
                "outlet": outlet[1] if ar else outlet[0], "language": lang, "gold": art.gold()}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", "-n", type=int, default=1000, help="number of articles")
    ap.add_argument("--seed", type=int, default=20261129)
    ap.add_argument("--out", "-o", default="-", help="output JSONL file (- for stdout)")
    a = ap.parse_args()
    t0 = time.perf_counter()
    gen = Generator(a.seed, max(1, a.count))
    out = sys.stdout if a.out == "-" else open(a.out, "w", encoding="utf-8", newline="\n")
    nbytes = 0
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    buf = []
    for i in range(a.count):
        line = dumps(gen.article(i))
        buf.append(line)
        if len(buf) >= 1000:
            chunk = "\n".join(buf) + "\n"
            out.write(chunk)
            nbytes += len(chunk)
            buf = []
    if buf:
        chunk = "\n".join(buf) + "\n"
        out.write(chunk)
        nbytes += len(chunk)
    if out is not sys.stdout:
        out.close()
    print(f"generate_corpus: {a.count} articles, {gen.next_event} events, {nbytes / 1e6:.1f} M chars"
          f" in {time.perf_counter() - t0:.1f} s -> {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
