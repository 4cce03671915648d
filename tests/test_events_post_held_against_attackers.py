"""A post of armed guards attacked, where only the attackers fell, was defended: a clash
with its holders, not an attack on civilians, even where the report names no force."""

from __future__ import annotations

import pytest

from tests.records_factory import extracted_event


@pytest.mark.parametrize(
    "text",
    [
        "Bandits attacked a checkpoint outside Gusau, Nigeria on Monday. Five attackers were "
        "killed.",
        "Katsina, Nigeria - Armed men stormed an outpost near Funtua on Monday. Three of the "
        "assailants were shot dead.",
    ],
    ids=["checkpoint", "outpost"],
)
def test_attackers_killed_at_a_post_make_a_clash(text: str) -> None:
    event = extracted_event(text)
    assert (event.event_type, event.sub_event_type) == ("battles", "armed_clash")
    assert event.actor2 != "Civilians (Nigeria)"


def test_attackers_killed_in_a_village_stay_an_attack() -> None:
    event = extracted_event("Bandits attacked a hamlet outside Gusau, Nigeria on Monday. Five "
                            "attackers were killed.")
    assert event.event_type == "violence_against_civilians"
