"""Resolver rules of the first extraction version: dates, casualties, weapons, typing, actors."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.extract import Extractor, sentence_type
from eventwire.extract.actors import interaction
from eventwire.extract.casualties import extract_casualties, split_fatalities
from eventwire.extract.dates import resolve_event_date
from eventwire.extract.weapons import find_weapon
from eventwire.records import Article
from eventwire.settings import Settings

WEDNESDAY = dt.date(2024, 1, 24)


def first_sentence(nlp, text):
    return next(nlp(text).sents)


@pytest.mark.parametrize("text, published, expected, precision", [
    pytest.param("The strikes hit two sites on Tuesday.", WEDNESDAY, dt.date(2024, 1, 23), 1, id="weekday-day-before"),
    pytest.param("The base was attacked on Saturday night.", WEDNESDAY, dt.date(2024, 1, 20), 1, id="saturday-night"),
    pytest.param("Rockets fell on Wednesday.", WEDNESDAY, WEDNESDAY, 1, id="same-weekday-is-today"),
    pytest.param("Gunmen attacked the post yesterday.", WEDNESDAY, dt.date(2024, 1, 23), 1, id="yesterday"),
    pytest.param("Fighting broke out last week.", WEDNESDAY, dt.date(2024, 1, 17), 2, id="last-week"),
    pytest.param("A drone struck the camp on 9 May 2020.", WEDNESDAY, dt.date(2020, 5, 9), 1, id="explicit"),
    pytest.param("Rebels shelled the town on Jan. 21.", WEDNESDAY, dt.date(2024, 1, 21), 1, id="no-year"),
    pytest.param("A drone hit Tower 22 on Sunday.", WEDNESDAY, dt.date(2024, 1, 21), 1, id="tower-22-not-a-day"),
    pytest.param("Militants attacked a checkpoint.", WEDNESDAY, WEDNESDAY, 2, id="no-date-falls-back"),
])
def test_event_dates(nlp, text, published, expected, precision):
    found = resolve_event_date([first_sentence(nlp, text)], published)
    assert (found.date, found.precision) == (expected, precision)


@pytest.mark.parametrize("text", [
    pytest.param("Militants attacked a checkpoint on Tuesday.", id="weekday"),
    pytest.param("Militants attacked a checkpoint.", id="nothing"),
])
def test_no_publication_date_and_no_absolute_date_gives_none(nlp, text):
    assert resolve_event_date([first_sentence(nlp, text)], None) is None


@pytest.mark.parametrize("text, deaths, injuries", [
    pytest.param("At least one fighter was killed and two were wounded.", 1, 2, id="at-least"),
    pytest.param("The blast killed 12 soldiers.", 12, None, id="killed-digits"),
    pytest.param("Dozens of people died in the attack.", 12, None, id="dozens"),
    pytest.param("Four troops were injured in the attack.", 0, 4, id="injuries-only"),
    pytest.param("The convoy was hit by a roadside bomb.", 0, None, id="none"),
])
def test_casualties(nlp, text, deaths, injuries):
    found = extract_casualties(first_sentence(nlp, text))
    assert (found.fatalities, found.injuries) == (deaths, injuries)


def test_claimant_is_recorded(nlp):
    found = extract_casualties(first_sentence(nlp, "Militia officials claimed that eight fighters were killed."))
    assert found.fatalities == 8
    assert "officials" in found.claimant.lower()


def test_split_fatalities_keeps_the_total():
    assert split_fatalities(20, 3) == [7, 7, 6]


@pytest.mark.parametrize("text, weapon", [
    pytest.param("A ballistic missile hit the base.", "ballistic missile", id="ballistic"),
    pytest.param("They fired Katyusha rockets at the airport.", "Katyusha rockets", id="katyusha"),
    pytest.param("A roadside bomb struck the patrol.", "IED", id="ied"),
    pytest.param("Officials met in the capital.", None, id="none"),
])
def test_weapons(nlp, text, weapon):
    assert find_weapon(first_sentence(nlp, text)) == weapon


@pytest.mark.parametrize("text, sub", [
    pytest.param("US warplanes carried out air strikes on a depot.", "Air/drone strike", id="air"),
    pytest.param("Government forces shelled the town.", "Shelling/artillery/missile attack", id="shelling"),
    pytest.param("Gunmen abducted 15 women near the village.", "Abduction/forced disappearance", id="abduction"),
    pytest.param("Hundreds of protesters marched peacefully in the capital.", "Peaceful protest", id="protest"),
    pytest.param("There have been at least 66 attacks since October.", None, id="aggregate-statistics"),
    pytest.param("The group vowed to strike US bases again.", None, id="threat"),
    pytest.param("Floods displaced thousands of families.", None, id="disaster"),
])
def test_sentence_typing(text, sub):
    assert sentence_type(text) == sub


@pytest.mark.parametrize("codes, expected", [
    pytest.param((8, 3), 38, id="lowest-first"), pytest.param((2, None), 20, id="single"),
    pytest.param((None, None), None, id="none"),
])
def test_interaction_codes(codes, expected):
    assert interaction(*codes) == expected


@pytest.fixture(scope="module")
def extractor():
    return Extractor.load(Settings())


def extract_text(extractor, text, published=WEDNESDAY):
    article = Article(id="t", text=text, content_hash=Article.hash_text(text), published=published)
    return extractor.extract(article, extractor.nlp(text))


def test_two_events_in_one_article(extractor):
    events = extract_text(extractor, (
        "US warplanes carried out air strikes on two Kataib Hezbollah sites in Iraq on Tuesday. "
        "The strikes followed a ballistic missile attack on a base in western Iraq on Saturday night."))
    assert [(e.sub_event_type, e.event_date) for e in events] == [
        ("Air/drone strike", dt.date(2024, 1, 23)),
        ("Shelling/artillery/missile attack", dt.date(2024, 1, 20))]
    assert events[0].actor1 == "Military Forces of the United States (2021-2025)"  # the term of the event date
    assert events[0].actor2 == "Kataib Hezbollah" and events[0].interaction == 38


def test_background_article_yields_no_event(extractor):
    assert extract_text(extractor, (
        "Bases in Syria have faced dozens of attacks since March. Analysts said the group "
        "could strike again, and officials warned that the crisis may widen.")) == []


def test_evidence_spans_point_at_their_sentences(extractor):
    text = "Officials met on Monday. Gunmen killed three villagers near Tame on Tuesday."
    (event,) = extract_text(extractor, text)
    for span in event.evidence.values():
        assert text[span.start:span.end] == span.text
    assert event.evidence["fatalities"].text.startswith("Gunmen")
    assert event.fatalities == 3


# --- sentence split, mentions and grouping rules (texts written for these tests) --------------

from eventwire.extract.grouping import compatible, group_mentions  # noqa: E402
from eventwire.extract.mentions import clauses, sentence_mentions  # noqa: E402
from eventwire.extract.sentences import split_sentences  # noqa: E402


@pytest.mark.parametrize("text, expected", [
    pytest.param("The U.S. military struck. Gen. Smith said so.", ["The U.S. military struck.", "Gen. Smith said so."],
                 id="acronym-and-title"),
    pytest.param("It was hit by the U.S. In the past it was hit too.", ["It was hit by the U.S.", "In the past it was hit too."],
                 id="acronym-ends-sentence"),
    pytest.param("At 4 p.m. (EST) on Feb. 2 jets flew. \u201cWe struck,\u201d he said.",
                 ["At 4 p.m. (EST) on Feb. 2 jets flew.", "\u201cWe struck,\u201d he said."], id="pm-month-quote"),
    pytest.param("First line\n\nSecond line. Third one!", ["First line", "Second line.", "Third one!"], id="paragraphs"),
])
def test_sentence_split(text, expected):
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == expected
    assert all(text[s.start_char:s.end_char] == s.text for s in sentences)


def test_paragraph_numbers():
    sentences = split_sentences("One. Two.\n\nThree.")
    assert [s.paragraph for s in sentences] == [0, 0, 1] and [s.index for s in sentences] == [0, 1, 2]


def test_retrospective_clause_is_cut_with_exact_offsets():
    text = "Warplanes struck a depot on Friday in retaliation for the killing of six villagers in a raid on Sunday."
    (sentence,) = split_sentences(text)
    parts = clauses(sentence, sentence_type)
    assert [retro for _, retro in parts] == [False, True]
    assert all(text[p.start_char:p.end_char] == p.text for p, _ in parts)
    assert parts[1][0].text.startswith("the killing")


def test_no_cut_when_the_main_clause_reports_no_event():
    (sentence,) = split_sentences("A man was killed after being shot by gunmen.")
    assert len(clauses(sentence, sentence_type)) == 1


@pytest.mark.parametrize("text", [
    pytest.param("There have been at least 40 attacks on the base since October.", id="aggregate"),
    pytest.param("The group vowed to strike US bases again.", id="threat"),
    pytest.param("Rebels will likely attack the town.", id="future"),
    pytest.param("The group has been fighting for more than 15 years.", id="habitual"),
    pytest.param("The war, which began in April 2023, has killed tens of thousands of people.", id="war-toll"),
])
def test_background_and_plans_give_no_mention(text):
    (sentence,) = split_sentences(text)
    assert sentence_mentions(sentence, sentence_type, WEDNESDAY) == []


def test_dated_report_keeps_its_plan_words():
    (sentence,) = split_sentences("On 5 May 2020, workers protested in the capital, demanding wages that would cover rent.")
    (mention,) = sentence_mentions(sentence, sentence_type, dt.date(2020, 5, 5))
    assert mention.sub == "Peaceful protest" and mention.date.date == dt.date(2020, 5, 5)


@pytest.mark.parametrize("a, b, expected", [
    pytest.param("Air/drone strike", "Shelling/artillery/missile attack", True, id="same-type"),
    pytest.param("Attack", "Armed clash", True, id="violence"),
    pytest.param("Disrupted weapons use", "Shelling/artillery/missile attack", True, id="intercepted-missiles"),
    pytest.param("Peaceful protest", "Armed clash", False, id="protest-vs-clash"),
    pytest.param(None, "Arrests", True, id="untyped"),
])
def test_type_compatibility(a, b, expected):
    assert compatible(a, b) is expected


def test_separately_starts_a_new_event():
    text = ("Rebels shelled the town of Kilo, killing two people. "
            "Separately, government artillery shelled a village near Mora, killing a farmer.")
    groups = group_mentions(split_sentences(text), sentence_type, WEDNESDAY)
    assert len(groups) == 2


def test_casualty_sentence_joins_the_event_just_mentioned():
    text = "Gunmen attacked a checkpoint near Tame on Tuesday. Three guards died of their wounds."
    (event,) = extract_text(Extractor.load(Settings()), text)
    assert event.fatalities == 3 and event.evidence["fatalities"].text.startswith("Three guards")


def test_quoted_statement_never_starts_an_event():
    text = "\u201cThey shelled our homes,\u201d a farmer said on Monday."
    assert group_mentions(split_sentences(text), sentence_type, WEDNESDAY) == []


def test_confidence_is_the_fitted_model_of_the_signals_the_event_records(extractor):
    from eventwire.extract.confidence import calibration, from_description, score

    rich = extract_text(extractor, "Warplanes struck a depot near Qaim on Tuesday, killing four fighters. "
                                   "The strike destroyed the depot.")[0]
    thin = extract_text(extractor, "Warplanes struck a depot.")[0]
    assert {"dated", "second mention", "casualties"} <= set(rich.provenance["confidence"].split("; "))
    assert not {"dated", "second mention", "casualties"} & set(thin.provenance["confidence"].split("; "))
    for event in (rich, thin):
        assert 0.05 <= event.confidence <= 0.95
        assert event.confidence == score(from_description(event.provenance["confidence"]), calibration())


def test_spacy_runs_only_on_event_mentions_and_entity_offsets_are_article_offsets(extractor):
    text = ("The minister travelled to Paris on Monday for talks. "
            "Warplanes struck a depot near Mosul in Nineveh province on Tuesday, killing four fighters.")
    article = Article(id="t", text=text, content_hash=Article.hash_text(text), published=WEDNESDAY)
    detection = extractor.detect(article)
    extractor.tag([detection])
    tagged = detection.ner_sentences()
    assert [s.text[:9] for s in tagged] == ["Warplanes"]
    assert detection.sents[0].ents == ()  # the no-event sentence never reached spaCy
    ents = [e for s in tagged for e in s.ents]
    assert ents and all(text[e.start_char:e.end_char] == e.text for e in ents)
    assert "Mosul" in extractor.code(detection)[0].place_mentions


def test_run_on_text_without_punctuation_is_handled(extractor):
    text = "Warplanes struck a depot near Mosul on Tuesday killing four fighters " + "and more words " * 2000
    (event,) = extract_text(extractor, text)
    assert event.sub_event_type == "Air/drone strike" and event.fatalities == 4
