"""The per-article stages by name, with what each reads from the article's document and adds to it.

One `ArticleDocument` flows through the stages; each reads the fields it `requires` and sets the
ones it `assigns`, once (no field has two writers).  `check_stages` verifies at load that every
field a stage requires is assigned by an earlier stage (or is the article) and that no two stages
assign one field; `pipeline.Annotator` checks its stages so before reading any article.

  detect   article            -> detection   rule sentences, event clauses, event groups (extract)
  tag      detection          -> entities    spaCy's entities on the mentions that need them, per batch
  code     detection, entities -> candidates one EventMention per group, coded in the focus country
  scope    candidates, detection -> mentions, rejected   only events ACLED codes; the rest kept
                                             with the reason (extract.scope)
  place    mentions           -> geo_focus, placed   each mention at each of its places (geo);
                                             on a bug, each mention unplaced (`Stage.fallback`)
  recode   placed, detection  -> coded       actors coded again in the place's country, generic
                                             actors named in it (extract.actors)
  split    coded, detection   -> events      one event per attack and place, unique ids (parts), each
                                             with its confidence (extract.confidence.scored)

A new stage (a rule family for scope, modality, roles or numbers; place roles) is a `Stage` that
names the fields it reads and the one it adds, inserted where its inputs exist.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from eventwire.errors import EventwireError
from eventwire.records import Article, EventMention, NoEvent


class StageOrderError(EventwireError):
    """The stages are in an order in which one would read a field no earlier stage sets."""


@dataclass
class ArticleDocument:
    """One article as the stages see it; each field is set by one stage (see the module's table)."""

    article: Article
    detection: object | None = None        # extract.Detection: sentences, groups, focus country
    entities: bool = False                 # the detection's mention sentences carry spaCy's entities
    candidates: list[EventMention] | None = None
    mentions: list[EventMention] | None = None
    rejected: list[NoEvent] = field(default_factory=list)
    geo_focus: str | None = None
    placed: list[list[EventMention]] | None = None
    coded: list[list[EventMention]] | None = None
    events: list[EventMention] | None = None


@dataclass(frozen=True)
class Stage:
    """A named step: `run` reads `requires` from a document and sets `assigns`; `batch` stages take
    every document of a batch at once; a failure becomes a Discard of stage `fails_as`.

    A stage with a `fallback` does not lose the article to a bug: the pipeline records the failure
    and calls `fallback(doc)`, which sets `assigns` to what the article has without the stage
    (the place stage: every mention kept, unplaced)."""

    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    run: Callable = field(compare=False, repr=False)
    fails_as: str = "extract"
    batch: bool = False
    fallback: Callable | None = field(default=None, compare=False, repr=False)


DOCUMENT_FIELDS = frozenset(ArticleDocument.__dataclass_fields__)


def check_stages(stages: Sequence[Stage]) -> None:
    """Refuse an order in which a stage reads a field not yet set, or two stages set one field."""
    known = {"article"}
    writer: dict[str, str] = {}
    for stage in stages:
        unknown = (set(stage.requires) | set(stage.assigns)) - DOCUMENT_FIELDS
        if unknown:
            raise StageOrderError(f"stage {stage.name!r} names field(s) {sorted(unknown)} that ArticleDocument "
                                  f"does not have")
        missing = [f for f in stage.requires if f not in known]
        if missing:
            raise StageOrderError(f"stage {stage.name!r} requires {missing}, which no earlier stage assigns; "
                                  f"move it after the stage that does")
        for name in stage.assigns:
            if name in writer or name == "article":
                raise StageOrderError(f"stage {stage.name!r} assigns {name!r}, which {writer.get(name, 'reading')!r} "
                                      f"already sets; each field has one writer")
            writer[name] = stage.name
        known |= set(stage.assigns)


def extraction_stages(extractor, geocoder) -> list[Stage]:
    """The stages of `eventwire extract` and `ingest`, bound to a loaded extractor and geocoder."""
    from eventwire.extract import recode_actors
    from eventwire.extract.actors import complete_countries
    from eventwire.extract.confidence import scored
    from eventwire.geo.countries import geo_focus
    from eventwire.parts import one_per_town, split_parts

    def detect(doc: ArticleDocument) -> None:
        doc.detection = extractor.detect(doc.article)

    def tag(docs: Sequence[ArticleDocument]) -> None:
        extractor.tag([doc.detection for doc in docs])
        for doc in docs:
            doc.entities = True

    def code(doc: ArticleDocument) -> None:
        doc.candidates = extractor.code(doc.detection)

    def scope(doc: ArticleDocument) -> None:
        doc.mentions, doc.rejected = extractor.scope(doc.detection, doc.candidates)

    def place(doc: ArticleDocument) -> None:
        doc.geo_focus = geo_focus(doc.article.text) if doc.mentions else None
        doc.placed = [geocoder.locate_event(m, doc.article, doc.geo_focus) for m in doc.mentions]

    def unplaced(doc: ArticleDocument) -> None:
        doc.placed = [[mention] for mention in doc.mentions]

    def recode(doc: ArticleDocument) -> None:
        doc.coded = [[complete_countries(recode_actors(doc.detection, p)) for p in placed] for placed in doc.placed]

    def split(doc: ArticleDocument) -> None:
        doc.events = [scored(part) for mention, coded in zip(doc.mentions, doc.coded)
                      for part in split_parts(one_per_town(coded), doc.detection.attacks(mention))]

    return [
        Stage("detect", ("article",), ("detection",), detect),
        Stage("tag", ("detection",), ("entities",), tag, batch=True),
        Stage("code", ("detection", "entities"), ("candidates",), code),
        Stage("scope", ("candidates", "detection"), ("mentions", "rejected"), scope),
        Stage("place", ("mentions",), ("geo_focus", "placed"), place, fails_as="geo", fallback=unplaced),
        Stage("recode", ("placed", "detection"), ("coded",), recode, fails_as="geo"),
        Stage("split", ("coded", "detection", "mentions"), ("events",), split, fails_as="geo"),
    ]
