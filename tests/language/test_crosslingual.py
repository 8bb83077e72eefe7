"""Cross-language incident matching: names across scripts, the embedding, and the gate on our pairs."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.evaluate.crosslingual import evaluate_crosslingual
from eventwire.language.crosslingual import PairSignals, Report, signals
from eventwire.language.embed import embed_article, lead
from eventwire.language.names import shared_names, skeleton, word_skeletons

PAIRS = Path(__file__).parent / "crosslingual_pairs.jsonl"


@pytest.mark.parametrize("spellings", [
    ("Idlib", "إدلب", "ادلب", "Идлибе", "Ідліб", "İdlib'de", "d'Idleb", "Îdlibê", "ئیدلب"),
    ("Mosul", "Мосула", "Mossoul", "Musul'un", "مووسڵ"),
    ("Culiacán", "كولياكان", "کولیاکان", "Кульякане"),
    ("Homs", "حمص", "Хомса", "Hums"),
    ("Hasakah", "Хасеке", "Hassaké"),
], ids=["idlib", "mosul", "culiacan", "homs", "hasakah"])
def test_one_name_has_one_skeleton_in_every_script(spellings):
    assert len({skeleton(s) for s in spellings}) == 1, {s: skeleton(s) for s in spellings}


def test_arabic_clitics_and_the_article_are_looked_through():
    assert skeleton("Mosul") in word_skeletons("انفجرت عبوة قرب الموصل")
    assert skeleton("Mosul") in word_skeletons("وصلت القوات بالموصل")
    assert skeleton("Hasakah") in word_skeletons("قصف على الحسكة")


def test_shared_names_count_the_english_reports_names_but_days_and_sentence_starts():
    english = "Shelling hit Idlib on Tuesday. Residents fled to Homs and Kobani."
    assert shared_names(english, "قصف على إدلب ونزح السكان إلى حمص وكوباني") == 1.0
    assert shared_names(english, "قصف على إدلب") == pytest.approx(1 / 3)   # Idlib of Idlib, Homs, Kobani
    assert shared_names("Shelling resumed on Tuesday.", "قصف") is None    # no name to look for
    assert shared_names("Shelling hit the town of Daraa.", "در") == 0.0    # 'dr' is no name: Daraa is spelt


@pytest.mark.parametrize("english, other", [
    ("Jihadists attacked a post near Gao.", "حمله به پاسگاهی در نزدیکی گائو"),
    ("Jihadists attacked a post near Gao.", "Напад на пост поблизу Гао"),
    ("Jihadists attacked a post near Gao.", "هجوم على موقع قرب غاو"),
    ("Six soldiers died, the Malian army said.", "ارتش مالی اعلام کرد"),
    ("Six soldiers died, the Malian army said.", "заявила армія Малі"),
], ids=["gao-fa", "gao-uk", "gao-ar", "malian-fa", "malian-uk"])
def test_a_short_name_is_matched_by_its_spelling_and_a_demonym_by_its_country(english, other):
    assert shared_names(english, other) == 1.0


@pytest.mark.parametrize("english, other", [
    ("Shelling hit the town of Daraa.", "قصف در شهر"),      # Persian 'in' has Daraa's skeleton, not its spelling
    ("Jihadists attacked a post near Gao.", "Напад на пост поблизу Гаго"),
], ids=["daraa-not-dar", "gao-not-gago"])
def test_a_short_name_is_not_matched_by_a_word_of_its_skeleton(english, other):
    assert shared_names(english, other) == 0.0


def test_an_article_is_embedded_from_its_title_and_lead():
    assert lead("Title", "One. Two. Three. Four.") == ["Title", "One.", "Two.", "Three."]
    vector = embed_article("Air strike kills three", "Three civilians were killed.")
    assert vector.shape == (512,) and abs(float(vector @ vector) - 1.0) < 1e-5


def test_a_translation_is_closer_than_another_incident():
    english = Report("en", None, "Three civilians were killed when an air strike hit a market in Idlib.", None)
    arabic = Report("ar", None, "قتل ثلاثة مدنيين عندما أصابت غارة جوية سوقا في إدلب.", None)
    other = Report("en", None, "Police arrested fourteen protesters after a march against bread prices.", None)
    assert signals(arabic, english).cosine > signals(arabic, other).cosine + 0.2


@pytest.mark.parametrize("signal, language, same", [
    (PairSignals(cosine=0.9, names=0.0, days=1), "ar", True),       # meaning alone
    (PairSignals(cosine=0.9, names=1.0, days=5), "ar", False),      # too far apart in time
    (PairSignals(cosine=0.6, names=1.0, days=0), "ar", True),       # names and meaning
    (PairSignals(cosine=0.3, names=1.0, days=0), "ar", False),      # names, but another story
    (PairSignals(cosine=0.3, names=1.0, days=0), "fa", True),       # the model cannot read Persian
    (PairSignals(cosine=0.7, names=None, days=0), "ar", False),     # nothing to compare but meaning
    (PairSignals(cosine=0.9, names=None, days=None), "ar", True),   # no dates: not held against
], ids=["strong", "days-apart", "names-and-meaning", "names-only-in-a-read-language",
        "names-in-an-unread-language", "no-names", "no-dates"])
def test_the_decision(signal, language, same):
    assert signal.same_incident(language) is same


def test_pairs_cover_nine_languages_with_near_misses():
    rows = [json.loads(line) for line in PAIRS.read_text(encoding="utf-8").splitlines()]
    assert len({r["language"] for r in rows}) >= 8
    assert {r["same"] for r in rows} == {True, False}


def test_cross_language_gate():
    """The issue's target, F1 >= 0.85 in every language, under today's figures (0.947 on all pairs,
    0.923 the lowest language): a change that loses a language fails."""
    report = evaluate_crosslingual(PAIRS)
    assert report.f1 >= 0.90
    assert all(row.f1 >= 0.85 for row in report.per_language), [(r.group, r.f1) for r in report.per_language]


def test_eval_crosslingual_command(tmp_path):
    result = CliRunner().invoke(app, ["eval", "crosslingual", str(PAIRS), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["pairs"] >= 100 and set(report["halves"]) == {"tune", "check"}
