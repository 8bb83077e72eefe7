"""Problems 2 to 6 of issue 12, tried as a new user tries them: the `eventwire` command on small
folders written here, twice where the report was about a second run.  The readers and stages
have their own tests (tests/ingest, tests/extract/test_parts.py); these check what the user
reads and what ends up in the store."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.store import open_store
from tests.helpers import csv_text

runner = CliRunner()

CHECKPOINT = "Gunmen fired on a police checkpoint outside Tal Afar on Monday, wounding two guards."
CONVOY = "A roadside bomb hit an army convoy near Baiji on Wednesday, wounding three soldiers."
RAIDS = ("Militants killed eight farmers in two separate raids on Thursday in Bama and Konduga, "
         "in Borno State, a local official said.")


def ingest(*args: str):
    return runner.invoke(app, ["ingest", *args])


def test_two_attacks_at_two_places_are_stored_as_four_events_with_their_own_ids(tmp_path):
    """Problem 2: the article was discarded with `UNIQUE constraint failed: mentions.id`."""
    (tmp_path / "raids.txt").write_text(RAIDS, encoding="utf-8")
    db = str(tmp_path / "raids.db")
    result = ingest(str(tmp_path / "raids.txt"), "--db", db)
    assert result.exit_code == 0, result.output
    assert "UNIQUE" not in result.output and "0 discarded" in result.output
    events = open_store(db).list_events()
    assert len(events) == 4 and len({e.id for e in events}) == 4
    assert sorted(e.location for e in events) == ["Bama", "Bama", "Konduga", "Konduga"]


def test_one_file_name_in_two_folders_is_two_articles_and_a_rerun_changes_nothing(tmp_path):
    """Problem 3: `reuters/article.txt` and `ap/article.txt` were one article, flipping between runs."""
    for desk, text in (("reuters", CHECKPOINT), ("ap", CONVOY)):
        (tmp_path / "feeds" / desk).mkdir(parents=True)
        (tmp_path / "feeds" / desk / "article.txt").write_text(text, encoding="utf-8")
    db = str(tmp_path / "desks.db")
    first = ingest(str(tmp_path / "feeds"), "--db", db)
    assert first.exit_code == 0 and "2 new" in first.output, first.output
    texts = {a.id: a.text for a in open_store(db).list_articles()}
    again = ingest(str(tmp_path / "feeds"), "--db", db)
    assert again.exit_code == 0 and "0 new, 2 unchanged, 0 updated" in again.output, again.output
    assert {a.id: a.text for a in open_store(db).list_articles()} == texts
    assert sorted(texts.values()) == sorted([CHECKPOINT, CONVOY])



def test_a_csv_without_ids_resorted_is_unchanged_and_its_other_columns_are_named(tmp_path):
    """Problem 5: ids were row numbers ("2 updated" after a re-sort); headline, publisher and link
    were dropped without a word."""
    rows = [{"headline": "Checkpoint", "body": CHECKPOINT, "publisher": "Desk A", "link": "", "mood": "calm"},
            {"headline": "Convoy", "body": CONVOY, "publisher": "Desk B", "link": "", "mood": "tense"}]
    feed, db = tmp_path / "feed.csv", str(tmp_path / "feed.db")
    feed.write_text(csv_text(rows), encoding="utf-8")
    first = ingest(str(feed), "--db", db)
    assert first.exit_code == 0 and "2 new" in first.output, first.output
    assert "mood" in first.output and "kept as extra" in first.output  # the one unknown column, named
    stored = {a.id: (a.title, a.source) for a in open_store(db).list_articles()}
    assert sorted(stored.values()) == [("Checkpoint", "Desk A"), ("Convoy", "Desk B")]
    feed.write_text(csv_text(rows[::-1]), encoding="utf-8")
    again = ingest(str(feed), "--db", db)
    assert "0 new, 2 unchanged, 0 updated" in again.output, again.output
    assert {a.id: (a.title, a.source) for a in open_store(db).list_articles()} == stored


@pytest.mark.parametrize("flag, month", [(None, 5), ("--dayfirst", 2), ("--monthfirst", 5)],
                         ids=["no-flag-warns", "dayfirst", "monthfirst"])
def test_an_ambiguous_csv_date_is_read_by_the_flag_or_with_a_warning(tmp_path, flag, month):
    """Problem 6: `05/02/2024` was read as 2 May without a word."""
    feed, db = tmp_path / "dated.csv", str(tmp_path / "dated.db")
    feed.write_text(csv_text([{"title": "Checkpoint", "text": CHECKPOINT, "date": "05/02/2024"}]), encoding="utf-8")
    result = ingest(str(feed), "--db", db, *([flag] if flag else []))
    assert result.exit_code == 0, result.output
    [article] = open_store(db).list_articles()
    assert (article.published.month, article.published.day) == (month, 7 - month)
    warned = "read month first" in result.output and "dated.csv" in result.output
    assert warned is (flag is None)


def test_the_samples_folder_gives_no_article_from_its_readme(sample_dir, tmp_path):
    """Problem 4: `ingest eventwire/samples/` made an article (and a suicide bombing) of README.md."""
    db = str(tmp_path / "samples.db")
    result = ingest(str(sample_dir), "--db", db)
    assert "skipped: not articles (README" in result.output, result.output
    articles = open_store(db).list_articles()
    assert articles and not [a for a in articles if "readme" in a.id.lower()]
    assert not [a for a in articles if "| " in a.text]  # no Markdown table was read as news
