"""Web-page chrome is left out of the linking features (page texts written for these tests)."""

from __future__ import annotations

import datetime as dt

from eventwire.link.boilerplate import clean_title, strip_chrome
from eventwire.link.features import cosine, features_for
from eventwire.link.stories import is_story_pair
from tests.link.builders import FLOOD_TEXT, STRIKE_OTHER_OUTLET, STRIKE_TEXT, article

D = dt.date(2024, 4, 14)
LOGIN_WALL = ("Do you really wish to sign out? X Login Dawnpost.com brings readers the news that matters. "
              "Join today! Your email: Your password: Keep me signed in. Forgot your password? Create an account")
PAYWALL = ("You have used all your free articles this month.\n"
           "Subscribers, click below to log in and keep reading with unlimited access to Dawnpost.com. Log In Sign Up")
SHARE = "Facebook Twitter WhatsApp Email Print"
CREDIT = "(Photo by Lena Marsh/AFP via Getty Images)"


def test_login_and_paywall_prompts_leave_only_the_headline():
    page = f"Floodwater cuts the road to Lokoja\n{LOGIN_WALL}\n{PAYWALL}"
    assert strip_chrome(page).split() == "Floodwater cuts the road to Lokoja".split()


def test_share_buttons_credits_and_ad_slots_are_cut_from_a_one_line_page():
    page = f"Shelling hits Ariha market {SHARE} {STRIKE_TEXT} {CREDIT} Advertisement Lena Marsh/Reuters"
    text = strip_chrome(page)
    for chrome in ("Facebook", "WhatsApp", "Getty", "AFP", "Advertisement", "Reuters", "Lena"):
        assert chrome not in text
    assert text.startswith("Shelling hits Ariha market") and "Hayat Tahrir al-Sham blamed" in text


def test_story_sentences_that_mention_chrome_words_are_kept():
    long = ("The ministry said the streaming company lost two million subscribers after the blackout in "
            "Lokoja, and engineers worked through the night to restore power to the hospital, the water "
            "plant and the bus station before the end of the week.")
    assert strip_chrome(long) == long
    assert "state-sponsored" in strip_chrome("A state-sponsored militia shelled Ariha.")
    assert "Baghdad.In" in strip_chrome("He arrived in Baghdad.In the city, shops were closed.")


def test_chrome_gives_no_blocking_keys_and_no_terms():
    f = features_for(article("a", f"{LOGIN_WALL}\n{STRIKE_TEXT}\n{SHARE} {CREDIT}", D))
    assert not {"login", "dawnpost", "x", "getty", "getty images", "facebook", "afp"} & set(f.keys)
    assert not {"@login", "@getty images", "@facebook", "password", "username", "subscriber"} & set(f.terms)
    assert "ariha" in f.keys


def test_one_sites_chrome_does_not_make_two_stories_alike():
    wrap = f"{LOGIN_WALL}\n{{}}\n{SHARE}\n{PAYWALL}"
    strike = features_for(article("s", wrap.format(STRIKE_TEXT), D))
    flood = features_for(article("f", wrap.format(FLOOD_TEXT), D))
    assert cosine(strike, flood) < 0.05 and is_story_pair(strike, flood) is None


def test_a_chrome_wrapped_report_links_with_the_same_story_elsewhere():
    wrapped = features_for(article("w", f"Ariha market shelled {SHARE}\n{LOGIN_WALL}\n{STRIKE_TEXT} {CREDIT}", D))
    other = features_for(article("o", STRIKE_OTHER_OUTLET, D))
    assert is_story_pair(wrapped, other) is not None


def test_a_site_name_after_a_bar_leaves_the_title():
    assert clean_title("Floods cut the road to Lokoja | Dawnpost") == "Floods cut the road to Lokoja"
    assert clean_title("Lokoja - the flood one year on") == "Lokoja - the flood one year on"
    assert clean_title(None) is None


def test_chrome_that_html_extraction_keeps_is_left_out_of_the_features():
    """trafilatura drops navigation, share bars, captions and footers, but keeps paragraphs such as
    ad slots and paywall or newsletter prompts; the linking features leave those out."""
    from eventwire.ingest.html import parse_html

    html = (f"<html><head><title>Shelling hits Ariha | Dawnpost</title></head><body><article>"
            f"<h1>Shelling hits Ariha</h1><p>{STRIKE_TEXT}</p><p>Advertisement</p><p>{STRIKE_OTHER_OUTLET}</p>"
            "<p>Subscribers, click below to log in and keep reading.</p>"
            "<p>Sign up for our newsletter to get the news in your inbox.</p></article></body></html>")
    page = parse_html(html, "page", "page.html", "page")
    f = features_for(page)
    assert not {"advertisement", "subscriber", "newsletter", "inbox", "@advertisement"} & set(f.terms)
    assert "ariha" in f.keys
