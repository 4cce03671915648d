"""A village the gazetteer lacks, written with its word before a division the country had
("in Kuruti village, North Eastern province, Kenya", "near Spinwam town, Federally
Administered Tribal Areas, Pakistan"), names the place better than the country does, as
the same name written without its word already does: GTD writes that village as the
city."""

from __future__ import annotations

import pytest

from tests.found_records import main_event_of


@pytest.mark.parametrize(
    ("text", "village", "division"),
    [
        ("03/11/2010: Gunmen attacked a police post in Kuruti village, North Eastern "
         "province, Kenya, killing two officers. No group claimed responsibility.",
         "Kuruti", "North Eastern"),
        ("08/02/2009: A roadside bomb struck a Frontier Corps vehicle near Spinwam town, "
         "Federally Administered Tribal Areas, Pakistan, wounding four soldiers.",
         "Spinwam", "Federally Administered Tribal Areas"),
        ("12/19/2012: Assailants abducted a schoolteacher from Dhulbahante village, North "
         "Eastern Province, Kenya. He was released three days later.",
         "Dhulbahante", "North Eastern"),
    ],
)
def test_a_village_before_a_former_division_names_the_place(text: str, village: str,
                                                             division: str) -> None:
    event = main_event_of(text)
    assert (event.location.name, event.location.admin1) == (village, division)
