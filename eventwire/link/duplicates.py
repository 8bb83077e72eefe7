"""Near-duplicate articles: syndicated copies and light rewrites, found with MinHash LSH.

Copies of one original form a group; the original is the earliest published member (then the
smallest id).  A group counts as one source when corroboration is counted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import numpy as np
from datasketch import MinHash, MinHashLSH

from eventwire.link.features import NUM_PERM, SCHEME, jaccard
from eventwire.link.groups import Groups
from eventwire.link.model import ArticleCopy, ArticleFeatures

COPY_JACCARD = 0.5   # estimated shingle overlap from which an article is a copy / light rewrite


def copy_pairs(features: Sequence[ArticleFeatures]) -> list[tuple[str, str, float]]:
    """(a, b, similarity) for every pair of articles that are copies of each other, a < b."""
    lsh = MinHashLSH(threshold=COPY_JACCARD, num_perm=NUM_PERM)
    by_id = {f.article_id: f for f in features}
    ordered = sorted(features, key=lambda f: f.article_id)
    signatures = [_minhash(f) for f in ordered]
    for f, signature in zip(ordered, signatures):
        lsh.insert(f.article_id, signature)
    pairs = []
    for f, signature in zip(ordered, signatures):
        for other in lsh.query(signature):
            if other <= f.article_id:
                continue
            sim = jaccard(f, by_id[other])
            if sim >= COPY_JACCARD:
                pairs.append((f.article_id, other, round(sim, 4)))
    return sorted(pairs)


def copies(features: Sequence[ArticleFeatures], pairs: Sequence[tuple[str, str, float]]) -> list[ArticleCopy]:
    """Each non-original member of a copy group, pointing at its group's original."""
    groups = Groups()
    for a, b, _ in pairs:
        groups.union(a, b)
    by_id = {f.article_id: f for f in features}
    best: dict[tuple[str, str], float] = {(a, b): s for a, b, s in pairs}
    out = []
    for members in groups.components():
        original = min(members, key=lambda aid: _age_key(by_id[aid]))
        for aid in members:
            if aid != original:
                sim = best.get(tuple(sorted((aid, original))), _max_sim(aid, members, best))
                out.append(ArticleCopy(article_id=aid, original_id=original, similarity=sim))
    return sorted(out, key=lambda c: c.article_id)


def _max_sim(aid: str, members: list[str], best: dict[tuple[str, str], float]) -> float:
    return max((s for (a, b), s in best.items() if aid in (a, b)), default=0.0)


def _age_key(f: ArticleFeatures) -> tuple[dt.date, str]:
    return (f.published or dt.date.max, f.article_id)


def _minhash(f: ArticleFeatures) -> MinHash:
    return MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME,
                   hashvalues=np.array(f.minhash, dtype=np.uint64))
