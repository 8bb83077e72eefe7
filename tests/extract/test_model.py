"""The trainable typing model: train on a small CSV written here, save, load, use, and bad input."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.extract.model import ModelFileError, TypingModel, read_training_csv, train
from eventwire.extract.typing import load_typer, passage_type, sentence_type

ROWS = [
    ("On 3 May, soldiers clashed with rebels near the river crossing.", "Armed clash"),
    ("On 4 May, army troops fought rebel fighters for hours near the crossing.", "Armed clash"),
    ("On 5 May, rebels and soldiers exchanged fire in the hills.", "Armed clash"),
    ("On 6 May, rebels clashed with an army patrol outside the village.", "Armed clash"),
    ("On 3 May, teachers held a peaceful protest outside the ministry over pay.", "Peaceful protest"),
    ("On 4 May, nurses protested peacefully in front of the hospital over pay.", "Peaceful protest"),
    ("On 5 May, students staged a protest march to the parliament over fees.", "Peaceful protest"),
    ("On 6 May, traders protested outside the town hall over new taxes.", "Peaceful protest"),
    ("On 3 May, rebel artillery shelled the market district.", "Shelling/artillery/missile attack"),
    ("On 4 May, mortar shells fired by rebels hit the market district.", "Shelling/artillery/missile attack"),
    ("On 5 May, the army shelled rebel positions with artillery.", "Shelling/artillery/missile attack"),
    ("On 6 May, artillery shelling hit homes near the market.", "Shelling/artillery/missile attack"),
]


def write_csv(path: Path, rows, header=("event_id_cnty", "notes", "sub_event_type")) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for n, row in enumerate(rows):
            writer.writerow((f"X{n}", *row))
    return path


@pytest.fixture
def training_csv(tmp_path) -> Path:
    return write_csv(tmp_path / "mine.csv", [*ROWS, ("", "Armed clash"), ("Something odd happened.", "Rumour")])


def test_train_save_load_round_trip(training_csv, tmp_path):
    model, data = train(training_csv, tmp_path / "m" / "typing.pkl")
    assert model.rows == len(ROWS)
    assert model.labels == sorted({label for _, label in ROWS})
    loaded = TypingModel.load(tmp_path / "m" / "typing.pkl")
    assert loaded.labels == model.labels and loaded.trained_on == str(training_csv)
    texts = ["Soldiers clashed with rebels near the crossing.", "Teachers protested outside the ministry over pay."]
    assert [label for label, _ in loaded.predict(texts)] == ["Armed clash", "Peaceful protest"]


def test_unusable_rows_are_reported_with_file_and_line(training_csv):
    data = read_training_csv(training_csv)
    assert len(data.texts) == len(ROWS)
    assert data.skipped == [f"{training_csv}:{len(ROWS) + 2}: empty notes",
                            f"{training_csv}:{len(ROWS) + 3}: unknown sub_event_type 'Rumour'"]


def test_loaded_model_types_sentences_and_the_rules_still_reject_non_events(training_csv, tmp_path):
    train(training_csv, tmp_path / "typing.pkl")
    typer = load_typer(tmp_path / "typing.pkl")
    assert typer.sentence_type("Rebel artillery shelled the market district at dawn.") == \
        "Shelling/artillery/missile attack"
    assert typer.sentence_type("The rebels vowed to shell the market district again.") is None
    assert typer.sentence_type("Officials met to discuss the budget.") is None
    assert passage_type("The group claimed responsibility for the shelling.", typer) is None


def test_a_loaded_model_types_for_its_holder_only(training_csv, tmp_path):
    train(training_csv, tmp_path / "typing.pkl")
    typer = load_typer(tmp_path / "typing.pkl")
    # the rules alone call this a clash (small arms); the model, trained on this wording, shelling
    text = "On 7 May, rebel artillery and small arms fire hit the market district."
    assert typer.sentence_type(text) == "Shelling/artillery/missile attack"
    assert sentence_type(text) == "Armed clash"  # loading a model changed nothing for anyone else


def test_missing_columns_name_the_file(tmp_path):
    path = write_csv(tmp_path / "bad.csv", [("a", "b")], header=("id", "text", "label"))
    with pytest.raises(ModelFileError, match=r"bad\.csv.*missing notes, sub_event_type"):
        read_training_csv(path)


def test_one_label_is_not_enough(tmp_path):
    path = write_csv(tmp_path / "one.csv", ROWS[:4])
    with pytest.raises(ModelFileError, match="at least two sub_event_types"):
        train(path, tmp_path / "typing.pkl")


@pytest.mark.parametrize("content", [b"", b"not a pickle", b"\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00]\x94."],
                         ids=["empty", "garbage", "other-pickle"])
def test_a_file_that_is_not_a_model_is_refused(tmp_path, content):
    path = tmp_path / "typing.pkl"
    path.write_bytes(content)
    with pytest.raises(ModelFileError, match="not a typing model"):
        TypingModel.load(path)


def test_missing_model_file_says_how_to_make_one(tmp_path):
    with pytest.raises(ModelFileError, match="eventwire train"):
        TypingModel.load(tmp_path / "absent.pkl")


def test_train_command(training_csv, tmp_path):
    out = tmp_path / "typing.pkl"
    result = CliRunner().invoke(app, ["train", str(training_csv), "--out", str(out)])
    assert result.exit_code == 1, result.output  # two rows were skipped
    assert f"trained on {len(ROWS)} rows, 3 sub-event types, 2 skipped" in " ".join(result.output.split())
    assert TypingModel.load(out).rows == len(ROWS)


def test_train_command_bad_file_exits_2(tmp_path):
    result = CliRunner().invoke(app, ["train", str(tmp_path / "absent.csv"), "--out", str(tmp_path / "m.pkl")])
    assert result.exit_code == 2
    assert "absent.csv" in result.output
