"""Reports written for the tests with an analyst's reading of each (``expected.json`` beside
them): the records the command line gives for each, and every field the reading asserts.

What a reading marks ``pending`` (a field, with why) or ``incident_pending`` (a whole event)
is documented there and not asserted, or asserted to fail, so that a reading that comes right
is noticed.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from eventcoder import extract
from eventcoder.evaluate import run_extractor
from eventcoder.evaluate.gtd import (
    UNKNOWN_GROUP,
    GtdRow,
    attack_type_agrees,
    gtd_attack_type,
    perpetrator_found,
)
from eventcoder.evaluate.gtd import documents_for as gtd_documents
from eventcoder.evaluate.gtd import place_names as gtd_place_names
from eventcoder.evaluate.metrics import (
    main_event,
    names_match,
    predicted_killed,
    predicted_wounded,
    same_division,
)
from eventcoder.records import Consistency, Event, Record, Statement, Tally


class AnalystReadings:
    """The reports of one folder under ``tests/fixtures`` and the analyst's reading of each."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.gold: dict[str, Any] = json.loads(
            (folder / "expected.json").read_text(encoding="utf-8"))["reports"]
        self.names = sorted(self.gold)

    def extracted(self, name: str) -> list[Record]:
        """The records of one report, as the command line gives them."""
        text = (self.folder / f"{name}.txt").read_text(encoding="utf-8")
        return extract(text, published=self.gold[name]["published"], doc_id=name)

    def all_extracted(self) -> dict[str, list[Record]]:
        """The records of every report of the folder, by name."""
        return {name: self.extracted(name) for name in self.names}

    def events_beyond(self, name: str, found: list[Record]) -> list[str]:
        """The notes of the events read beyond those the reading records and those it marks
        read still (``extra_events_pending``); empty where there are none."""
        events = [r for r in found if isinstance(r, Event)]
        gold = self.gold[name]
        allowed = len(gold["events"]) + gold.get("extra_events_pending", 0)
        return [e.notes for e in events] if len(events) > allowed else []

    def with_extra_events(self) -> list[str]:
        """The reports some of whose events read are none the analyst records."""
        return [name for name in self.names if self.gold[name].get("extra_events_pending")]

    def unread_params(self) -> list[Any]:
        """(name, k) for each tally or finding a reading lists under "unread": counts the
        analyst records that are not read at all, each with why."""
        return [pytest.param(name, k, id=f"{name}-{k}") for name in self.names
                for k in range(len(self.gold[name].get("unread", ())))]

    def unread_is_read(self, name: str, k: int, found: list[Record]) -> bool:
        """Whether the ``k``-th tally or finding the reading lists as unread is read now."""
        unread = self.gold[name]["unread"][k]
        if "total" in unread:
            return any(c.total == unread["total"] and sorted(c.parts) == sorted(
                unread["parts"]) and c.verdict == unread["verdict"] for c in found
                if isinstance(c, Consistency))
        return any((t.metric, t.value, sorted(t.area)) == (
            unread["metric"], unread["value"], sorted(unread["area"]))
            for t in found if isinstance(t, Tally))

    def with_no_tally_of(self) -> list[str]:
        """The reports whose reading lists figures no tally may hold ("no_tally_of")."""
        return [name for name in self.names if self.gold[name].get("no_tally_of")]

    def tallied_no_counts(self, name: str, found: list[Record]) -> set[int]:
        """The figures a tally holds that the reading says are no count (a percentage, a
        figure revised away, things destroyed)."""
        return {t.value for t in found if isinstance(t, Tally)} & set(
            self.gold[name]["no_tally_of"])

    def checks(self, name: str, found: list[Record]) -> list[tuple[str, bool, bool]]:
        """Every field the analyst's reading asserts: (what, right, pending)."""
        report = self.gold[name]
        return [*_event_checks(report, found), *_tally_checks(report, found),
                *_statement_checks(report, found)]

    def wrong(self, name: str, found: list[Record]) -> list[str]:
        """The fields read otherwise than the analyst records, less those marked pending."""
        return [what for what, right, pending in self.checks(name, found)
                if not right and not pending]

    def come_right(self, name: str, found: list[Record], *,
                   unless_ending: tuple[str, ...] = ()) -> list[str]:
        """The fields marked pending that are now read as the analyst records (their mark is
        then taken off), less those whose description ends in one of ``unless_ending``."""
        return [what for what, right, pending in self.checks(name, found)
                if right and pending and not what.endswith(unless_ending)]

    def wrong_fields(self, name: str, found: list[Record]) -> list[str]:
        """The fields of one report an extraction gets wrong, pending ones too."""
        return [what for what, right, _ in self.checks(name, found) if not right]


class NoteSweepTests:
    """The tests of a folder of invented one-paragraph notes (``readings``, set by a subclass
    named ``Test...``): each note's fields as the analyst records them, the pending ones
    still read otherwise, and one event and no tally read of each note."""

    readings: AnalystReadings
    _extracted: dict[str, list[Record]] | None = None

    def pytest_generate_tests(self, metafunc: pytest.Metafunc) -> None:
        """Each per-note test runs once for every note of the folder."""
        if "name" in metafunc.fixturenames:
            metafunc.parametrize("name", self.readings.names)

    @pytest.fixture
    def records(self) -> dict[str, list[Record]]:
        # (the folder is extracted once for the class; a function-scoped fixture, since a
        # class-scoped one beside parameters from ``pytest_generate_tests`` breaks teardown)
        cls = type(self)
        if cls._extracted is None:
            cls._extracted = self.readings.all_extracted()
        return cls._extracted

    def test_fields_an_analyst_records(self, records: dict[str, list[Record]],
                                       name: str) -> None:
        wrong = self.readings.wrong(name, records[name])
        assert not wrong, wrong

    def test_pending_fields_still_fail(self, records: dict[str, list[Record]],
                                       name: str) -> None:
        come_right = self.readings.come_right(name, records[name])
        assert not come_right, come_right

    def test_one_note_one_event_no_tally(self, records: dict[str, list[Record]],
                                         name: str) -> None:
        found = records[name]
        assert len([r for r in found if isinstance(r, Event) and not r.background]) <= 1
        assert not [r for r in found if isinstance(r, Tally)]


def _match(golds: list[dict[str, Any]], k: int, events: list[Event]) -> Event | None:
    """The event of the same day and country as gold event ``k``; of several of one day,
    the one of its place, else the one in its turn that no other's place names."""
    def key(day: str | None, country: str | None) -> tuple[str | None, str | None]:
        return day, country

    gold = golds[k]
    same = [j for j, g in enumerate(golds) if key(g["date_start"], g["country"]) == key(
        gold["date_start"], gold["country"])]
    found = [e for e in events if key(e.date_start, e.location.country) == key(
        gold["date_start"], gold["country"])]
    if len(same) == 1:
        return found[0] if len(found) == 1 else None
    placed = [e for e in found if e.location.name == gold.get("location")]
    if len(placed) == 1:
        return placed[0]
    turn = same.index(k)
    if turn >= len(found) or any(found[turn].location.name == golds[j].get("location")
                                 for j in same):
        return None
    return found[turn]


def _by_party(event: Event, kind: str) -> dict[str | None, int]:
    counts: dict[str | None, int] = {}
    for c in event.casualties:
        if c.kind == kind and c.count is not None:
            counts[c.party] = counts.get(c.party, 0) + c.count
    return counts


_EVENT_FIELDS = ("admin1", "location", "sub_event_type", "actor1", "actor2", "fatalities",
                 "killed", "wounded", "detained")


def _event_field(event: Event, field: str) -> object:
    if field in ("killed", "wounded", "detained"):
        return _by_party(event, field)
    return {"admin1": event.location.admin1, "location": event.location.name,
            "sub_event_type": event.sub_event_type, "actor1": event.actor1,
            "actor2": event.actor2, "fatalities": event.fatalities}[field]


def _tally_key(t: Tally, values: dict[str, int | None]) -> tuple[object, ...]:
    parent = values.get(t.parent) if t.parent else None
    return (t.metric, t.value, tuple(sorted(t.area)), parent)


def _event_checks(report: dict[str, Any], found: list[Record]
                  ) -> Iterator[tuple[str, bool, bool]]:
    events = [r for r in found if isinstance(r, Event)]
    golds = report["events"]
    for k, gold in enumerate(golds):
        event = _match(golds, k, events)
        whole = bool(gold.get("incident_pending"))
        pending = set(gold.get("pending", ()))
        yield f"event {k} date and country", event is not None, whole
        for field in _EVENT_FIELDS:
            if field in gold:
                right = event is not None and _event_field(event, field) == gold[field]
                yield f"event {k} {field}", right, whole or field in pending


def _tally_checks(report: dict[str, Any], found: list[Record]
                  ) -> Iterator[tuple[str, bool, bool]]:
    tallies = [r for r in found if isinstance(r, Tally)]
    values = {t.tally_id: t.value for t in tallies}
    keys = [_tally_key(t, values) for t in tallies]
    if report.get("no_tallies"):
        yield "no tallies", not tallies, bool(report.get("tallies_pending"))
    for gold in report["tallies"]:
        pending = set(gold.get("pending", ()))
        what = f"tally {gold['metric']} {gold['value']}"
        told = [t for t in tallies if (t.metric, t.value) == (gold["metric"], gold["value"])]
        yield f"{what} told", bool(told), False
        area = tuple(sorted(gold["area"]))
        yield f"{what} area", any(tuple(sorted(t.area)) == area for t in told), "area" in pending
        yield f"{what} parent", (gold["metric"], gold["value"], area, gold["parent"]) in keys or (
            "area" in pending and any(_tally_key(t, values)[3] == gold["parent"]
                                      for t in told)), "parent" in pending
        if "party" in gold:
            yield f"{what} party", any(t.party == gold["party"] for t in told), "party" in pending
    if "reporter" in report:
        yield "reporter", bool(tallies) and all(
            t.reporter == report["reporter"] for t in tallies), "reporter_pending" in report
    if "period" in report:
        period = tuple(report["period"])
        yield "period", bool(tallies) and all(
            (t.period_start, t.period_end) == period for t in tallies), False
    findings = {(c.total, tuple(sorted(c.parts))): c.verdict for c in found
                if isinstance(c, Consistency)}
    for gold in report["consistency"]:
        verdict = findings.get((gold["total"], tuple(sorted(gold["parts"]))))
        yield f"finding {gold['total']} found", verdict is not None, False
        yield f"finding {gold['total']} verdict", verdict == gold["verdict"], "verdict" in set(
            gold.get("pending", ()))


def _statement_checks(report: dict[str, Any], found: list[Record]
                      ) -> Iterator[tuple[str, bool, bool]]:
    statements = [r for r in found if isinstance(r, Statement)]
    for gold in report["statements"]:
        pending = set(gold.get("pending", ()))
        told = [s for s in statements if s.quote.startswith(gold["quote_starts"])]
        one = told[0] if len(told) == 1 else None
        for field in ("speaker", "role", "organisation"):
            if field in gold:
                right = one is not None and getattr(one, field) == gold[field]
                yield f"statement {gold['quote_starts']!r} {field}", right, field in pending


_STORY_FIELDS = ("admin1", "actor1", "actor2", "sub_event_type", "background", "fatalities",
                 "location", "geo_precision")


def party_counts(event: Event, kind: str) -> dict[str | None, int | None]:
    """Each party's count of one kind: a part told after "including" or "among them" is a
    row of its own beside the rest of the count, of the same party, so rows are summed."""
    counts: dict[str | None, int | None] = {}
    for c in event.casualties:
        if c.kind == kind:
            before = counts.get(c.party, 0)
            counts[c.party] = None if before is None or c.count is None else before + c.count
    return counts


_STORY_KINDS = ("killed", "wounded", "detained", "abducted")


def story_field(event: Event, field: str) -> object:
    """What a news story's event holds in one field of its reading: a casualty kind is each
    party's count of it (:func:`party_counts`)."""
    if field in _STORY_KINDS:
        return party_counts(event, field)
    return {"admin1": event.location.admin1, "actor1": event.actor1, "actor2": event.actor2,
            "sub_event_type": event.sub_event_type, "background": event.background,
            "fatalities": event.fatalities, "location": event.location.name,
            "geo_precision": event.location.geo_precision}[field]


def assert_story_event(event: Event, gold: dict[str, Any]) -> None:
    """The fields of a news story's event its reading asserts, less those it marks pending."""
    pending = set(gold.get("pending", ()))
    for field in (*_STORY_FIELDS, *_STORY_KINDS):
        if field in gold and field not in pending:
            assert story_field(event, field) == gold[field], (field, event.notes)


class StoryReadings:
    """A folder of invented news stories and their analyst's readings (``expected.json``'s
    "articles": each story's publication day and events), read once per test module."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.gold: dict[str, Any] = json.loads(
            (folder / "expected.json").read_text(encoding="utf-8"))["articles"]
        self.names = sorted(self.gold)
        self._extracted: dict[str, list[Record]] | None = None

    def extract_all(self) -> dict[str, list[Record]]:
        return {name: extract((self.folder / f"{name}.txt").read_text(encoding="utf-8"),
                              published=self.gold[name]["published"], doc_id=name)
                for name in self.names}

    def extracted(self) -> dict[str, list[Record]]:
        """Each story's records, extracted once however many tests ask for them."""
        if self._extracted is None:
            self._extracted = self.extract_all()
        return self._extracted

    def gold_events(self) -> list[tuple[str, int, dict[str, Any]]]:
        return [(name, k, event) for name in self.names
                for k, event in enumerate(self.gold[name]["events"])]

    def lengths_outside(self, fewest: int, most: int) -> list[tuple[str, int]]:
        """The stories whose count of words is not that of news copy, with the count."""
        lengths = [(name, len((self.folder / f"{name}.txt").read_text(encoding="utf-8").split()))
                   for name in self.names]
        return [(name, words) for name, words in lengths if not fewest <= words <= most]

    def incident_params(self) -> list[Any]:
        """Each story as a test parameter, a strict expected failure where its reading marks
        the incidents still read apart wrongly (``incidents_pending``, with the reason)."""
        return [pytest.param(name, marks=(
            pytest.mark.xfail(reason=self.gold[name]["incidents_pending"], strict=True),)
            if self.gold[name].get("incidents_pending") else ()) for name in self.names]

    def event_of(self, gold: dict[str, Any], found: list[Record]) -> Event:
        """The story's event a gold event reads: of its day and country, and of several
        (an incident read twice, marked ``incidents_pending``), the one at its place."""
        return story_event(gold, story_events(found), by_place_and_actor=True)

    def event_params(self) -> list[Any]:
        """Each gold event as a test parameter (name, k, gold), a strict expected failure
        where its reading marks the event itself still read otherwise (``incident_pending``)."""
        return [pytest.param(n, k, g, id=f"{n}-{k}", marks=(
            pytest.mark.xfail(reason=g["incident_pending"], strict=True),)
            if g.get("incident_pending") else ()) for n, k, g in self.gold_events()]

    def pending_params(self, fields: tuple[str, ...]) -> list[Any]:
        """(name, k, gold, field) for each of ``fields`` a gold event marks pending, of the
        events not pending whole: fields asserted still to be read otherwise."""
        return [pytest.param(n, k, g, f, id=f"{n}-{k}-{f}") for n, k, g in self.gold_events()
                for f in g.get("pending", ()) if f in g and f in fields
                and not g.get("incident_pending")]

    def told_params(self) -> list[Any]:
        """(name, k, gold, told) for each list of words ``told`` ("attacker_told",
        "place_told") a gold event gives that its evidence for the attacker or the place must
        hold, where neither the event nor that field is pending."""
        return [pytest.param(n, k, g, told, id=f"{n}-{k}-{told}")
                for n, k, g in self.gold_events() for told, field in _TOLD_FIELDS
                if g.get(told) and not g.get("incident_pending")
                and field not in g.get("pending", ()) and told not in g.get("pending", ())]

    def assert_incidents_told_apart(self, name: str, found: list[Record]) -> None:
        """The story's events are the reading's, one for each day and country it records."""
        events = story_events(found)
        assert sorted((e.date_start or "", e.location.country or "") for e in events) == sorted(
            (g["date_start"], g["country"]) for g in self.gold[name]["events"]), [
            e.notes for e in events]


#: The words a reading lists as telling an event's field, and that field.
_TOLD_FIELDS = (("attacker_told", "actor1"), ("place_told", "location"))


def assert_told_is_evidence(event: Event, gold: dict[str, Any], told: str) -> None:
    """The words the reading lists as ``told`` ("attacker_told", "place_told") are each
    held by a span of the event's evidence for that field: the attacker's words as a whole
    span, the place's within one."""
    field = dict(_TOLD_FIELDS)[told]
    spans = [e.text for e in event.evidence.get(field, [])]
    for words in gold[told]:
        assert (words in spans) if field == "actor1" else any(words in t for t in spans), (
            words, spans)


def story_events(found: list[Record]) -> list[Event]:
    return [r for r in found if isinstance(r, Event)]


def story_event(gold: dict[str, Any], events: list[Event], *,
                by_place_and_actor: bool = False) -> Event:
    """The one event of a story on the reading's day and in its country; with
    ``by_place_and_actor``, of several (an incident read twice, marked
    ``incidents_pending``), the one at the reading's place, then of its actor1, then of
    its sub-event type."""
    found = [e for e in events if e.date_start == gold["date_start"]
             and e.location.country == gold["country"]]
    if by_place_and_actor and len(found) > 1:
        found = [e for e in found if e.location.name == gold.get("location")] or found
    if by_place_and_actor and len(found) > 1:
        found = [e for e in found if e.actor1 == gold.get("actor1")] or found
    if by_place_and_actor and len(found) > 1:
        found = [e for e in found if e.sub_event_type == gold.get("sub_event_type")] or found
    assert len(found) == 1, [(e.date_start, e.location.country, e.notes) for e in events]
    return found[0]


#: The fields of a GTD coder's reading of a summary, each scored as the GTD scorer does.
GTD_FIELDS = ("date", "country", "provstate", "city", "attack_type", "gname", "nkill", "nwound")


class GtdReadings:
    """A folder of incident summaries written in the Global Terrorism Database's style and
    the coding a GTD coder gives each (``expected.json``'s "summaries"), read as the GTD
    evaluation reads its rows: each summary alone, with no publication date."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.gold: dict[str, Any] = json.loads(
            (folder / "expected.json").read_text(encoding="utf-8"))["summaries"]
        self.names = sorted(self.gold)

    def row(self, name: str) -> GtdRow:
        """The summary as a GTD row carrying the coder's fields."""
        coded = self.gold[name]
        year, month, day = (int(part) for part in coded["date"].split("-"))
        return GtdRow(row_id=name, text=(self.folder / f"{name}.txt").read_text(
            encoding="utf-8").strip(), year=year, month=month, day=day, iso2=coded["country"],
            provstate=coded["provstate"], city=coded["city"], attack_type=coded["attack_type"],
            gname=coded["gname"], nkill=coded["nkill"], nwound=coded["nwound"])

    def extract_all(self) -> dict[str, Event | None]:
        """Each summary's main event, extracted as the GTD evaluation extracts it."""
        rows = [self.row(name) for name in self.names]
        found = run_extractor(gtd_documents(rows))
        return {row.row_id: main_event(found.get(row.row_id, [])) for row in rows}

    def field_params(self) -> list[Any]:
        """(name, field) for each field of each reading (the perpetrator where the coder
        names one), a strict expected failure where the reading marks it pending (with why)."""
        return [pytest.param(name, field, id=f"{name}-{field}", marks=(
            pytest.mark.xfail(reason=self.gold[name]["pending"][field], strict=True),)
            if field in self.gold[name].get("pending", {}) else ())
            for name in self.names for field in GTD_FIELDS
            if not (field == "gname" and self.gold[name]["gname"] == UNKNOWN_GROUP)]


def gtd_field_agrees(row: GtdRow, event: Event | None, field: str) -> tuple[bool, object]:
    """Whether an event's reading of one field is the coder's, judged as the GTD scorer
    judges it, and what the event holds there."""
    if field == "nkill":
        killed = predicted_killed(event)
        return killed == row.nkill, killed
    if field == "nwound":
        wounded = predicted_wounded(event)
        return wounded == row.nwound, wounded
    if event is None:
        return False, None
    if field == "date":
        return event.date_start == (row.event_date.isoformat() if row.event_date else None), (
            event.date_start)
    if field == "country":
        return (event.location.country or "").upper() == row.iso2, event.location.country
    if field == "provstate":
        return same_division(row.iso2, row.provstate, event.location.admin1), (
            event.location.admin1)
    if field == "city":
        names = gtd_place_names(event)
        return any(names_match(row.city, name) for name in names), names
    if field == "attack_type":
        predicted = gtd_attack_type(event)
        return attack_type_agrees(row.attack_type or "", predicted), predicted
    perpetrators = [a for a in (event.actor1, *event.assoc_actor_1) if a]
    return perpetrator_found(row.gname or "", perpetrators, event), perpetrators


def gtd_summary_tests(readings: GtdReadings) -> tuple[Any, ...]:
    """The checks of one folder of GTD-style summaries, for a test module to bind at its
    top level (``events, test_a, ... = gtd_summary_tests(READINGS)``): the folder covers many
    countries and years, each summary opens with its date, and each field of each summary
    is read as its coder codes it (a pending one asserted still to be read otherwise)."""

    @pytest.fixture(scope="module")
    def events() -> dict[str, Event | None]:
        return readings.extract_all()

    def test_summaries_cover_many_countries_and_years() -> None:
        countries = {readings.gold[n]["country"] for n in readings.names}
        years = {readings.gold[n]["date"][:4] for n in readings.names}
        assert len(readings.names) >= 40
        assert len(countries) >= 15 and len(years) >= 8

    @pytest.mark.parametrize("name", readings.names)
    def test_summary_opens_with_its_date(name: str) -> None:
        row = readings.row(name)
        month, day, year = row.text[:10].split("/")
        assert row.event_date is not None
        assert row.event_date.isoformat() == f"{year}-{month}-{day}"

    @pytest.mark.parametrize(("name", "field"), readings.field_params())
    def test_summary_field_is_the_coders(events: dict[str, Event | None], name: str,
                                         field: str) -> None:
        right, held = gtd_field_agrees(readings.row(name), events[name], field)
        assert right, (readings.gold[name].get(field), held)

    return (events, test_summaries_cover_many_countries_and_years,
            test_summary_opens_with_its_date, test_summary_field_is_the_coders)


#: The fields of a statement a news story's reading may assert.
_STORY_STATEMENT_FIELDS = ("speaker", "role", "organisation")
#: The fields of a story's event whose pending marks are asserted still read otherwise.
_SWEEP_FIELDS = ("admin1", "actor1", "actor2", "sub_event_type", "background", "fatalities",
                 "location", "geo_precision", "killed", "wounded", "detained", "abducted")


def story_statement_params(readings: StoryReadings) -> list[Any]:
    """(name, k, gold) for each statement a story's reading records, as a test parameter."""
    return [pytest.param(name, k, gold, id=f"{name}-{k}") for name in readings.names
            for k, gold in enumerate(readings.gold[name].get("statements", ()))]


def assert_story_statement(found: list[Record], gold: dict[str, Any]) -> None:
    """The one statement whose quote opens with the reading's words holds its speaker, role
    and organisation, less those it marks pending, which are asserted still read otherwise;
    a statement not read at all must be marked pending."""
    pending = set(gold.get("pending", ()))
    told = [r for r in found if isinstance(r, Statement)
            and r.quote.startswith(gold["quote_starts"])]
    if len(told) != 1:
        assert pending, [r.quote[:40] for r in found if isinstance(r, Statement)]
        return
    for field in _STORY_STATEMENT_FIELDS:
        if field in gold:
            read = getattr(told[0], field)
            assert (read != gold[field]) if field in pending else (read == gold[field]), (
                field, read)


class StorySweepTests:
    """The tests of a folder of invented news stories (``readings``, set by a subclass named
    ``Test...``): each story of the length of news copy, its incidents told apart, each
    event's fields, the pending ones still read otherwise, the attacker's and the place's
    words held by the evidence, and each statement's speaker, role and organisation."""

    readings: StoryReadings

    def pytest_generate_tests(self, metafunc: pytest.Metafunc) -> None:
        """Each test's parameters, from the folder's readings."""
        params: dict[str, tuple[tuple[str, ...], list[Any]]] = {
            "test_incidents_are_all_told_apart": (("name",), self.readings.incident_params()),
            "test_event_fields": (("name", "k", "gold"), self.readings.event_params()),
            "test_pending_fields_are_still_read_otherwise": (
                ("name", "k", "gold", "field"), self.readings.pending_params(_SWEEP_FIELDS)),
            "test_attacker_and_place_told_are_evidence": (
                ("name", "k", "gold", "told"), self.readings.told_params()),
            "test_statement_fields": (("name", "k", "gold"),
                                      story_statement_params(self.readings)),
        }
        if metafunc.function.__name__ in params:
            names, values = params[metafunc.function.__name__]
            metafunc.parametrize(names, values)

    @pytest.fixture
    def records(self) -> dict[str, list[Record]]:
        # (a function-scoped fixture over the folder's one extraction: a class-scoped one
        # beside parameters given by ``pytest_generate_tests`` breaks pytest's teardown)
        return self.readings.extracted()

    def test_stories_are_of_the_length_of_news_copy(self) -> None:
        assert self.readings.lengths_outside(250, 700) == []

    def test_incidents_are_all_told_apart(self, records: dict[str, list[Record]],
                                          name: str) -> None:
        self.readings.assert_incidents_told_apart(name, records[name])

    def test_event_fields(self, records: dict[str, list[Record]], name: str, k: int,
                          gold: dict[str, Any]) -> None:
        assert_story_event(self.readings.event_of(gold, records[name]), gold)

    def test_pending_fields_are_still_read_otherwise(
            self, records: dict[str, list[Record]], name: str, k: int, gold: dict[str, Any],
            field: str) -> None:
        assert story_field(self.readings.event_of(gold, records[name]), field) != gold[field]

    def test_attacker_and_place_told_are_evidence(
            self, records: dict[str, list[Record]], name: str, k: int, gold: dict[str, Any],
            told: str) -> None:
        assert_told_is_evidence(self.readings.event_of(gold, records[name]), gold, told)

    def test_statement_fields(self, records: dict[str, list[Record]], name: str, k: int,
                              gold: dict[str, Any]) -> None:
        assert_story_statement(records[name], gold)
