"""Per-article text features for linking: a MinHash signature, weighted terms, blocking keys.

Features depend on the article alone (no corpus statistics), so comparing two articles gives
the same answer whatever else is stored and whatever order the articles came in.

Term weight = (1 + log tf) x rarity in general English (wordfreq), names (runs of capitalised
words) counted again as "@name" terms.  Blocking keys are the most telling names, those in the
first `LEAD_WORDS` words (the title, else the headline and lead a news text opens with) counting
`LEAD_KEY_BOOST` times more: a report names its story there, and a paywalled or truncated copy
often keeps nothing else.  (Weighing lead *terms* more in the cosine was tried and left out: on
templated reports it links different incidents of one town and type, see docs/PERFORMANCE.md.)
A capitalised word opening a sentence is a name when the text also capitalises it mid-sentence
or the next word continues the name ("Zubair Kassem Street").  LEAD_WORDS and LEAD_KEY_BOOST are
round values picked before measuring, not searched on ../shared data.
"""

from __future__ import annotations

import functools
import math
import re
import zlib
from collections import Counter

from datasketch import MinHash
from spacy.lang.en.stop_words import STOP_WORDS
from wordfreq import get_frequency_dict

from eventwire.link.boilerplate import clean_title, strip_chrome
from eventwire.link.model import ArticleFeatures
from eventwire.records import Article

# Bump whenever a change here (or in boilerplate.py) changes the features of some text: stored
# features of another version are stale, and the next relink recomputes them.
# 1: names, rarity-weighted terms, lead-boosted keys; 2: web-page chrome stripped first;
# 3: MinHash over CRC-32 shingle hashes (datasketch's default SHA-1 was a third of the cost);
# 4: more log-in cues in boilerplate.py ("join today", "keep me signed in").
FEATURES_VERSION = 4

NUM_PERM = 64
SHINGLE = 3
SCHEME = "affine32"   # datasketch 2.x hashing scheme; signatures are stored, so it is fixed
MAX_TERMS = 120
MAX_KEYS = 8
NAME_WEIGHT = 1.0
LEAD_WORDS = 40    # title, headline and first lines: where a news report names its story
LEAD_KEY_BOOST = 2.0

# Words every news report uses; they say nothing about which story it is.
NEWS_WORDS = frozenset("""
said says say told according added reported report reports reporting news statement year years
week weeks day days month months time people new also would could one two three first last
including including told monday tuesday wednesday thursday friday saturday sunday today yesterday
january february march april may june july august september october november december mr ms
""".split())
_STOP = frozenset(w.lower() for w in STOP_WORDS) | NEWS_WORDS

COMMON_ZIPF_OFFSET = 2.0   # -log10(frequency) below this (the, of, said...) weighs nothing
MAX_RARITY = 6.0


@functools.lru_cache(maxsize=1)
def _frequencies() -> dict[str, float]:
    """General English word frequencies (the wordfreq package's data, installed with it)."""
    return get_frequency_dict("en")


@functools.lru_cache(maxsize=200_000)
def rarity(word: str) -> float:
    """How unusual a word is in general English: an IDF-like weight that needs no corpus."""
    freq = _frequencies().get(word)
    if not freq:
        return MAX_RARITY
    return min(MAX_RARITY, max(0.0, -math.log10(freq) - COMMON_ZIPF_OFFSET))


_TOKEN = re.compile(r"[^\W\d_][\w'’\-]*|\d+", re.UNICODE)


def features_for(article: Article) -> ArticleFeatures:
    text = strip_chrome(f"{clean_title(article.title) or ''}\n{article.text}")
    tokens = _Tokens(text)
    lowered = [_lowered(w) for w in tokens.words]
    names = _names(tokens, len(tokens.words))
    lead = _names(tokens, min(LEAD_WORDS, len(tokens.words)))
    return ArticleFeatures(
        article_id=article.id, content_hash=article.content_hash, published=article.published,
        title=article.title, minhash=_minhash(lowered), terms=_terms(lowered, names),
        keys=_keys(names, lead), version=FEATURES_VERSION, stored_at=article.ingested_at,
    )


@functools.lru_cache(maxsize=200_000)
def _lowered(word: str) -> str:
    return _POSSESSIVE.sub("", word.lower().replace("’", "'")) or word.lower()


@functools.lru_cache(maxsize=1)
def _permutations():
    return MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME).permutations


def _minhash(words: list[str]) -> tuple[int, ...]:
    shingles = {" ".join(words[i:i + SHINGLE]).encode("utf-8")
                for i in range(max(1, len(words) - SHINGLE + 1))}
    mh = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME, permutations=_permutations(), hashfunc=zlib.crc32)
    mh.update_batch(list(shingles))
    return tuple(int(v) for v in mh.hashvalues)


class _Tokens:
    """The text's word tokens, with whether each is capitalised (and no stop word) and whether it
    opens a sentence: computed once, for the names of the whole text and of its lead."""

    def __init__(self, text: str):
        matches = list(_TOKEN.finditer(text))
        self.words = [m.group(0) for m in matches]
        self.capital = [w[0].isupper() and w.lower() not in _STOP for w in self.words]
        # only a capitalised word's place is ever asked about
        self.opening = [c and _starts_sentence(text, m.start()) for m, c in zip(matches, self.capital)]


def _names(tokens: _Tokens, n: int) -> Counter:
    """Runs of capitalised words not at a sentence start ("Grand Park", "Kataib Hezbollah"),
    among the first `n` tokens."""
    words, capital, opening = tokens.words, tokens.capital, tokens.opening
    proper = {words[i].lower() for i in range(n) if capital[i] and not opening[i]}
    counts: Counter = Counter()
    run: list[str] = []
    for i in range(n):
        word = words[i]
        if capital[i] and (run or not opening[i] or word.lower() in proper
                           or (i + 1 < n and capital[i + 1] and not opening[i + 1])):
            run.append(word)
        elif run:
            _flush(run, counts)
            run = []
    _flush(run, counts)
    return counts


_ENDERS = frozenset(".!?:;\"“”")


def _starts_sentence(text: str, start: int) -> bool:
    """After a sentence end, at a line start (a title's end), or after a blank."""
    before = text[max(0, start - 3):start]
    return start == 0 or before.rstrip()[-1:] in _ENDERS or "\n" in before or \
        text[max(0, start - 2):start].strip() == ""


_POSSESSIVE = re.compile(r"['’]s?$")


def _flush(run: list[str], counts: Counter) -> None:
    """Count the name, and each of its words ("democratic senator amy klobuchar" meets "klobuchar")."""
    words = [_POSSESSIVE.sub("", w.replace("’", "'")).lower() for w in run]
    words = [w for w in words if w and w not in _STOP]
    if not words:
        return
    counts[" ".join(words)] += 1
    if len(words) > 1:
        for word in words:
            counts[word] += 1


_SUFFIXES = ("ings", "ing", "ies", "ied", "es", "ed", "s")


@functools.lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A crude suffix stripper, so that "strikes" and "strike", "killed" and "kill" count as one term."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


@functools.lru_cache(maxsize=200_000)
def _stem_rarity(word: str) -> tuple[str, float]:
    return stem(word), rarity(word)


def _terms(words: list[str], names: Counter) -> dict[str, float]:
    tf = Counter(w for w in words if len(w) > 2 and w not in _STOP and not w.isdigit())
    stems: Counter = Counter()
    rare: dict[str, float] = {}
    for w, n in tf.items():
        key, weight = _stem_rarity(w)
        stems[key] += n
        if weight > rare.get(key, -1.0):
            rare[key] = weight
    weights = {w: (1.0 + math.log(n)) * rare[w] for w, n in stems.items()}
    for name, n in names.items():
        weights[f"@{name}"] = NAME_WEIGHT * (1.0 + math.log(n)) * _name_rarity(name)
    top = sorted(((k, v) for k, v in weights.items() if v > 0), key=lambda kv: (-kv[1], kv[0]))[:MAX_TERMS]
    return {k: round(v, 4) for k, v in top}


def _name_rarity(name: str) -> float:
    parts = name.split()
    return sum(rarity(p) for p in parts) / len(parts)


def _keys(names: Counter, lead: Counter | None = None) -> tuple[str, ...]:
    """The article's most telling names: frequent in it, in its lead, unusual in general English."""
    def weight(name: str, n: int) -> float:
        return (1.0 + math.log(n)) * _name_rarity(name) * (LEAD_KEY_BOOST if name in (lead or ()) else 1.0)

    ranked = sorted(names.items(), key=lambda kv: (-weight(*kv), kv[0]))
    return tuple(sorted(name for name, _ in ranked[:MAX_KEYS]))


def long_names(f: ArticleFeatures) -> frozenset[str]:
    """The article's names of two words or more ("ali ibrahim", "lower shabelle") among its terms."""
    return frozenset(t[1:] for t in f.terms if t.startswith("@") and " " in t)


def jaccard(a: ArticleFeatures, b: ArticleFeatures) -> float:
    """MinHash estimate of the Jaccard similarity of the two articles' word 3-shingles."""
    same = sum(1 for x, y in zip(a.minhash, b.minhash) if x == y)
    return same / max(1, len(a.minhash))


def cosine(a: ArticleFeatures, b: ArticleFeatures) -> float:
    small, large = sorted((a.terms, b.terms), key=len)
    dot = sum(w * large.get(t, 0.0) for t, w in small.items())
    norm = math.sqrt(sum(w * w for w in a.terms.values()) * sum(w * w for w in b.terms.values()))
    return dot / norm if norm else 0.0
