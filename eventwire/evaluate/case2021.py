"""`eval case2021`: score event typing against the CASE 2021 Task 2 snippets (TSV: id, EventSnippet, SubType).

Each snippet is typed as one passage (`extract.typing.passage_type`, with the packaged rules or a
model saved by `eventwire train`).  The 25 ACLED labels are compared after mapping the predicted
sub-event type to its CASE code; the 5 labels outside ACLED (ORG_CRIME, NATURAL_DISASTER,
MAN_MADE_DISASTER, DIPLO, ATTRIB) count as correct when the system reports no event.  A "no event"
answer on an ACLED snippet is scored as the label NONE (a miss).  Weighted and macro F1 are
taken over the gold labels present (30 in the full file).
"""

from __future__ import annotations

import csv
from pathlib import Path

from pydantic import BaseModel, Field

from eventwire.errors import InputError
from eventwire.evaluate.acled import LabelRow, f1_table
from eventwire.evaluate.halves import HALVES, Half, half_of

CASE_TO_ACLED: dict[str, str] = {
    "AIR_STRIKE": "Air/drone strike", "ARMED_CLASH": "Armed clash",
    "ART_MISS_ATTACK": "Shelling/artillery/missile attack", "REM_EXPLOS": "Remote explosive/landmine/IED",
    "SUIC_BOMB": "Suicide bomb", "GRENADE": "Grenade", "CHEM_WEAP": "Chemical weapon", "ATTACK": "Attack",
    "ABDUCT_DISSAP": "Abduction/forced disappearance", "SEX_VIOL": "Sexual violence",
    "PEACE_PROTEST": "Peaceful protest", "PROTEST_WITH_INTER": "Protest with intervention",
    "FORCE_AGAINST_PROTEST": "Excessive force against protesters", "VIOL_DEMONSTR": "Violent demonstration",
    "MOB_VIOL": "Mob violence", "ARREST": "Arrests", "DISR_WEAP": "Disrupted weapons use",
    "GOV_REGAINS_TERIT": "Government regains territory",
    "NON_STATE_ACTOR_OVERTAKES_TER": "Non-state actor overtakes territory",
    "NON_VIOL_TERRIT_TRANSFER": "Non-violent transfer of territory",
    "HQ_ESTABLISHED": "Headquarters or base established", "CHANGE_TO_GROUP_ACT": "Change to group/activity",
    "AGREEMENT": "Agreement", "PROPERTY_DISTRUCT": "Looting/property destruction", "OTHER": "Other",
}
ACLED_TO_CASE = {acled: case for case, acled in CASE_TO_ACLED.items()}
OUT_OF_SCOPE = ("ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER", "DIPLO", "ATTRIB")
LABELS = (*CASE_TO_ACLED, *OUT_OF_SCOPE)
NO_EVENT = "NONE"


class CaseRow(BaseModel):
    id: str
    text: str
    label: str


class CaseScores(BaseModel):
    """The figures of one set of snippets (the whole file, or one half of it)."""

    rows: int
    labels: int = Field(description="distinct gold labels scored")
    weighted_f1: float
    macro_f1: float
    accuracy: float
    no_event_answers: int = Field(description="snippets for which the system reported no event")


class CaseReport(CaseScores):
    file: str
    model: str = Field(description="'packaged rules' or the path of the model used")
    half: str = Field(default="all", description="the snippets scored: all, or only the tune or check half")
    halves: dict[str, CaseScores] = Field(default_factory=dict,
                                          description="the same figures for the tune and the check half")
    skipped: list[str] = Field(default_factory=list, description="'FILE:LINE: reason' for unusable rows")
    per_label: list[LabelRow] = Field(default_factory=list)


def read_case_tsv(path: str | Path, limit: int | None = None) -> tuple[list[CaseRow], list[str]]:
    """Usable rows, and a 'FILE:LINE: reason' line for each row that is not."""
    path = Path(path)
    try:
        handle = open(path, newline="", encoding="utf-8-sig")
    except OSError as exc:
        raise InputError(f"{path}: cannot read the CASE file ({exc.strerror}).") from exc
    rows, skipped = [], []
    with handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        missing = {"EventSnippet", "SubType"} - set(reader.fieldnames or [])
        if missing:
            raise InputError(f"{path}: not a CASE 2021 task 2 TSV: missing column(s) {', '.join(sorted(missing))} "
                             "(expected id, EventSnippet, SubType, tab-separated).")
        for line, raw in enumerate(reader, start=2):
            text, label = (raw.get("EventSnippet") or "").strip(), (raw.get("SubType") or "").strip()
            if not text:
                skipped.append(f"{path}:{line}: empty EventSnippet")
            elif label not in LABELS:
                skipped.append(f"{path}:{line}: unknown SubType {label!r}")
            else:
                rows.append(CaseRow(id=str(raw.get("id") or line), text=text, label=label))
            if limit and len(rows) >= limit:
                break
    return rows, skipped


def predicted_label(gold: str, sub_event_type: str | None) -> str:
    """The CASE code of a prediction; no event is right for the out-of-scope labels."""
    if sub_event_type is None:
        return gold if gold in OUT_OF_SCOPE else NO_EVENT
    return ACLED_TO_CASE[sub_event_type]


def evaluate_case2021(path: str | Path, model: str | Path | None = None, limit: int | None = None,
                      half: Half | None = None) -> CaseReport:
    """Scores over the snippets of `path` (only those of `half` when given; halves by snippet id)."""
    from eventwire.extract.typing import load_typer, passage_type

    rows, skipped = read_case_tsv(path, limit=limit)
    rows = [row for row in rows if half is None or half_of(row.id) == half]
    typer = load_typer(model)
    answers = [passage_type(row.text, typer) for row in rows]
    gold = [row.label for row in rows]
    pred = [predicted_label(g, a) for g, a in zip(gold, answers)]
    _, _, per_label = f1_table(gold, pred)
    scored = list(zip(rows, gold, pred, answers))
    halves = {h: _scores([s for s in scored if half_of(s[0].id) == h]) for h in HALVES}
    return CaseReport(**_scores(scored).model_dump(), file=str(path), half=half or "all",
                      model=str(model) if model else "packaged rules",
                      halves={h: scores for h, scores in halves.items() if scores.rows},
                      skipped=skipped, per_label=per_label)


def _scores(scored: list[tuple[CaseRow, str, str, str | None]]) -> CaseScores:
    """The figures of (row, gold label, predicted label, answer) tuples."""
    gold, pred, answers = [s[1] for s in scored], [s[2] for s in scored], [s[3] for s in scored]
    weighted, macro, _ = f1_table(gold, pred)
    return CaseScores(rows=len(scored), labels=len(set(gold)), weighted_f1=weighted, macro_f1=macro,
                      accuracy=sum(g == p for g, p in zip(gold, pred)) / (len(scored) or 1),
                      no_event_answers=sum(a is None for a in answers))
