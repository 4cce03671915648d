"""A count told again as changed ("the number of wounded was revised down to nine", "the
number of dead rose to seven") replaces the single count of its kind told before: it counts
the same people, keeps their side, and the figure it replaces is no evidence for it."""

from __future__ import annotations

from eventcoder import extract
from eventcoder.records import Casualty, Event


def _casualties(text: str, published: str) -> list[Casualty]:
    events = [r for r in extract(text, published=published) if isinstance(r, Event)]
    assert len(events) == 1, [(e.date_start, e.notes) for e in events]
    return events[0].casualties


def _of_kind(casualties: list[Casualty], kind: str) -> list[Casualty]:
    return [c for c in casualties if c.kind == kind]


def test_casualties_wounded_revised_down_keep_their_side() -> None:
    text = ("A roadside bomb struck a border guard vehicle near Orvana on 8 October, killing "
            "three guards and wounding fourteen, the regional command said. In a second "
            "statement, the command said the number of wounded was revised down to ten.")
    casualties = _casualties(text, "2024-10-09")
    wounded = _of_kind(casualties, "wounded")
    assert [c.count for c in wounded] == [10]
    assert wounded[0].party is not None
    assert wounded[0].party == _of_kind(casualties, "killed")[0].party
    assert all("fourteen" not in e.text for e in wounded[0].evidence)


def test_casualties_dead_risen_keep_the_people_counted() -> None:
    text = ("Gunmen fired on a wedding party in Belmora on 2 August, killing four villagers, "
            "the district governor said. The number of dead rose to six on Saturday.")
    killed = _of_kind(_casualties(text, "2024-08-04"), "killed")
    assert [(c.count, c.party is not None) for c in killed] == [(6, True)]
    assert all("four" not in e.text for e in killed[0].evidence)


def test_casualties_toll_revised_later_replaces_the_count() -> None:
    text = ("A mortar round hit a checkpoint in Selvik on 11 March, killing five militiamen "
            "and wounding two, the district office said. The death toll was later revised "
            "to four.")
    killed = _of_kind(_casualties(text, "2024-03-12"), "killed")
    assert [(c.count, c.party is not None) for c in killed] == [(4, True)]
