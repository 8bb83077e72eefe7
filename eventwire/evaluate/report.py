"""Generic printing of evaluation reports (any pydantic model): scalars, then tables of rows."""

from __future__ import annotations

from pydantic import BaseModel
from rich.console import Console
from rich.table import Table


def _fmt(value) -> str:
    if isinstance(value, float):
        return f"{value:.3f}"
    return "" if value is None else str(value)


def report_tables(report: BaseModel, title: str = "evaluation") -> list[Table]:
    """A two-column table of the scalar fields and one table per list-of-rows field."""
    data = report.model_dump(mode="json")
    scalars = Table(title=title)
    scalars.add_column("metric")
    scalars.add_column("value", justify="right")
    tables = [scalars]
    for name, value in data.items():
        if isinstance(value, list) and value and isinstance(value[0], dict):
            table = Table(title=name)
            columns = list(value[0])
            for column in columns:
                table.add_column(column, justify="left" if column == columns[0] else "right")
            for row in value:
                table.add_row(*(_fmt(row.get(c)) for c in columns))
            tables.append(table)
        elif isinstance(value, dict) and value and all(isinstance(v, dict) for v in value.values()):
            tables.append(_side_by_side(name, value))
        elif isinstance(value, dict):
            for key, inner in value.items():
                if not isinstance(inner, (list, dict)):
                    scalars.add_row(f"{name}.{key}", _fmt(inner))
        elif not isinstance(value, list):
            scalars.add_row(name, _fmt(value))
    return tables


def _side_by_side(name: str, groups: dict[str, dict]) -> Table:
    """Groups of the same figures (the tune and check halves) as one table, a column per group."""
    table = Table(title=name)
    table.add_column("metric")
    for group in groups:
        table.add_column(group, justify="right")
    metrics = [m for m, v in next(iter(groups.values())).items() if not isinstance(v, (list, dict))]
    for metric in metrics:
        table.add_row(metric, *(_fmt(values.get(metric)) for values in groups.values()))
    return table


def print_report(report: BaseModel, as_json: bool = False, title: str = "evaluation",
                 console: Console | None = None) -> None:
    if as_json:
        print(report.model_dump_json(indent=2))
        return
    console = console or Console()
    for table in report_tables(report, title):
        console.print(table)
