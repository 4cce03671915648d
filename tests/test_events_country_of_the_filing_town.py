"""A wire story filed from a town of one country ("DHAKA, Oct 8 (Reuters) -") whose own
place the gazetteer lacks or reads weakly, and that names no place of another country,
lies in the country of the town it was filed from: the last reading, never one over a
place the story resolves or a country it names."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _event(text: str) -> Event:
    [event] = [r for r in extract(text, published="2024-10-09") if isinstance(r, Event)]
    return event


@pytest.mark.parametrize(("text", "country"), [
    ("DHAKA, Oct 8 (Reuters) - Two refugees were stabbed to death in a camp in "
     "Qorvantipur late on Monday, police said.", "BD"),
    ("NAIROBI, Oct 8 (Reuters) - Raiders shot dead four herders at a watering hole in "
     "Zelmawaru on Monday, a local official said.", "KE"),
    ("BAMAKO, Oct 8 (Reuters) - Gunmen on motorbikes killed six villagers in Tessouroukai "
     "on Monday, residents said.", "ML"),
])
def test_events_country_of_the_filing_town(text: str, country: str) -> None:
    event = _event(text)
    assert event.location.country == country
    assert event.location.geo_precision == 3
    assert "filed from" in (event.location.reason or "")


def test_events_a_named_country_comes_before_the_filing_town() -> None:
    # the Nairobi bureau files news of Somalia: the people named say where
    event = _event("NAIROBI, Oct 8 (Reuters) - Raiders shot dead four herders at a watering "
                   "hole in Zelmawaru on Monday, Somali police said.")
    assert event.location.country == "SO"


def test_events_a_place_of_another_country_comes_before_the_filing_town() -> None:
    event = _event("NAIROBI, Oct 8 (Reuters) - Raiders shot dead four herders at a watering "
                   "hole in Zelmawaru, a day's walk from Baidoa, on Monday.")
    # (a Somali city, even where the text reads it weakly: never the bureau's Kenya)
    assert event.location.country != "KE"


def test_events_no_dateline_no_country() -> None:
    event = _event("Raiders shot dead four herders at a watering hole in Zelmawaru on "
                   "Monday, a local official said.")
    assert event.location.country is None
