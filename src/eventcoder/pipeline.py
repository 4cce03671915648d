"""The pipeline, in order: document -> clean text -> mentions -> events, tallies, statements.

Each stage is a registered pure function (see :mod:`eventcoder.registry`); this
module only strings them together and turns any failure into data: a document
that cannot be processed comes back as a ``document`` record with ``error`` set,
and the batch goes on.
"""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Callable, Sequence
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


def compiled_modules() -> tuple[str, ...]:
    """The modules of the package that run compiled (mypyc), not as Python source.

    A wheel built with a C compiler at hand compiles the stages (see ``setup.py``); an
    editable or pure-Python install compiles none. Benchmarks print this, since the
    same code runs 1.3 to 1.5 times as fast compiled.
    """
    return tuple(sorted(
        name for name, module in list(sys.modules.items())
        if name.startswith("eventcoder.")
        and not (getattr(module, "__file__", None) or ".py").endswith(".py")
    ))


#: A short report that reaches every stage, so that each loads its data files: an event, a
#: tally and a quoted statement.
_WARM_UP_TEXT = (
    "On 3 May 2020, gunmen killed two farmers and wounded 3 others near a village in "
    "Kaduna state, Nigeria, police said. In April, 12 attacks killed 30 people. \"We "
    "buried them at dawn,\" a local elder told reporters."
)


def prepare_batch(extractor: Callable[[Document], list[Record]]) -> None:
    """Get a process ready to run ``extractor`` over many documents: call once, before them.

    Runs it on one short report, so that the data files it reads (the gazetteer, the
    lexicons, compiled patterns) are loaded now, then moves every object alive into the
    garbage collector's permanent generation (``gc.freeze``). Those are tens of thousands of
    long-lived objects that the cyclic collector would otherwise walk again at each full
    collection, a few percent of the time of a batch of short notes. Frozen objects
    are never freed, so this is for a process that runs one batch (a command, a benchmark
    worker), not for a library call or a long-lived server, where repeated freezing would
    keep garbage alive.
    """
    from eventcoder.inputs import document_from_text

    extractor(document_from_text(_WARM_UP_TEXT, doc_id="warm-up"))
    gc.collect()
    gc.freeze()


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
