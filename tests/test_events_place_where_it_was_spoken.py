"""Where an official spoke is not where an incident happened: "Speaking in Maputo, the
minister said ...", "the governor, who spoke in Kaduna on Friday, said ..." told after an
ambush whose own place is unknown leave the ambush in its province, not in the city
spoken from."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


@pytest.mark.parametrize(
    ("text", "published", "town"),
    [
        ("On Wednesday, insurgents ambushed a police truck on a dirt road in Cabo Delgado "
         "province, Mozambique, killing three officers. Speaking in Maputo, the interior "
         "minister said reinforcements had been sent.", "2024-05-09", "Maputo"),
        ("Bandits ambushed a convoy on a farm track in Zamfara state, Nigeria, on Thursday, "
         "killing four vigilantes. The governor spoke in Kaduna on Friday and said the "
         "attackers would be hunted down.", "2024-05-11", "Kaduna"),
    ],
)
def test_town_spoken_from_is_no_place_of_the_ambush(text: str, published: str,
                                                    town: str) -> None:
    events = [e for e in extract(text, published=published) if isinstance(e, Event)]
    assert events
    assert all(e.location.name != town for e in events), [
        (e.location.name, e.notes) for e in events]
