"""Officers counted in a sentence after the attack ("Gunmen raided a checkpoint ... Five
police officers were killed") are the side the attackers struck: the country's police, or
its army where soldiers are counted, not a side left blank."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.conftest import only_event


@pytest.mark.parametrize(("text", "force"), [
    ("Gunmen raided a checkpoint outside Eldoret, Kenya, on Saturday night. Five police "
     "officers were killed, a county commander said.", "Police Forces of Kenya"),
    ("Armed men stormed a roadblock near Eldoret, Kenya, on Saturday. Three soldiers died "
     "and two were wounded.", "Military Forces of Kenya"),
])
def test_force_counted_after_the_attack_is_struck(pipeline: RulePipeline, text: str,
                                                  force: str) -> None:
    event = only_event(pipeline, text)
    assert event.actor2 is not None and event.actor2.startswith(force), (
        event.actor1, event.actor2)


def test_civilians_counted_after_the_attack_stay_civilians(pipeline: RulePipeline) -> None:
    event = only_event(pipeline, "Gunmen raided a minibus outside Eldoret, Kenya, on "
                                 "Saturday night. Five passengers were killed.")
    assert event.actor2 is not None and event.actor2.startswith("Civilians"), event.actor2
