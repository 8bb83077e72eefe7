"""Former home of the hand-written lexicons; both have moved (see below).

Written for eventwire from ACLED's public codebook definitions; nothing here is fitted on any
dataset.
"""

from __future__ import annotations

# Event-typing cues (triggers, non-event markers) live in `eventwire.extract.cues`; the
# decision that combines them is `eventwire.extract.typing`.

# The actor alias table (names, spellings, abbreviations -> ACLED actor names and inter codes)
# lives in `eventwire.extract.actor_table`; `eventwire.extract.actors` uses it.
