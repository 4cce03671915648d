"""What the mention stages find in a text, before events are assembled.

A :class:`Doc` travels through the pipeline; each stage returns a new one with
its own field filled (places, actors, dates, casualties, quantities). Offsets are
always into ``Doc.text``, which has the same length as the stored document text
(debris is blanked, never cut), so every span is also a span of the original.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import accumulate
from operator import add
from typing import Any, Literal

from eventcoder.records import Document, Record, replacer, slot_init


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry."""

    name: str
    country: str  # ISO 3166 alpha-2
    feature: Literal["country", "admin1", "admin2", "populated_place", "natural", "other"]
    latitude: float
    longitude: float
    admin1: str | None = None
    admin2: str | None = None
    population: int = 0
    geonames_id: int | None = None

    # Written out: in a compiled module a generated __init__ runs interpreted (a few built
    # per note, and one per entry a note resolves to).
    def __init__(
        self, name: str, country: str,
        feature: Literal["country", "admin1", "admin2", "populated_place", "natural", "other"],
        latitude: float, longitude: float, admin1: str | None = None, admin2: str | None = None,
        population: int = 0, geonames_id: int | None = None,
    ) -> None:
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "country", country)
        object.__setattr__(self, "feature", feature)
        object.__setattr__(self, "latitude", latitude)
        object.__setattr__(self, "longitude", longitude)
        object.__setattr__(self, "admin1", admin1)
        object.__setattr__(self, "admin2", admin2)
        object.__setattr__(self, "population", population)
        object.__setattr__(self, "geonames_id", geonames_id)

    def __reduce__(self) -> tuple[type[Place], tuple[Any, ...]]:
        # A compiled (mypyc) class has no slots for pickle to restore one by one.
        return (Place, (self.name, self.country, self.feature, self.latitude, self.longitude,
                        self.admin1, self.admin2, self.population, self.geonames_id))


slot_init(Place)  # see slot_init; called, not a decorator, so that it stays a compiled class


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place named in the text and the gazetteer entry it resolved to (or why not)."""

    start: int
    end: int
    text: str
    place: Place | None
    geo_precision: int = 1  # ACLED: 1 town, 2 near / part of a region, 3 province or vaguer
    modifier: str | None = None  # "near", "countryside", "outskirts", "north of", ...
    score: float = 0.0
    reason: str | None = None  # why unresolved, or how it was disambiguated

    # Written out: in a compiled module a generated __init__ runs interpreted (one per name).
    def __init__(
        self, start: int, end: int, text: str, place: Place | None, geo_precision: int = 1,
        modifier: str | None = None, score: float = 0.0, reason: str | None = None,
    ) -> None:
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "place", place)
        object.__setattr__(self, "geo_precision", geo_precision)
        object.__setattr__(self, "modifier", modifier)
        object.__setattr__(self, "score", score)
        object.__setattr__(self, "reason", reason)

    def __reduce__(self) -> tuple[type[PlaceMention], tuple[Any, ...]]:
        # A compiled (mypyc) class has no slots for pickle to restore one by one.
        return (PlaceMention, (self.start, self.end, self.text, self.place, self.geo_precision,
                               self.modifier, self.score, self.reason))


slot_init(PlaceMention)


@dataclass(frozen=True, slots=True)
class ActorMention:
    """An actor named in the text, normalised to a canonical name and kind."""

    start: int
    end: int
    text: str
    name: str  # canonical, e.g. "Islamic State", "Military Forces of Iraq"
    kind: str  # state_forces, rebel_group, political_militia, identity_militia,
    # external_force, civilians, protesters, rioters, unidentified_armed_group, police, observer
    # (a monitoring mission that reports events without taking part), ...
    country: str | None = None  # ISO alpha-2 the actor belongs to, where known
    acled_name: str | None = None  # ACLED's spelling, e.g. "Military Forces of Iraq (2014-)"
    inter: int | None = None  # ACLED inter code (1 state forces ... 8 external/other)
    generic: bool = False  # "gunmen", "police", "protesters": a class, not a named group
    score: float = 1.0
    # how the text relates the actor: "anti" (anti-ISIS: a target, not the agent), "pro",
    # "led", "backed", "suspected", "former", or None for a plain mention
    modifier: str | None = None
    # countries where a named group is active (its area of operations), where known
    theatre: tuple[str, ...] = ()

    # Written out: in a compiled module a generated __init__ runs interpreted (one per name).
    def __init__(
        self, start: int, end: int, text: str, name: str, kind: str, country: str | None = None,
        acled_name: str | None = None, inter: int | None = None, generic: bool = False,
        score: float = 1.0, modifier: str | None = None, theatre: tuple[str, ...] = (),
    ) -> None:
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "country", country)
        object.__setattr__(self, "acled_name", acled_name)
        object.__setattr__(self, "inter", inter)
        object.__setattr__(self, "generic", generic)
        object.__setattr__(self, "score", score)
        object.__setattr__(self, "modifier", modifier)
        object.__setattr__(self, "theatre", theatre)

    def __reduce__(self) -> tuple[type[ActorMention], tuple[Any, ...]]:
        # A compiled (mypyc) class has no slots for pickle to restore one by one.
        return (ActorMention, (self.start, self.end, self.text, self.name, self.kind,
                               self.country, self.acled_name, self.inter, self.generic,
                               self.score, self.modifier, self.theatre))


slot_init(ActorMention)


@slot_init
@dataclass(frozen=True, slots=True)
class DateMention:
    """A date, range, month or relative expression resolved to a calendar interval."""

    start: int
    end: int
    text: str
    date_start: date | None
    date_end: date | None
    time_precision: int  # ACLED: 1 day, 2 week or stated range, 3 month or vaguer
    basis: Literal["stated", "year_inferred", "publication_date", "relative", "unknown"]
    year_known: bool = True


@slot_init
@dataclass(frozen=True, slots=True)
class Quantity:
    """A number as written: digits, words, or a vague amount with its convention."""

    start: int
    end: int
    text: str
    value: int | None
    low: int | None
    high: int | None
    qualifier: Literal["exact", "at_least", "at_most", "approximately", "zero", "unknown"]


@slot_init
@dataclass(frozen=True, slots=True)
class CasualtyMention:
    """A statement that people were killed, wounded, detained or abducted.

    ``party_text`` is the phrase naming who suffered it ("ISIS operatives",
    "US troops", "a civilian"); the events stage resolves it to an actor.
    """

    start: int
    end: int
    text: str
    kind: Literal["killed", "wounded", "detained", "abducted"]
    count: int | None
    low: int | None
    high: int | None
    qualifier: Literal["exact", "at_least", "at_most", "approximately", "zero", "unknown"]
    party_text: str | None = None
    party_start: int | None = None
    party_end: int | None = None
    number_start: int | None = None
    number_end: int | None = None
    animal: bool = False  # "a working dog was injured": reported, never counted as people
    perpetrator: bool = False  # "the suicide bomber was killed": an attacker among the dead
    subset: bool = False  # "... including 2 children": part of a total stated just before
    coded: bool = False  # a coding convention the text states ("Unknown fatalities coded as 10")
    shared_by: int | None = None  # "fatalities split between 3 events": the count is shared
    rank: int | None = None  # "a thirteenth victim": one person, the 13th of those counted


#: A text's blank-separated chunks (``str.split()``'s) and the offset of each, with the text
#: they were read from. Every stage's tokens lie inside chunks, so the stages that tokenise
#: a text start from these, read once per document (see :func:`doc_chunks`).
Chunks = tuple[str, tuple[int, ...], tuple[str, ...]]


def split_with_offsets(text: str, start: int, end: int) -> tuple[list[int], list[str]]:
    """The offsets and the chunks of ``text[start:end].split()``."""
    words = text[start:end].split()
    offsets: list[int] = []
    pos = start
    for word in words:
        pos = text.find(word, pos)
        offsets.append(pos)
        pos += len(word)
    return offsets, words


def text_chunks(text: str) -> Chunks:
    """The blank-separated chunks of ``text`` and their offsets."""
    words = text.split()
    lengths = list(map(len, words))
    lead = len(text) - len(text.lstrip())
    if words and lead + sum(lengths) + len(words) - 1 + len(text) - len(text.rstrip()) \
            == len(text):
        # One blank between each two chunks (as in most texts): each offset is the lengths
        # of the chunks before it and one blank after each, summed without a look-up per
        # chunk.
        return (text, tuple(map(add, accumulate(lengths, initial=lead), range(len(words)))),
                tuple(words))
    offsets, found = split_with_offsets(text, 0, len(text))
    return (text, tuple(offsets), tuple(found))


def chunks_in(chunks: Chunks, start: int, end: int) -> tuple[Sequence[int], Sequence[str]]:
    """The offsets and the chunks of ``text[start:end].split()``, taken from the chunks of
    the whole text: those inside the span, the one cut by either end of it cut there."""
    if start >= end:
        return (), ()
    starts, words = chunks[1], chunks[2]
    first = bisect_right(starts, start) - 1
    if first < 0 or starts[first] + len(words[first]) <= start:
        first += 1
    last = bisect_left(starts, end)
    if first >= last:
        return (), ()
    if starts[first] >= start and starts[last - 1] + len(words[last - 1]) <= end:
        return starts[first:last], words[first:last]
    offsets = list(starts[first:last])
    cut = list(words[first:last])
    if offsets[0] < start:
        cut[0] = cut[0][start - offsets[0]:]
        offsets[0] = start
    if offsets[-1] + len(cut[-1]) > end:
        cut[-1] = cut[-1][:end - offsets[-1]]
    return offsets, cut



def span_chunks(text: str, chunks: Chunks | None, start: int,
                end: int) -> tuple[Sequence[int], Sequence[str]]:
    """The offsets and the chunks of ``text[start:end].split()``: from the whole text's
    chunks where a tokeniser is handed them, else read from the span."""
    if chunks is not None:
        return chunks_in(chunks, start, end)
    return split_with_offsets(text, start, end)

@dataclass(frozen=True, slots=True)
class Doc:
    """A document and everything the stages have found in it so far."""

    document: Document
    text: str  # cleaned: debris blanked with spaces, same length as document.text
    sentences: tuple[tuple[int, int], ...] = ()
    places: tuple[PlaceMention, ...] = ()
    actors: tuple[ActorMention, ...] = ()
    dates: tuple[DateMention, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    casualties: tuple[CasualtyMention, ...] = ()
    records: tuple[Record, ...] = ()
    #: Sentences whose figures are tallies, once the tallies stage has read them (None before).
    tally_sentences: tuple[tuple[int, int], ...] | None = None
    stages: tuple[str, ...] = field(default=())
    #: ``text``'s chunks, read once by the document stage (None before: see ``doc_chunks``).
    chunks: Chunks | None = field(default=None, compare=False, repr=False)

    # Written out: in a compiled module a generated __init__ runs interpreted.
    def __init__(
        self,
        document: Document,
        text: str,
        sentences: tuple[tuple[int, int], ...] = (),
        places: tuple[PlaceMention, ...] = (),
        actors: tuple[ActorMention, ...] = (),
        dates: tuple[DateMention, ...] = (),
        quantities: tuple[Quantity, ...] = (),
        casualties: tuple[CasualtyMention, ...] = (),
        records: tuple[Record, ...] = (),
        tally_sentences: tuple[tuple[int, int], ...] | None = None,
        stages: tuple[str, ...] = (),
        chunks: Chunks | None = None,
    ) -> None:
        object.__setattr__(self, "document", document)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "sentences", sentences)
        object.__setattr__(self, "places", places)
        object.__setattr__(self, "actors", actors)
        object.__setattr__(self, "dates", dates)
        object.__setattr__(self, "quantities", quantities)
        object.__setattr__(self, "casualties", casualties)
        object.__setattr__(self, "records", records)
        object.__setattr__(self, "tally_sentences", tally_sentences)
        object.__setattr__(self, "stages", stages)
        object.__setattr__(self, "chunks", chunks)

    def __reduce__(self) -> tuple[type[Doc], tuple[Any, ...]]:
        # A compiled (mypyc) class has no slots for pickle to restore one by one.
        return (Doc, (self.document, self.text, self.sentences, self.places, self.actors,
                      self.dates, self.quantities, self.casualties, self.records,
                      self.tally_sentences, self.stages, self.chunks))

    @property
    def doc_id(self) -> str:
        return self.document.doc_id

    @property
    def published(self) -> date | None:
        value = self.document.published
        return date.fromisoformat(value) if value else None


slot_init(Doc)  # copied eight times per document: see slot_init


def doc_chunks(doc: Doc) -> Chunks:
    """The chunks of ``doc.text``: those the doc keeps where they were read from this very
    text (a copy with another text keeps stale ones), else read now."""
    kept = doc.chunks
    if kept is not None and kept[0] is doc.text:
        return kept
    return text_chunks(doc.text)


#: Marks a field ``_copy_doc`` keeps.
_KEEP: Any = object()


def _copy_doc(
    doc: Doc, *, document: Any = _KEEP, text: Any = _KEEP, sentences: Any = _KEEP,
    places: Any = _KEEP, actors: Any = _KEEP, dates: Any = _KEEP, quantities: Any = _KEEP,
    casualties: Any = _KEEP, records: Any = _KEEP, tally_sentences: Any = _KEEP,
    stages: Any = _KEEP, chunks: Any = _KEEP,
) -> Doc:
    """``dataclasses.replace`` for a :class:`Doc`, each field spelled out (compiled)."""
    return Doc(
        doc.document if document is _KEEP else document,
        doc.text if text is _KEEP else text,
        doc.sentences if sentences is _KEEP else sentences,
        doc.places if places is _KEEP else places,
        doc.actors if actors is _KEEP else actors,
        doc.dates if dates is _KEEP else dates,
        doc.quantities if quantities is _KEEP else quantities,
        doc.casualties if casualties is _KEEP else casualties,
        doc.records if records is _KEEP else records,
        doc.tally_sentences if tally_sentences is _KEEP else tally_sentences,
        doc.stages if stages is _KEEP else stages,
        doc.chunks if chunks is _KEEP else chunks,
    )


#: A copy of a doc with some fields changed: ``replace_doc(doc, places=...)``. Every stage
#: copies the doc once per document; the generic ``dataclasses.replace`` looks every field
#: up by name each time, which cost more than some stages' own work on a short note. As
#: Python, ``replacer`` sets the slots directly; compiled, the written copy is native.
replace_doc: Callable[..., Doc] = replacer(Doc) if "__slots__" in vars(Doc) else _copy_doc
