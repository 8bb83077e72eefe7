"""The real-news gold set: its references resolve, its halves follow the fixed split, and
`eventwire eval news` reads, checks and scores it (the texts here are our own)."""

from __future__ import annotations

import csv
import hashlib
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.errors import InputError
from eventwire.evaluate.halves import half_of
from eventwire.evaluate.news_gold import GoldText, group_keys, read_gold, read_texts, split_title

GOLD = Path(__file__).resolve().parent / "news_gold"
FILES = {half: GOLD / f"{half}.jsonl" for half in ("tune", "check")}
SEMEVAL = "semeval2022_task8/training_set.csv"

PROTEST = ("Teachers march on the ministry over unpaid wages KIGALI, 4 March 2020 - Several hundred "
           "teachers marched peacefully to the education ministry in Kigali on Wednesday to demand "
           "three months of unpaid wages. Their union said it would strike next week if nothing changed.")
MATCH_REPORT = "Harbour City win the derby\nHarbour City beat their neighbours 3-1 on Sunday in a lively derby."


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def write_csv(path: Path, texts: dict[str, tuple[str, str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["pair_id", "lang1", "lang2", "text1", "text2", "Overall"])
        for pair_id, (one, two) in texts.items():
            writer.writerow([pair_id, "en", "en", one, two, "4.0"])
    return path


def gold_row(pair_id: str, side: int, coded: str, half: str = "tune", **extra) -> dict:
    row = dict(pair_id=pair_id, side=side, sha1=sha1(coded), half=half, group=f"{pair_id}:1",
               conflict=False, topic="sports", title=None, story=None, note="", events=[], no_event=[])
    row.update(extra)
    return row


def protest_row(half: str = "tune") -> dict:
    body = PROTEST.index("KIGALI")
    start = PROTEST.index("Several")
    event = dict(id="1_2:1:1", event_type="Protests", sub_event_type="Peaceful protest", event_date="2020-03-04",
                 time_precision=1, date_basis="anchored", country="Rwanda", admin1="Kigali", location="Kigali",
                 latitude=-1.94995, longitude=30.05885, geo_precision=1, actor1="Protesters (Rwanda)", inter1=6,
                 start=start, end=PROTEST.index(" Their"), incident="teachers-march")
    return gold_row("1_2", 1, PROTEST, half=half, conflict=True, topic="protest", title=[0, body - 1],
                    events=[event], no_event=[dict(start=PROTEST.index("Their"), end=len(PROTEST), reason="threat")])


def write_gold(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


# --- the committed set (needs ../shared) ------------------------------------------------------------

@pytest.fixture(scope="module")
def committed():
    return {half: read_gold([path]) for half, path in FILES.items()}


@pytest.mark.shared
def test_every_reference_resolves_to_its_text(committed, shared_data):
    rows = committed["tune"] + committed["check"]
    texts = read_texts(shared_data / SEMEVAL, rows)  # raises on a missing pair or a sha1 mismatch
    assert len(texts) == len(rows) >= 220
    for row in rows:
        text = texts[row.key]
        spans = [(e.start, e.end) for e in row.events] + [(n.start, n.end) for n in row.no_event]
        assert all(0 <= s < e <= len(text) for s, e in spans), row.key
        if row.title:
            assert text[row.title[0]:row.title[1]].strip(), row.key
            assert all(e.start >= row.title[1] for e in row.events), f"{row.key}: an event coded on the headline"


def test_the_halves_are_disjoint_and_follow_the_fixed_split(committed):
    tune, check = committed["tune"], committed["check"]
    assert {r.key for r in tune}.isdisjoint({r.key for r in check})
    assert {r.half for r in tune} == {"tune"} and {r.half for r in check} == {"check"}
    groups = group_keys(tune + check)
    for row in tune + check:
        assert row.group == groups[row.key], row.key
        assert row.half == half_of(row.group), row.key


@pytest.mark.parametrize("key, half", [
    ("1630986111_1484996241:2", "tune"), ("1483793244_1484113388en:2", "tune"),
    ("1483806116zh_1483855112:2", "check"), ("1511216591es_1511221676:2", "check"),
])
def test_the_split_is_stable(key, half):
    # the halves were drawn once with this rule; a change to the rule would silently re-draw them
    assert half_of(key) == half


def test_the_set_has_the_size_the_issue_asks_for(committed):
    rows = committed["tune"] + committed["check"]
    assert sum(r.conflict for r in rows) >= 130 and sum(not r.conflict for r in rows) >= 85
    incidents = [e.incident for r in rows for e in r.events if e.incident]
    assert len(incidents) > len(set(incidents))  # some incidents are reported by several texts


def test_reports_of_one_incident_sit_in_one_half(committed):
    half_of_incident: dict[str, set[str]] = {}
    for row in committed["tune"] + committed["check"]:
        for e in row.events:
            if e.incident:
                half_of_incident.setdefault(e.incident, set()).add(row.half)
    assert all(len(halves) == 1 for halves in half_of_incident.values())


# --- reading and checking, on our own texts -------------------------------------------------------

def test_a_sha1_mismatch_is_an_error_naming_the_row(tmp_path):
    data = write_csv(tmp_path / "pairs.csv", {"1_2": (PROTEST, MATCH_REPORT)})
    row = GoldText.model_validate(gold_row("1_2", 2, MATCH_REPORT + " changed"))
    with pytest.raises(InputError, match=r"1_2:2.*sha1"):
        read_texts(data, [row])


def test_a_missing_pair_is_an_error_naming_the_row(tmp_path):
    data = write_csv(tmp_path / "pairs.csv", {"1_2": (PROTEST, MATCH_REPORT)})
    with pytest.raises(InputError, match=r"9_9:1.*not in"):
        read_texts(data, [GoldText.model_validate(gold_row("9_9", 1, PROTEST))])


def test_a_bad_gold_line_is_an_error_naming_the_file_and_line(tmp_path):
    bad = protest_row()
    bad["events"][0]["sub_event_type"] = "Armed clash"  # not a kind of Protests
    path = write_gold(tmp_path / "gold.jsonl", [gold_row("1_2", 2, MATCH_REPORT), bad])
    with pytest.raises(InputError, match=r"gold.jsonl:2"):
        read_gold([path])


def test_a_text_listed_twice_is_an_error(tmp_path):
    path = write_gold(tmp_path / "gold.jsonl", [gold_row("1_2", 2, MATCH_REPORT)] * 2)
    with pytest.raises(InputError, match="twice"):
        read_gold([path])


def test_the_title_is_split_from_the_body_with_its_offset():
    title, body, offset = split_title(PROTEST, (0, PROTEST.index("KIGALI") - 1))
    assert title == "Teachers march on the ministry over unpaid wages"
    assert body.startswith("KIGALI") and PROTEST[offset:] == body
    assert split_title(MATCH_REPORT, None) == (None, MATCH_REPORT, 0)


def test_groups_join_pairs_incidents_and_stories():
    rows = [GoldText.model_validate(r) for r in (
        gold_row("1_2", 1, "a"), gold_row("1_2", 2, "b"), gold_row("3_4", 1, "c", story="s"),
        gold_row("5_6", 2, "d", story="s"), gold_row("7_8", 1, "e"))]
    groups = group_keys(rows)
    assert groups["1_2:2"] == groups["1_2:1"] == "1_2:1"
    assert groups["5_6:2"] == groups["3_4:1"] == "3_4:1"
    assert groups["7_8:1"] == "7_8:1"


def test_a_row_may_carry_its_own_text_and_needs_no_data_file(tmp_path):
    row = GoldText.model_validate(gold_row("authored-1", 1, MATCH_REPORT, text=MATCH_REPORT))
    assert read_texts(tmp_path / "absent.csv", [row]) == {"authored-1:1": MATCH_REPORT}


def test_an_inline_text_is_checked_against_its_sha1(tmp_path):
    row = GoldText.model_validate(gold_row("authored-1", 1, MATCH_REPORT, text=MATCH_REPORT + " changed"))
    with pytest.raises(InputError, match=r"authored-1:1.*sha1"):
        read_texts(tmp_path / "absent.csv", [row])


def test_an_inline_texts_dateline_and_outlet_reach_the_article():
    from eventwire.evaluate.news import article_for

    row = GoldText.model_validate(gold_row("authored-1", 1, MATCH_REPORT, text=MATCH_REPORT,
                                           published="2021-05-02", source="Harbour Post"))
    article, offset = article_for(row, MATCH_REPORT, joined_title=False)
    assert str(article.published) == "2021-05-02" and article.source == "Harbour Post" and offset == 0


# --- the command, end to end on our own texts ------------------------------------------------------

def test_eval_news_runs_the_pipeline_and_reports_each_half(tmp_path):
    data = write_csv(tmp_path / "pairs.csv", {"1_2": (PROTEST, MATCH_REPORT)})
    tune = write_gold(tmp_path / "tune.jsonl", [protest_row()])
    check = write_gold(tmp_path / "check.jsonl", [gold_row("1_2", 2, MATCH_REPORT, half="check",
                                                           title=[0, MATCH_REPORT.index("\n")])])
    result = CliRunner().invoke(app, ["eval", "news", str(tune), str(check), "--data", str(data), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    halves = {h["half"]: h for h in report["halves"]}
    assert set(halves) == {"tune", "check", "all"}
    assert halves["tune"]["gold_events"] == 1 and halves["check"]["non_conflict_texts"] == 1
    for half in halves.values():
        assert half["true_positives"] + half["false_positives"] == half["predicted"]
        assert half["true_positives"] + half["false_negatives"] == half["gold_events"]
    assert report["title_mode"] == "split" and report["explain"] == []
    assert {row["threshold"] for row in report["confidence"]} == {0.0, 0.2, 0.4, 0.6, 0.8}


def test_eval_news_explain_lists_tune_errors_only(tmp_path):
    tune = protest_row()
    tune["events"] = []  # an uncoded protest: whatever the pipeline finds there is listed as false
    check = protest_row(half="check")
    check.update(pair_id="3_4", sha1=sha1(PROTEST), group="3_4:1")
    data = write_csv(tmp_path / "pairs.csv", {"1_2": (PROTEST, MATCH_REPORT), "3_4": (PROTEST, MATCH_REPORT)})
    paths = [write_gold(tmp_path / "tune.jsonl", [tune]), write_gold(tmp_path / "check.jsonl", [check])]
    result = CliRunner().invoke(app, ["eval", "news", *map(str, paths), "--data", str(data), "--json", "--explain"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    halves = {h["half"]: h for h in report["halves"]}
    assert {item["article"] for item in report["explain"]} <= {"1_2:1"}
    assert len([i for i in report["explain"] if i["kind"] == "false"]) == halves["tune"]["false_positives"]


def test_eval_news_stops_on_a_sha1_mismatch(tmp_path):
    data = write_csv(tmp_path / "pairs.csv", {"1_2": (PROTEST, MATCH_REPORT + "!")})
    gold = write_gold(tmp_path / "tune.jsonl", [gold_row("1_2", 2, MATCH_REPORT)])
    result = CliRunner().invoke(app, ["eval", "news", str(gold), "--data", str(data)])
    assert result.exit_code == 2
    assert "1_2:2" in result.output and "sha1" in result.output


# --- the gate: check-half floors (needs ../shared) ---------------------------------------------------

# Measured on the check half on 2026-12-03 (main after the scope stage): precision 0.333, recall
# 0.588, 0.108 false events per non-conflict text (2026-12-02: 0.161 / 0.529 / 0.40).  Floors sit
# just under; raise them as the rules improve (issue 13 targets 0.85 / 0.80 / 0.05), never lower
# them silently.
# Stop 24: the vague-reference rule (scope.vague) and the title-case headline rule took check
# precision 0.300 -> 0.375 and false events per non-conflict text 0.092 -> 0.062, recall unchanged;
# undated articles read against their dateline (dates.reference_date) then cost one: 0.360.
# Stop 25: modality in other words, negated events, reprisals, one event per town: check precision
# 0.417 -> 0.435 (23 events), recall 0.588, 0.062 false events per non-conflict text.
CHECK_PRECISION_FLOOR = 0.40  # 0.34 until stop 25
CHECK_RECALL_FLOOR = 0.55  # 0.52 in stop 24; 0.55 until stop 23: the passive-crowd typing rule (right on ACLED, both halves) lost one check event
CHECK_FALSE_PER_NON_CONFLICT_CEILING = 0.08  # 0.12 until stop 24


@pytest.mark.shared
def test_check_half_floors(shared_data):
    from eventwire.evaluate.news import evaluate_news

    report = evaluate_news(list(FILES.values()), shared_data / SEMEVAL)
    check = next(h for h in report.halves if h.half == "check")
    assert report.discards == []
    assert check.precision >= CHECK_PRECISION_FLOOR
    assert check.recall >= CHECK_RECALL_FLOOR
    assert check.false_per_non_conflict_article <= CHECK_FALSE_PER_NON_CONFLICT_CEILING
