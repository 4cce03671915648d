"""Setting off a bomb and planting a mine are the means of an explosion, as detonating a bomb
and planting a bomb are: "unknown men set off a bomb at a water pumping station", "two men
planted a roadside mine ... police shot both dead"."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.evaluate.metrics import main_event


@pytest.mark.parametrize(
    "text",
    [
        "On 26 March 2014, unknown men set off a bomb at a water pumping station near Sui, "
        "Balochistan, Pakistan.",
        "On 26 March 2014, two men planted a roadside mine near Musa Qala, Helmand, "
        "Afghanistan. Soldiers spotted them while they were burying the mine and shot both "
        "dead.",
    ],
    ids=["set-off-a-bomb", "planted-a-roadside-mine"],
)
def test_an_explosion(text: str) -> None:
    event = main_event(list(extract(text)))
    assert event is not None
    assert (event.event_type, event.sub_event_type) == (
        "explosions_remote_violence", "remote_explosive_landmine_ied")
