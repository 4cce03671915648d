"""A fight whose sides go unnamed is fought by two unidentified armed groups.

"A shoot-out broke out in the Siloe neighbourhood" tells a clash but names no one on either
side: ACLED codes the unidentified armed group of the note's country as both actors.
"""

from __future__ import annotations

import pytest

from tests.conftest import lead_event


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("On 14 March 2021, in Nova Iguacu, Rio de Janeiro, residents said on social media "
         "that an exchange of gunfire happened in the Cabucu district.",
         "Unidentified Armed Group (Brazil)"),
        ("On 3 June 2019, in Cali, Valle del Cauca, a shootout broke out in the Siloe "
         "neighbourhood. No casualties were reported.",
         "Unidentified Armed Group (Colombia)"),
        ("On 9 October 2021, in Duque de Caxias, Rio de Janeiro, a local monitoring app "
         "reported that shoot-outs took place in the Gramacho and Pilar areas.",
         "Unidentified Armed Group (Brazil)"),
    ],
)
def test_unnamed_sides_are_unidentified_groups(text: str, group: str) -> None:
    event = lead_event(text)
    assert event.sub_event_type == "armed_clash"
    names = [event.actor_acled_names.get(a or "", a) for a in (event.actor1, event.actor2)]
    assert names == [group, group]


def test_a_named_side_keeps_its_place() -> None:
    event = lead_event("On 2 May 2022, in Belem, Para, military police clashed with armed "
                       "men in the Guama district.")
    names = [event.actor_acled_names.get(a or "", a) for a in (event.actor1, event.actor2)]
    assert names[0] != "Unidentified Armed Group (Brazil)"
