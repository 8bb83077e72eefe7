"""Per-article text features for linking: a MinHash signature, weighted terms, blocking keys.

Features depend on the article alone (no corpus statistics), so comparing two articles gives
the same answer whatever else is stored and whatever order the articles came in.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter

from datasketch import MinHash
from spacy.lang.en.stop_words import STOP_WORDS
from wordfreq import get_frequency_dict

from eventwire.link.model import ArticleFeatures
from eventwire.records import Article

NUM_PERM = 64
SHINGLE = 3
SCHEME = "affine32"   # datasketch 2.x hashing scheme; signatures are stored, so it is fixed
MAX_TERMS = 120
MAX_KEYS = 8
NAME_WEIGHT = 1.0

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
_SENTENCE_END = re.compile(r"[.!?:;\"“”]\s*$")


def features_for(article: Article) -> ArticleFeatures:
    text = f"{article.title or ''}\n{article.text}"
    words = [m.group(0) for m in _TOKEN.finditer(text)]
    lowered = [_POSSESSIVE.sub("", w.lower().replace("’", "'")) or w.lower() for w in words]
    names = _names(text)
    return ArticleFeatures(
        article_id=article.id, content_hash=article.content_hash, published=article.published,
        title=article.title, minhash=_minhash(lowered), terms=_terms(lowered, names),
        keys=_keys(names),
    )


@functools.lru_cache(maxsize=1)
def _permutations():
    return MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME).permutations


def _minhash(words: list[str]) -> tuple[int, ...]:
    shingles = {" ".join(words[i:i + SHINGLE]).encode("utf-8")
                for i in range(max(1, len(words) - SHINGLE + 1))}
    mh = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME, permutations=_permutations())
    mh.update_batch(list(shingles))
    return tuple(int(v) for v in mh.hashvalues)


def _names(text: str) -> Counter:
    """Runs of capitalised words not at a sentence start ("Grand Park", "Kataib Hezbollah")."""
    counts: Counter = Counter()
    run: list[str] = []
    for match in _TOKEN.finditer(text):
        word = match.group(0)
        if word[0].isupper() and word.lower() not in _STOP and (run or not _starts_sentence(text, match.start())):
            run.append(word)
        elif run:
            _flush(run, counts)
            run = []
    _flush(run, counts)
    return counts


def _starts_sentence(text: str, start: int) -> bool:
    return start == 0 or bool(_SENTENCE_END.search(text[max(0, start - 3):start])) or \
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


def _terms(words: list[str], names: Counter) -> dict[str, float]:
    tf = Counter(w for w in words if len(w) > 2 and w not in _STOP and not w.isdigit())
    stems: Counter = Counter()
    rare: dict[str, float] = {}
    for w, n in tf.items():
        key = stem(w)
        stems[key] += n
        rare[key] = max(rare.get(key, 0.0), rarity(w))
    weights = {w: (1.0 + math.log(n)) * rare[w] for w, n in stems.items()}
    for name, n in names.items():
        weights[f"@{name}"] = NAME_WEIGHT * (1.0 + math.log(n)) * _name_rarity(name)
    top = sorted(((k, v) for k, v in weights.items() if v > 0), key=lambda kv: (-kv[1], kv[0]))[:MAX_TERMS]
    return {k: round(v, 4) for k, v in top}


def _name_rarity(name: str) -> float:
    parts = name.split()
    return sum(rarity(p) for p in parts) / len(parts)


def _keys(names: Counter) -> tuple[str, ...]:
    """The article's most telling names: frequent in it, unusual in general English."""
    ranked = sorted(names.items(), key=lambda kv: (-(1.0 + math.log(kv[1])) * _name_rarity(kv[0]), kv[0]))
    return tuple(sorted(name for name, _ in ranked[:MAX_KEYS]))


def jaccard(a: ArticleFeatures, b: ArticleFeatures) -> float:
    """MinHash estimate of the Jaccard similarity of the two articles' word 3-shingles."""
    same = sum(1 for x, y in zip(a.minhash, b.minhash) if x == y)
    return same / max(1, len(a.minhash))


def cosine(a: ArticleFeatures, b: ArticleFeatures) -> float:
    small, large = sorted((a.terms, b.terms), key=len)
    dot = sum(w * large.get(t, 0.0) for t, w in small.items())
    norm = math.sqrt(sum(w * w for w in a.terms.values()) * sum(w * w for w in b.terms.values()))
    return dot / norm if norm else 0.0
