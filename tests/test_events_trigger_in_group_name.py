"""A deed's word inside a group's name ("the Armenian Secret Army for the Liberation
of Armenia", "the Front for the Liberation of the Enclave of Cabinda") tells no deed: a
bombing or an ambush the group claims is read by what was done, not as a town retaken."""

from __future__ import annotations

import pytest

from tests.found_records import main_event_of


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("07/15/1983: A bomb exploded at an airline's check-in counter at an airport near "
         "Paris, France. Eight people were killed and 56 were wounded. The Armenian Secret "
         "Army for the Liberation of Armenia (ASALA) claimed responsibility for the incident.",
         "remote_explosive_landmine_ied"),
        ("03/02/1998: A bomb exploded outside a bank in Bastia, Corsica, France, wounding "
         "two passers-by. The Front for the Liberation of Corsica claimed responsibility for "
         "the incident.", "remote_explosive_landmine_ied"),
        ("11/08/2006: A landmine struck a police truck near Cabinda, Angola, wounding three "
         "officers. The Front for the Liberation of the Enclave of Cabinda (FLEC) claimed "
         "responsibility for the attack.", "remote_explosive_landmine_ied"),
    ],
)
def test_a_deed_word_in_a_group_name_tells_no_deed(text: str, sub_event_type: str) -> None:
    event = main_event_of(text)
    assert event.sub_event_type == sub_event_type, event.evidence.get("event_type")
