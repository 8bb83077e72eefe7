"""Pipeline speed on one core: python bench/bench_pipeline.py [--n 400] [--words 400]  (or `make bench`).

Builds N articles of about WORDS words from the packaged sample corpus (eventwire/samples,
articles concatenated, cut at the sentence end nearest to WORDS words, and given distinct ids
and a numbered closing line so none is a duplicate; every one is conflict news, so nearly every
article has events, which is the expensive case), pins the process to one CPU core, and times in the same run:
  bare     spacy.load(settings.spacy_model) + nlp.pipe over the whole texts (every component);
  extract  Extractor.extract_batch in batches of pipeline.BATCH_SIZE (rule sentence split, mentions,
           grouping, the entity recogniser on the first mentions of each event, coding), with its
           parts timed separately: rules (detect), spaCy on mentions (tag), coding (code);
  ingest   pipeline.ingest of a JSONL file into a fresh temporary SQLite database
           (read, extract, geocode, store), then the cross-source relink batch step timed apart.
Prints a markdown table; the ratio column is time / bare time, and the share of the words that
went through spaCy.  Not a test: nothing asserted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import sys
import tempfile
import time
from pathlib import Path

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")

SAMPLES = Path(__file__).resolve().parents[1] / "eventwire" / "samples" / "articles.jsonl"


def make_articles(n: int, words: int) -> list[dict]:
    base = [json.loads(line) for line in SAMPLES.read_text(encoding="utf-8").splitlines() if line.strip()]
    out = []
    for i in range(n):
        parts, count, j = [], 0, i
        while count < words:
            text = base[j % len(base)]["text"]
            parts.append(text)
            count += len(text.split())
            j += 1
        first = base[i % len(base)]
        out.append({"id": f"bench-{i:04d}", "title": first.get("title"), "published": first.get("published"),
                    "source": first.get("source"),
                    "text": _cut("\n\n".join(parts), words) + f"\n\nThis is bench copy number {i}."})
    return out


def _cut(text: str, words: int) -> str:
    """The text up to the sentence end nearest to `words` words (so articles are about that long)."""
    ends = [m.end() for m in re.finditer(r"[.!?][\"\u201d]?(?=\s)", text)] + [len(text)]
    return text[:min(ends, key=lambda end: abs(len(text[:end].split()) - words))]


def timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=400)
    parser.add_argument("--words", type=int, default=400)
    parser.add_argument("--core", type=int, default=0)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {args.core})

    import spacy

    from eventwire import pipeline
    from eventwire.extract import Extractor
    from eventwire.ingest.dates import parse_published
    from eventwire.records import Article
    from eventwire.settings import Settings
    from eventwire.store import open_store

    settings = Settings()
    rows = make_articles(args.n, args.words)
    texts = [r["text"] for r in rows]
    mean_words = sum(len(t.split()) for t in texts) / len(texts)
    articles = [Article(id=r["id"], published=parse_published(r.get("published")),
                        text=r["text"], content_hash=str(hash(r["text"]))) for r in rows]

    bare_nlp = spacy.load(settings.spacy_model)
    extractor = Extractor.load(settings)
    annotator = pipeline.Annotator(settings)  # loads the geocoder too (outside the timings)
    list(bare_nlp.pipe(texts[:8]))  # warm-up
    extractor.extract_batch(articles[:8])
    list(annotator.annotate(articles[:8]))

    bare = timed(lambda: list(bare_nlp.pipe(texts)))
    batches = list(pipeline.batched(articles, pipeline.BATCH_SIZE))
    extract = timed(lambda: [extractor.extract_batch(b) for b in batches])
    parts = {"detect": 0.0, "tag": 0.0, "code": 0.0}
    tagged_words = 0
    for batch in batches:
        t0 = time.perf_counter()
        detections = [extractor.detect(a) for a in batch]
        t1 = time.perf_counter()
        extractor.tag(detections)
        t2 = time.perf_counter()
        [extractor.code(d) for d in detections]
        t3 = time.perf_counter()
        parts["detect"] += t1 - t0
        parts["tag"] += t2 - t1
        parts["code"] += t3 - t2
        tagged_words += sum(len(s.text.split()) for d in detections for s in {id(x): x for x in d.ner_sentences()}.values())

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "bench.jsonl"
        src.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
        store = open_store(str(Path(tmp) / "bench.db"))
        ingest_s = timed(lambda: pipeline.ingest([str(src)], store, settings, link=False))
        try:
            link_s: float | None = timed(lambda: pipeline.relink(store))
        except Exception as exc:  # linking is another stage's work in progress: report, don't hide
            print(f"relink failed: {type(exc).__name__}: {exc}", file=sys.stderr)
            link_s = None
        close = getattr(store, "close", None)
        if close:
            close()

    n = len(texts)
    total_words = sum(len(t.split()) for t in texts)
    print(f"{n} articles, mean {mean_words:.0f} words; one core (affinity {args.core}); "
          f"spaCy model {settings.spacy_model}; Python {platform.python_version()}; "
          f"{platform.processor() or platform.machine()}; {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC; "
          f"{100 * tagged_words / total_words:.0f}% of the words went through spaCy in extraction\n")
    print("| stage | seconds | articles/s | × bare nlp.pipe |")
    print("|---|---:|---:|---:|")
    for name, secs in (("bare nlp.pipe (all components, whole texts)", bare),
                       ("extraction (rules + spaCy NER on mentions)", extract),
                       ("- of which rules: split, mentions, grouping", parts["detect"]),
                       ("- of which spaCy NER on mentions", parts["tag"]),
                       ("- of which coding: dates, casualties, actors, places", parts["code"]),
                       ("whole per-article ingest (read, extract, geocode, SQLite)", ingest_s)):
        print(f"| {name} | {secs:.2f} | {n / secs:.1f} | {secs / bare:.2f} |")
    if link_s is not None:
        print(f"| cross-source relink (batch step after ingest) | {link_s:.2f} | {n / link_s:.1f} | {link_s / bare:.2f} |")
        print(f"| ingest + relink | {ingest_s + link_s:.2f} | {n / (ingest_s + link_s):.1f} | "
              f"{(ingest_s + link_s) / bare:.2f} |")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
