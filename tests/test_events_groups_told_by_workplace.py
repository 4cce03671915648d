"""Who protesters are, told by their workplace or business: the staff of a hospital or
clinic ("workers of a hospital", "employees at the district clinic") are ACLED's health
workers, not a labour group at large; owners told by their businesses ("owners of
commercial establishments", "cafe and restaurants owners") are a labour group."""

from __future__ import annotations

import pytest

from tests.records_factory import extracted_event


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("On 3 March 2021, in Pachuca, Mexico, workers of a hospital of the state social "
         "security institute protested demanding masks and gloves.", "Health Workers"),
        ("On 4 March 2021, in Encarnacion (Itapua), employees at the district clinic "
         "protested over unpaid overtime.", "Health Workers"),
        ("On 5 March 2021, in Salta (Salta), about 70 owners of commercial establishments "
         "marched to the town hall to demand permission to reopen.",
         "Labour Group"),
        ("On 6 March 2021, dozens of cafe and restaurants owners held a sit-in in Blida "
         "(Blida), demanding the reopening of their businesses.", "Labour Group"),
    ],
)
def test_events_protesters_told_by_their_workplace(text: str, group: str) -> None:
    event = extracted_event(text)
    assert any(a.startswith(group) for a in event.assoc_actor_1), event.assoc_actor_1


def test_events_factory_workers_stay_a_labour_group() -> None:
    event = extracted_event(
        "On 7 March 2021, in Rosario (Santa Fe), workers of a car factory protested "
        "over wages.")
    assert any(a.startswith("Labour Group") for a in event.assoc_actor_1), event.assoc_actor_1
    assert not any(a.startswith("Health Workers") for a in event.assoc_actor_1)
