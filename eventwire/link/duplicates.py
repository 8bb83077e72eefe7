"""Near-duplicate articles: syndicated copies and light rewrites, found with MinHash LSH.

Signatures are datasketch MinHashes (`features`); the LSH banding is done here, as strings the
store indexes, so that a new article finds its candidate copies with one indexed look-up.

Copies of one original form a group; the original is the earliest published member (then the
smallest id).  A group counts as one source when corroboration is counted.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from collections.abc import Mapping, Sequence

import numpy as np

from eventwire.link.features import jaccard
from eventwire.link.groups import Groups
from eventwire.link.model import ArticleCopy, ArticleFeatures

COPY_JACCARD = 0.5   # estimated shingle overlap from which an article is a copy / light rewrite


BANDS, ROWS = 16, 4   # LSH banding of the 64 MinHash values: pairs near 0.5 overlap share a band


def band_keys(f: ArticleFeatures) -> tuple[str, ...]:
    """The article's LSH bands, as strings the store can index (band number + hash of its rows)."""
    values = np.array(f.minhash, dtype=np.uint64)
    return tuple(f"{band}:{hashlib.sha1(values[band * ROWS:(band + 1) * ROWS].tobytes()).hexdigest()[:16]}"
                 for band in range(BANDS))


def is_copy_pair(a: ArticleFeatures, b: ArticleFeatures) -> float | None:
    """The estimated overlap when two articles that share an LSH band are copies, else None."""
    sim = jaccard(a, b)
    return round(sim, 4) if sim >= COPY_JACCARD else None


def copy_pairs(features: Sequence[ArticleFeatures]) -> list[tuple[str, str, float]]:
    """(a, b, similarity) for every pair of articles that are copies of each other, a < b."""
    buckets: dict[str, list[ArticleFeatures]] = defaultdict(list)
    for f in features:
        for key in band_keys(f):
            buckets[key].append(f)
    seen: set[tuple[str, str]] = set()
    pairs = []
    for bucket in buckets.values():
        for i, a in enumerate(bucket):
            for b in bucket[i + 1:]:
                x, y = sorted((a, b), key=lambda f: f.article_id)
                if (x.article_id, y.article_id) in seen or x.article_id == y.article_id:
                    continue
                seen.add((x.article_id, y.article_id))
                sim = is_copy_pair(x, y)
                if sim is not None:
                    pairs.append((x.article_id, y.article_id, sim))
    return sorted(pairs)


def copies(published: Mapping[str, dt.date | None], pairs: Sequence[tuple[str, str, float]]) -> list[ArticleCopy]:
    """Each non-original member of a copy group, pointing at its group's original."""
    groups = Groups()
    for a, b, _ in pairs:
        groups.union(a, b)
    best: dict[tuple[str, str], float] = {(a, b): s for a, b, s in pairs}
    out = []
    for members in groups.components():
        original = min(members, key=lambda aid: (published.get(aid) or dt.date.max, aid))
        for aid in members:
            if aid != original:
                sim = best.get(tuple(sorted((aid, original))), _max_sim(aid, members, best))
                out.append(ArticleCopy(article_id=aid, original_id=original, similarity=sim))
    return sorted(out, key=lambda c: c.article_id)


def _max_sim(aid: str, members: list[str], best: dict[tuple[str, str], float]) -> float:
    return max((s for (a, b), s in best.items() if aid in (a, b)), default=0.0)
