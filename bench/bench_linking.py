"""Linking cost at scale: python bench/bench_linking.py [--n 10000] [--pipeline-sample 60]

Generates N synthetic conflict reports (~250 words) from templates and the wordfreq word list
(towns, actors, weapons, outlets, each incident with its own names and words; about
a third of the incidents are reported by two or three outlets in different words, some as
syndicated copies; half the articles wrapped in their outlet's web-page chrome: share buttons,
a photo credit, an ad slot, a newsletter prompt), with their per-article mentions built directly,
so no spaCy is needed to store them.  Times, in one run:
  store       save_article for all N articles with their mentions (linking off);
  relink      one relink over the N stored articles (features, copies, stories, merge, write);
  increment   99 more articles stored, then relink; then 1 more and relink (routine small ingests);
  pipeline    spaCy + extraction + geocoding per article, measured on --pipeline-sample of the
              synthetic texts, times N (the part of a real ingest that linking adds to).
Prints a markdown table with ingest throughput with linking off and on and their ratio, and how
many stories mix articles of different incidents (story links the generator did not intend).
Not a test: nothing asserted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eventwire.records import Article, Event, Span  # noqa: E402

TOWNS = [("Ariha", "Idlib", "Syria", 35.81, 36.61), ("Tarmiyah", "Baghdad", "Iraq", 33.67, 44.40),
         ("Damboa", "Borno", "Nigeria", 11.16, 12.76), ("Kharkiv", "Kharkivska", "Ukraine", 49.98, 36.25),
         ("Jilib", "Middle Juba", "Somalia", 0.49, 42.79), ("Shwebo", "Sagaing", "Myanmar", 22.57, 95.70),
         ("Tame", "Arauca", "Colombia", 6.46, -71.74), ("Tyre", "South", "Lebanon", 33.27, 35.19),
         ("El Fasher", "North Darfur", "Sudan", 13.63, 25.35), ("Hodeidah", "Al Hudaydah", "Yemen", 14.80, 42.95)]
KINDS = [("Shelling/artillery/missile attack", "Explosions/Remote violence", "shelled", "artillery"),
         ("Air/drone strike", "Explosions/Remote violence", "bombed", "drone"),
         ("Armed clash", "Battles", "clashed with defenders of", "small arms"),
         ("Attack", "Violence against civilians", "attacked villagers in", "small arms")]
ACTORS = ["Government forces", "Rebel fighters", "Militiamen", "Unidentified gunmen", "Insurgents"]
OUTLETS = ["Valley Times", "Coast Herald", "Morning Wire", "River Post", "Capital Daily", "North Star"]
OPENERS = ["{actor} {verb} {town} on {day}, killing {n} people, officials said.",
           "At least {n} people died when {actor_l} {verb} {town} on {day}, residents said.",
           "Local sources reported that {actor_l} {verb} {town} on {day}; {n} were killed."]
FILLER = ["Witnesses in {town} described {detail} near the {place}.",
          "The {admin} health office said hospitals received the wounded.",
          "Aid groups working around {town} asked for safe access to the {place}.",
          "A spokesman for the {admin} authorities called the {weapon} fire a violation.",
          "Families fled toward the outskirts of {town} after the {weapon} fire stopped."]
DETAILS = ["heavy smoke", "collapsed shops", "burning cars", "craters in the road", "damaged homes"]
PLACES = ["market", "school", "bridge", "mosque", "bus station", "water plant", "clinic"]


def incidents(n_articles: int, rng: random.Random):
    start, made, k = dt.date(2023, 1, 1), 0, 0
    while made < n_articles:
        k += 1
        town = rng.choice(TOWNS)
        kind = rng.choice(KINDS)
        day = start + dt.timedelta(days=rng.randrange(730))
        reports = rng.choice([1, 1, 1, 1, 2, 2, 3])
        yield k, town, kind, day, rng.choice(ACTORS), rng.randrange(1, 30), reports
        made += reports


def articles(n: int, seed: int = 7) -> list[tuple[Article, list[Event]]]:
    rng = random.Random(seed)
    out: list[tuple[Article, list[Event]]] = []
    for k, town, kind, day, actor, dead, reports in incidents(n, rng):
        first_text = None
        for r in range(reports):
            copy = r > 0 and first_text and rng.random() < 0.3
            text = first_text + " Distributed by a wire service." if copy else \
                _text(rng, town, kind, day, actor, dead + r, incident_names(k), incident_words(k))
            first_text = first_text or text
            out.append(_article(f"inc{k:06d}-{r}", text, town, kind, day, actor, dead + r, rng))
    return out[:n]


SYLLABLES = "ka ro vel ta ni mu sa den lor bi ze ha qu to rin ash fe go lu mar".split()


def _name(rng) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize()


def incident_names(k: int) -> list[str]:
    rng = random.Random(k)
    return [f"{_name(rng)} {_name(rng)}" for _ in range(4)]


def _vocabulary() -> list[str]:
    from wordfreq import top_n_list

    return [w for w in top_n_list("en", 6000)[500:] if w.isalpha() and len(w) > 3]


VOCABULARY = _vocabulary()


def incident_words(k: int) -> list[str]:
    return random.Random(-k).sample(VOCABULARY, 60)


def _text(rng, town, kind, day, actor, dead, names, words) -> str:
    """About 250 words: the incident's facts, its names and words, and the outlet's own words."""
    name, admin, *_ = town
    fill = dict(actor=actor, actor_l=actor.lower(), verb=kind[2], town=name, day=day.strftime("%A"),
                n=dead, admin=admin, weapon=kind[3], detail=rng.choice(DETAILS), place=rng.choice(PLACES))
    body = [rng.choice(OPENERS).format(**fill)] + [line.format(**fill) for line in rng.sample(FILLER, 2)]
    pool = rng.sample(words, 35) + rng.sample(VOCABULARY, 25)
    for who in rng.sample(names, 3):
        rng.shuffle(pool)
        body.append(f"{who} said " + " ".join(pool[:18]) + ".")
        body.append(" ".join(pool[18:40]).capitalize() + f" in {name}.")
    return " ".join(body)


CHROME = ["Share this article: Facebook Twitter WhatsApp Email", "Photo: Dana Vell/Reuters", "Advertisement",
          "Sign up for the {outlet} newsletter and get the day's news in your inbox.",
          "Read more at {site}.com"]


def _with_chrome(text: str, outlet: str) -> str:
    """The text as the outlet's web page prints it: chrome above and below the report."""
    site = outlet.lower().replace(" ", "")
    top, *bottom = [c.format(outlet=outlet, site=site) for c in CHROME]
    return f"{top}\n{text}\n" + "\n".join(bottom)


def _article(aid, text, town, kind, day, actor, dead, rng):
    name, admin, country, lat, lon = town
    published = day + dt.timedelta(days=rng.choice([0, 1, 1, 2]))
    outlet = rng.choice(OUTLETS)
    text = _with_chrome(text, outlet) if rng.random() < 0.5 else text
    art = Article(id=aid, text=text, content_hash=Article.hash_text(text), published=published,
                  source=outlet, title=f"{kind[0]} in {name}")
    span = Span(start=0, end=text.index(".") + 1, text=text[:text.index(".") + 1])
    ev = Event(id=f"{aid}#1", article_id=aid, event_date=day, time_precision=1, event_type=kind[1],
               sub_event_type=kind[0], actor1=None if "Unidentified" in actor else actor,
               country=country, admin1=admin, location=name, latitude=lat, longitude=lon,
               geo_precision=1, fatalities=dead, source=art.source, sources=(aid,),
               evidence={"event_type": span, "fatalities": span})
    return art, [ev]


def timed(fn):
    t0 = time.perf_counter()
    value = fn()
    return time.perf_counter() - t0, value


def pipeline_seconds_per_article(items, sample: int) -> float:
    from eventwire.pipeline import Annotator
    from eventwire.settings import Settings

    annotator = Annotator(Settings())
    arts = [a for a, _ in items[:sample]]
    list(annotator.annotate(arts[:4]))   # warm up
    seconds, _ = timed(lambda: list(annotator.annotate(arts)))
    return seconds / max(1, len(arts))


def main() -> None:
    from eventwire.link import relink
    from eventwire.store import open_store

    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=10000)
    parser.add_argument("--pipeline-sample", type=int, default=60)
    args = parser.parse_args()
    items = articles(args.n + 100)
    base, extra = items[:args.n], items[args.n:]
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(str(Path(tmp) / "bench.db"))
        store_s, _ = timed(lambda: [store.save_article(a, ev) for a, ev in base])
        relink_s, report = timed(lambda: relink(store))
        add_s, _ = timed(lambda: [store.save_article(a, ev) for a, ev in extra[:-1]])
        inc_s, inc = timed(lambda: relink(store))
        store.save_article(*extra[-1])
        one_s, one = timed(lambda: relink(store))
        mixed = [st for st in store.list_stories(min_articles=2)
                 if len({aid.split("-")[0] for aid in st.article_ids}) > 1]
    per_article = pipeline_seconds_per_article(items, args.pipeline_sample)
    pipe_s = per_article * args.n
    off = pipe_s + store_s
    on = off + relink_s
    print(f"{args.n} synthetic articles; relink: {report.events} events from {report.mentions_relinked} "
          f"mentions, {report.stories} stories, {report.copies} copies\n")
    print("| step | seconds | articles/s |")
    print("|---|---|---|")
    rows = [("store only (save_article, linking off)", store_s, args.n),
            ("relink over all stored articles", relink_s, args.n),
            (f"+{len(extra) - 1} articles stored, then relink (re-clustered {inc.mentions_relinked} mentions)",
             add_s + inc_s, len(extra) - 1),
            (f"relink after 1 more article (re-clustered {one.mentions_relinked} mentions)", one_s, 1),
            (f"spaCy + extraction + geocoding (measured on {args.pipeline_sample}, x{args.n})", pipe_s, args.n),
            ("ingest, linking off (pipeline + store)", off, args.n),
            ("ingest, linking on (pipeline + store + relink)", on, args.n)]
    for name, seconds, count in rows:
        print(f"| {name} | {seconds:.1f} | {count / seconds:.1f} |")
    print(f"\nratio on/off: {on / off:.3f}x (store-only, no NLP: {(store_s + relink_s) / store_s:.2f}x)")
    print(f"stories mixing different incidents: {len(mixed)} "
          f"({sum(len(st.article_ids) for st in mixed)} articles in them)")


if __name__ == "__main__":
    main()
