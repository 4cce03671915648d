"""The pipeline, in order: document -> clean text -> mentions -> events, tallies, statements.

Each stage is a registered pure function (see :mod:`eventcoder.registry`); this
module only strings them together and turns any failure into data: a document
that cannot be processed comes back as a ``document`` record with ``error`` set,
and the batch goes on.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from eventcoder import actors, dates, document, events, places, quantities, statements, tallies
from eventcoder.document import make_doc
from eventcoder.mentions import Doc, replace_doc
from eventcoder.records import Document, Record
from eventcoder.registry import STAGES, StageSpec

log = logging.getLogger(__name__)

# Importing the stage modules registers them; the names below are the pipeline.
_BUILTIN_MODULES = (document, places, actors, dates, quantities, events, tallies, statements)

DEFAULT_STAGES: tuple[str, ...] = (
    "eventcoder.document.v1",
    "eventcoder.places.v1",
    "eventcoder.actors.v1",
    "eventcoder.dates.v1",
    "eventcoder.quantities.v1",
    "eventcoder.tallies.v1",
    "eventcoder.events.v1",
    "eventcoder.statements.v1",
)


class RulePipeline:
    """The built-in extractor: rule- and lexicon-based stages, no model downloads."""

    name = "eventcoder.rules.v1"

    def __init__(self, *, stages: Sequence[str] = DEFAULT_STAGES) -> None:
        missing = [s for s in stages if s not in STAGES]
        if missing:
            raise KeyError(f"unknown stages {missing}; registered: {sorted(STAGES)}")
        self.stage_names = tuple(stages)
        self._check_order([STAGES[s] for s in stages])

    @staticmethod
    def _check_order(specs: list[StageSpec]) -> None:
        available = {"document"}
        for spec in specs:
            lacking = [r for r in spec.requires if r not in available]
            if lacking:
                raise ValueError(
                    f"stage {spec.name} requires {lacking}, which no earlier stage assigns"
                )
            available.update(spec.assigns)

    def __reduce__(self) -> tuple[type, tuple[()], dict[str, tuple[str, ...]]]:
        return (RulePipeline, (), {"stage_names": self.stage_names})

    def __setstate__(self, state: dict[str, tuple[str, ...]]) -> None:
        self.stage_names = state["stage_names"]

    def analyse(self, doc_in: Document) -> Doc:
        """Run every stage and return the annotated doc (mentions and records)."""
        doc = make_doc(doc_in)
        for name in self.stage_names:
            doc = STAGES[name].func(doc)
        # Recorded once at the end: no stage reads it, and a copy of the doc per stage
        # costs more than some stages do on a short note.
        return replace_doc(doc, stages=(*doc.stages, *self.stage_names))

    def __call__(self, document_in: Document) -> list[Record]:
        """Extract records from one document; failures become a document record with error."""
        if document_in.error:
            return [replace(document_in, extractor=self.name)]
        try:
            doc = self.analyse(document_in)
        except Exception as exc:  # a failure is data: the batch goes on
            log.exception("document %s failed", document_in.doc_id)
            return [replace(document_in, error=f"{type(exc).__name__}: {exc}",
                            extractor=self.name)]
        doc.document.extractor = self.name
        return [doc.document, *doc.records]


def extract(
    text: str,
    *,
    published: str | date | None = None,
    source: str | None = None,
    url: str | None = None,
    title: str | None = None,
    doc_id: str | None = None,
) -> list[Record]:
    """Extract records from one text: a document record first, then events, tallies, ...

    Example::

        >>> from eventcoder import extract
        >>> records = extract("On 3 May 2020, gunmen killed two farmers in Kaduna.")
    """
    from eventcoder.inputs import document_from_text

    doc_in = document_from_text(
        text, published=published, source=source, url=url, title=title, doc_id=doc_id
    )
    return RulePipeline()(doc_in)
