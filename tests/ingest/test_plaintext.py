"""Seed-format plain text: headers to fields, furniture out, story text whole."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.ingest.conftest import one, write

FURNISHED = """Title: Militia drone hits oil field near Kirkuk
Word Count: 120
Source: Northern Courier
URL: https://northern-courier.example/kirkuk-drone
 date 2024-06-12 A drone struck a gas compressor at the Khurmala oil field near Kirkuk on Tuesday night, officials said.

Photo: Smoke rises over the oil field on Wednesday

No one was hurt, the company said. (RELATED: Kurdish region halts exports after earlier strike) Repairs could take a week.

(AP Photo/Sam Writer)

Field staff posted footage of the fire. pic.twitter.com/AbC123xYz — Field Watch (@fieldwatch) June 11, 2024

Investigators found debris of a small fixed-wing drone (Reuters Photo/Jane Doe) near the fence.
Workers returned on Wednesday.

Prepared by: Dana Aziz
"""


@pytest.fixture
def furnished(tmp_path, read):
    return one(read(write(tmp_path / "kirkuk_0042.txt", FURNISHED)))


def test_metadata_goes_to_fields(furnished):
    assert furnished.id == "kirkuk_0042"
    assert furnished.title == "Militia drone hits oil field near Kirkuk"
    assert furnished.published == dt.date(2024, 6, 12)
    assert furnished.source == "Northern Courier"
    assert furnished.url == "https://northern-courier.example/kirkuk-drone"
    assert furnished.byline == "Dana Aziz"
    assert furnished.extra == {"word_count": 120}
    assert furnished.origin.endswith("kirkuk_0042.txt")
    assert furnished.content_hash == furnished.hash_text(furnished.text)


def test_furniture_is_dropped_and_the_story_kept_whole(furnished):
    assert furnished.text == (
        "A drone struck a gas compressor at the Khurmala oil field near Kirkuk on Tuesday night, "
        "officials said.\n\n"
        "No one was hurt, the company said. Repairs could take a week.\n\n"
        "Investigators found debris of a small fixed-wing drone near the fence.\n"
        "Workers returned on Wednesday.")


@pytest.mark.parametrize("furniture", [
    "Title:", "Word Count:", "Source:", "Photo:", "(AP Photo", "pic.twitter.com", "(RELATED:",
    "Prepared by:", "date 2024", "Reuters Photo", "@fieldwatch",
])
def test_no_furniture_left(furnished, furniture):
    assert furniture not in furnished.text


def test_date_line_alone_then_text(tmp_path, read):
    article = one(read(write(tmp_path / "a.txt", " date 2024-03-05\nGunmen attacked a post.\n")))
    assert (article.published, article.text) == (dt.date(2024, 3, 5), "Gunmen attacked a post.")


def test_undated_file_without_headers(tmp_path, read):
    text = "First paragraph of a story.\nSecond paragraph.\n"
    article = one(read(write(tmp_path / "plain.txt", text)))
    assert (article.id, article.title, article.published) == ("plain", None, None)
    assert article.text == "First paragraph of a story.\nSecond paragraph."


def test_impossible_date_is_kept_as_a_note_not_a_discard(tmp_path, read):
    article = one(read(write(tmp_path / "b.txt", " date 2024-02-31 Troops clashed.\n")))
    assert article.published is None
    assert article.extra["published_unparsed"] == "2024-02-31"


def test_windows_newlines_and_paragraph_breaks(tmp_path, read):
    article = one(read(write(tmp_path / "c.txt", b"Title: T\r\n\r\nOne.\r\n\r\n\r\n\r\nTwo.\r\n")))
    assert article.text == "One.\n\nTwo."


def test_headers_only_file_is_discarded(tmp_path, read):
    result = read(write(tmp_path / "hollow.txt", "Title: Nothing here\nWord Count: 0\n"))
    assert not result.articles
    assert "hollow.txt" in result.discard_for("hollow.txt").reason


def test_inline_parentheses_that_are_not_furniture_stay(tmp_path, read):
    text = "The group (known locally as the Shabab) said the Photo Unit (media office) was hit.\n"
    assert one(read(write(tmp_path / "d.txt", text))).text == text.strip()
