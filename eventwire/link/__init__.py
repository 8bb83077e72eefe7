"""Cross-source linking.  This first version links nothing across articles: every per-article
event becomes its own canonical event (one source each).  Merging reports of the same event is
issue 5; `relink` is already the batch step the pipeline calls after each ingest.
"""

from __future__ import annotations

from pydantic import BaseModel

from eventwire.store import Store


class LinkReport(BaseModel):
    mentions: int
    events: int


def relink(store: Store) -> LinkReport:
    """Recompute canonical events from all stored mentions (deterministic, idempotent)."""
    mentions = store.list_mentions()
    store.replace_events(mentions)
    return LinkReport(mentions=len(mentions), events=len(mentions))
