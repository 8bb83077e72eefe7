"""A URL given to ingest is refused with a one-line reason, not "no such file"."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.ingest.inputs import expand
from eventwire.records import Discard

runner = CliRunner()


@pytest.mark.parametrize("url", ["https://example.org/news/attack.html", "HTTP://example.org/a"],
                         ids=["https", "upper-case-http"])
def test_url_input_is_a_discard_saying_urls_are_not_fetched(url):
    [item] = list(expand([url]))
    assert isinstance(item, Discard)
    assert item.reason == f"{url}: URLs are not fetched: download the page and ingest the file"


def test_ingest_of_a_url_names_it_and_stores_nothing(tmp_path):
    url = "https://example.org/news/attack.html"
    db = tmp_path / "events.db"
    result = runner.invoke(app, ["ingest", url, "--db", str(db)], catch_exceptions=False)
    assert result.exit_code != 0
    message = " ".join(result.stderr.split())
    assert f"{url}: URLs are not fetched" in message
    assert "no such file" not in message
