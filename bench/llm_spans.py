"""Evidence spans with the model backend: python bench/llm_spans.py --url URL --model NAME [--per-language 2]

Ingests, with the backend at URL (an OpenAI-compatible server you started, e.g. llama.cpp's on
loopback, see `make test-llm`), our own reports: the cross-language pairs' reports in other
languages (PER_LANGUAGE of each language, translated first) and their English reports (every
event asked for a second opinion).  Then counts, in the store:
  values    every evidence span of every event, translation and second opinion included;
  verified  those whose text is the article's text at their offsets (the target: all of them);
and, from the backend, the values dropped because their quote was not in the article, and the
questions that got no valid answer.  Not a test: nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

PAIRS = Path(__file__).resolve().parents[1] / "tests" / "language" / "crosslingual_pairs.jsonl"


def reports(per_language: int) -> list[dict]:
    rows = [json.loads(line) for line in PAIRS.read_text(encoding="utf-8").splitlines()]
    chosen: dict[str, dict] = {}
    counts: dict[str, int] = {}
    for row in rows:
        if row["same"] and counts.get(row["language"], 0) < per_language:
            counts[row["language"]] = counts.get(row["language"], 0) + 1
            chosen[row["id"]] = row["a"]
            chosen["en-" + row["b"]["title"]] = row["b"]
    return [{"id": f"r{n}", **report} for n, report in enumerate(chosen.values())]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", required=True)
    parser.add_argument("--model", required=True)
    parser.add_argument("--per-language", type=int, default=2)
    args = parser.parse_args()

    from eventwire import pipeline
    from eventwire.language.stage import count_not_coded, not_coded_summary
    from eventwire.records import Article
    from eventwire.settings import Settings
    from eventwire.store import open_store

    settings = Settings(llm_url=args.url, llm_model=args.model, llm_timeout=600, llm_max_tokens=400,
                        llm_second_opinion_below=1.01)
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "reports.jsonl"
        rows = reports(args.per_language)
        source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
        store = open_store(str(Path(tmp) / "events.db"))
        annotator = pipeline.Annotator(settings, cache=store)
        articles = [a for a in pipeline.read_inputs([str(source)], settings) if isinstance(a, Article)]
        results = list(annotator.annotate(articles))
        store.save_articles([(a, r if isinstance(r, list) else []) for a, r in results])
        texts = {a.id: a.text for a in store.list_articles()}
        events = store.list_mentions()
        spans = [(e, s) for e in events for s in e.evidence.values()]
        verified = sum(texts[e.article_id][s.start:s.end] == s.text for e, s in spans)
        stats = annotator.languages.backend.stats
        print(f"{len(rows)} reports ({len(texts)} stored); {len(events)} events, "
              f"{sum('translation' in e.provenance for e in events)} from translations, "
              f"{sum('second_opinion' in e.provenance for e in events)} with a second opinion")
        print(f"values (evidence spans): {len(spans)}; verified against the article: {verified}; "
              f"without a verified span: {len(spans) - verified}")
        print(f"values dropped for a quote not in the article: {stats.values_dropped}; valid answers: "
              f"{stats.asked}, from the cache: {stats.cached}; second opinions with no valid answer: {len(stats.failed)}")
        for line in not_coded_summary(count_not_coded(list(annotator.not_coded.values()))):
            print(line)
        store.close()


if __name__ == "__main__":
    main()
