"""ACLED's text labels for the inter codes, as its current exports write them."""

from __future__ import annotations

INTER_LABELS = {
    1: "State forces", 2: "Rebel group", 3: "Political militia", 4: "Identity militia",
    5: "Rioters", 6: "Protesters", 7: "Civilians", 8: "External/Other forces",
}


def inter_label(code: int | None) -> str | None:
    return INTER_LABELS.get(code or 0)


def interaction_label(inter1: int | None, inter2: int | None) -> str | None:
    """"State forces-Civilians" (lower code first), or "Protesters only" with one actor."""
    a, b = inter1 or 0, inter2 or 0
    if not a and not b:
        return None
    if a and b:
        lo, hi = sorted((a, b))
        return f"{INTER_LABELS[lo]}-{INTER_LABELS[hi]}"
    return f"{INTER_LABELS[a or b]} only"


def interaction_code(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's numeric interaction: the two codes lowest first (17), or the one code times ten."""
    a, b = inter1 or 0, inter2 or 0
    if not a and not b:
        return None
    if a and b:
        lo, hi = sorted((a, b))
        return lo * 10 + hi
    return (a or b) * 10
