"""News articles as scrapers keep them, under ``fixtures/articles``, and wire stories of
raids and kidnappings, under ``fixtures/wire_attacks``, written for these tests.

Each article tells several incidents (the day's, last week's, the background), dates them
relative to the publication date (across a year boundary too), revises a toll, quotes
officials and residents, and carries page furniture: a site header, a byline, a photo
caption and credit, share buttons, links to other stories, credits below the story. Each
wire story leads with unnamed attackers and names them later, in one of the ways wire copy
does: as a group's members, as the agent of a passive, by blame, by suspicion, by the
group's own word, or by a pronoun in a later sentence; attackers are among the dead, people
are taken, arrests follow, anonymous sources speak. Stories under ``fixtures/genres`` are of
kinds the other folders lack: a wire story whose toll rolls up through the day, a
humanitarian flash update listing incidents, a camp attack claimed by a group and
answered by the army, a cartel clash told by a state prosecutor, a counter-terrorism
department's press note, a fight whose sides give contradictory tolls, news stories of
several attacks with a background paragraph (one of them placed only as "a village in X
district"), and stories of one attack whose attacker is told in a way of its own (a
group's statement on its Telegram channel, a bomber "affiliated with" a group, a
resident's quote, a gunman named by name and group, what police suspect in British copy
whose quote runs over paragraphs). An incident the
pipeline does not yet tell apart is marked ``incidents_pending`` (the article) or
``incident_pending`` (the event) and expected to fail until it does. Each folder's
``expected.json`` holds
what a careful analyst records of each (events, tallies with the consistency finding on
their parts, statements); the fields it marks ``pending`` are documented there and not
asserted here.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from eventcoder import extract
from eventcoder.records import Consistency, Document, Event, Record, Statement, Tally
from tests.analyst_readings import assert_story_event

FIXTURES = Path(__file__).parent / "fixtures"
#: Each article's folder, by its name (names are unique across the folders).
FOLDERS: dict[str, Path] = {}
GOLD: dict[str, Any] = {"articles": {}}
for _folder in (FIXTURES / "articles", FIXTURES / "wire_attacks", FIXTURES / "genres"):
    _gold = json.loads((_folder / "expected.json").read_text(encoding="utf-8"))["articles"]
    FOLDERS.update((name, _folder) for name in _gold)
    GOLD["articles"].update(_gold)
NAMES = sorted(GOLD["articles"])


def _text(name: str) -> str:
    return (FOLDERS[name] / f"{name}.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def records() -> dict[str, list[Record]]:
    out = {}
    for name in NAMES:
        out[name] = extract(_text(name), published=GOLD["articles"][name]["published"],
                            doc_id=name)
    return out


def _document(found: list[Record]) -> Document:
    return next(r for r in found if isinstance(r, Document))


def _events(found: list[Record]) -> list[Event]:
    return [r for r in found if isinstance(r, Event)]


def _gold_events() -> list[tuple[str, int, dict[str, Any]]]:
    return [(name, k, event) for name in NAMES
            for k, event in enumerate(GOLD["articles"][name]["events"])]


def _pending(reason: str | None) -> tuple[pytest.MarkDecorator, ...]:
    """A strict expected failure for what the pipeline does not yet read (documented in
    the gold file with why), so that a reading that comes right is noticed."""
    return (pytest.mark.xfail(reason=reason, strict=True),) if reason else ()


def _match(gold: dict[str, Any], events: list[Event]) -> Event:
    found = [e for e in events if e.date_start == gold["date_start"]
             and e.location.country == gold["country"]]
    assert len(found) == 1, [(e.date_start, e.location.country, e.notes) for e in events]
    return found[0]


@pytest.mark.parametrize("name", NAMES)
def test_article_document_metadata_and_debris(records: dict[str, list[Record]],
                                              name: str) -> None:
    gold = GOLD["articles"][name]["document"]
    document = _document(records[name])
    assert (document.published, document.published_basis, document.source) == (
        gold["published"], gold["published_basis"], gold["source"])
    if "filed_from" in gold:
        assert document.metadata.get("filed_from") == gold["filed_from"]
    told = [e.text for e in document.debris]
    for piece in gold["debris"]:
        assert any(piece in t for t in told), (piece, told)
    text = _text(name)
    for span in document.debris:
        # debris keeps its offsets into the article as stored
        assert text[span.start:span.end] == span.text


@pytest.mark.parametrize("name", [
    pytest.param(n, marks=_pending(GOLD["articles"][n].get("incidents_pending")))
    for n in NAMES])
def test_article_incidents_are_all_told_apart(records: dict[str, list[Record]],
                                              name: str) -> None:
    events = _events(records[name])
    expected = GOLD["articles"][name]["events"]
    assert sorted((e.date_start or "", e.location.country or "") for e in events) == sorted(
        (g["date_start"], g["country"]) for g in expected), [e.notes for e in events]


@pytest.mark.parametrize(("name", "k", "gold"), [
    pytest.param(n, k, g, id=f"{n}-{k}", marks=_pending(g.get("incident_pending")))
    for n, k, g in _gold_events()])
def test_article_event_fields(records: dict[str, list[Record]], name: str, k: int,
                              gold: dict[str, Any]) -> None:
    event = _match(gold, _events(records[name]))
    if "date_end" in gold:
        assert event.date_end == gold["date_end"]
    assert_story_event(event, gold)


@pytest.mark.parametrize("name", [n for n in NAMES if GOLD["articles"][n].get("tallies")])
def test_article_tallies(records: dict[str, list[Record]], name: str) -> None:
    tallies = {(t.reporter, t.period_start, t.period_end, tuple(t.area), t.metric, t.party,
                t.value) for t in records[name] if isinstance(t, Tally)}
    for gold in GOLD["articles"][name]["tallies"]:
        key = (gold["reporter"], *gold["period"], tuple(gold["area"]), gold["metric"],
               gold.get("party"), gold["value"])
        assert key in tallies, (key, tallies)


@pytest.mark.parametrize("name", [n for n in NAMES if GOLD["articles"][n].get("consistency")])
def test_article_consistency_findings(records: dict[str, list[Record]], name: str) -> None:
    findings = {(c.total, tuple(sorted(c.parts)), c.verdict) for c in records[name]
                if isinstance(c, Consistency)}
    for gold in GOLD["articles"][name]["consistency"]:
        key = (gold["total"], tuple(sorted(gold["parts"])), gold["verdict"])
        assert key in findings, (key, findings)


@pytest.mark.parametrize("name", [n for n in NAMES if GOLD["articles"][n]["statements"]])
def test_article_statements(records: dict[str, list[Record]], name: str) -> None:
    statements = [r for r in records[name] if isinstance(r, Statement)]
    for gold in GOLD["articles"][name]["statements"]:
        found = [s for s in statements if s.quote.startswith(gold["quote_starts"])]
        assert len(found) == 1, [(s.speaker, s.quote[:30]) for s in statements]
        pending = set(gold.get("pending", ()))
        assert found[0].speaker == gold["speaker"]
        for field in ("role", "organisation"):
            if field in gold and field not in pending:
                assert getattr(found[0], field) == gold[field], field
