"""Victims as news articles tell them: each group with its own count and evidence ("There
were six women, a boy and two men injured"), people told by where they were ("guests staying
in a hostel above", "those inside the chapel"), by what they sided with ("activists known to
be close to the rebels"), by a list of kinds with no count ("the slaughter of men, women and
children"), as some of a count told before ("nine of the injured", "three of whom were among
the dead", "the wounded included ..."), named in a list after "including", or between
dashes; and where a wound was is no one hurt ("shot in the arm"), nor are "these injured"
told again. A blast someone is "responsible for" that the sentence tells is an incident, not
a record of deeds. A bare count after people fired on ("opened fire on pilgrims ..., killing
four") counts them; "Among the injured were ..." lists parts of the hurt."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.quantities import find_casualty_mentions
from eventcoder.records import Event


def _mentions(text: str) -> list[tuple[str, int | None, str | None]]:
    return [(m.kind, m.count, m.party_text) for m in find_casualty_mentions(text)]


def _lead(text: str) -> Event:
    events = [r for r in extract(text) if isinstance(r, Event) and not r.background]
    assert events
    return events[0]


def _total(event: Event, kind: str) -> int:
    return sum(c.count if c.count is not None else (c.low or 0)
               for c in event.casualties if c.kind == kind)


def _evidence(event: Event, kind: str) -> str:
    return " | ".join(e.text for c in event.casualties if c.kind == kind for e in c.evidence)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("There were six women, a 9-year-old boy and two men injured.",
         [("wounded", 6, "women"), ("wounded", 1, "9-year-old boy"), ("wounded", 2, "men")]),
        ("The roof fell in and tourists staying in a hostel above were injured.",
         [("wounded", None, "tourists")]),
        ("Nine pilgrims travelling on the coach were hurt.", [("wounded", 9, "pilgrims")]),
        ("Worshippers praying in the chapel were wounded by the blast.",
         [("wounded", None, "Worshippers")]),
        ("Those inside the chapel were killed when the device went off.",
         [("killed", None, None)]),
        ("The sergeant was shot in the arm and later died.", [("killed", 1, "sergeant")]),
        ("Officials said 21 people had suffered mostly minor injuries.",
         [("wounded", 21, "people")]),
        ("The governor denounced the slaughter and maiming of farmers, women and children.",
         [("killed", None, "farmers, women and children"),
          ("wounded", None, "farmers, women and children")]),
        ("Raiders killed women and children in the hamlet.",
         [("killed", None, "women and children")]),
        ("Troops killed militants and villagers fled.", [("killed", None, "militants")]),
        ("Shortly after noon a wave of bombing hit the centre of Derry and at least nine "
         "people died.", [("killed", 9, "people")]),
        ("About 200 guests were dining in the hall at the time, three of whom were among "
         "the dead.", [("killed", 3, None)]),
        ("Activists known to be close to the rebels were arrested.",
         [("detained", None, "Activists")]),
        ("The suspected gunman, Karim Nassar – shot dead by police – had a long record.",
         [("killed", 1, "Karim Nassar")]),
        ("Police hunted a man thought to be responsible for a Sunday blast which injured "
         "several people.", [("wounded", None, "people")]),
        ("\"I am thinking of these injured and their families,\" the mayor said.", []),
        ("Two of the injured died later.", [("killed", 2, None)]),
        ("Gunmen opened fire on pilgrims at a shrine near Jos, killing four.",
         [("killed", 4, "pilgrims")]),
        ("The raiders stormed the chapel and shot dead those inside.",
         [("killed", None, None)]),
        ("Among the injured were three children and a traffic warden.",
         [("wounded", 3, "children"), ("wounded", 1, "traffic warden")]),
    ],
)
def test_casualties_victim_groups(text: str, expected: list[tuple[str, int | None, str | None]]
                                  ) -> None:
    assert _mentions(text) == expected


def test_casualties_some_of_the_injured_keep_the_total() -> None:
    event = _lead(
        "A bomb killed 9 people and wounded 40 at a bar in Bilbao on Friday. Three of the "
        "8 initially killed and 14 of the injured were off-duty guards.")
    assert _total(event, "killed") == 9 and _total(event, "wounded") == 40
    assert "14 of the injured" in _evidence(event, "wounded")
    assert "the 8 initially killed" in _evidence(event, "killed")


def test_casualties_the_wounded_included() -> None:
    event = _lead(
        "A bomb killed 9 people and wounded 40 at a bar in Bilbao on Friday. The wounded "
        "included the deputy head of the city police, with the remainder waiters and "
        "customers of the bar.")
    assert _total(event, "wounded") == 40
    parties = {c.party for c in event.casualties if c.kind == "wounded"}
    assert any("waiters and customers" in (p or "") for p in parties), parties
    assert "deputy head" in _evidence(event, "wounded")


def test_casualties_among_the_injured_keep_the_total() -> None:
    event = _lead("A bomb wounded 20 people at a bus stop in Jos on Sunday. Among the injured "
                  "were three children and a traffic warden.")
    assert _total(event, "wounded") == 20
    assert "Among the injured were three children" in _evidence(event, "wounded")


def test_casualties_arrests_including_names() -> None:
    event = _lead(
        "Activists known to be close to the rebels were arrested in Quito on Monday, "
        "including Marta Ruiz, the poet Tomas Vidal and the singer Ana Soto.")
    detained = [c for c in event.casualties if c.kind == "detained"]
    assert detained and "rebel" not in (detained[0].party or "").lower(), detained
    told = _evidence(event, "detained")
    assert all(name in told for name in ("Marta Ruiz", "Tomas Vidal", "Ana Soto")), told
