"""What each report says was hit: the target words of a mention's event sentence.

An analyst reading two reports of one town and day asks what each says was attacked: "the
railway station" and "an industrial area" are two incidents, "the railway station" twice is a
telling point in common.  The target words of a mention are the words of its event sentence
(the `event` evidence, else `event_type`) once the report's own vocabulary is taken out: stop
words, attack verbs, weapons, victims and perpetrators (with the words that say which force:
"the national police", "mobile police officers", "emergency service workers"), sayers,
numbers, dates and time words, place qualifiers, participles ("carried out", "targeting": what
was done, not what was hit), and capitalised words (names of people, towns and groups, and
their adjectives: the places and actors are compared on their own).  Plurals count as their singular, and a word matches one it
ends with ("airbase", "base").

Two mentions name the same target when their target words share a word; they name different
targets when both have target words and share none.  A sentence with no target words ("Gunmen
killed three soldiers in Kirkuk") says nothing either way.
"""

from __future__ import annotations

import functools
import re

from spacy.lang.en.stop_words import STOP_WORDS

from eventwire.language.stage import TRANSLATED_SENTENCE
from eventwire.link.evidence import Evidence, support
from eventwire.records import Event

# The words conflict reports use whatever was hit.
REPORT_WORDS = frozenset("""
attack attacks attacked attacking assault assaulted raid raids raided raiding storm stormed storming
ambush ambushed ambushes shell shells shelled shelling pound pounded pounding bombard bombarded
bombardment hit hits struck strike strikes striking airstrike airstrikes air drone drones missile
missiles rocket rockets artillery mortar mortars bomb bombs bombing bomber roadside car suicide planted explosive explosives
explosion explosions blast blasts device devices ied ieds landmine landmines mine mines exploded
detonated fire fired firing shot shots shooting gunfire opened clash clashes clashed fighting fought
kill kills killed killing dead death deaths died dying toll wounded wounding injured injuring injuries
hurt abducted abducting kidnapped kidnapping seized captured targeted targeting
soldier soldiers troop troops army armed military personnel force forces police policeman policemen
police officer officers serviceman servicemen guard guards civilian civilians resident residents
villager villagers people person persons man men woman women child children family families
fighter fighters militant militants gunman gunmen attacker attackers insurgent insurgents rebel rebels
jihadist jihadists extremist extremists member members group groups sect alliance faction government
regime junta juntas state suspected unidentified unknown local resistance opposition
spokesman spokesperson spokeswoman official officials witness witnesses source sources security
hospital worker workers medical medic medics statement told said says according confirmed claimed
reported report reports added came comes risen rose rises climbed
gendarme gendarmes gendarmerie militia militias militiamen paramilitary paramilitaries
national mobile federal riot special emergency rescue rescuer rescuers service
coordinated series wave multiple several separate simultaneous dozens scores least fewer
position positions vehicle vehicles convoy patrol
province region regions state governorate country district area town towns city cities village villages
outskirts edge near nearby outside inside centre center north south east west northern southern
eastern western central north-east north-west south-east south-west northeast northwest southeast
southwest
today yesterday tonight night nights overnight morning afternoon evening dawn midnight early late
earlier later hours hour day days week weeks month months ago last
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december
""".split())
NUMBER_WORDS = frozenset("""
no one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds
""".split())
_STOP = frozenset(w.lower() for w in STOP_WORDS) | REPORT_WORDS | NUMBER_WORDS
_WORD = re.compile(r"[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*")


SEVERAL = re.compile(
    r"\b(?:attacks|strikes|airstrikes|raids|bombings|explosions|blasts|clashes|assaults|ambushes|"
    r"facilities|sites|targets|locations|bases|coordinated|simultaneous|series of|wave of)\b",
    re.IGNORECASE)


def tells_of_several(m: Event) -> bool:
    """The event sentence tells of several attacks or sites ("air strikes ... targeting
    facilities", "coordinated attacks"): a report that may sum up one operation's sites."""
    return bool(SEVERAL.search(event_sentence(m)))


def event_sentence(m: Event) -> str:
    """The event sentence, in English: for a mention coded from a translation, the English one it
    was coded from (its evidence cites the original, which these English word lists cannot read)."""
    if english := m.provenance.get(TRANSLATED_SENTENCE):
        return english
    span = m.evidence.get("event") or m.evidence.get("event_type")
    return span.text if span else ""


@functools.lru_cache(maxsize=100_000)
def _words(text: str, names: bool = True) -> frozenset[str]:
    """Lowercased words and the parts of hyphenated ones; `names=False` leaves out capitalised
    words (names, their adjectives, a town spelled another way, a group's abbreviation)."""
    out = set()
    for w in _WORD.findall(text):
        parts = w.split("-")
        if not names and any(p[:1].isupper() for p in parts):
            continue
        w = re.sub(r"(?:'s|’s)$", "", w.lower())
        out.add(w)
        if len(parts) > 1:
            out.update(w.split("-"))
    return frozenset(out)


# Words in -ing that name things rather than actions.
ING_NOUNS = frozenset("""
building buildings landing crossing housing wedding gathering meeting ceiling clothing dwelling
offering parking setting training warehousing
""".split())


def target_words(m: Event) -> frozenset[str]:
    """The words of the event sentence that name what was hit (see the module doc)."""
    return _target_words(event_sentence(m), m.location)


@functools.lru_cache(maxsize=100_000)
def _target_words(sentence: str, location: str | None) -> frozenset[str]:
    return frozenset(_target_runs(sentence, location)[0])


@functools.lru_cache(maxsize=100_000)
def _target_runs(sentence: str, location: str | None) -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    """The target words, and the (kind, thing) pairs of target words next to each other ("bus
    station": ("bus", "station")), from the sentence's own part when it names several sites."""
    own = _own_part(sentence, location)
    # a sentence of several sites whose own part names nothing hit says nothing of this site
    # (the whole sentence would give it another site's target)
    texts = (own,) if own is not sentence and _of_several_sites(sentence, location) else (own, sentence)
    for text in texts:
        found = frozenset(_singular(w) for w in _words(text, names=False) if _names_a_thing(w))
        if found:
            return found, _kinds(text)
    return frozenset(), frozenset()


# Words that say which of its kind a thing is no more than a report's wording does ("the main
# market", "the central market" can be one market).
PLAIN_QUALIFIERS = frozenset("""
main central old new local small large big busy crowded popular nearby only same other
""".split())


def _kinds(text: str) -> frozenset[tuple[str, str]]:
    """(kind, thing) for two target words in a row ("railway station", "cattle market"); a
    capitalised word is a name, compared on its own, never a kind ("the Merca market")."""
    words = [w if w[:1].isupper() else w.lower() for w in _WORD.findall(text)]
    return frozenset((_singular(x), _singular(y)) for x, y in zip(words, words[1:])
                     if x.islower() and y.islower() and _names_a_thing(x) and _names_a_thing(y)
                     and x not in PLAIN_QUALIFIERS)


def _names_a_thing(w: str) -> bool:
    """Not report vocabulary, and no participle ("carried", "targeting": what was done, not hit)."""
    if w in _STOP or len(w) <= 2 or "-" in w:
        return False
    return not ((w.endswith("ed") and len(w) > 4) or (w.endswith("ing") and w not in ING_NOUNS))


def _singular(w: str) -> str:
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    return w[:-1] if len(w) > 4 and w.endswith("s") and not w.endswith(("ss", "us")) else w


def _own_part(sentence: str, location: str | None) -> str:
    """The part of a sentence naming several sites that tells this mention's: "... attacked a camp
    in Beni and a farm in Mbau" -> "a farm in Mbau" for Mbau (what was hit comes before the place
    in "X in Town"); the whole sentence when its place is not named in it."""
    if not location:
        return sentence
    at = sentence.find(location)
    if at < 0:
        return sentence
    before = sentence[:at]
    cut = max(before.rfind(" and "), before.rfind(";"))
    return before[cut + 1:] if cut >= 0 else before


def _of_several_sites(sentence: str, location: str | None) -> bool:
    at = sentence.find(location) if location else -1
    return at > 0 and max(sentence[:at].rfind(" and "), sentence[:at].rfind(";")) >= 0


def compare_targets(a: Event, b: Event) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(the target words both give, a's, b's); a word matches one it ends with ("airbase",
    "base").  A thing both name counts only when they do not name two kinds of it ("the railway
    station" / "the bus station", "a fish market" / "the cattle market")."""
    (ta, ka), (tb, kb) = (_target_runs(event_sentence(m), m.location) for m in (a, b))
    shared = frozenset(x for x in ta for y in tb if _same_word(x, y) and not _other_kinds(x, ka, kb))
    return shared, ta, tb


def _other_kinds(thing: str, kinds_a: frozenset[tuple[str, str]], kinds_b: frozenset[tuple[str, str]]) -> bool:
    of_a = {k for k, t in kinds_a if _same_word(t, thing)}
    of_b = {k for k, t in kinds_b if _same_word(t, thing)}
    return bool(of_a and of_b) and not any(_same_word(x, y) for x in of_a for y in of_b)


def _same_word(x: str, y: str) -> bool:
    short, long = sorted((x, y), key=len)
    return short == long or (len(short) >= 4 and long.endswith(short))


def targets_evidence(a: Event, b: Event) -> tuple[str | None, Evidence]:
    """("same", ...) when both say the same thing was hit, ("other", ...) when each says something
    else, (None, nothing) when either says nothing of it.  Counted as a telling point or against
    (`rules`), never as score."""
    shared, ta, tb = compare_targets(a, b)
    if shared:
        return "same", support(0.0, "both say what was hit: " + " ".join(sorted(shared)))
    if ta and tb:
        return "other", Evidence(against=(f"each says something else was hit: {' '.join(sorted(ta))} / "
                                          f"{' '.join(sorted(tb))}",))
    return None, Evidence()
