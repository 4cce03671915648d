"""Score an extractor against human-coded data: ACLED, GTD and WikiEvents files as distributed.

The scorers are pure functions of coded rows and predicted records
(``score_acled(rows, predictions)``), so they can be checked on hand-made
predictions; :func:`evaluate_path` reads a file, runs the extractor over its
texts and scores the result. The measures are defined in ``docs/evaluation.md``.

Example::

    >>> from eventcoder.evaluate import evaluate_path
    >>> scores = evaluate_path("acled-export.csv", split="check", limit=500)
    >>> scores.value("event_type.accuracy")
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventcoder.evaluate import acled, gtd, wikievents
from eventcoder.evaluate.metrics import Scores, Split, select_rows, split_of
from eventcoder.evaluate.tables import read_header
from eventcoder.records import Document, Record, record_from_dict

log = logging.getLogger(__name__)

__all__ = [
    "FORMATS",
    "Scores",
    "detect_format",
    "evaluate_path",
    "load_rows",
    "read_predictions",
    "run_extractor",
    "split_of",
]


@dataclass(frozen=True, slots=True)
class FormatSpec:
    """How to read one coded format, which texts to extract from, and how to score."""

    name: str
    read: Callable[[Path], Sequence[Any]]
    documents: Callable[[Sequence[Any]], list[Document]]
    score: Callable[[Sequence[Any], Mapping[str, Sequence[Record]]], Scores]
    description: str


FORMATS: dict[str, FormatSpec] = {
    "acled": FormatSpec("acled", acled.read_acled, acled.documents_for, acled.score_acled,
                        "ACLED export (CSV): notes beside the coded event"),
    "gtd": FormatSpec("gtd", gtd.read_gtd, gtd.documents_for, gtd.score_gtd,
                      "Global Terrorism Database (CSV or XLSX): summary beside the incident"),
    "wikievents": FormatSpec("wikievents", wikievents.read_wikievents, wikievents.documents_for,
                             wikievents.score_wikievents,
                             "WikiEvents JSONL: articles with event triggers and arguments"),
}


def detect_format(path: Path) -> str:
    """Say which coded format a file is in, from its columns (or JSON keys)."""
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".json"):
        with path.open(encoding="utf-8") as handle:
            first = next((line for line in handle if line.strip()), "")
        try:
            keys = set(json.loads(first)) if first else set()
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}: the first line is not JSON ({exc.msg})") from exc
        if {"event_mentions", "sentences"} <= keys:
            return "wikievents"
        raise ValueError(f"{path}: JSON lines without 'event_mentions' and 'sentences' are not "
                         "WikiEvents; pass --format")
    columns = set(read_header(path))
    if acled.SIGNATURE <= columns:
        return "acled"
    if gtd.SIGNATURE <= columns:
        return "gtd"
    raise ValueError(
        f"{path}: cannot tell the format from its columns; expected ACLED's "
        f"({', '.join(sorted(acled.SIGNATURE))}) or GTD's ({', '.join(sorted(gtd.SIGNATURE))})"
    )


def load_rows(
    path: Path,
    *,
    format: str | None = None,
    split: Split = "all",
    limit: int | None = None,
    sample: bool = False,
    seed: int = 0,
) -> tuple[FormatSpec, list[Any]]:
    """Read a coded file and keep the rows of ``split`` (then ``limit`` of them)."""
    spec = FORMATS[format or detect_format(path)]
    rows = spec.read(path)
    return spec, select_rows(rows, split=split, limit=limit, sample=sample, seed=seed)


def run_extractor(
    documents: Iterable[Document], extractor: Callable[[Document], list[Record]] | None = None
) -> dict[str, list[Record]]:
    """Run an extractor over documents; records grouped by the id of their document."""
    if extractor is None:
        from eventcoder.pipeline import RulePipeline

        extractor = RulePipeline()
    out: dict[str, list[Record]] = {}
    for document in documents:
        out[document.doc_id] = list(extractor(document))
    return out


def read_predictions(path: Path) -> dict[str, list[Record]]:
    """Records written by ``eventcoder extract`` (JSON Lines), grouped by ``doc_id``."""
    out: dict[str, list[Record]] = {}
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = record_from_dict(json.loads(line))
            except (ValueError, TypeError, KeyError) as exc:
                raise ValueError(f"{path}:{number}: not an eventcoder record ({exc})") from exc
            out.setdefault(record.doc_id, []).append(record)
    return out


def evaluate_path(
    path: str | Path,
    *,
    format: str | None = None,
    split: Split = "all",
    limit: int | None = None,
    sample: bool = False,
    seed: int = 0,
    extractor: Callable[[Document], list[Record]] | None = None,
    predictions: Mapping[str, Sequence[Record]] | None = None,
) -> Scores:
    """Read a coded file, extract from its texts (unless ``predictions`` are given), score."""
    path = Path(path)
    spec, rows = load_rows(path, format=format, split=split, limit=limit, sample=sample,
                           seed=seed)
    started = time.perf_counter()
    if predictions is None:
        predictions = run_extractor(spec.documents(rows), extractor)
    extract_s = time.perf_counter() - started
    scores = spec.score(rows, predictions)
    scores.meta.update({
        "path": str(path),
        "split": split,
        "limit": limit,
        "sample": sample,
        "seed": seed,
        "extract_seconds": round(extract_s, 3),
    })
    return scores
