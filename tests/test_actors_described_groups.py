"""A group a report introduces by description ("the armed separatist group KLF", "a group
calling itself the Red Dawn Brigade") is a named non-state actor, even when no list knows
its name; each later use of the name is the same group, and the author of the attack it is
said to have carried out."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.actors import find_actors
from eventcoder.document import make_doc
from eventcoder.inputs import document_from_text
from eventcoder.places import find_places
from eventcoder.records import Event


def _actors(text: str) -> list[tuple[str, str, str]]:
    doc = find_actors(find_places(make_doc(document_from_text(text, doc_id="t"))))
    return [(m.text, m.name, m.kind) for m in doc.actors]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Investigators said the blast was the work of the armed separatist group KLF, which "
         "has fought for independence since 1989.", "KLF", "rebel_group"),
        ("A little-known group calling itself the Red Dawn Brigade said it planted the device "
         "outside the court house in Patras.", "Red Dawn Brigade", "rebel_group"),
        ("Officials blamed the jihadist organisation Ansar Qadim for the raid on the barracks.",
         "Ansar Qadim", "rebel_group"),
        ("Villagers said the paramilitary group Los Halcones had set up roadblocks.",
         "Los Halcones", "political_militia"),
        ("Residents said militants Jund Tarik opened fire on the checkpoint.", "Jund Tarik",
         "rebel_group"),
    ],
)
def test_actors_group_introduced_by_description(text: str, name: str, kind: str) -> None:
    found = {n: k for _, n, k in _actors(text)}
    assert found.get(name) == kind, found


def test_actors_described_group_named_again_later() -> None:
    text = ("The attack was blamed on the armed nationalist separatist group FLNK. A week "
            "later, leaders of FLNK denied any part in it, and FLNK members were arrested.")
    spans = [t for t, n, _ in _actors(text) if n == "FLNK"]
    assert len(spans) == 3, spans


@pytest.mark.parametrize(
    ("text", "not_a_group"),
    [
        # a rights group, a press club: not armed groups
        ("The rights group Citizens Watch condemned the killing of the journalist in Lagos.",
         "Citizens Watch"),
        ("A group, called the Harbour Press Club, met the governor in Karachi on Monday.",
         "Harbour Press Club"),
        # a day after the head word; a title-case headline
        ("The rebels Friday attacked a convoy near Kidal, killing two soldiers.", "Friday"),
        ("Militants Kill Three Soldiers In Ambush Near Kidal", "Kill Three Soldiers In Ambush"),
    ],
)
def test_actors_no_group_from_other_words(text: str, not_a_group: str) -> None:
    names = [n for _, n, _ in _actors(text)]
    assert not any(not_a_group in n for n in names), names


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("A bomb destroyed a cafe on Calle Mayor in Valencia on 4 March 1981, killing six "
         "people. No one claimed it, but the attack is widely believed to have been carried "
         "out by the armed separatist group GRAPO.", "GRAPO"),
        ("Two pipelines were blown up near Arauca on Tuesday. Army officers said the attack "
         "was carried out by the rebel group Frente Sur.", "Frente Sur"),
    ],
)
def test_events_described_group_is_the_attacker(text: str, group: str) -> None:
    events = [r for r in extract(text) if isinstance(r, Event) and not r.background]
    assert events and events[0].actor1 == group, [(e.actor1, e.actor2) for e in events]
