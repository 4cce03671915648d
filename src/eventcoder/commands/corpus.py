"""The corpus commands: ingest, errors, events, tallies, stats, export, import and show.

They all work on one store (``--db``: a SQLite path, by default ./eventcoder.db, or a
``postgresql://`` URL; the EVENTCODER_DB environment variable sets the default).
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

import click

if TYPE_CHECKING:
    from eventcoder.ingest import IngestSummary
    from eventcoder.store import EventFilter, Store

F = TypeVar("F", bound=Callable[..., Any])

DB_HELP = "The store: a SQLite file path or a postgresql:// URL."


def db_option(func: F) -> F:
    return click.option("--db", default="eventcoder.db", show_default=True, envvar="EVENTCODER_DB",
                        help=DB_HELP)(func)


def _date(_ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not a date like 2025-01-06") from exc


def event_filter_options(func: F) -> F:
    options = [
        click.option("--country", help="ISO 3166 alpha-2 code, e.g. IQ."),
        click.option("--admin1", help="First-level region (a part of its name)."),
        click.option("--actor", help="Any actor of the event (a part of its name)."),
        click.option("--type", "event_type", help="Event type, e.g. battles."),
        click.option("--sub-type", "sub_event_type", help="Sub-event type, e.g. air_drone_strike."),
        click.option("--from", "date_from", callback=_date, metavar="YYYY-MM-DD",
                     help="Events ending on or after this day."),
        click.option("--to", "date_to", callback=_date, metavar="YYYY-MM-DD",
                     help="Events starting on or before this day."),
        click.option("--min-fatalities", type=int, help="At least this many killed."),
        click.option("--min-sources", type=int, help="Reported by at least this many documents."),
        click.option("--search", "text", help="Text in the notes, places, actors or sources."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _filters(kwargs: dict[str, Any]) -> EventFilter:
    from eventcoder.store import EventFilter

    names = ("country", "admin1", "actor", "event_type", "sub_event_type", "date_from",
             "date_to", "min_fatalities", "min_sources", "text")
    return EventFilter(**{name: kwargs.pop(name, None) for name in names})


def _open(db: str) -> Store:
    from eventcoder.store import open_store

    try:
        return open_store(db)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--db") from exc


def _print_table(rows: Sequence[dict[str, Any]], columns: Sequence[str], *,
                 title: str | None = None) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, show_lines=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*["" if row.get(c) is None else str(row.get(c)) for c in columns])
    console = Console(soft_wrap=False)
    if not console.is_terminal:
        # Piped output is read by people and scripts alike: do not fold it at 80 columns.
        console = Console(soft_wrap=False, width=240)
    console.print(table)


def _write_rows(rows: Sequence[dict[str, Any]], columns: Sequence[str], output_format: str,
                *, title: str | None = None, full: Sequence[dict[str, Any]] | None = None
                ) -> None:
    if output_format == "json":
        for row in full if full is not None else rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif output_format == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=list(columns), extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    else:
        _print_table(rows, columns, title=title)


FORMAT_OPTION = click.option("--format", "output_format", type=click.Choice(["table", "json",
                             "csv"]), default="table", show_default=True,
                             help="Output format (json: one record a line).")


@click.command("ingest")
@click.argument("inputs", nargs=-1, required=True)
@db_option
@click.option("--published", callback=_date, metavar="YYYY-MM-DD",
              help="Set every document's publication date.")
@click.option("--source", help="Set every document's outlet.")
@click.option("--text-column", help="The column of .csv inputs holding the text.")
@click.option("--batch-size", type=click.IntRange(1, 10_000), default=32, show_default=True,
              help="Documents committed per transaction.")
def ingest_command(inputs: tuple[str, ...], db: str, published: str | None, source: str | None,
                   text_column: str | None, batch_size: int) -> None:
    """Read documents into the store, extract their records and merge repeated events.

    INPUTS are files (.txt, .html, .jsonl, .csv), folders of them, web pages and
    RSS/Atom feeds (http:// or https://). Documents already stored are skipped, so an
    interrupted run can simply be run again. Failed documents are stored with the
    reason (see `eventcoder errors`); the exit status is 1 when any failed.

    Example:

        eventcoder ingest reports/ https://example.org/feed.xml --db corpus.db
    """
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    from eventcoder.ingest import ingest
    from eventcoder.pipeline import RulePipeline, prepare_batch

    store = _open(db)
    extractor = RulePipeline()
    prepare_batch(extractor)
    console = Console(stderr=True)
    progress = Progress(
        TextColumn("ingest"), BarColumn(), TextColumn("{task.fields[seen]} docs"),
        TextColumn("{task.fields[rate]:.0f} docs/s"), TextColumn("{task.fields[failed]} failed"),
        TimeElapsedColumn(), console=console, transient=True,
        disable=not console.is_terminal,
    )
    task = progress.add_task("ingest", total=None, seen=0, rate=0.0, failed=0)

    def on_progress(summary: IngestSummary) -> None:
        progress.update(task, seen=summary.seen, rate=summary.docs_per_second,
                        failed=summary.failed)

    with progress:
        summary = ingest(store, list(inputs), published=published, source=source,
                         text_column=text_column, extractor=extractor,
                         batch_size=batch_size, on_progress=on_progress)
    store.close()
    for origin, error in summary.errors:
        click.echo(f"error: {error or origin}", err=True)
    click.echo(
        f"{summary.seen} document(s) read: {summary.added} added, {summary.skipped} already "
        f"stored, {summary.failed} failed; {summary.events} event report(s), {summary.merged} "
        f"merged with others; {summary.seconds:.1f} s ({summary.docs_per_second:.0f} docs/s)",
        err=True,
    )
    if summary.failed:
        sys.exit(1)


@click.command("errors")
@db_option
@FORMAT_OPTION
def errors_command(db: str, output_format: str) -> None:
    """List every document that could not be read or processed, and why.

    Example:

        eventcoder errors --db corpus.db
    """
    store = _open(db)
    rows = store.errors()
    store.close()
    _write_rows(rows, ["origin", "doc_id", "error"], output_format,
                title=f"{len(rows)} failed document(s)")


EVENT_COLUMNS = ("event_id", "date_start", "event_type", "sub_event_type", "country", "admin1",
                 "location", "actor1", "actor2", "fatalities", "n_sources")


def _event_row(record: dict[str, Any]) -> dict[str, Any]:
    location = record.get("location") or {}
    return {
        "event_id": record.get("event_id"), "date_start": record.get("date_start"),
        "date_end": record.get("date_end"), "event_type": record.get("event_type"),
        "sub_event_type": record.get("sub_event_type"), "country": location.get("country"),
        "admin1": location.get("admin1"),
        "location": location.get("place") or location.get("name"),
        "actor1": record.get("actor1"), "actor2": record.get("actor2"),
        "fatalities": record.get("fatalities"), "n_sources": record.get("n_sources"),
        "notes": record.get("notes"),
    }


@click.command("events")
@db_option
@event_filter_options
@click.option("--limit", type=int, default=50, show_default=True, help="At most this many.")
@click.option("--offset", type=int, default=0, help="Skip this many first.")
@click.option("--order-by", default="-date_start", show_default=True,
              help="date_start, fatalities, n_sources, country, ...; '-' first for descending.")
@FORMAT_OPTION
def events_command(db: str, limit: int, offset: int, order_by: str, output_format: str,
                   **kwargs: Any) -> None:
    """List merged events, filtered by country, region, actor, type, dates, deaths or text.

    Example:

        eventcoder events --country IQ --from 2023-02-01 --to 2023-02-28 --min-fatalities 1
    """
    store = _open(db)
    filters = _filters(kwargs)
    try:
        records = store.events(filters, limit=limit, offset=offset, order_by=order_by)
        total = store.count_events(filters)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--order-by") from exc
    finally:
        store.close()
    rows = [_event_row(r) for r in records]
    _write_rows(rows, [*EVENT_COLUMNS, "date_end", "notes"] if output_format == "csv"
                else EVENT_COLUMNS, output_format, full=records,
                title=f"{len(rows)} of {total} event(s)")


@click.command("tallies")
@db_option
@click.option("--area", help="ISO code of a country the tally covers.")
@click.option("--metric", help="operations, strikes, killed, wounded, detained, ...")
@click.option("--reporter", help="Who claims it (a part of the name).")
@click.option("--from", "date_from", callback=_date, metavar="YYYY-MM-DD")
@click.option("--to", "date_to", callback=_date, metavar="YYYY-MM-DD")
@click.option("--limit", type=int, default=100, show_default=True)
@FORMAT_OPTION
def tallies_command(db: str, area: str | None, metric: str | None, reporter: str | None,
                    date_from: str | None, date_to: str | None, limit: int,
                    output_format: str) -> None:
    """List aggregate tallies (claims over a period and area), merged across sources.

    Example:

        eventcoder tallies --area IQ --metric operations
    """
    from eventcoder.store import TallyFilter

    store = _open(db)
    records = store.tallies(TallyFilter(area=area, metric=metric, reporter=reporter,
                                        date_from=date_from, date_to=date_to), limit=limit)
    store.close()
    rows = [{**r, "area": ",".join(r.get("area") or []),
             "n_sources": r.get("source_count")} for r in records]
    _write_rows(rows, ["tally_id", "reporter", "period_start", "period_end", "area", "metric",
                       "qualifier", "value", "parent", "n_sources"], output_format,
                full=records, title=f"{len(rows)} tally(ies)")


@click.command("stats")
@db_option
@click.option("--by", default="month", show_default=True,
              help="Comma-separated: month, year, country, admin1, event_type, sub_event_type, "
                   "actor, actor2.")
@event_filter_options
@FORMAT_OPTION
def stats_command(db: str, by: str, output_format: str, **kwargs: Any) -> None:
    """Count events, fatalities and reports grouped by month, country, type or actor.

    Example:

        eventcoder stats --by month,country --type battles
    """
    keys = [k.strip() for k in by.split(",") if k.strip()]
    store = _open(db)
    try:
        rows = store.stats(keys, _filters(kwargs))
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--by") from exc
    finally:
        store.close()
    _write_rows(rows, [*keys, "events", "fatalities", "reports"], output_format)


@click.command("export")
@db_option
@click.option("--format", "export_format", required=True,
              type=click.Choice(["acled-csv", "ucdp-csv", "geojson", "parquet", "jsonl"]),
              help="acled-csv and ucdp-csv follow those datasets' columns; jsonl is lossless.")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help="The file to write.")
@event_filter_options
def export_command(db: str, export_format: str, output: str, **kwargs: Any) -> None:
    """Write the stored events as ACLED or UCDP CSV, GeoJSON, Parquet or JSON Lines.

    Example:

        eventcoder export --format acled-csv -o events.csv --country SY
    """
    from pathlib import Path

    from eventcoder.export import EXPORTERS

    store = _open(db)
    filters = _filters(kwargs)
    count = EXPORTERS[export_format](store, Path(output), filters)
    store.close()
    click.echo(f"{count} event(s) written to {output}", err=True)


@click.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False,
                                                                  allow_dash=True))
@db_option
def import_command(paths: tuple[str, ...], db: str) -> None:
    """Read JSON Lines records into the store: an `export --format jsonl` file or the
    output of `eventcoder extract`.

    Example:

        eventcoder import corpus.jsonl --db copy.db
    """
    store = _open(db)
    totals: dict[str, int] = {}
    for path in paths:
        handle = sys.stdin if path == "-" else open(path, encoding="utf-8")  # noqa: SIM115
        try:
            items = (_json_line(line, path, n) for n, line in enumerate(handle, 1)
                     if line.strip())
            for key, value in store.import_records(items).items():
                totals[key] = totals.get(key, 0) + value
        finally:
            if handle is not sys.stdin:
                handle.close()
    store.close()
    click.echo(", ".join(f"{v} {k}" for k, v in totals.items()), err=True)


def _json_line(line: str, path: str, number: int) -> dict[str, Any]:
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        raise click.ClickException(f"{path}:{number}: invalid JSON: {exc.msg}") from exc
    if not isinstance(item, dict):
        raise click.ClickException(f"{path}:{number}: expected a JSON object")
    return item


@click.command("show")
@click.argument("event_id")
@db_option
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
def show_command(event_id: str, db: str, output_format: str) -> None:
    """Show one event: its fields, its sources and why they were merged.

    EVENT_ID is a merged event's id or the id an extractor gave one report of it.

    Example:

        eventcoder show m3f2a9c0d1e4b5a6c
    """
    store = _open(db)
    found = store.event(event_id)
    if found is None:
        merged_id = store.event_id_of(event_id)
        found = store.event(merged_id) if merged_id else None
    if found is None:
        store.close()
        raise click.ClickException(f"no event {event_id!r} in {db}")
    explanation = store.explain(found["event_id"]) or ""
    store.close()
    if output_format == "json":
        sys.stdout.write(json.dumps({**found, "explanation": explanation},
                                    ensure_ascii=False) + "\n")
        return
    location = found.get("location") or {}
    lines = [
        f"Event {found['event_id']}: {found.get('event_type')} / {found.get('sub_event_type')}",
        f"  date: {found.get('date_start')} to {found.get('date_end')} "
        f"(precision {found.get('time_precision')})",
        f"  where: {location.get('place') or location.get('name')}, {location.get('admin1')}, "
        f"{location.get('country')} ({location.get('latitude')}, {location.get('longitude')})",
        f"  actors: {found.get('actor1')} vs {found.get('actor2')}",
        f"  fatalities: {found.get('fatalities')} (low {found.get('fatalities_low')}, "
        f"high {found.get('fatalities_high')})",
        f"  notes: {found.get('notes')}",
        f"Sources ({len(found['sources'])}):",
    ]
    for source in found["sources"]:
        lines.append(f"  - {source['doc_id']} {source.get('source') or ''} "
                     f"{source.get('published') or ''} {source.get('url') or ''}".rstrip())
        if source.get("title"):
            lines.append(f"    {source['title']}")
    lines.append(explanation)
    click.echo("\n".join(lines))


COMMANDS = [ingest_command, errors_command, events_command, tallies_command, stats_command,
            export_command, import_command, show_command]
