"""Toponym detection: the place names in a stretch of article text, with their cues.

Two sources, both over the event's own sentences: the names spaCy labelled (the extractor's
`place_mentions`, GPE/LOC/FAC and the PERSON/ORG spans the small model gives Arabic names), and
gazetteer phrase matching over capitalised runs ("Jurf al-Sakhar", "Al-Qa’im", "Tower 22"),
longest match first.  Each mention carries what the words around it say: a "near"/"south of"
cue (precision 2), a type word after it ("Anbar province", "Bengaluru city"), a directional
adjective before it ("western Iraq").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from wordfreq import zipf_frequency

from eventwire.geo.abbreviations import abbreviated_units
from eventwire.geo.countries import DEMONYMS
from eventwire.geo.names import name_key, skeleton, strip_admin_suffix, strip_article

MAX_TOKENS = 6
COMMON_ZIPF = 4.0  # wordfreq Zipf scale: 4 = about once per 100,000 English words
BIG_TOWN = 200_000
TOKEN = re.compile(r"[^\W\d_][\w'\u2019\u02bc\u02bf\u2018`\-]*|\d+", re.UNICODE)
PARTICLES = {"al", "el", "ad", "ash", "as", "at", "ar", "az", "an", "ez", "es", "ed", "ul", "de", "del", "la",
             "las", "los", "da", "das", "do", "dos", "di", "du", "des", "van", "der", "bin", "bani", "of", "and",
             "y", "e", "i", "a", "am", "an", "upon", "le"}
INNER_PARTICLES = PARTICLES - {"of", "and", "y", "e", "i", "a", "am", "upon"}  # not "Iraq and Syria"
ARABIC_PREFIX = re.compile(r"^(al|el|ash|as|ad|ar|at|az|an|ez|es|ed|ad-d|at-t)-\w", re.I)
FEATURE_WORDS = {"air", "base", "airbase", "airfield", "airport", "dam", "camp", "crossing", "field", "oil", "gas",
                 "refinery", "garrison", "checkpoint", "border", "bridge", "port", "prison", "barracks"}
ADMIN_WORDS = {"province", "governorate", "state", "region", "oblast", "district", "municipality", "county",
               "department", "prefecture", "division", "territory", "countryside", "subdistrict", "sub-district",
               "raion", "rayon", "lga", "tehsil", "parish", "commune", "area", "zone", "canton",
               "sector"}  # "Sunderbani sector area": the stretch of a front named after a town
TOWN_WORDS = {"city", "town", "village", "camp", "neighbourhood", "neighborhood", "suburb", "hamlet", "settlement",
              "township", "locality", "market", "base", "airport", "port", "crossing", "junction"}
NEAR = re.compile(r"\b(near|nearby|outside|close to|on the outskirts of|outskirts of|in the vicinity of|vicinity of|"
                  r"on the (?:main |highway |)road (?:to|from|between|linking)|on the (?:highway|motorway) (?:to|from)|"
                  r"(?:road|highway|motorway) (?:to|between|linking)|at the (?:entrance|exit) (?:to|of)|"
                  r"(?:entrance|exit) (?:to|of)|on the edge of|"
                  r"in the area of|area of|around|between|surroundings of|environs of|off the coast of|"
                  r"countryside of|\d+\s*(?:km|kilometers|kilometres|miles|mi)\b[^,.;]{0,25}?(?:of|from)|"
                  r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\w*\s+(?:of|from))\s+"
                  r"(?:the\s+)?(?:\w+\s+of\s+|(?:[\w\-]+\s+){0,4}(?:city|town|village|port|area|district|region|"
                  r"province|governorate)\s+of\s+|(?:[\w\-'\u2019]+\s+){0,2}capital\s+)?$", re.I)
LOCATIVE = re.compile(r"(?:\b(?:in|at|near|outside|into|around|across|between|on|"
                      r"through|within|inside|along|and|,)\s+(?:the\s+)?(?:\w+\s+of\s+|[\w\-]+\s+(?:part|parts|side|edge|"
                      r"outskirts|countryside|suburbs?|centre|center|heart|areas?|city|town|village|province|"
                      r"governorate|district|region|neighbou?rhood|zones?|quarters?)\s+of\s+)?|"
                      r"\b(?:village|town|city|area|outskirts|vicinity|district|province|region|suburbs?)\s+of\s+)$",
                      re.I)
PART = re.compile(r"\b(northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|"
                  r"south-?western|northeast|northwest|southeast|southwest|north|south|east|west|rural|"
                  r"upper|lower)\s+$", re.I)
# "Celaya, Guanajuato", "(Kismaayo, Lower Juba)": a name after a name and a comma, or first in
# brackets, is the unit that contains the place before it.
CONTEXT = re.compile(r"(?:[\w'\u2019)]\s*,\s*|\(\s*)$")
# "On 4 May 2020, Ethiopia troops ...", "On Monday, Israeli jets ...": a name after a date's comma opens
# the clause; it is neither a unit of the name before it nor after a preposition.
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|"
          r"nov(?:ember)?|dec(?:ember)?)")
AFTER_DATE = re.compile(r"\b(?:" + _MONTH + r"\.?\s+\d{1,2}|\d{1,2}\s+" + _MONTH + r"|(?:19|20)\d\d|monday|tuesday|"
                        r"wednesday|thursday|friday|saturday|sunday|today|yesterday|(?:mor|eve)ning|night)\s*,\s*$",
                        re.I)  # a day, month or year, not a numbered place ("Hirske-3, Luhansk", "Tower 22, Jordan")
ACTOR_AFTER = re.compile(r"['\u2019]?s?\s+(?:People's|Popular|Militia|Forces|Army|Police|Front|Brigade|Regiment|"
                         r"Battalion|Movement|Party|Council|Government|Authority|Liberation|Revolutionary|"
                         r"Democratic|Islamic State|Province|Resistance|Defen[cs]e|Guard|Cartel|Group|Union|"
                         r"(?i:road|street|avenue|highway|boulevard|motorway|expressway|neighbou?rhood|sector(?! area)|"
                         r"section|quarter|said|says|told|stated|added|announced|tweeted))\b")
# "Saudi artillery shelled", "Saudi border guards shot": a country's name before weapons, a border
# or a coalition names who acted or a neighbour, not where; as a country it is never the place and
# votes little.  (Before its own forces it stays a place: "Nepal Armed Police" act in Nepal.)
FORCE_AFTER = re.compile(r"\s+(?:artillery|missiles?|rockets?|warplanes?|war planes?|jets|fighter jets|drones?|"
                         r"aircraft|helicopters?|gunships?|navy|naval|air force|air ?strikes?|air-strikes?|shelling|"
                         r"gunboats?|warships?|tanks|border|frontier|coalition|-led)\b", re.I)
# "Moscow kept up pressure", "Washington said", "Tehran denied": a name as the subject of a verb of
# speech or policy is a metonym for a government, not a place; it votes little for its country.
AGENT_AFTER = re.compile(r"\s+(?:has\s+|have\s+|had\s+|also\s+|again\s+)?(?:kept|keeps|denied|denies|accused|accuses|"
                         r"warned|warns|claimed|claims|vowed|vows|insisted|insists|rejected|rejects|blamed|blames|"
                         r"threatened|threatens|demanded|demands|urged|urges|pledged|pledges|dismissed|dismisses|"
                         r"condemned|condemns|responded|responds|retaliated|vetoed|sanctioned|said|says|told|stated|"
                         r"announced|announces|summoned|ordered|pressed|presses|pushed|pushes)\b")
# "the Red Sea port city of Hodeidah", "the Mediterranean coastal town": a sea named as a descriptor
# is neither the place nor an admin unit of one country.
WATER_WORDS = frozenset({"sea", "gulf", "ocean", "strait", "straits", "bay", "channel", "mediterranean", "caspian"})
DESCRIBED = re.compile(r"\s+(?:port|coast|coastal|city|town|village|harbou?r|island|shore|seaside|resort|"
                       r"waters)\b", re.I)
# "protesters in Irbid ... in support of the people in Gaza": what a protest is about, not where it is.
SUBJECT = re.compile(r"\b(?:in support of|in solidarity with|solidarity with|support for|in support to|"
                     r"denounc\w*|condemn\w*)\b", re.I)
# "... in Al Salam (Amman) amid the war in Gaza": the background of the event, like a protest's subject.
BACKGROUND = re.compile(r"\bamid(?:st)?\s+(?:the\s+)?(?:[\w\-']+\s+){0,3}?(?:war|wars|conflict|fighting|crisis|"
                        r"offensive|aggression|escalation|tensions|violence|siege|bombardment|genocide)\s+"
                        r"(?:in|on|over|against|with)\s+(?:the\s+)?$", re.I)
# "to protest against the bombardment of Gaza" (a subject) but "protested against the lockdown in Torit".
PROTEST_AGAINST = re.compile(r"\b(?:in protest (?:at|of|against)|protest\w* against)\b", re.I)
# Place roles (see `role_of`): where someone comes from or lives, where people or forces were sent,
# the place a report was filed from.  Such a place is kept with its role and is the event's place
# only when its sentences name no other.
ORIGIN = re.compile(r"\b(?:from|native of|natives of|hails? from|hailing from|lived in|lives in|living in|"
                    r"resident of|born in|grew up in|home ?town of|home in|moved (?:here )?from|"
                    r"(?:who|which) (?:is|was|are|were) based in|based in)\s+(?:the\s+)?(?:[\w\-]+\s+of\s+)?$", re.I)
DESTINATION = re.compile(r"\b(?:sent|deploy(?:ed|ing|s)?|dispatch(?:ed|ing)?|transferr?(?:ed|ing)?|deport(?:ed|ing)?|"
                         r"flown|flew|fly|travel(?:l)?(?:ed|ing)?|relocat(?:ed|ing)|evacuated|extradited|"
                         r"returned|repatriated|headed|heading|bound)\b[^.;:]{0,40}?\b(?:to|for|towards?)\s+"
                         r"(?:the\s+)?$", re.I)
# "BEIRUT, LEBANON (10:00 A.M.) -", "ROCK HILL, S.C. --", "MANILA, Philippines -": the opening names
# where the report was filed.
DATELINE = re.compile(r"^\s*(?:[(\[][^)\]]{1,40}[)\]]\s*)?(?:[A-Z][A-Z.'\-]+(?:\s+[A-Z][A-Z.'\-]+){0,3})"
                      r"(?:\s*,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?(?:\s*,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
                      r"(?:\s*[(\[][^)\]]{1,40}[)\]])?\s*(?:\u2014|\u2013|--|-|:)")
# "over 100 Marines", "two Daniels": a name counted is people, not a place; "the US dollar", "the
# Lebanese pound": a currency; "in Arabic": a language.
COUNT_BEFORE = re.compile(r"(?:(?<![\d,.])(?!(?:19|20)\d\d\b)\d+(?:[,.]\d+)*\s+|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens of|"
                          r"hundreds of|thousands of|several|many|some)\s+)$", re.I)
CURRENCY_AFTER = re.compile(r"\s+(?:dollars?|pounds?|lira|liras|rials?|riyals?|dinars?|euros?|shekels?|rupees?|"
                            r"pesos?|francs?|currency|exchange rate)\b", re.I)
# "a Yaffa drone", "two Quds-1 missiles": a weapon named after a place (not after a preposition) is
# a weapon's name, not where it struck.
WEAPON_NAME_AFTER = re.compile(r"[\s\-]*(?:\d+\s*)?(?:drones?|missiles?|rockets?|UAVs?)\b", re.I)
# "in the Red Sea", "off the Gulf of Aden": a sea, not the land unit named after it (Egypt's Red Sea
# governorate); the event keeps the country its text points to.  "Red Sea State" is land.
WATER_NAME = re.compile(r"(?:\w[\w'\u2019-]* )*(?:Sea|Ocean|Gulf)|(?:Gulf|Strait|Straits|Sea) of [\w' -]+|"
                        r"Bab (?:al|el)[- ]Mandab", re.I)
WATER_BEFORE = re.compile(r"\b(?:Gulf|Strait|Straits|Sea|Bay) of\s+$", re.I)  # "the Gulf of Aden": not Aden
LAND_AFTER = re.compile(r"\s+(?:State|Governorate|Province|Region|District|County|Cartel)\b")
NON_PLACE_ROLES = frozenset({"count", "currency", "name part", "water", "demonym"})
# "in the Somali capital", "the Afghan border": a people's name before a noun is an adjective, not
# the place of its name (Ethiopia's Somali region); "the Somali region" stays a place.
NOUN_AFTER = re.compile(r"\s+(?!(?:region|state|zone|province|district|county)\b)[a-z]")
SECONDARY_ROLES = frozenset({"origin", "destination", "dateline"})
IN_AT = re.compile(r"\b(?:in|at|near|inside|outside)\s+(?:the\s+)?(?:(?:town|city|village|district|province|"
                   r"region|county|state|capital)\s+of\s+)?$", re.I)  # "... against tax rises in the town of Nakuru"
POSSESSIVE = re.compile(r"['\u2019]s\b")
NOT_PLACE_BEFORE = re.compile(r"\b(?:Colonia|Barrio|Bairro|Mr|Mrs|Ms|Dr|President|Minister|General|Gen|Colonel|"
                              r"Sheikh|Imam|Ayatollah|Prince|King)\.?\s+$")
# Generic first words of Arabic and other names ("Beni Amir", "Abu Salim", "Ain Oussara"): a name
# that follows one is only the tail of a longer name.
NAME_HEADS = frozenset("""beni bani abu umm ain ayn bir ras kafr khirbet khirbat hay bab beit bayt qasr sidi ouled
oulad wadi jabal jebel tal tell deir dayr san santa""".split())
# Arabic words for a district or its seat written before the name ("Qasabat Amman", "Liwa al-...").
ADMIN_PREFIXES = frozenset({"qasabat", "liwa", "markaz", "nahiyat", "nahiya", "qada", "mudiriyat", "muhafazat"})
# Capitalised words that open sentences or name actors, never places on their own.
COMMON = frozenset("""
on in at the a an this that these those it its he she they we his her their our after before during
while when as of and but or by for from to with without into about around monday tuesday wednesday
thursday friday saturday sunday january february march april may june july august september october
november december police army military forces force troops government state security unknown
unidentified local residents protesters demonstrators farmers workers students members militants
gunmen group groups people soldiers rebels fighters authorities officials president minister prime
national islamic republic people's court party union council movement front islamic province district
region city town village north south east west central northern southern eastern western new old
mr mrs dr gen general colonel sheikh saint st said says according reports reported report media
sources source coalition ministry office department agency commission committee federal regional
municipal provincial civilians civilian two three four five six seven eight nine ten one several
some many all around near between al el us un no yes wadi jabal jebel tal tell ain ayn bir ras kafr
khirbet khirbat hay bab umm abu beit bayt qasr sidi beni ouled oulad colonia barrio san santa villa puerto
mine station camp base port market hospital school university airport prison square bridge christian
hamas hezbollah hizballah taliban houthi houthis isis isil daesh ansar shabaab fatah""".split() + """ muslim sunni shia shiite jewish arab kurdish border
red green white black blue golden liberation democratic popular revolutionary united royal
""".split())


@dataclass(frozen=True)
class PlaceMention:
    """One place name in the text: character span (article offsets), key, and its cues."""

    start: int
    end: int
    text: str
    key: str
    ner: bool = False
    near: bool = False  # "near X", "south of X", "in the area of X"
    locative: bool = False  # a preposition before it ("in X", "at X")
    part: str | None = None  # "western" in "western Iraq"
    context: bool = False  # after "Town, " or "(": names the unit containing the place before it
    actor: bool = False  # part of an actor's or a road's name ("Luhansk People's Militia", "Murree road")
    agent: bool = False  # the subject of a verb of speech or policy ("Moscow kept up", "Tehran denied")
    possessive: bool = False  # "Iran's paramilitary force"
    subject: bool = False  # after "in support of", "denouncing": a protest's subject
    force: bool = False  # before a force or weapon ("Saudi artillery"): who acted, not where
    partial: bool = False  # only the first words of a longer name ("Khutir" of "Khutir Vilny"), or its last ones
    head_only: bool = False  # partial as the first words: the longer name goes on after it
    type_word: str | None = None  # "province" in "Anbar province"
    role: str | None = None  # None: a candidate for the event's place; else origin, destination, dateline, ... (role_of)
    keys: tuple[str, ...] = field(default=())  # looser keys to try: article dropped, type word dropped


class _Token:
    """A word of the text, a possessive's "'s" left off ("Baghdad's airport": the name is "Baghdad")."""

    __slots__ = ("_start", "_end", "_text")

    def __init__(self, m: re.Match):
        word = m.group(0)
        cut = 2 if len(word) > 3 and word[-2:] in ("'s", "\u2019s") else 0
        self._start, self._end, self._text = m.start(), m.end() - cut, word[:len(word) - cut]

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self, _: int = 0) -> str:
        return self._text


def _runs(text: str) -> list[list[re.Match]]:
    """Runs of name tokens: capitalised words, joined by particles ("Jurf al-Sakhar", "Tower 22"),
    and feature words after them ("Al-Asad airbase", "Mosul dam")."""
    runs, current = [], []
    tokens = [_Token(m) for m in TOKEN.finditer(text)]
    for i, tok in enumerate(tokens):
        word = tok.group(0)
        gap = text[current[-1].end():tok.start()] if current else ""
        joined = gap in (" ", "-", "")
        capital = (word[:1].isupper() or bool(ARABIC_PREFIX.match(word))) and not _acronym(word)
        if current and joined and (capital or word.isdigit() or word.lower() in FEATURE_WORDS or
                                   (word.lower() in PARTICLES and gap == " " and _name_follows(tokens, i))):
            current.append(tok)
        elif capital:
            if current:
                runs.append(current)
            current = [tok]
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def _name_follows(tokens: list[re.Match], i: int) -> bool:
    """After particle i, a capitalised word follows, perhaps after one more particle ("de la Sierra")."""
    for tok in tokens[i + 1:i + 3]:
        word = tok.group(0)
        if word[:1].isupper():
            return True
        if word.lower() not in PARTICLES:
            return False
    return False


def _common_word(key: str, hits) -> bool:
    """A frequent English word ("Day", "Hay", "Mine") that names only small places: not a toponym here."""
    if any(e.kind in ("country", "site") or e.population >= BIG_TOWN for e in hits):
        return False
    return zipf_frequency(key, "en") >= COMMON_ZIPF


def _acronym(word: str) -> bool:
    """'US', 'UN', 'IS', 'PKK': all capitals, short -- an organisation far more often than a place."""
    return word.isupper() and len(word) <= 4


def _cues(text: str, start: int, end: int) -> dict:
    before = text[max(0, start - 60):start]
    after = text[end:end + 25].lower()
    type_word = next((w for w in re.findall(r"^[\s\-]*([a-z\-]+)", after)), None)
    part = PART.search(before)
    after_date = bool(AFTER_DATE.search(before))
    context = bool(CONTEXT.search(before)) and not after_date
    clause = text[max(text.rfind(". ", 0, start), text.rfind("; ", 0, start), 0):start]
    return {"near": bool(NEAR.search(before)), "role": role_of(text, start, end, before),
            "locative": (bool(LOCATIVE.search(before)) and not after_date) or before.endswith("("),
            "part": part.group(1).lower() if part else None, "context": context,
            "actor": bool(ACTOR_AFTER.match(text, end)) or bool(NOT_PLACE_BEFORE.search(before)),
            "force": bool(FORCE_AFTER.match(text, end)),
            "possessive": bool(POSSESSIVE.match(text, end)), "agent": bool(AGENT_AFTER.match(text, end)),
            "subject": bool(SUBJECT.search(clause)) or bool(BACKGROUND.search(before)) or
                       (bool(PROTEST_AGAINST.search(clause)) and not IN_AT.search(before)),
            "type_word": type_word if type_word in ADMIN_WORDS | TOWN_WORDS else None}


def role_of(text: str, start: int, end: int, before: str) -> str | None:
    """What a place name is in its sentence when it is not (or may not be) where the event happened:
    'origin' ("a man from Cannock", "migrants from Afghanistan"), 'destination' ("troops sent to
    Tripoli"), 'dateline' (the opening "BEIRUT, LEBANON -"), 'count' ("100 Marines"), 'currency'
    ("the US dollar"), 'demonym' for a people's name used as an adjective ("the Somali capital"),
    'name part' for a weapon's name ("1 Yaffa drone"), 'water' for a sea or gulf ("in
    the Red Sea"); None for a place that may be the event's."""
    if WEAPON_NAME_AFTER.match(text, end) and not (LOCATIVE.search(before) or NEAR.search(before)):
        return "name part"  # before the count check: "launched 1 Yaffa drone" counts drones, not Jaffans
    if CURRENCY_AFTER.match(text, end):
        return "currency"
    if text[start:end].lower() in DEMONYMS and NOUN_AFTER.match(text, end):
        return "demonym"  # before the count check: "two Somali crew members" counts people, not the Somali region
    if COUNT_BEFORE.search(before) and not re.match(r"[\s\-]*(?:city|town|village|province|district)\b",
                                                    text[end:end + 20], re.I):
        return "count"
    if (WATER_NAME.fullmatch(text[start:end]) or WATER_BEFORE.search(before)) and not LAND_AFTER.match(text, end):
        return "water"
    if ORIGIN.search(before):
        return "origin"
    if DESTINATION.search(before):
        return "destination"
    head = DATELINE.match(text)
    if head and start < head.end() and start < 80:
        return "dateline"
    return None


def drop_number(key: str) -> str:
    """'zolote 5' -> 'zolote': a numbered part of a place (a mine, a settlement, a block) is near it."""
    words = key.split()
    return " ".join(words[:-1]) if len(words) > 1 and words[-1].isdigit() and not words[0].isdigit() else key


def _variant_keys(key: str) -> tuple[str, ...]:
    out = [strip_article(key), name_key(strip_admin_suffix(key)), drop_number(key)]
    return tuple(dict.fromkeys(k for k in out if k and k != key))


def find_mentions(text: str, offset: int, lookup, ner_names: tuple[str, ...] = ()) -> list[PlaceMention]:
    """Place mentions in `text` (which starts at article offset `offset`), in order of position.

    `lookup(key)` says whether the gazetteer knows a key; `ner_names` are names spaCy labelled.
    """
    ner_keys = {name_key(n) for n in ner_names}
    found: list[PlaceMention] = []
    taken: list[tuple[int, int]] = []
    for run in _runs(text):
        i = 0
        while i < len(run):
            match = None
            for j in range(min(len(run), i + MAX_TOKENS), i, -1):
                start, end = run[i].start(), run[j - 1].end()
                key = name_key(text[start:end])
                if not key or (j - i == 1 and key in COMMON and not _head_word_town(key, run, lookup)):
                    continue
                if run[i].group(0) in FEATURE_WORDS or run[j - 1].group(0).lower() in PARTICLES:
                    continue
                if j - i == 1 and run[j - 1].group(0).isdigit():
                    continue
                hits = lookup(key) or (lookup(strip_article(key)) if strip_article(key) not in COMMON else ()) or \
                    (lookup(drop_number(key)) if drop_number(key) != key and drop_number(key) not in COMMON else ())
                if hits and not (j - i == 1 and _common_word(key, hits) and not _town_after_in(text, start, hits)):
                    match = (start, end, key)
                    break
            if match and _water_descriptor(text, match[2], match[1]):
                taken.append((match[0], match[1]))
                i = next(k for k in range(i, len(run) + 1) if k == len(run) or run[k].start() >= match[1])
                continue
            if match:
                start, end, key = match
                head_only = (end < run[-1].end() and not run[-1].group(0).lower() in FEATURE_WORDS and
                             text[end:end + 1] == " " and _next_is_name(run, end))
                partial = head_only or _tail_of_name(run, i)
                mention = replace(_mention(text, offset, start, end, key, key in ner_keys, partial), head_only=head_only)
                if mention.role is None and _name_part(mention, run, i, hits):
                    mention = replace(mention, role="name part")
                elif mention.role == "count" and _known_well(hits):
                    mention = replace(mention, role=None)  # "thousands of Hong Kong residents": still the place
                found.append(mention)
                taken.append((start, end))
                i = next(k for k in range(i, len(run) + 1) if k == len(run) or run[k].start() >= end)
            else:
                i += 1
    found += _abbreviated(text, offset, taken)
    found += _ner_only(text, offset, ner_names, taken)
    return sorted(found, key=lambda m: m.start)


def _abbreviated(text: str, offset: int, taken: list[tuple[int, int]]) -> list[PlaceMention]:
    """A unit's short form after a town or district ("Nigohan (UP)", "Nellore, AP"): a mention keyed
    by the unit's full name, as the unit containing the place before it."""
    out = []
    for start, end, unit in abbreviated_units(text):
        if not any(s < end and start < e for s, e in taken):
            out.append(_mention(text, offset, start, end, name_key(unit.name), False))
            taken.append((start, end))
    return out


def _tail_of_name(run: list[re.Match], i: int) -> bool:
    """The match starts inside a longer capitalised name: after a capitalised word ("Kotwali" of
    "Kotwali Nagar" aside) or after a particle inside the name ("Lima" of "Garita de Lima square")."""
    if i == 0:
        return False
    word = run[i - 1].group(0)
    if word.lower() in INNER_PARTICLES:
        return i > 1 and run[i - 2].group(0)[:1].isupper()
    return word[:1].isupper() and (word.lower() not in COMMON or word.lower() in NAME_HEADS) and \
        word.lower() not in ADMIN_PREFIXES


SMALL_TOWN = 100_000
COMMON_WORD_TOWN = 20_000


def _town_after_in(text: str, start: int, hits) -> bool:
    """'in Hit', 'at Hit': a frequent English word that names a town of some size, right after a
    locative preposition inside a sentence, is the town."""
    return bool(re.search(r"[a-z,]\s+(?:in|at|near|outside)\s+$", text[max(0, start - 20):start])) and \
        any(e.kind == "city" and e.population >= COMMON_WORD_TOWN for e in hits)


def _head_word_town(key: str, run, lookup) -> bool:
    """A generic first word of names standing alone ("in Beni (Beni, Nord-Kivu)", "clashes in San")
    that is itself the exact name of a town of SMALL_TOWN people or more: the town."""
    return len(run) == 1 and key in NAME_HEADS and \
        any(e.kind == "city" and not e.variant and e.population >= SMALL_TOWN for e in lookup(key))


def _known_well(hits) -> bool:
    """A country, region, site or sizeable town among a name's readings."""
    return any(e.kind in ("country", "adm1", "site", "airport") or e.population >= SMALL_TOWN for e in hits)


def _name_part(m: PlaceMention, run: list[re.Match], i: int, hits) -> bool:
    """A small place's name used as part of a person's or group's name: the first or last word of a
    run of two or three capitalised words not after a preposition ("Shannon Burnside told", "Bernie
    Sanders"), the tail of an Arabic name ("Abu Salim"), or a possessive ("Modi's government")."""
    if _known_well(hits):
        return False
    words = [t.group(0) for t in run]
    after_head = i > 0 and words[i - 1].lower() in NAME_HEADS
    if after_head and not m.head_only:
        return True
    if m.locative or m.near or m.type_word:
        return False
    if m.possessive and not m.partial:
        return True
    plain = all(w[:1].isupper() and w.lower() not in PARTICLES and w.lower() not in FEATURE_WORDS for w in words)
    return m.partial and plain and 2 <= len(words) <= 3


def _water_descriptor(text: str, key: str, end: int) -> bool:
    """A sea or gulf named before a descriptor ("Red Sea port city", "Gulf of Aden coast")."""
    words = key.split()
    water = bool(set(words) & WATER_WORDS) and (words[-1] in WATER_WORDS or words[0] in WATER_WORDS)
    return water and bool(DESCRIBED.match(text, end))


def unknown_names(text: str, offset: int, known: list[PlaceMention]) -> list[PlaceMention]:
    """Capitalised names in a locative position that matched nothing ("in the area of Sentianivka"):
    candidates for fuzzy matching inside the admin unit or country the event is placed in."""
    spans = [(m.start - offset, m.end - offset) for m in known if not m.partial]
    out = []
    for run in _runs(text):
        start, end = run[0].start(), run[-1].end()
        if any(s < end and start < e for s, e in spans):
            continue  # a full name matched here ("Khutir Vilny" with only "Khutir" known is still open)
        key = name_key(text[start:end])
        if len(key) < 4 or key in COMMON or zipf_frequency(key, "en") >= COMMON_ZIPF:
            continue
        m = _mention(text, offset, start, end, key, False)
        if m.locative and not m.actor:
            out.append(m)
    return out


def _next_is_name(run: list[re.Match], end: int) -> bool:
    """The run goes on with a capitalised word right after the match ("Khutir" of "Khutir Vilny")."""
    rest = [t for t in run if t.start() > end]
    return bool(rest) and (rest[0].group(0)[:1].isupper() or bool(ARABIC_PREFIX.match(rest[0].group(0)))
                           or rest[0].group(0) in INNER_PARTICLES)  # "Jal el Dib": a particle inside a name


def _mention(text: str, offset: int, start: int, end: int, key: str, ner: bool, partial: bool = False) -> PlaceMention:
    return PlaceMention(start=offset + start, end=offset + end, text=text[start:end], key=key, ner=ner,
                   partial=partial, keys=_variant_keys(key), **_cues(text, start, end))


def _ner_only(text: str, offset: int, ner_names: tuple[str, ...], taken: list[tuple[int, int]]) -> list[PlaceMention]:
    """spaCy's names the phrase matcher did not cover (kept for skeleton matching and the trace)."""
    out = []
    for name in dict.fromkeys(ner_names):
        hit = re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text)  # "Israel" is not in "Israeli"
        pos = hit.start() if hit else -1
        if pos < 0 or any(s <= pos < e or s < pos + len(name) <= e for s, e in taken):
            continue
        key = name_key(name)
        if key and key not in COMMON:
            out.append(_mention(text, offset, pos, pos + len(name), key, True))
    return out


def skeleton_keys(mention: PlaceMention) -> tuple[str, ...]:
    """Transliteration skeletons of a mention (for names with no exact match)."""
    return tuple(dict.fromkeys(s for s in (skeleton(k) for k in (mention.key, *mention.keys)) if len(s) >= 3))
