"""The record model: documents, events, tallies, consistency findings and statements.

Every record serialises to the JSON object the command-line contract names
(``record`` plus its fields), and every extracted value can carry the spans of
text it came from (:class:`Evidence`). Records are plain dataclasses so they
pickle cheaply across processes.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal, TypeVar

PublishedBasis = Literal["given", "in_text", "unknown"]
DateBasis = Literal["stated", "year_inferred", "publication_date", "unknown"]
CasualtyKind = Literal["killed", "wounded", "detained", "abducted"]
Qualifier = Literal["exact", "at_least", "at_most", "approximately", "zero", "unknown"]
Verdict = Literal["consistent", "mismatch", "partial"]

#: ACLED's event types and sub-types, in snake_case (RECORD_MODEL.md).
EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "battles": (
        "armed_clash",
        "government_regains_territory",
        "non_state_actor_overtakes_territory",
    ),
    "explosions_remote_violence": (
        "air_drone_strike",
        "shelling_artillery_missile_attack",
        "remote_explosive_landmine_ied",
        "suicide_bomb",
        "grenade",
        "chemical_weapon",
    ),
    "violence_against_civilians": ("attack", "abduction_forced_disappearance", "sexual_violence"),
    "protests": (
        "peaceful_protest",
        "protest_with_intervention",
        "excessive_force_against_protesters",
    ),
    "riots": ("violent_demonstration", "mob_violence"),
    "strategic_developments": (
        "arrests",
        "agreement",
        "looting_property_destruction",
        "change_to_group_activity",
        "disrupted_weapons_use",
        "headquarters_or_base_established",
        "non_violent_transfer_of_territory",
        "other",
    ),
}


_C = TypeVar("_C", bound=type)


def _has_init_var(cls: type) -> bool:
    """Whether a dataclass takes an ``InitVar`` (a pseudo-field ``fields`` leaves out)."""
    init_var = getattr(dataclasses, "_FIELD_INITVAR", None)
    return init_var is None or any(
        getattr(f, "_field_type", None) is init_var
        for f in cls.__dict__.get("__dataclass_fields__", {}).values())


def slot_init(cls: _C) -> _C:
    """Give a frozen, slotted dataclass an ``__init__`` that sets each slot through its own
    descriptor: the generated one goes through ``object.__setattr__``, which looks each slot
    up by name, at about twice the cost; classes built once per mention feel it.

    The new ``__init__`` takes the same arguments with the same defaults and sets the same
    fields. A class it cannot copy exactly (an ``InitVar``, a default factory, a
    keyword-only or non-init field, ``__post_init__``, or a class that is
    not a frozen, slotted dataclass, as a compiled one is not) is returned unchanged.
    """
    params = getattr(cls, "__dataclass_params__", None)
    if params is None or not params.frozen or "__slots__" not in cls.__dict__ or hasattr(
            cls, "__post_init__"):
        return cls
    fields = dataclasses.fields(cls)
    if _has_init_var(cls) or any(
            not f.init or f.kw_only or f.default_factory is not dataclasses.MISSING
            for f in fields):
        return cls
    namespace: dict[str, Any] = {}
    args, body = [], []
    for f in fields:
        if f.default is dataclasses.MISSING:
            args.append(f.name)
        else:
            namespace[f"_default_{f.name}"] = f.default
            args.append(f"{f.name}=_default_{f.name}")
        namespace[f"_set_{f.name}"] = cls.__dict__[f.name].__set__
        body.append(f"    _set_{f.name}(self, {f.name})\n")
    exec(f"def __init__(self, {', '.join(args)}):\n" + ("".join(body) or "    pass\n"),
         namespace)
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__annotations__ = dict(cls.__dict__["__init__"].__annotations__)
    init.__module__ = cls.__module__
    try:
        type.__setattr__(cls, "__init__", init)
    except TypeError:  # a type that takes no new attributes (compiled): it keeps its own
        pass
    return cls


_T = TypeVar("_T")


def replacer(cls: type[_T]) -> Callable[..., _T]:
    """``dataclasses.replace`` for instances of one slotted dataclass, compiled for its
    fields: each field of the copy is the change given for it or the original's value, set
    through the slot's descriptor, with no look-up of the fields by name per call.

    That is the copy ``dataclasses.replace`` makes for a class whose fields are all set by
    ``__init__`` and that has no ``__post_init__``; for any other class this returns
    ``dataclasses.replace`` itself.
    """
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    if "__slots__" not in cls.__dict__ or hasattr(cls, "__post_init__") or _has_init_var(
            cls) or not all(f.init for f in fields):
        return dataclasses.replace
    names = [f.name for f in fields]
    source = (
        f"def replace(obj, /, *, {', '.join(f'{n}=_KEEP' for n in names)}):\n"
        "    new = _new(_cls)\n"
        + "".join(f"    _set_{n}(new, obj.{n} if {n} is _KEEP else {n})\n" for n in names)
        + "    return new\n"
    )
    namespace: dict[str, Any] = {"_cls": cls, "_KEEP": object(), "_new": object.__new__}
    for name in names:
        namespace[f"_set_{name}"] = cls.__dict__[name].__set__
    exec(source, namespace)
    function: Callable[..., _T] = namespace["replace"]
    function.__qualname__ = f"replacer.<{cls.__qualname__}>"
    return function


@dataclass(frozen=True, slots=True)
class Evidence:
    """A span of a document's text that a value was read from."""

    doc_id: str
    start: int
    end: int
    text: str

    # Written out: in a compiled module a generated __init__ runs interpreted.
    def __init__(self, doc_id: str, start: int, end: int, text: str) -> None:
        object.__setattr__(self, "doc_id", doc_id)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "text", text)

    def __reduce__(self) -> tuple[type[Evidence], tuple[str, int, int, str]]:
        # A compiled (mypyc) class has no slots for pickle to restore one by one.
        return (Evidence, (self.doc_id, self.start, self.end, self.text))

    def to_dict(self) -> dict[str, Any]:
        return {"doc_id": self.doc_id, "start": self.start, "end": self.end, "text": self.text}


slot_init(Evidence)  # built for every value of a record: see slot_init


@dataclass(frozen=True, slots=True)
class Inferred:
    """A value with no span of its own: says what it was inferred from."""

    reason: str
    evidence: tuple[Evidence, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"inferred": self.reason, "from": [e.to_dict() for e in self.evidence]}


#: The types of a record's plain values (exact types: none of them has ``to_dict``), written
#: as they are with no look for a nested record.
_SCALAR_TYPES = frozenset({str, int, float, bool, type(None)})


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    """The names of a dataclass's fields, in order: read once per class, not per record
    written (``dataclasses.fields`` builds its tuple anew at each call)."""
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return names


def _plain(value: Any) -> Any:
    """Turn nested records, evidence and tuples into JSON-ready values."""
    kind = type(value)
    if kind in _SCALAR_TYPES:
        return value
    if kind is list:  # (exact lists, dicts and tuples have no ``to_dict``)
        return [_plain(v) for v in value]
    if kind is dict:
        return {k: _plain(v) for k, v in value.items()}
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def _by_fields(record: Any) -> tuple[type, tuple[Any, ...]]:
    """What ``__reduce__`` returns for a record with a written ``__init__``: its class and
    its fields in order. A compiled (mypyc) class runs its ``__init__`` when pickle makes the
    empty object, so it cannot be restored field by field."""
    return (type(record), tuple(getattr(record, f.name) for f in dataclasses.fields(record)))


class _Record:
    """Shared serialisation: ``record`` first, then the dataclass fields in order."""

    record: ClassVar[str]

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"record": self.record}
        for name in _field_names(type(self)):
            out[name] = _plain(getattr(self, name))
        return out


# Each record's kind is a class variable of a base of its own, not of the dataclass: in a
# compiled (mypyc) module every attribute of a dataclass's body, a class variable included,
# reaches ``@dataclass`` as a field. The records' ``__init__`` is written out for the same
# build: a generated one runs interpreted there, and costs twice what it does as Python.


class _DocumentRecord(_Record):
    record: ClassVar[str] = "document"


class _EventRecord(_Record):
    record: ClassVar[str] = "event"


class _TallyRecord(_Record):
    record: ClassVar[str] = "tally"


class _ConsistencyRecord(_Record):
    record: ClassVar[str] = "consistency"


class _StatementRecord(_Record):
    record: ClassVar[str] = "statement"


@dataclass(slots=True)
class Document(_DocumentRecord):
    """One input text and what is known about it; ``error`` is set when it failed."""

    doc_id: str
    text: str = ""
    source: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    published_basis: PublishedBasis = "unknown"
    content_hash: str | None = None
    debris: list[Evidence] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)
    error: str | None = None
    extractor: str | None = None

    def __init__(
        self,
        doc_id: str,
        text: str = "",
        source: str | None = None,
        url: str | None = None,
        title: str | None = None,
        published: str | None = None,
        published_basis: PublishedBasis = "unknown",
        content_hash: str | None = None,
        debris: list[Evidence] | None = None,
        metadata: dict[str, Any] | None = None,
        error: str | None = None,
        extractor: str | None = None,
    ) -> None:
        self.doc_id = doc_id
        self.text = text
        self.source = source
        self.url = url
        self.title = title
        self.published = published
        self.published_basis = published_basis
        self.content_hash = content_hash
        self.debris = [] if debris is None else debris
        self.metadata = {} if metadata is None else metadata
        self.error = error
        self.extractor = extractor

    def __reduce__(self) -> tuple[type, tuple[Any, ...]]:
        return _by_fields(self)

    def to_dict(self, *, with_text: bool = False) -> dict[str, Any]:
        out = _Record.to_dict(self)
        if not with_text:
            out.pop("text")
            out["n_chars"] = len(self.text)
        return out


@dataclass(slots=True)
class Location:
    """Where an event happened, as written and as resolved in the gazetteer."""

    name: str | None = None
    place: str | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    geonames_id: int | None = None
    reason: str | None = None
    #: The building, venue or street within the place that the report names ("the busy
    #: Mill Street bus station", "a pedestrian street"), as written.
    site: str | None = None
    #: The third-level division that holds the place where a register knows it (a
    #: Philippine barangay's municipality, a Myanmar village's township): ACLED's admin3.
    admin3: str | None = None

    def __init__(
        self,
        name: str | None = None,
        place: str | None = None,
        country: str | None = None,
        admin1: str | None = None,
        admin2: str | None = None,
        latitude: float | None = None,
        longitude: float | None = None,
        geo_precision: int | None = None,
        geonames_id: int | None = None,
        reason: str | None = None,
        site: str | None = None,
        admin3: str | None = None,
    ) -> None:
        self.name = name
        self.place = place
        self.country = country
        self.admin1 = admin1
        self.admin2 = admin2
        self.latitude = latitude
        self.longitude = longitude
        self.geo_precision = geo_precision
        self.geonames_id = geonames_id
        self.reason = reason
        self.site = site
        self.admin3 = admin3

    def __reduce__(self) -> tuple[type, tuple[Any, ...]]:
        return _by_fields(self)

    def to_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in _field_names(type(self))}


@dataclass(slots=True)
class Casualty:
    """A count of people killed, wounded, detained or abducted, on one side."""

    kind: CasualtyKind
    party: str | None
    count: int | None
    low: int | None = None
    high: int | None = None
    qualifier: Qualifier = "exact"
    evidence: list[Evidence] = field(default_factory=list)
    perpetrator: bool = False  # attackers among the dead (a suicide bomber)
    coded: bool = False  # a coding convention stated in the text replaces the other counts
    shared_by: int | None = None  # the count is split between this many events

    def __init__(
        self,
        kind: CasualtyKind,
        party: str | None,
        count: int | None,
        low: int | None = None,
        high: int | None = None,
        qualifier: Qualifier = "exact",
        evidence: list[Evidence] | None = None,
        perpetrator: bool = False,
        coded: bool = False,
        shared_by: int | None = None,
    ) -> None:
        self.kind = kind
        self.party = party
        self.count = count
        self.low = low
        self.high = high
        self.qualifier = qualifier
        self.evidence = [] if evidence is None else evidence
        self.perpetrator = perpetrator
        self.coded = coded
        self.shared_by = shared_by

    def __reduce__(self) -> tuple[type, tuple[Any, ...]]:
        return _by_fields(self)

    def to_dict(self) -> dict[str, Any]:
        return {name: _plain(getattr(self, name)) for name in _field_names(type(self))}


@dataclass(slots=True)
class Event(_EventRecord):
    """One incident, or a bounded run of them at one place and period."""

    event_id: str
    doc_id: str
    doc_ids: list[str] = field(default_factory=list)
    event_type: str | None = None
    sub_event_type: str | None = None
    date_start: str | None = None
    date_end: str | None = None
    time_precision: int | None = None
    date_basis: DateBasis = "unknown"
    location: Location = field(default_factory=Location)
    actor1: str | None = None
    assoc_actor_1: list[str] = field(default_factory=list)
    actor2: str | None = None
    assoc_actor_2: list[str] = field(default_factory=list)
    actor_kinds: dict[str, str] = field(default_factory=dict)
    #: ACLED's spelling of each actor whose name differs from it ("Turkish Armed Forces":
    #: "Military Forces of Turkey (2016-)"), for the ACLED export.
    actor_acled_names: dict[str, str] = field(default_factory=dict)
    casualties: list[Casualty] = field(default_factory=list)
    fatalities: int | None = None
    equipment: list[str] = field(default_factory=list)
    background: bool = False
    notes: str = ""
    evidence: dict[str, list[Evidence]] = field(default_factory=dict)
    inferred: dict[str, str] = field(default_factory=dict)
    confidence: float = 0.0
    extractor: str | None = None
    #: For an event merged across reports (see :mod:`eventcoder.reconcile`): the number of
    #: documents, the ids of the single-report events it merges, and for each field the
    #: values reported and the documents that reported each one.
    source_count: int = 1
    members: list[str] = field(default_factory=list)
    agreement: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    #: For each document that reports the event, when and by whom it was published
    #: (``{"published", "source", "corrects"}``, see :class:`eventcoder.reconcile.Telling`),
    #: so that events merged from their records alone order their counts as merging with
    #: their documents does.
    tellings: dict[str, dict[str, Any]] = field(default_factory=dict)

    def __init__(
        self,
        event_id: str,
        doc_id: str,
        doc_ids: list[str] | None = None,
        event_type: str | None = None,
        sub_event_type: str | None = None,
        date_start: str | None = None,
        date_end: str | None = None,
        time_precision: int | None = None,
        date_basis: DateBasis = "unknown",
        location: Location | None = None,
        actor1: str | None = None,
        assoc_actor_1: list[str] | None = None,
        actor2: str | None = None,
        assoc_actor_2: list[str] | None = None,
        actor_kinds: dict[str, str] | None = None,
        actor_acled_names: dict[str, str] | None = None,
        casualties: list[Casualty] | None = None,
        fatalities: int | None = None,
        equipment: list[str] | None = None,
        background: bool = False,
        notes: str = "",
        evidence: dict[str, list[Evidence]] | None = None,
        inferred: dict[str, str] | None = None,
        confidence: float = 0.0,
        extractor: str | None = None,
        source_count: int = 1,
        members: list[str] | None = None,
        agreement: dict[str, dict[str, list[str]]] | None = None,
        tellings: dict[str, dict[str, Any]] | None = None,
    ) -> None:
        self.event_id = event_id
        self.doc_id = doc_id
        self.doc_ids = [] if doc_ids is None else doc_ids
        self.event_type = event_type
        self.sub_event_type = sub_event_type
        self.date_start = date_start
        self.date_end = date_end
        self.time_precision = time_precision
        self.date_basis = date_basis
        self.location = Location() if location is None else location
        self.actor1 = actor1
        self.assoc_actor_1 = [] if assoc_actor_1 is None else assoc_actor_1
        self.actor2 = actor2
        self.assoc_actor_2 = [] if assoc_actor_2 is None else assoc_actor_2
        self.actor_kinds = {} if actor_kinds is None else actor_kinds
        self.actor_acled_names = {} if actor_acled_names is None else actor_acled_names
        self.casualties = [] if casualties is None else casualties
        self.fatalities = fatalities
        self.equipment = [] if equipment is None else equipment
        self.background = background
        self.notes = notes
        self.evidence = {} if evidence is None else evidence
        self.inferred = {} if inferred is None else inferred
        self.confidence = confidence
        self.extractor = extractor
        self.source_count = source_count
        self.members = [] if members is None else members
        self.agreement = {} if agreement is None else agreement
        self.tellings = {} if tellings is None else tellings

    def __reduce__(self) -> tuple[type, tuple[Any, ...]]:
        return _by_fields(self)


@dataclass(slots=True)
class Tally(_TallyRecord):
    """An aggregate a reporter claims over a period and area, possibly part of another."""

    tally_id: str
    doc_id: str
    reporter: str | None
    period_start: str | None
    period_end: str | None
    area: list[str]
    metric: str
    value: int | None
    qualifier: str | None = None
    party: str | None = None
    parent: str | None = None
    #: Where the period's year came from, as an event's ``date_basis``: written in the text
    #: (``stated``, as is a period counted back from the telling: "in the past week"),
    #: taken from another date in it or from the publication date's year
    #: (``year_inferred``), or ``unknown`` ("In August alone" in a text with no year: the
    #: period is then ``None``, its words kept in the evidence).
    date_basis: DateBasis = "unknown"
    doc_ids: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    extractor: str | None = None
    #: For a tally several reports repeat: as for :class:`Event`.
    source_count: int = 1
    members: list[str] = field(default_factory=list)
    agreement: dict[str, dict[str, list[str]]] = field(default_factory=dict)

    def __init__(
        self,
        tally_id: str,
        doc_id: str,
        reporter: str | None,
        period_start: str | None,
        period_end: str | None,
        area: list[str],
        metric: str,
        value: int | None,
        qualifier: str | None = None,
        party: str | None = None,
        parent: str | None = None,
        date_basis: DateBasis = "unknown",
        doc_ids: list[str] | None = None,
        evidence: list[Evidence] | None = None,
        extractor: str | None = None,
        source_count: int = 1,
        members: list[str] | None = None,
        agreement: dict[str, dict[str, list[str]]] | None = None,
    ) -> None:
        self.tally_id = tally_id
        self.doc_id = doc_id
        self.reporter = reporter
        self.period_start = period_start
        self.period_end = period_end
        self.area = area
        self.metric = metric
        self.value = value
        self.qualifier = qualifier
        self.party = party
        self.parent = parent
        self.date_basis = date_basis
        self.doc_ids = [] if doc_ids is None else doc_ids
        self.evidence = [] if evidence is None else evidence
        self.extractor = extractor
        self.source_count = source_count
        self.members = [] if members is None else members
        self.agreement = {} if agreement is None else agreement

    def __reduce__(self) -> tuple[type, tuple[Any, ...]]:
        return _by_fields(self)


@dataclass(slots=True)
class Consistency(_ConsistencyRecord):
    """A total checked against its parts; a mismatch is reported, never resolved silently."""

    doc_id: str
    total: int | None
    parts: list[int]
    parts_sum: int
    verdict: Verdict
    explanation: str
    total_tally: str | None = None
    part_tallies: list[str] = field(default_factory=list)
    metric: str | None = None
    extractor: str | None = None

    def __init__(
        self,
        doc_id: str,
        total: int | None,
        parts: list[int],
        parts_sum: int,
        verdict: Verdict,
        explanation: str,
        total_tally: str | None = None,
        part_tallies: list[str] | None = None,
        metric: str | None = None,
        extractor: str | None = None,
    ) -> None:
        self.doc_id = doc_id
        self.total = total
        self.parts = parts
        self.parts_sum = parts_sum
        self.verdict = verdict
        self.explanation = explanation
        self.total_tally = total_tally
        self.part_tallies = [] if part_tallies is None else part_tallies
        self.metric = metric
        self.extractor = extractor

    def __reduce__(self) -> tuple[type, tuple[Any, ...]]:
        return _by_fields(self)


@dataclass(slots=True)
class Statement(_StatementRecord):
    """A quote with who said it."""

    doc_id: str
    speaker: str | None
    quote: str
    role: str | None = None
    organisation: str | None = None
    evidence: list[Evidence] = field(default_factory=list)
    extractor: str | None = None
    # the speaker was not named at their wish ("an official said on condition of anonymity",
    # "a security source said"): ``speaker`` is then the description the report gives
    anonymous: bool = False
    # the words are reported, not quoted ("the ministry said that ...", "..., a resident
    # said."): ``quote`` is the clause that tells what was said
    reported: bool = False
    # the verb that tells how the words were given, as the report writes it ("said",
    # "denied", "claimed", "according to"): a denial is a statement whose verb is "denied"
    verb: str | None = None

    def __init__(
        self,
        doc_id: str,
        speaker: str | None,
        quote: str,
        role: str | None = None,
        organisation: str | None = None,
        evidence: list[Evidence] | None = None,
        extractor: str | None = None,
        anonymous: bool = False,
        reported: bool = False,
        verb: str | None = None,
    ) -> None:
        self.doc_id = doc_id
        self.speaker = speaker
        self.quote = quote
        self.role = role
        self.organisation = organisation
        self.evidence = [] if evidence is None else evidence
        self.extractor = extractor
        self.anonymous = anonymous
        self.reported = reported
        self.verb = verb

    def __reduce__(self) -> tuple[type, tuple[Any, ...]]:
        return _by_fields(self)


Record = Document | Event | Tally | Consistency | Statement

RECORD_TYPES: dict[str, type] = {
    cls.record: cls for cls in (Document, Event, Tally, Consistency, Statement)
}


def _evidence(items: Any) -> list[Evidence]:
    return [Evidence(**e) for e in items or []]


def record_from_dict(data: dict[str, Any]) -> Record:
    """Rebuild a record from its JSON form (the inverse of ``to_dict``)."""
    kind = data.get("record")
    if kind not in RECORD_TYPES:
        raise ValueError(f"unknown record type {kind!r}: expected one of {sorted(RECORD_TYPES)}")
    cls = RECORD_TYPES[kind]
    names = {f.name for f in dataclasses.fields(cls)}
    values = {k: v for k, v in data.items() if k in names}
    if cls is Document:
        values["debris"] = _evidence(values.get("debris"))
        return Document(**values)
    if cls is Event:
        values["location"] = Location(**(values.get("location") or {}))
        values["casualties"] = [
            Casualty(**{**c, "evidence": _evidence(c.get("evidence"))})
            for c in values.get("casualties") or []
        ]
        values["evidence"] = {k: _evidence(v) for k, v in (values.get("evidence") or {}).items()}
        return Event(**values)
    values["evidence"] = _evidence(values.get("evidence"))
    record: Record = cls(**values)
    return record
