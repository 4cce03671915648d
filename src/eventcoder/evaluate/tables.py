"""Read coded tables as distributed: CSV (UTF-8, or Latin-1 as older GTD files are) and XLSX."""

from __future__ import annotations

import csv
import io
import logging
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)


def _cell(value: Any) -> str:
    """A spreadsheet cell as the CSV export would write it."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return f"{value:.1f}"
    return str(value)


def read_header(path: Path) -> list[str]:
    """The column names of a CSV or XLSX file (empty when it has none)."""
    for row in iter_rows(path):
        return list(row)
    return []


def iter_rows(path: Path) -> Iterator[dict[str, str]]:
    """Rows of a CSV or XLSX file as ``{column: text}``; cells are stripped strings."""
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        yield from _iter_xlsx(path)
        return
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        log.info("%s is not UTF-8; reading it as Latin-1", path)
        text = raw.decode("latin-1")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    for row in reader:
        yield {k.strip(): (v or "").strip() for k, v in row.items() if k is not None}


def _iter_xlsx(path: Path) -> Iterator[dict[str, str]]:
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = book.worksheets[0]
        rows = sheet.iter_rows(values_only=True)
        header = [_cell(c).strip() for c in next(rows, ())]
        for values in rows:
            if values is None or all(v is None for v in values):
                continue
            yield {name: _cell(v).strip() for name, v in zip(header, values, strict=False) if name}
    finally:
        book.close()


def parse_int(text: str | None) -> int | None:
    """``"3"``, ``"3.0"`` -> 3; empty or unreadable -> None (GTD writes counts as floats)."""
    if text is None or not text.strip():
        return None
    try:
        return int(float(text))
    except ValueError:
        return None


def parse_float(text: str | None) -> float | None:
    if text is None or not text.strip():
        return None
    try:
        return float(text)
    except ValueError:
        return None
