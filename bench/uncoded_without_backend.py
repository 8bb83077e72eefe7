"""Non-English articles without a model backend: python bench/uncoded_without_backend.py

Ingests, with no backend configured, our own texts in other languages and in English: every
report of tests/language/crosslingual_pairs.jsonl (both sides, once each) and every sentence of
tests/language/lid_sentences.jsonl, each as an article.  Then counts, in the store, the articles
per identified language and the events coded from them.  The issue's target: no article in
another language coded by the English rules (they are stored and counted as not coded).  The
identified language is what the pipeline goes by, so a sentence it takes for another language
than its label is listed.  Not a test: nothing is asserted.
"""

from __future__ import annotations

import json
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parents[1] / "tests" / "language"


def texts() -> list[dict]:
    """(id, label, published, title, text) of every report and sentence, each once."""
    out: dict[str, dict] = {}
    for line in (HERE / "crosslingual_pairs.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        for side, label in (("a", row["language"]), ("b", "en")):
            report = row[side]
            out.setdefault(report["title"] + report["text"], {"label": label, **report})
    for line in (HERE / "lid_sentences.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        out.setdefault(row["text"], {"label": row["language"], "published": "2024-03-05", "text": row["text"]})
    return [{"id": f"t{n}", **row} for n, row in enumerate(out.values())]


def main() -> None:
    from eventwire import pipeline
    from eventwire.language.stage import not_coded_summary
    from eventwire.settings import Settings
    from eventwire.store import open_store

    rows = texts()
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "texts.jsonl"
        source.write_text("".join(json.dumps({k: v for k, v in r.items() if k != "label"}, ensure_ascii=False)
                                  + "\n" for r in rows), encoding="utf-8")
        store = open_store(str(Path(tmp) / "events.db"))
        report = pipeline.ingest([str(source)], store, Settings(llm_url=None, llm_model=None), link=False)
        language = {a.id: a.language for a in store.list_articles()}
        coded = Counter(language[m.article_id] for m in store.list_mentions())
        store.close()
    articles = Counter(language.values())
    foreign = sum(n for code, n in articles.items() if code != "en")
    print(f"{len(rows)} texts ingested without a backend: {report.new} stored, {report.discarded} discarded")
    print("| language | articles | events coded |")
    print("|---|---:|---:|")
    for code in sorted(articles, key=lambda c: (-articles[c], c)):
        print(f"| {code} | {articles[code]} | {coded.get(code, 0)} |")
    print(f"\narticles in another language: {foreign}; events coded from them by the English rules: "
          f"{sum(n for code, n in coded.items() if code != 'en')}; counted as not coded: "
          f"{sum(sum(v.values()) for v in report.not_coded.values())}")
    for line in not_coded_summary(report.not_coded):
        print(line)
    mislabelled = [(r["label"], language[r["id"]]) for r in rows if language[r["id"]] != r["label"]]
    print(f"identified otherwise than labelled: {Counter(mislabelled).most_common() or 'none'}")


if __name__ == "__main__":
    main()
