"""Cross-source linking: copies, stories and canonical events, recomputed after each ingest.

relink(store):
1. features (MinHash, terms, blocking keys) for each article version that has none yet;
2. near-duplicates (`duplicates`): copies of one original, one source for corroboration;
3. stories (`stories`): blocked by publication window and names, grouped by term similarity;
4. events (`events`): per-article mentions merged across sources, each merge with its reasons;
5. canonical values and disagreements (`canonical`);
6. the store replaces its linked state with the result in one transaction.

Every step depends only on the stored articles and mentions, never on the order they came in,
so re-linking is deterministic and running it again changes nothing.  Only articles stored
since the last relink are featurised and compared (through the store's blocking indexes), and
only the stories and events they touch are rebuilt (`linker.relink`); `linker.link` computes
the same state from scratch, in memory.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from eventwire.link.linker import LinkReport
    from eventwire.store import Store


def relink(store: Store) -> LinkReport:
    """Recompute copies, stories and canonical events from all stored articles and mentions."""
    from eventwire.link.linker import relink as run

    return run(store)
