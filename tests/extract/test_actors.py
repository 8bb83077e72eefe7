"""Actor resolver: alias table, roles, inter/interaction codes, associated actors, civilian targeting.

Golden cases are short texts written for these tests (tests/extract/actor_cases.jsonl), each with
the sub-event type the typing stage would give and the caller's country guess.  They run on the
extractor's own sentence splitter (no parse, as in the pipeline) and on spaCy sentences.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.extract import actor_table as table
from eventwire.extract.actors import event_country, find_actors, interaction, mentions_in, state_name
from eventwire.extract.sentences import split_sentences

CASES = [json.loads(line) for line in (Path(__file__).parent / "actor_cases.jsonl").read_text().splitlines()
         if line.strip()]
FIELDS = ("actor1", "actor2", "inter1", "inter2", "interaction", "assoc_actor_1", "assoc_actor_2")


def coded(sentences, case) -> dict:
    pair = find_actors(sentences, case["sub"], case["country"])
    return {**pair.fields(), "civilian_targeting": pair.civilian_targeting}


def expected(case) -> dict:
    return {k: case[k] for k in (*FIELDS, "civilian_targeting") if k in case}


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_golden_actor_cases_on_rule_sentences(case):
    got = coded(split_sentences(case["text"]), case)
    assert {k: got[k] for k in expected(case)} == expected(case)


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_golden_actor_cases_on_parsed_sentences(nlp, case):
    got = coded(list(nlp(case["text"]).sents), case)
    assert {k: got[k] for k in expected(case)} == expected(case)


@pytest.mark.parametrize("text, name", [
    pytest.param("KH fighters", "Kataib Hezbollah", id="kh-abbrev"),
    pytest.param("Kataib Hezbollah", "Kataib Hezbollah", id="kataib"),
    pytest.param("Kata'ib Hizballah", "Kataib Hezbollah", id="kataib-apostrophe"),
    pytest.param("Hamas gunmen", "Hamas Movement", id="hamas"),
    pytest.param("the Kurdistan Workers' Party", "PKK: Kurdistan Workers Party", id="pkk-long"),
    pytest.param("Al shabaab militants", "Al Shabaab", id="shabaab-space"),
    pytest.param("al-Shabab fighters", "Al Shabaab", id="shabab-hyphen"),
    pytest.param("ISWAP", "Islamic State (West Africa)", id="iswap"),
    pytest.param("the NFSRPN", "NFSRPN: National Forum for Supporting Resistance and Protecting the Nation",
                 id="nfsrpn"),
    pytest.param("the Muslim Brotherhood", "Muslim Brotherhood", id="brotherhood"),
    pytest.param("Ansar Allah", "Military Forces of Yemen (2017-) Houthi", id="ansar-allah"),
    pytest.param("Daesh", "Islamic State (Iraq)", id="daesh-takes-country"),
])
def test_group_spellings(text, name):
    (sentence,) = split_sentences(f"{text} attacked the town in Iraq.")
    assert find_actors([sentence], "Armed clash", "Iraq").actor1.name == name


def test_lowercase_kh_is_not_kataib_hezbollah():
    (sentence,) = split_sentences("The khan of the village was attacked by gunmen.")
    assert all(m.name != "Kataib Hezbollah" for m in mentions_in(sentence))


@pytest.mark.parametrize("text, kind, country", [
    pytest.param("Mexican soldiers", "Military", "Mexico", id="mexican-soldiers"),
    pytest.param("Indian police", "Police", "India", id="indian-police"),
    pytest.param("Nigerian Air Force jets", "Military", "Nigeria", id="air-force"),
    pytest.param("Afghan National Army troops", "Military", "Afghanistan", id="two-words-between"),
    pytest.param("the Jordanian government", "Government", "Jordan", id="government"),
    pytest.param("Israeli strikes", "Military", "Israel", id="strikes"),
])
def test_state_forces_by_demonym(text, kind, country):
    (sentence,) = split_sentences(f"{text} were deployed.")
    (mention,) = [m for m in mentions_in(sentence) if m.kind == "state"]
    assert (mention.name, mention.country) == (kind, country)


def test_patron_adjective_is_not_a_state_force():
    (sentence,) = split_sentences("Turkish-backed fighters shelled the village.")
    assert not any(m.kind == "state" and m.country == "Turkey" for m in mentions_in(sentence))


@pytest.mark.parametrize("kind, country, year, name", [
    pytest.param("Military", "Mexico", 2020, "Military Forces of Mexico (2018-2024)", id="mexico-2020"),
    pytest.param("Military", "Mexico", 2025, "Military Forces of Mexico (2024-)", id="mexico-now"),
    pytest.param("Police", "India", 2020, "Police Forces of India (2014-)", id="india"),
    pytest.param("Government", "Jordan", 2024, "Government of Jordan (1999-)", id="jordan-government"),
    pytest.param("Military", "Philippines", 2020, "Military Forces of the Philippines (2016-2022)", id="with-the"),
    pytest.param("Military", "Iraq", None, "Military Forces of Iraq", id="no-year-no-period"),
    pytest.param("Military", "Belgium", 2020, "Military Forces of Belgium", id="unknown-period"),
])
def test_state_names_and_periods(kind, country, year, name):
    assert state_name(kind, country, year) == name


@pytest.mark.parametrize("codes, expected_code", [
    pytest.param((1, 7), 17, id="state-civilians"),
    pytest.param((7, 1), 17, id="lowest-first"),
    pytest.param((6, None), 60, id="protesters-alone"),
    pytest.param((None, None), None, id="none"),
    pytest.param((3, 3), 33, id="same-code"),
])
def test_interaction(codes, expected_code):
    assert interaction(*codes) == expected_code


@pytest.mark.parametrize("text, given, country", [
    pytest.param("Protesters gathered in Sikasso, Mali.", None, "Mali", id="named-place"),
    pytest.param("Clashes broke out in the Philippines.", None, "Philippines", id="with-the"),
    pytest.param("Protesters in Irbid condemned the Israeli offensive on Gaza.", "Palestine", None,
                 id="topic-country-dropped"),
    pytest.param("Gunmen attacked a checkpoint near the border.", "Niger", "Niger", id="caller-kept"),
    pytest.param("A bomb exploded in the DRC capital.", None, "Democratic Republic of Congo", id="alias"),
])
def test_event_country(text, given, country):
    assert event_country(split_sentences(text), given) == country


def test_every_country_word_maps_to_its_country():
    words = table.country_of_word()
    assert words["south sudanese"] == "South Sudan" and words["sudanese"] == "Sudan"
    assert words["u.s."] == "United States" and words["burkinabe"] == "Burkina Faso"
    assert all(country in table.COUNTRY_WORDS for country in table.PERIODS)


def test_evidence_points_at_the_sentence_naming_the_actor():
    text = "Fighting was reported on Monday. Later, ISWAP fighters ambushed Nigerian soldiers near Monguno."
    sentences = split_sentences(text)
    pair = find_actors(sentences, "Armed clash", "Nigeria")
    span = pair.evidence()["actor1"]
    assert text[span.start:span.end] == span.text and span.text.startswith("Later")


def test_complete_countries_names_generic_actors_in_the_geocoded_country():
    import datetime as dt

    from eventwire.extract.actors import complete_countries
    from eventwire.records import Event

    event = Event(id="e", event_type="Protests", sub_event_type="Protest with intervention",
                  event_date=dt.date(2024, 3, 8), actor1="Protesters", inter1=6, actor2="Police Forces", inter2=1,
                  assoc_actor_1="Teachers; NFSRPN: National Forum for Supporting Resistance and Protecting the Nation",
                  interaction=16, country="Jordan")
    done = complete_countries(event)
    assert (done.actor1, done.actor2) == ("Protesters (Jordan)", "Police Forces of Jordan (1999-)")
    assert done.assoc_actor_1 == ("Teachers (Jordan); "
                                  "NFSRPN: National Forum for Supporting Resistance and Protecting the Nation")
    assert done.interaction == 16


def test_complete_countries_codes_foreign_forces_as_external_and_keeps_named_countries():
    from eventwire.extract.actors import complete_countries
    from eventwire.records import Event

    event = Event(id="e", event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                  actor1="Military Forces of the United States", inter1=1, actor2="Civilians (Syria)", inter2=7,
                  interaction=17, country="Iraq")
    done = complete_countries(event)
    assert (done.actor2, done.inter1, done.interaction) == ("Civilians (Syria)", 8, 78)
    assert complete_countries(event.model_copy(update={"country": None})) == event.model_copy(update={"country": None})


def test_complete_countries_gives_state_forces_the_term_of_the_event_date():
    import datetime as dt

    from eventwire.extract.actors import complete_countries
    from eventwire.records import Event

    event = Event(id="e", event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED",
                  event_date=dt.date(2024, 3, 9), actor1="Islamic State (Iraq)", inter1=2,
                  actor2="Military Forces of Iraq", inter2=1, interaction=12, country="Iraq")
    done = complete_countries(event)
    assert (done.actor1, done.actor2) == ("Islamic State (Iraq)", "Military Forces of Iraq (2022-)")
    undated = complete_countries(event.model_copy(update={"event_date": None}))
    assert undated.actor2 == "Military Forces of Iraq"
    kept = complete_countries(event.model_copy(update={"actor2": "Military Forces of Iraq (2014-2018)"}))
    assert kept.actor2 == "Military Forces of Iraq (2014-2018)"
    unit = complete_countries(event.model_copy(update={"actor2": "Military Forces of Iran Islamic Revolutionary Guard Corps"}))
    assert unit.actor2 == "Military Forces of Iran (1989-) Islamic Revolutionary Guard Corps"


@pytest.mark.parametrize("text, absent", [
    pytest.param("PTI reported that police dispersed the crowd.", "PTI: Pakistan Tehreek-i-Insaf", id="pti-news-agency"),
    pytest.param("RSF condemned the arrest of the reporter.", "RSF: Rapid Support Forces", id="rsf-press-freedom"),
    pytest.param("NAF jets bombed the camp.", "NAF: United Armed Forces of Novorossiya", id="naf-nigerian-air-force"),
    pytest.param("The JAS 39 Gripen flew over the city.", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad",
                 id="jas-gripen"),
])
def test_abbreviations_that_mean_something_else(text, absent):
    (sentence,) = split_sentences(text)
    assert all(m.name != absent for m in mentions_in(sentence))


@pytest.mark.parametrize("text, name", [
    pytest.param("On 7 May 2020, Malian soldiers were deployed.", "Military Forces of Mali (2013-2020)",
                 id="before-the-august-2020-coup"),
    pytest.param("On 20 September 2020, Malian soldiers were deployed.", "Military Forces of Mali (2020-2021)",
                 id="after-the-coup"),
    pytest.param("On December 15, 2018, Mexican soldiers were deployed.", "Military Forces of Mexico (2018-2024)",
                 id="month-first-date"),
    pytest.param("In 2020, Malian soldiers were deployed.", "Military Forces of Mali (2013-2020)",
                 id="year-only-older-term"),
])
def test_government_period_follows_the_date_in_the_text(text, name):
    assert find_actors(split_sentences(text), "Armed clash", "Mali").actor1.name == name


# Actor gate on the pinned sample corpus (eventwire/samples, written for the project): the share of
# gold events whose actor1 is one of the predicted actors (evaluate.acled.actor_matches).  Measured
# 2026-12-01: 0.917 (22 of 24) on all events of the article; floor set below it, never lowered silently.
ACTOR_FLOOR = 0.85


def test_actor_gate_on_the_sample_corpus(sample_dir):
    from eventwire.evaluate.acled import actor_matches
    from eventwire.extract import Extractor
    from eventwire.ingest import read_inputs
    from eventwire.settings import Settings

    gold = [json.loads(line) for line in (sample_dir / "expected.jsonl").read_text().splitlines() if line.strip()]
    articles = list(read_inputs([str(sample_dir / "articles"), str(sample_dir / "articles.jsonl")], Settings()))
    predicted = dict(zip([a.id for a in articles], Extractor.load(Settings()).extract_batch(articles)))
    hits = [any(actor_matches(g["actor1"], e) for e in predicted[g["article_id"]]) for g in gold]
    assert sum(hits) / len(hits) >= ACTOR_FLOOR


# Exact roles on the same corpus: a gold event counts for actor1 when an event of its article has that
# actor as actor1, and for the pair when one event has both actor1 and actor2 in their roles (names
# compared as evaluate.acled compares them).  Measured 2026-12-01: actor1 23 of 24 (0.958), pair
# 21 of 24 (0.875); before the role rules for claimants, blamed groups, sources, requesters, group
# names ending in "Army" and victims of strikes from abroad: 20 and 15.  Floors set at what was reached.
ROLE_ACTOR1_FLOOR = 23 / 24
ROLE_PAIR_FLOOR = 21 / 24


def _same_actor(gold: str | None, predicted: str | None) -> bool:
    from rapidfuzz import fuzz

    from eventwire.evaluate.acled import ACTOR_RATIO, _norm

    if not gold:
        return not predicted
    g, p = _norm(gold), _norm(predicted)
    return bool(p) and (g == p or fuzz.token_set_ratio(g, p) >= ACTOR_RATIO)


def test_actor_roles_on_the_sample_corpus(sample_dir):
    from eventwire.extract import Extractor
    from eventwire.ingest import read_inputs
    from eventwire.settings import Settings

    gold = [json.loads(line) for line in (sample_dir / "expected.jsonl").read_text().splitlines() if line.strip()]
    articles = list(read_inputs([str(sample_dir / "articles"), str(sample_dir / "articles.jsonl")], Settings()))
    predicted = dict(zip([a.id for a in articles], Extractor.load(Settings()).extract_batch(articles)))
    first = [any(_same_actor(g["actor1"], e.actor1) for e in predicted[g["article_id"]]) for g in gold]
    pair = [any(_same_actor(g["actor1"], e.actor1) and _same_actor(g["actor2"], e.actor2)
                for e in predicted[g["article_id"]]) for g in gold]
    assert sum(first) / len(gold) >= ROLE_ACTOR1_FLOOR
    assert sum(pair) / len(gold) >= ROLE_PAIR_FLOOR


def test_same_actor_compares_roles_not_sets():
    assert _same_actor("Military Forces of Iraq (2022-)", "Military Forces of Iraq")
    assert not _same_actor("Islamic State (Iraq)", "Military Forces of Iraq")
    assert _same_actor(None, None) and not _same_actor(None, "Protesters (Jordan)")


def test_unknown_sub_event_type_is_a_clear_error():
    with pytest.raises(ValueError, match="'Skirmish' is not an ACLED sub-event type"):
        find_actors(split_sentences("Gunmen attacked a village."), "Skirmish", None)


@pytest.mark.parametrize("regexes, starts", [
    pytest.param(("Hez?b[ao]llah", "KH"), {"he", "kh"}, id="optional-letter-dropped"),
    pytest.param(("(?<!Kataib )(?<!Kata'ib )Hezbollah",), {"hez"}, id="lookbehinds-skipped"),
    pytest.param(("(?:La )?Familia Michoacana",), {"la", "fam"}, id="optional-start-or-the-rest"),
    pytest.param(("(?:Harakat )?(?:Hezbollah )?al-?Nujaba",), {"har", "hez", "al"}, id="optional-starts-in-a-row"),
    pytest.param(("(?:a|b)c",), None, id="one-letter-group-runs-always"),
    pytest.param(("al[- ]?Shabaa?b|Harakat al[- ]Shabaab",), {"al", "har"}, id="alternatives"),
])
def test_word_start_gate_of_group_patterns(regexes, starts):
    from eventwire.extract.actor_mentions import _prefixes, word_starts

    assert _prefixes(*regexes) == (frozenset(starts) if starts else None)
    assert "al" in word_starts("Al-Shabaab fighters") and "sha" in word_starts("Al-Shabaab fighters")


GATE_SENTENCES = [
    "Kata'ib Hizballah fighters fired rockets at the base while Jordanian troops watched the border.",
    "Armed men from the Fulani ethnic militia attacked herders near the village on Monday.",
    "The Turkish army and Syrian Democratic Forces clashed near Manbij.",
    "Protesters marched to parliament; riot police dispersed them with tear gas.",
    "Forces of Iraq and Iran exchanged fire across the border, officials said.",
    "The Houthis (Ansar Allah) launched a drone at a ship, CENTCOM said.",
    "Gunmen killed two civilians and a local chief in Zamfara state.",
    "IDF soldiers raided Jenin as Palestinian Islamic Jihad members fought back.",
]


@pytest.mark.parametrize("text", GATE_SENTENCES)
def test_pattern_index_never_skips_a_pattern_that_matches(text):
    """The gates are shortcuts only: every pattern that matches the sentence is a candidate,
    and the candidates keep the patterns' priority order."""
    from eventwire.extract.actor_mentions import _rule_index

    index = _rule_index()
    candidates = index.candidates(text)
    matching = [rule for rule in index.rules if rule.pattern.search(text)]
    assert all(rule in candidates for rule in matching)
    order = [index.rules.index(rule) for rule in candidates]
    assert order == sorted(order)
    assert len(candidates) < len(index.rules)  # the gates do skip patterns


def test_pattern_index_gates_a_group_on_its_word_starts():
    from eventwire.extract.actor_mentions import _rule_index

    index = _rule_index()
    hezbollah = [r for r in index.rules if r.kind == "group" and r.payload[0] == "Hezbollah"]
    assert hezbollah
    assert hezbollah[0] in index.candidates("Hezbollah fired rockets at an army post.")
    assert hezbollah[0] not in index.candidates("Gunmen fired at an army post.")


def test_complete_countries_names_an_unidentified_group_where_the_event_happened():
    from eventwire.extract.actors import complete_countries
    from eventwire.records import Event

    event = Event(id="e", event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                  actor1="Unidentified Armed Group (Syria)", inter1=3,
                  actor2="Military Forces of the United States (2021-2025)", inter2=8, interaction=38, country="Jordan")
    done = complete_countries(event)
    assert done.actor1 == "Unidentified Armed Group (Jordan)"
    assert done.actor2 == "Military Forces of the United States (2021-2025)"


@pytest.mark.parametrize("text, raw, country", [
    ("Rockets killed three U.S. Army Reserve soldiers at the outpost.", "U.S. Army Reserve soldiers", "United States"),
    ("Gunmen ambushed the Iraqi Army 5th Division troops near Tikrit.", "Iraqi Army 5th Division troops", "Iraq"),
])
def test_a_force_noun_after_a_named_force_is_its_unit(text, raw, country):
    mentions = [m for s in split_sentences(text) for m in mentions_in(s) if m.kind == "state"]
    assert [(m.raw, m.country) for m in mentions] == [(raw, country)]


def test_a_force_noun_after_a_weekday_is_another_mention():
    mentions = [m for s in split_sentences("US jets struck; Iraqi troops Monday soldiers fled.") for m in mentions_in(s)]
    assert "Iraqi troops Monday soldiers" not in [m.raw for m in mentions]


def test_a_target_named_with_its_country_beats_a_plain_force_noun():
    text = ("A drone hit a military base near the border, killing three U.S. Army Reserve soldiers "
            "and wounding dozens.")
    pair = find_actors(split_sentences(text), "Air/drone strike", "Jordan")
    assert pair.actor2.name.startswith("Military Forces of the United States")


def test_a_national_contingent_is_that_country_s_military():
    text = "Militants fired rockets at the British contingent at the airfield; soldiers were hurt."
    pair = find_actors(split_sentences(text), "Shelling/artillery/missile attack", "Mali")
    assert pair.actor2.name.startswith("Military Forces of the United Kingdom")


@pytest.mark.parametrize("text, name", [
    ("A drone attack by the self-styled Lions of the Valley hit the depot on Sunday.", "Lions of the Valley"),
    ("Fighters of a group calling itself Brigade of Free Men ambushed a patrol.", "Brigade of Free Men"),
    ("Militants of the so-called Islamic State attacked a checkpoint in Raqqa.", "Islamic State ({country})"),
])
def test_a_group_the_text_marks_as_self_named_keeps_its_written_name(text, name):
    groups = [m.name for s in split_sentences(text) for m in mentions_in(s) if m.kind == "group"]
    assert groups[0] == name
