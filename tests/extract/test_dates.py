"""Date resolver rules (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.extract.dates import resolve_event_date

WED = dt.date(2024, 1, 31)  # a Wednesday

CASES = [
    ("explicit-day-month-year", "On 9 May 2020, militants attacked a post.", WED, dt.date(2020, 5, 9), 1),
    ("weekday-day-before", "Gunmen attacked the village on Tuesday.", WED, dt.date(2024, 1, 30), 1),
    ("weekday-across-week", "Troops clashed with rebels on Friday.", WED, dt.date(2024, 1, 26), 1),
    ("saturday-night", "A drone hit the depot Saturday night.", WED, dt.date(2024, 1, 27), 1),
    ("yesterday", "Protesters marched yesterday in the capital.", WED, dt.date(2024, 1, 30), 1),
    ("last-week-precision-2", "Police arrested six activists last week.", WED, dt.date(2024, 1, 24), 2),
    ("earlier-this-month-precision-3", "Shelling hit the town earlier this month.", WED, dt.date(2024, 1, 15), 3),
]


@pytest.mark.parametrize("text,published,expected,precision", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_rules(nlp, text, published, expected, precision):
    resolved = resolve_event_date(list(nlp(text).sents), published)
    assert resolved.date == expected
    assert resolved.precision == precision


def test_no_published_and_no_absolute_date_is_none(nlp):
    assert resolve_event_date(list(nlp("Militants attacked a base on Sunday.").sents), None) is None


def test_tower_22_not_glued_to_weekday(nlp):
    resolved = resolve_event_date(list(nlp("A drone struck Tower 22 in Jordan on Sunday.").sents), WED)
    assert resolved.date == dt.date(2024, 1, 28)


def test_evidence_offsets_are_doc_offsets(nlp):
    doc = nlp("The minister spoke. Gunmen attacked the village on Tuesday.")
    sents = list(doc.sents)
    resolved = resolve_event_date(sents[1:], WED)
    assert doc.text[resolved.evidence.start:resolved.evidence.end] == sents[1].text


def test_fallback_is_publication_date(nlp):
    resolved = resolve_event_date(list(nlp("Gunmen attacked the village.").sents), WED)
    assert resolved.date == WED


# --- rules added with the clause-level extractor (texts written for these tests) ---------------

from eventwire.extract.dates import event_date_in, find_dates  # noqa: E402
from eventwire.extract.sentences import split_sentences  # noqa: E402

TUE = dt.date(2024, 1, 23)


@pytest.mark.parametrize("text,published,expected,precision", [
    ("Rebels attacked the camp late on Monday.", WED, dt.date(2024, 1, 29), 1),
    ("Missiles struck the city in the early hours of Wednesday.", dt.date(2024, 5, 31), dt.date(2024, 5, 29), 1),
    ("Shells fell on the town on Saturday night.", WED, dt.date(2024, 1, 27), 1),
    ("Friday's attacks hit three depots.", dt.date(2024, 2, 2), dt.date(2024, 2, 2), 1),
    ("Troops clashed with rebels last Wednesday.", WED, dt.date(2024, 1, 24), 1),
    ("Gunmen killed two guards three days ago.", WED, dt.date(2024, 1, 28), 1),
    ("A drone hit the depot over the weekend.", WED, dt.date(2024, 1, 27), 2),
    ("Protesters marched earlier this week.", WED, dt.date(2024, 1, 29), 2),
    ("Fighting displaced hundreds last month.", WED, dt.date(2023, 12, 15), 3),
    ("Rebels shelled the town in May 2020.", WED, dt.date(2020, 5, 15), 3),
    ("The base was hit on Jan. 21.", WED, dt.date(2024, 1, 21), 1),
    ("The base was hit on December 30.", dt.date(2024, 1, 3), dt.date(2023, 12, 30), 1),
    ("The base was hit on 2024-01-05.", WED, dt.date(2024, 1, 5), 1),
    ("Police said gunmen attacked the post on Tuesday.", WED, dt.date(2024, 1, 30), 1),
], ids=["late-on-monday", "early-hours-of", "saturday-night", "possessive-weekday", "last-same-weekday-is-a-week-back",
        "days-ago", "weekend-precision-2", "earlier-this-week", "last-month-precision-3", "month-year-precision-3",
        "day-month-no-year", "day-month-previous-year", "iso", "said-then-event-verb-is-an-event-date"])
def test_more_rules(text, published, expected, precision):
    resolved = resolve_event_date(split_sentences(text), published)
    assert (resolved.date, resolved.precision) == (expected, precision)


@pytest.mark.parametrize("text", [
    "The army said on Tuesday that the strike hit a depot.",
    "Officials told Reuters on Tuesday the numbers were preliminary.",
    "Austin said in Tuesday's statement that the base was struck.",
], ids=["said-on", "told-on", "possessive-statement"])
def test_reporting_dates_are_not_event_dates(text):
    (hit,) = find_dates(text, WED)
    assert hit.reporting and hit.date == TUE + dt.timedelta(days=7)
    assert event_date_in(text, WED) is None


def test_event_date_wins_over_reporting_date():
    sentences = split_sentences("The army said on Tuesday that rebels were repelled. The rebels attacked on Sunday.")
    assert resolve_event_date(sentences, WED).date == dt.date(2024, 1, 28)


def test_reporting_date_is_used_when_nothing_else_dates_the_event():
    resolved = resolve_event_date(split_sentences("Warplanes struck a depot, the army said on Tuesday."), WED)
    assert resolved.date == dt.date(2024, 1, 30)


@pytest.mark.parametrize("text", ["Rockets hit the base on Monday, August 5.", "Rockets hit the base on August 5.",
                                  "Rockets hit the base yesterday."], ids=["weekday-and-day", "day-month", "relative"])
def test_nothing_resolvable_without_publication_date(text):
    assert resolve_event_date(split_sentences(text), None) is None


def test_explicit_year_resolves_without_publication_date():
    assert resolve_event_date(split_sentences("On 9 May 2020, rebels attacked."), None).date == dt.date(2020, 5, 9)


def test_ranges_of_vague_dates():
    (week,) = find_dates("Police arrested six activists last week.", WED)
    assert (week.lo, week.hi) == (dt.date(2024, 1, 22), dt.date(2024, 1, 28))
    (sunday,) = find_dates("They struck on Sunday.", WED)
    assert week.overlaps(sunday)


def test_impossible_date_is_skipped():
    assert find_dates("The report of 31 February was wrong.", WED) == []


@pytest.mark.parametrize("text, published, expected", [
    ("Gunmen attacked a church on Christmas Day 2019 in the town.", None, dt.date(2019, 12, 25)),
    ("The clashes broke out on New Year's Day, 2020, near the border.", None, dt.date(2020, 1, 1)),
    ("Crowds marched on New Year's Eve as 2021 was ushered in.", None, dt.date(2020, 12, 31)),
    ("Riot police fired tear gas on New Year's Eve while the city rang in 2020.", None, dt.date(2019, 12, 31)),
    ("Protesters marched on Christmas Eve.", dt.date(2020, 1, 3), dt.date(2019, 12, 24)),
])
def test_a_holiday_the_text_fixes_gives_its_day(text, published, expected):
    from eventwire.extract.dates import find_dates

    hits = find_dates(text, published)
    assert [h.date for h in hits] == [expected]
    assert hits[0].precision == 1


def test_a_holiday_without_a_year_or_a_publication_date_gives_no_date():
    from eventwire.extract.dates import find_dates

    assert find_dates("Protesters marched on New Year's Eve.", None) == []


@pytest.mark.parametrize("text, expected", [
    ("HARARE, March 3, 2021 (Herald) -- Vendors marched on the council offices on Tuesday.", dt.date(2021, 3, 3)),
    ("(Wire) Quito, 14 June 2022 -- Police fired tear gas at farmers.", dt.date(2022, 6, 14)),
    ("Farmers blocked roads on Tuesday.\nUpdated: 9 October 2023 14:02", dt.date(2023, 10, 9)),
    ("On 12 May 2018, a bomb struck a market in Gao. Residents recalled the blast on Monday.", None),
    ("Since 5 January 2019, the unions have struck twice.", None),
    ("LIMA, March 3 -- Miners marched on Tuesday.", None),  # no year: nothing to read a weekday against
    ("Miners marched on Tuesday in Lima.", None),
], ids=["dateline", "dateline-after-outlet", "updated-line", "event-date-not-dateline", "since", "no-year",
        "none"])
def test_an_undated_article_is_read_against_the_date_it_gives_itself(text, expected):
    from eventwire.extract.dates import reference_date

    assert reference_date(text) == expected


@pytest.mark.parametrize("text, dated", [
    ("Militants attacked the post overnight, killing two guards.", True),
    ("Overnight, jets struck a depot near the port.", True),
    ("Such hatred has not sprung up overnight.", False),
    ("Peace will not happen overnight, the envoy said.", False),
    ("The singer became an overnight sensation.", False),
], ids=["attacked-overnight", "overnight-comma", "sprung-up", "happen", "sensation"])
def test_overnight_dates_an_event_but_not_an_idiom(text, dated):
    from eventwire.extract.dates import find_dates

    assert bool(find_dates(text, dt.date(2024, 5, 8))) is dated


# --- a month without a day or year (issue 13: recalled events told "in March", "last August") ---

SEP_2024 = dt.date(2024, 9, 12)


@pytest.mark.parametrize("text,published,expected", [
    ("In March, gunmen shot a councillor dead outside his office in Tula.", SEP_2024, dt.date(2024, 3, 15)),
    ("Rebels seized the river port in November.", SEP_2024, dt.date(2023, 11, 15)),
    ("Last August, militia fighters held parts of the town for a week.", SEP_2024, dt.date(2024, 8, 15)),
    ("Last September, militia fighters held parts of the town.", SEP_2024, dt.date(2023, 9, 15)),
    ("Last August, militia fighters held parts of the town for a week.", dt.date(2024, 11, 2), dt.date(2024, 8, 15)),
    ("In early May, a car bomb destroyed the customs post.", SEP_2024, dt.date(2024, 5, 15)),
    ("Troops retook the airport in September.", SEP_2024, SEP_2024),
], ids=["in-month-this-year", "later-month-is-last-year", "last-month-name-the-latest", "last-same-month-a-year-back",
         "last-month-name-this-year",
        "early-month", "this-month-clipped-to-publication"])
def test_a_month_alone_is_its_latest_occurrence_with_month_precision(text, published, expected):
    (hit,) = find_dates(text, published)
    assert (hit.date, hit.precision) == (expected, 3)
    assert hit.lo.month == expected.month and hit.lo.day == 1 and hit.hi <= max(published, hit.lo)


@pytest.mark.parametrize("text", [
    "Elections are due in November.",
    "The army will hold a parade in December.",
    "Officials said the talks may resume soon.",
    "The base may be hit again.",
    "Rebels shelled the town in May 2020.",
], ids=["future-due", "future-will", "modal-may", "modal-may-again", "month-year-is-not-read-twice"])
def test_a_month_alone_is_not_read_in_plans_or_as_may(text):
    hits = find_dates(text, SEP_2024)
    assert all(h.raw != "May" and not (h.precision == 3 and h.date.year == 2023) for h in hits)
    assert len(hits) <= 1
