"""Web-page chrome in article text: what a scraped page carries besides the story.

Scraped news text often keeps the page around the report: log-in and paywall prompts, share
buttons, newsletter and cookie notices, photo credits, "Advertisement" slots, the site's own
domain.  Left in, they make unrelated reports of one site look alike and give the blocking keys
names such as "Login" or "Getty Images".  `strip_chrome` removes them before linking features
are computed.  The lists below are general web-page furniture written for this module (what
news sites commonly print around an article).  That chrome hurt linking was seen on SemEval
pairs, and a few of its kinds (log-in walls, "free access" paywalls, share-button runs) were
named from there, but no phrase was copied from that data and nothing was tuned on it.

Two kinds of removal:
- a *segment* (a line, or a sentence of a long line) that carries an account, paywall,
  newsletter, cookie, legal or navigation cue and is short (`MAX_CHROME_WORDS`) is dropped
  whole: such prompts are short, and a long sentence that merely mentions a subscription is
  kept;
- *phrases* are cut wherever they stand, because many scraped texts are one long line with the
  headline glued to the chrome: runs of share-button names, photo and image credits, wire
  photo agencies, bare domain names, "Advertisement".
"""

from __future__ import annotations

import re

MAX_CHROME_WORDS = 30

# Cues that make a short segment page furniture (matched case-insensitively, on word edges).
_SEGMENT_CUES = [
    # accounts
    r"log ?in", r"log ?out", r"sign ?in", r"sign ?up", r"sign out", r"username", r"password",
    r"create (an|your|a free) account", r"my account", r"new user", r"remember me", r"register now",
    r"join (now|today|for free)", r"keep me (signed|logged) in",
    r"click here to register", r"forgot your", r"already registered",
    # paywalls and subscriptions
    r"subscribers?,? (click|log|sign)", r"already a subscriber", r"subscribe (now|today|to (our|the))",
    r"subscriber[- ]only", r"for subscribers", r"your subscription", r"subscription (is )?required",
    r"free access", r"unlimited access",
    r"free articles?", r"article limit", r"paywall", r"premium (content|article|members?)",
    r"continue reading", r"keep reading", r"read the full (story|article)", r"support (our|independent) journalism",
    r"become a member", r"members only",
    # newsletters and alerts
    r"newsletters?", r"(e-?mail|news) alerts?", r"in your inbox", r"to your inbox",
    # cookies, consent, legal
    r"cookies? (policy|settings|consent|preferences)", r"uses? cookies", r"accept (all )?cookies",
    r"privacy (policy|notice|statement)", r"terms (of|and) (use|service|conditions)",
    r"all rights reserved", r"copyright (©|\(c\)|\d{4})", r"©", r"may not be (published|reproduced|redistributed)",
    # advertising and the browser
    r"sponsored (content|post|links?)", r"ad ?blocker", r"adchoices", r"javascript",
    r"your browser", r"enable js",
    # sharing, comments, navigation
    r"share (this|on|via)", r"click to (share|email|print)", r"opens in (a )?new window",
    r"leave a comment", r"post a comment", r"view comments", r"comments are closed",
    r"join the (conversation|discussion)", r"community guidelines", r"click here", r"read more",
    r"more stories", r"related (articles|stories|coverage|news)", r"recommended for you",
    r"you may also like", r"trending now", r"most (popular|read) (stories|articles|news)", r"skip to (main )?content",
    r"back to top", r"follow us", r"download (our|the) app", r"watch (the )?video",
]
# Matched on the lowercased text (faster than re.IGNORECASE); the lookahead skips most positions.
_SEGMENT_CUE = re.compile(r"(?=[a-z©])(?<!\w)(?:" + "|".join(_SEGMENT_CUES) + r")(?!\w)")

_SOCIAL = (r"facebook|twitter|google\s?\+?|whatsapp|e-?mail|print|pinterest|linkedin|reddit|"
           r"tumblr|messenger|telegram|flipboard|pocket|copy link|share|tweet|sms|comments?")
_AGENCIES = (r"getty images|getty|afp|reuters|ap|epa(?:-efe)?|efe|anadolu agency|anadolu|xinhua|"
             r"shutterstock|istock(?:photo)?|alamy|sipa|zuma(?: press)?|pa(?: images| wire)?|"
             r"bloomberg|nurphoto|sopa images|lightrocket|imagn|usa today sports|the associated press")
_CREDIT_WORDS = r"(?:[A-Z][\w'’\-]*[ \t]*){0,4}"   # capitalised words: a photographer's name
_TLDS = ("com", "net", "org", "co.uk", "news", "info", "tv", "ph", "in", "ie", "ca", "au", "ng", "pk")

# (literals one of which the lowercased text must hold for the rule to run, pattern, whether the
# pattern is matched on the lowercased text (faster) rather than as written (it needs capitals))
_RULES: list[tuple[tuple[str, ...], str, bool]] = [
    # two or more share-button names in a row ("Facebook Twitter Google", "Share Tweet Email")
    (("facebook", "twitter", "whatsapp", "pinterest", "linkedin", "reddit", "tumblr", "telegram",
      "flipboard", "tweet", "share", "mail", "print"),
     rf"(?<!\w)(?:{_SOCIAL})(?:[\s|·•,/]+(?:{_SOCIAL}))+(?!\w)", True),
    # "(Photo by Jane Roe/AFP via Getty Images)", "(Image: Reuters)", "[Photo: handout]"
    (("(", "["), r"[(\[](?:photo|image|picture|photograph|pic|file|credit|source|video)[^)\]]{0,120}[)\]]", True),
    (("via ",), rf"(?<!\w)via (?:{_AGENCIES})(?!\w)", True),
    (("getty", "shutterstock", "istock", "alamy", "file photo"),
     r"(?<!\w)(?:getty images|shutterstock|istockphoto|alamy stock photo|file photo)(?!\w)", True),
    (("advertisement",), r"(?<!\w)advertisement(?!\w)", True),
    (("log",), r"(?<!\w)x\s+(?=log ?in(?!\w))", True),   # a dialog's close button before "Login"
    # "Photo: Jane Roe/Reuters", "Image credit: AP", "Photograph by Jane Roe"
    (("photo", "image", "picture", "pic"),
     rf"(?<!\w)(?i:photo(?:graph)?|image|picture|pic)(?i: credit)?s?\s*(?::|by)\s*{_CREDIT_WORDS}"
     rf"(?:/\s*{_CREDIT_WORDS})?(?:(?i:via\s+)?(?i:{_AGENCIES})(?!\w))?", False),
    # "Jane Roe/AFP via Getty Images", "Jane Roe / Reuters"
    (("/",), rf"(?:[A-Z][\w'’\-]*[ \t]*){{1,4}}/\s*(?i:{_AGENCIES})(?i:\s+via\s+(?:{_AGENCIES}))?(?!\w)", False),
    # a bare domain name is the site's own name ("Example.com is one of the ...")
    (tuple(f".{tld}" for tld in _TLDS),
     r"(?<![\w@/.])[\w\-]+(?:\.[\w\-]+)*\.(?:com|net|org|co\.uk|com\.[a-z]{2}|co\.[a-z]{2}|news|info|tv|ph|in|ie|ca|au|ng|pk)(?![\w.])",
     False),
]
_COMPILED = [(gate, re.compile(pattern), lowered) for gate, pattern, lowered in _RULES]

# A line, or a sentence of one: ends at a newline, or at .!? followed by a blank ("Site.com" is
# not a sentence end).
_SEGMENT = re.compile(r"(?:[^\n.!?]|[.!?]+(?![\"”’)]*(?:\s|$)))*(?:[.!?]+[\"”’)]*|\n|$)")


def strip_chrome(text: str) -> str:
    """The text without web-page chrome: short furniture segments dropped, chrome phrases cut."""
    lowered = _lower(text)
    if _SEGMENT_CUE.search(lowered):
        text = "".join(seg for seg in _SEGMENT.findall(text) if seg and not _is_chrome_segment(seg))
        lowered = _lower(text)
    for gate, pattern, on_lowered in _COMPILED:
        if any(literal in lowered for literal in gate):
            text = _cut(text, pattern.finditer(lowered if on_lowered else text))
            lowered = _lower(text)
    return text


def _lower(text: str) -> str:
    """The lowercased text, letter for letter (a letter whose lowercase is longer keeps one)."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c.lower()[0] for c in text)
    return lowered


def _cut(text: str, matches) -> str:
    """`text` with each match's span replaced by a blank."""
    out, at = [], 0
    for match in matches:
        out += [text[at:match.start()], " "]
        at = match.end()
    if not out:
        return text
    out.append(text[at:])
    return "".join(out)


def _is_chrome_segment(segment: str) -> bool:
    if len(segment.split()) > MAX_CHROME_WORDS:
        return False
    return _SEGMENT_CUE.search(segment.lower()) is not None


_TITLE_SITE = re.compile(r"\s+[|‖]\s+[^|‖]{1,60}$")


def clean_title(title: str | None) -> str | None:
    """A page title without its trailing " | Site Name"."""
    if not title:
        return title
    return _TITLE_SITE.sub("", title).strip() or title
