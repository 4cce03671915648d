"""The Irish republican armed groups, by their names and abbreviations, in reports of the
Troubles and of the dissident attacks since."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.actors import resolve_actor
from eventcoder.records import Event


@pytest.mark.parametrize(
    ("phrase", "name", "acled_name"),
    [
        ("IRA", "Provisional Irish Republican Army", "PIRA: Provisional Irish Republican Army"),
        ("Provisional IRA", "Provisional Irish Republican Army",
         "PIRA: Provisional Irish Republican Army"),
        ("New IRA", "New IRA", "New IRA: New Irish Republican Army"),
        ("Real IRA", "New IRA", "New IRA: New Irish Republican Army"),
    ],
)
def test_irish_republican_group_names(phrase: str, name: str, acled_name: str) -> None:
    found = resolve_actor(phrase, country="GB")
    assert found is not None
    assert (found.name, found.kind, found.acled_name) == (name, "rebel_group", acled_name)


def test_the_groups_bombing_is_its_event() -> None:
    records = extract("By the end of the day, the IRA's Belfast brigade had detonated at least "
                      "20 bombs across the city, killing nine people.")
    events = [r for r in records if isinstance(r, Event)]
    assert [(e.actor1, e.location.country) for e in events] == [
        ("Provisional Irish Republican Army", "GB")]
