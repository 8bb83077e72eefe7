"""`eventwire train FILE.csv --out PATH`: fit the event-typing model on a labelled ACLED export."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from eventwire.cli.common import EXIT_DISCARDED, console, err_console, run_guarded


def register(app: typer.Typer) -> None:
    app.command("train")(train)


def train(file: Annotated[Path, typer.Argument(help="Your labelled ACLED export: a CSV with notes and sub_event_type.")],
          out: Annotated[Path, typer.Option("--out", help="Where to save the model (load it with --model PATH "
                                                            "or EVENTWIRE_MODEL).")],
          min_probability: Annotated[float, typer.Option(min=0.0, max=1.0, help="Below this probability the "
                                                         "packaged rules' type is kept.")] = 0.35) -> None:
    """Fit the typing model (TF-IDF + logistic regression) on notes -> sub_event_type and save it."""
    from eventwire.extract.model import train as fit

    model, data = run_guarded(fit, file, out, min_probability=min_probability)
    for line in data.skipped:
        err_console.print(f"skipped {line}", highlight=False)
    console.print(f"trained on {model.rows} rows, {len(model.labels)} sub-event types, "
                  f"{len(data.skipped)} skipped; saved to {out}", highlight=False)
    if data.skipped:
        raise typer.Exit(EXIT_DISCARDED)
