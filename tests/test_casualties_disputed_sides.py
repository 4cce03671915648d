"""Releases whose dead are disputed, told as a part, or of a side told only by its role.

Each report under ``fixtures/raids`` was written for these tests: a command's strike whose
dead it counts as fighters while local elders say "five civilians, including two children,
were among those killed" (two accounts of the same dead: the count of civilians runs from
the command's denial to the elders' figure, and the total takes the lower figure, as ACLED
codes sources that disagree); a raid whose "two members of the force were wounded" are of
the force that raided; and a translated release counting "14 terrorists, among them a
leader of" one named group near a town named for the strikes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.quantities import find_casualty_mentions
from eventcoder.records import Event
from tests.conftest import fixture_event

REPORTS = Path(__file__).parent / "fixtures" / "raids"


def _event(name: str, published: str) -> Event:
    return fixture_event("raids", name, published)


@pytest.mark.parametrize(("text", "party", "count"), [
    ("Local elders said five civilians, including two children, were among those killed.",
     "civilians", 5),
    ("Two police officers were among the dead, the governor said.", "police officers", 2),
    ("Nine students were reportedly among those wounded in the blast.", "students", 9),
])
def test_casualties_disputed_sides_among_the_dead_is_a_count(
    text: str, party: str, count: int
) -> None:
    [m] = find_casualty_mentions(text)
    assert (m.party_text, m.count) == (party, count)


@pytest.mark.parametrize(("text", "dead"), [
    # a part of the dead counted before: never added
    ("Gunmen killed 6 people in Kano on Monday. Two children were among the dead.", 6),
    ("A bomb killed 11 people at a market in Gao. Four women were among those killed.", 11),
])
def test_casualties_disputed_sides_among_the_dead_is_a_part(text: str, dead: int) -> None:
    [event] = [r for r in RulePipeline()(document_from_text(text, doc_id="t",
                                                            published="2023-05-02"))
               if isinstance(r, Event)]
    assert event.fatalities == dead


@pytest.mark.parametrize(("text", "dead", "claimed"), [
    ("The army said its jets killed 12 militants near Gao and that no civilians were killed. "
     "Residents told reporters that four civilians died in the raid.", 12, 4),
])
def test_casualties_disputed_sides_denial_keeps_lower_figure(
    text: str, dead: int, claimed: int
) -> None:
    [event] = [r for r in RulePipeline()(document_from_text(text, doc_id="t",
                                                            published="2023-05-02"))
               if isinstance(r, Event)]
    assert event.fatalities == dead
    [civ] = [c for c in event.casualties if c.kind == "killed" and c.party
             and c.party.startswith("Civilians")]
    assert (civ.count, civ.low, civ.high) == (0, 0, claimed)


# (name, published, actor1, actor2, dead, (kind, party, count, high) that must be there)
CASES = [
    ("africom-strike-disputed-civilians", "2023-08-17", "Al Shabaab", 3,
     ("killed", "Civilians (Somalia)", 0, 5)),
    ("joc-wali-killed-aides-detained", "2017-10-12", "Islamic State", 1,
     ("wounded", "Iraqi Security Forces", 2, 2)),
]


@pytest.mark.parametrize(("text", "wounded"), [
    ("Police commandos raided a bandit camp in Tsafe, Zamfara State, on Sunday, killing five "
     "bandits. One member of the unit was injured, the police said.",
     ("wounded", "Police Forces of Nigeria", 1)),
    ("Kenyan troops repelled an attack on a camp near Mandera on Friday and killed four "
     "gunmen. Three soldiers of the patrol were hurt.", ("wounded", "Military Forces of Kenya", 3)),
])
def test_casualties_disputed_sides_members_of_the_force_are_the_actors(
    text: str, wounded: tuple[str, str, int]
) -> None:
    [event] = [r for r in RulePipeline()(document_from_text(text, doc_id="t",
                                                            published="2023-05-02"))
               if isinstance(r, Event)]
    assert wounded in [(c.kind, c.party, c.count) for c in event.casualties]
    assert event.actor1 == wounded[1]


@pytest.mark.parametrize(("name", "published", "actor2", "dead", "casualty"),
                         CASES, ids=[c[0] for c in CASES])
def test_casualties_disputed_sides_read(
    name: str, published: str, actor2: str, dead: int,
    casualty: tuple[str, str, int, int | None],
) -> None:
    event = _event(name, published)
    assert (event.actor2, event.fatalities) == (actor2, dead)
    assert casualty in [(c.kind, c.party, c.count, c.high) for c in event.casualties]
