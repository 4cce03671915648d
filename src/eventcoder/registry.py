"""The stage and extractor registries: every built-in registers the way a plug-in would.

A stage is a pure function ``Doc -> Doc`` registered under a versioned name
(``eventcoder.places.v1``) with what it reads and what it assigns. Records keep
the name of the extractor that produced them, so a dataset says which code
made each value. Third-party extractors register through the
``eventcoder.extractors`` entry point group.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib.metadata import entry_points
from typing import Protocol, runtime_checkable

from eventcoder.mentions import Doc
from eventcoder.records import Document, Record

StageFunc = Callable[[Doc], Doc]

_VERSIONED = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+\.v\d+$")


@dataclass(frozen=True, slots=True)
class StageSpec:
    """A registered stage: its versioned name, function and declared inputs and outputs."""

    name: str
    func: StageFunc
    requires: tuple[str, ...]
    assigns: tuple[str, ...]


STAGES: dict[str, StageSpec] = {}


def stage(
    name: str, *, requires: Sequence[str] = (), assigns: Sequence[str] = ()
) -> Callable[[StageFunc], StageFunc]:
    """Register a ``Doc -> Doc`` function as a pipeline stage under a versioned name."""
    if not _VERSIONED.match(name):
        raise ValueError(
            f"stage name {name!r} must be dotted and versioned, like 'eventcoder.places.v1'"
        )

    def register(func: StageFunc) -> StageFunc:
        existing = STAGES.get(name)
        if existing is not None and existing.func is not func:
            raise ValueError(f"stage {name!r} is registered twice")
        STAGES[name] = StageSpec(name, func, tuple(requires), tuple(assigns))
        return func

    return register


@runtime_checkable
class Extractor(Protocol):
    """Anything that turns a document into records: the one extension contract."""

    name: str

    def __call__(self, document: Document) -> list[Record]: ...


def extractor_factories() -> dict[str, Callable[[], Extractor]]:
    """Extractors installed under the ``eventcoder.extractors`` entry point group."""
    found: dict[str, Callable[[], Extractor]] = {}
    for ep in entry_points(group="eventcoder.extractors"):
        found[ep.name] = ep.load()
    return found


def get_extractor(name: str) -> Extractor:
    """Build a registered extractor by its versioned name."""
    factories = extractor_factories()
    if name not in factories:
        known = ", ".join(sorted(factories)) or "none installed"
        raise KeyError(f"no extractor named {name!r}; installed: {known}")
    return factories[name]()
