"""``eventcoder evaluate``: score the extractor against a human-coded file."""

from __future__ import annotations

from pathlib import Path

import click

FORMAT_NAMES = ("acled", "gtd", "wikievents")


@click.command("evaluate")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "file_format", type=click.Choice(FORMAT_NAMES), default=None,
              help="Format of PATH; detected from its columns when left out.")
@click.option("--split", type=click.Choice(["tune", "check", "all"]), default="all",
              show_default=True,
              help="Half of the rows to score, by a stable hash of the row id.")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Score at most N rows.")
@click.option("--sample", is_flag=True,
              help="With --limit, take a random sample (seeded by --seed) instead of the first N.")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of --sample.")
@click.option("--predictions", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              default=None,
              help="Score these records (JSON Lines from 'eventcoder extract', document ids = "
                   "row ids) instead of running the extractor.")
@click.option("--json", "json_out", type=click.Path(dir_okay=False, path_type=Path),
              default=None, help="Write the scores as JSON to this file.")
@click.option("--html", "html_out", type=click.Path(dir_okay=False, path_type=Path),
              default=None, help="Write an HTML report with pictures to this file.")
def evaluate_command(path: Path, file_format: str | None, split: str, limit: int | None,
                     sample: bool, seed: int, predictions: Path | None, json_out: Path | None,
                     html_out: Path | None) -> None:
    """Score extraction against a human-coded ACLED, GTD or WikiEvents file.

    Runs the extractor over each row's text (ACLED 'notes', GTD 'summary',
    WikiEvents articles), compares with what the coders recorded, matching rows by
    the id of the document they came from, and prints a table of measures. The
    measures are defined in docs/evaluation.md.

    Example:

        eventcoder evaluate acled-export.csv --split check --html report.html
    """
    from typing import cast

    from rich.console import Console

    from eventcoder.evaluate import evaluate_path, read_predictions
    from eventcoder.evaluate.metrics import Split
    from eventcoder.evaluate.report import rich_tables, write_html, write_json

    try:
        given = read_predictions(predictions) if predictions is not None else None
        scores = evaluate_path(path, format=file_format, split=cast(Split, split), limit=limit,
                               sample=sample, seed=seed, predictions=given)
    except (ValueError, KeyError, OSError) as exc:
        raise click.ClickException(str(exc)) from exc
    console = Console()
    for table in rich_tables(scores):
        console.print(table)
    if json_out is not None:
        write_json(scores, json_out)
        click.echo(f"scores written to {json_out}", err=True)
    if html_out is not None:
        write_html(scores, html_out)
        click.echo(f"report written to {html_out}", err=True)


COMMANDS = [evaluate_command]
