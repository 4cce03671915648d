"""Short reports from theatres the lexicons see less often: the named group's own
descriptor nouns, who died, and who was counted, read as a careful coder would."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.actors import find_actors
from eventcoder.document import make_doc
from eventcoder.inputs import document_from_text
from eventcoder.places import find_places
from eventcoder.records import Event


def _actors(text: str) -> list[tuple[str, str]]:
    doc = find_actors(find_places(make_doc(document_from_text(text, doc_id="t"))))
    return [(m.text, m.name) for m in doc.actors]


@pytest.mark.parametrize(
    ("text", "phrase", "name"),
    [
        ("Members of the Viv Ansanm gang coalition stormed the town of Mirebalais, Haiti, "
         "overnight and freed hundreds of inmates.", "Viv Ansanm gang coalition", "Viv Ansanm"),
        ("The Viv Ansanm alliance burned houses in Kenscoff, Haiti, on Monday.",
         "Viv Ansanm alliance", "Viv Ansanm"),
        ("Gunmen of the Fano gang set fire to a bus near Gondar, Ethiopia.",
         "Fano gang", "Fano"),
    ],
)
def test_sweep_descriptor_after_a_named_group_is_that_group(
        text: str, phrase: str, name: str) -> None:
    found = _actors(text)
    assert (phrase, name) in found
    assert all(n != "Coalition" for _, n in found)


def _events(text: str, published: str) -> list[Event]:
    return [r for r in extract(text, published=published)
            if isinstance(r, Event) and not r.background]


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("Gunmen seized 40 travellers on the highway near Birnin Gwari, Kaduna State, on "
         "Sunday. One driver who tried to escape was shot dead, police said.", 1),
        ("Armed men raided a farm settlement in Zamfara State, Nigeria, overnight. Two "
         "herders who resisted the raiders were killed and dozens of cattle taken.", 2),
        ("Militants stormed a village near Djibo, Burkina Faso, on Friday. A teacher who "
         "refused to close his school was killed in front of his pupils.", 1),
    ],
)
def test_sweep_victim_with_a_relative_clause_is_counted(text: str, fatalities: int) -> None:
    events = _events(text, "2024-03-11")
    assert [e.fatalities for e in events] == [fatalities]


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("PEMBA, Mozambique - Islamic State-linked insurgents raided a fishing village in "
         "Macomia district, Cabo Delgado, on Saturday, beheading three men.",
         "Islamic State"),
        ("Al-Shabaab-linked militants ambushed a bus near Mandera, Kenya, on Monday, killing "
         "four passengers.", "Al Shabaab"),
        # a sponsor is no side: the men it backs stay unnamed
        ("Iran-backed militants shot dead two contractors near Erbil, Iraq, on Monday.",
         "Unidentified Armed Group (Iraq)"),
    ],
)
def test_sweep_men_of_a_named_groups_network_are_that_group(text: str, actor1: str) -> None:
    assert [e.actor1 for e in _events(text, "2023-10-09")] == [actor1]
