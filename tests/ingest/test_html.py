"""Saved web pages through trafilatura."""

from __future__ import annotations

import datetime as dt

from tests.ingest.conftest import one, write

PAGE = """<!doctype html>
<html><head>
<meta charset="utf-8">
<title>Drone strike near Tyre | Cedar Wire</title>
<meta property="og:title" content="Drone strike near Tyre kills two">
<meta property="og:site_name" content="Cedar Wire">
<meta name="author" content="Rima Haddad">
<meta property="article:published_time" content="2024-08-21T09:30:00+03:00">
<link rel="canonical" href="https://cedarwire.example/lebanon/tyre-strike">
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>
<article>
<h1>Drone strike near Tyre kills two</h1>
<p>Two men were killed on Tuesday evening when a drone struck their car on the coastal road near
Tyre in southern Lebanon, a security source said.</p>
<p>The state news agency said the drone fired two missiles at the vehicle near the northern
entrance of the city, setting it ablaze. A passer-by was lightly wounded.</p>
<p>Exchanges of fire along the border have displaced tens of thousands of people since October.</p>
</article>
<aside>Most read: Ten recipes for summer</aside>
<footer>Copyright 2024 Cedar Wire. All rights reserved.</footer>
</body></html>
"""


def test_html_text_and_metadata(tmp_path, read):
    path = write(tmp_path / "tyre-strike.html", PAGE)
    article = one(read(path))
    assert article.id == "tyre-strike" and article.origin == str(path)
    assert article.title == "Drone strike near Tyre kills two"
    assert article.published == dt.date(2024, 8, 21)
    assert (article.byline, article.source) == ("Rima Haddad", "Cedar Wire")
    assert article.url == "https://cedarwire.example/lebanon/tyre-strike"
    assert article.text.startswith("Two men were killed on Tuesday evening")
    assert "A passer-by was lightly wounded." in article.text
    for chrome in ("Home", "recipes", "Copyright"):
        assert chrome not in article.text


def test_htm_extension_and_cp1252_page(tmp_path, read):
    page = PAGE.replace('<meta charset="utf-8">', '<meta charset="windows-1252">').replace(
        "security source said", "security source said \u2013 the \u201cRadwan\u201d unit")
    article = one(read(write(tmp_path / "legacy.htm", page.encode("cp1252"))))
    assert "\u2013 the \u201cRadwan\u201d unit" in article.text


def test_page_without_article_text_is_discarded(tmp_path, read):
    path = write(tmp_path / "index.html", "<html><body><nav><a href='/'>Home</a></nav></body></html>")
    result = read(path)
    assert not result.articles
    assert "index.html" in result.discard_for("index.html").reason
