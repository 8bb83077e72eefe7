"""`eventwire spark ingest`: the ingest pipeline on Apache Spark, writing Parquet (the spark extra)."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape

from eventwire.cli.common import QuietOption, err_console, fail, settings_for
from eventwire.cli.ingest import DayFirstOption, ModelOption, PathsArg, _date_order, _print_discards, exit_code
from eventwire.errors import EventwireError

spark_app = typer.Typer(name="spark", no_args_is_help=True,
                        help="Run the pipeline on Apache Spark (needs the spark extra and Java); see docs/SPARK.md.")


def register(app: typer.Typer) -> None:
    spark_app.command("ingest")(ingest)
    app.add_typer(spark_app, name="spark")


def ingest(paths: PathsArg,
           out: Annotated[str, typer.Option("--out", help="Directory (local or any Hadoop-compatible path) of the "
                                                          "Parquet tables. If it holds a run, the articles are "
                                                          "added to it and linked against it.")],
           master: Annotated[str | None, typer.Option(
               "--master", help="Spark master URL. Default: the one spark-submit gives, else local[*].")] = None,
           partitions: Annotated[int | None, typer.Option(
               "--partitions", min=1, help="Partitions to annotate articles in. Default: twice the cores.")] = None,
           replace: Annotated[bool, typer.Option(
               "--replace", help="Start from scratch: replace the run under --out instead of adding to it.")] = False,
           jdbc: Annotated[str | None, typer.Option(
               "--jdbc", help="Also copy the tables to PostgreSQL at this JDBC URL (jdbc:postgresql://HOST:PORT/DB"
                              "?user=...), as spark_<table>; see docs/SPARK.md.")] = None,
           jdbc_jar: Annotated[str | None, typer.Option(
               "--jdbc-jar", envvar="EVENTWIRE_JDBC_JAR",
               help="The PostgreSQL JDBC driver's jar, put on Spark's classpath (Debian's libpostgresql-jdbc-java: "
                    "/usr/share/java/postgresql.jar).")] = None,
           model: ModelOption = None, dayfirst: DayFirstOption = None, quiet: QuietOption = False) -> None:
    """Read articles, extract and geocode their events on Spark, link them across sources, write Parquet."""
    from eventwire.scale import spark_ingest
    from eventwire.scale.run import SHOWN_DISCARDS

    settings = settings_for(model=model, date_order=_date_order(dayfirst))
    try:
        report = spark_ingest(paths, out, settings, master, partitions, replace, jdbc,
                              [jdbc_jar] if jdbc_jar else [])
    except EventwireError as exc:  # escaped: the install hint's [spark] is not markup
        raise fail(escape(str(exc))) from exc
    shown = report.discards[:SHOWN_DISCARDS]
    _print_discards(list(shown))
    if len(report.discards) > len(shown):
        err_console.print(f"... and {len(report.discards) - len(shown)} more in {escape(out)}/discards")
    if not quiet:
        err_console.print(
            f"{report.added} articles annotated; {report.articles} articles in {escape(out)} "
            f"({report.not_coded} in a language the rules cannot read), "
            f"{report.discarded} discarded, {report.failed} failed; {report.mentions} event mentions linked into "
            f"{report.events} events, {report.stories} stories, {report.copies} copies",
            highlight=False, soft_wrap=True)
    raise typer.Exit(exit_code(list(report.discards)))


if __name__ == "__main__":   # the file to give spark-submit: the whole command line, on the Spark driver
    import sys
    from pathlib import Path

    if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
        sys.path.pop(0)   # run as a file: the modules beside it are not top-level modules
    from eventwire.cli import main

    main()
