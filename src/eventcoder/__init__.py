"""eventcoder: turn conflict reporting into a structured, source-linked event dataset."""

from __future__ import annotations

from eventcoder.records import (
    Casualty,
    Consistency,
    Document,
    Event,
    Evidence,
    Location,
    Record,
    Statement,
    Tally,
    record_from_dict,
)

__all__ = [
    "Casualty",
    "Consistency",
    "Document",
    "Event",
    "Evidence",
    "Location",
    "Record",
    "Statement",
    "Tally",
    "extract",
    "record_from_dict",
]
__version__ = "0.1.0"


def extract(text: str, **kwargs: object) -> list[Record]:
    """Extract records from one text; see :func:`eventcoder.pipeline.extract`."""
    from eventcoder.pipeline import extract as _extract

    return _extract(text, **kwargs)  # type: ignore[arg-type]
