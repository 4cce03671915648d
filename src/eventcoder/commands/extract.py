"""``eventcoder extract``: records from files or standard input, one JSON object a line."""

from __future__ import annotations

import json
import sys
from typing import TextIO

import click

from eventcoder.records import Document, Record


@click.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", default=None, metavar="YYYY-MM-DD",
              help="Publication date of .txt inputs (JSONL lines may carry their own).")
@click.option("--format", "output_format", type=click.Choice(["jsonl"]), default="jsonl",
              show_default=True, help="Output format.")
@click.option("--with-text", is_flag=True, help="Include each document's full text.")
@click.option("--merge", is_flag=True,
              help="Merge reports of one incident, and tallies of one claim, across the "
                   "documents (a later release's revised count supersedes the earlier one).")
def extract_command(paths: tuple[str, ...], published: str | None, output_format: str,
                    with_text: bool, merge: bool) -> None:
    """Extract events, tallies, consistency findings and statements.

    Reads .txt files (one document each), .jsonl files (one document a line:
    {"id", "text", "published"?, "source"?, "url"?}), folders of them, and '-' for
    standard input. Writes one record a line to standard output; progress and
    warnings go to standard error. Exits 1 when any document failed.

    Example:

        eventcoder extract report.txt --published 2025-01-06

        eventcoder extract release.jsonl wire.txt --merge
    """
    from eventcoder.inputs import read_inputs
    from eventcoder.pipeline import RulePipeline, prepare_batch

    if published is not None:
        from datetime import date

        try:
            date.fromisoformat(published)
        except ValueError as exc:
            raise click.BadParameter(f"{published!r} is not a date like 2025-01-06",
                                     param_hint="--published") from exc
    pipeline = RulePipeline()
    prepare_batch(pipeline)
    failed: list[str] = []
    out = sys.stdout
    count = 0
    held: list[Record] = []
    for doc_in in read_inputs(list(paths), published=published):
        count += 1
        for record in pipeline(doc_in):
            if isinstance(record, Document) and record.error:
                failed.append(record.error)
            if merge:
                held.append(record)
            else:
                _write(out, record, with_text)
    if merge:
        from eventcoder.reconcile import reconcile_records

        for record in reconcile_records(held):
            _write(out, record, with_text)
    out.flush()
    for error in failed:
        click.echo(f"error: {error}", err=True)
    click.echo(f"{count} document(s), {len(failed)} failed", err=True)
    if failed:
        sys.exit(1)


def _write(out: TextIO, record: Record, with_text: bool) -> None:
    data = (record.to_dict(with_text=with_text) if isinstance(record, Document)
            else record.to_dict())
    out.write(json.dumps(data, ensure_ascii=False) + "\n")


COMMANDS = [extract_command]
