"""A toll run up over a stretch of time, told in the perfect with no number beside an
incident ("hundreds of people have been killed in such attacks in the province in the past
three years"): many incidents and no one of them, so no event, background or other."""

from __future__ import annotations

import pytest

from tests.conftest import text_events


@pytest.mark.parametrize(("text", "published", "day"), [
    ("Commander shot dead\n\nBEIRUT, Oct 16 (AFP) - Gunmen shot dead a former rebel commander "
     "in the town of Tafas on Thursday, a war monitor said.\n\nThe Britain-based monitor says "
     "hundreds of people have been killed in such attacks in the province in the past three "
     "years.", "2021-10-16", "2021-10-14"),
    ("Farmers killed\n\nJOS, Nigeria (Reuters) - Gunmen killed four farmers near Bokkos on "
     "Monday, police said. Dozens of villagers have been killed in raids on farming communities "
     "in the area over the past year, residents said.", "2022-05-18", "2022-05-16"),
    ("Officer shot\n\nTEGUCIGALPA (AP) - A police officer was shot dead outside his home in San "
     "Pedro Sula on Saturday, police said. Scores of officers have been killed by gangs in the "
     "city in the last two years, according to a police union.", "2017-02-13", "2017-02-11"),
])
def test_events_running_toll_over_a_stretch_is_no_event(
        text: str, published: str, day: str) -> None:
    assert [e.date_start for e in text_events(text, published)] == [day]
