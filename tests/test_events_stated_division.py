"""The first-level division a report writes between a place and its country wins."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from eventcoder.records import Event
from tests.records_factory import only_event


def _event(pipeline: RulePipeline, text: str) -> Event:
    return only_event(pipeline, text)


@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        # A second-level division of the gazetteer (a Philippine province under a region)
        # written where the first level goes.
        ("07/02/2012: On Monday, in Isabela, Basilan, Philippines, unidentified gunmen shot "
         "and killed a village councillor.", "PH", "Basilan"),
        ("09/14/2012: On Friday, in Malita, Davao del Sur, Philippines, militants opened fire "
         "on an army patrol, wounding two soldiers.", "PH", "Davao del Sur"),
        # The area and the district before the division.
        ("06/03/2012: On Sunday, in the Bakarabad area of Jamrud tehsil in Khyber, Federally "
         "Administered Tribal Areas, Pakistan, militants blew up a school.",
         "PK", "Federally Administered Tribal Areas"),
        ("06/04/2012: On Monday, in Landi Kotal, Khyber district, Federally Administered "
         "Tribal Areas, Pakistan, militants blew up a school.",
         "PK", "Federally Administered Tribal Areas"),
        # No town the gazetteer knows: the division before the country.
        ("06/05/2012: On Tuesday, in Zarmanza in the Kukikehl area of the Federally "
         "Administered Tribal Areas, Pakistan, militants kidnapped two tribal elders.",
         "PK", "Federally Administered Tribal Areas"),
        ("06/06/2012: On Wednesday, in Razghar Mela, Orakzai Agency of the Federally "
         "Administered Tribal Areas, Pakistan, militants detonated a bomb.",
         "PK", "Federally Administered Tribal Areas"),
        # A former division (countryinfo's lists) wins over today's one of the town, in
        # full, without its division word, or by its initials.
        ("03/12/2013: On Tuesday, in Dharan, Sunsari, Kosi, Nepal, unidentified men set "
         "fire to a bus.", "NP", "Kosi"),
        ("07/19/2012: Suspected militants attacked a police post in Wajir, North Eastern "
         "Province, Kenya, wounding three officers.", "KE", "North Eastern"),
        ("02/02/2012: Militants fired four rockets at Jamrud, FATA, Pakistan, killing a "
         "child.", "PK", "Federally Administered Tribal Areas"),
        # The country's own name or people in the division's place is no division.
        ("03/09/2012: On Friday, in Kazan, Russian Republic, Russia, a bomb went off near a "
         "police station.", "RU", "Tatarstan"),
        # A division the gazetteer holds keeps the gazetteer's name.
        ("05/30/2012: On Wednesday, in Kohat, Khyber Pakhtunkhwa, Pakistan, militants "
         "detonated a bomb at a school.", "PK", "Khyber Pakhtunkhwa"),
    ],
)
def test_events_stated_division(pipeline: RulePipeline, text: str, country: str,
                                admin1: str) -> None:
    event = _event(pipeline, text)
    assert event.location.country == country
    assert event.location.admin1 == admin1


def test_events_stated_division_needs_the_country_after_it(pipeline: RulePipeline) -> None:
    # No country closes the phrase: the gazetteer's division stands.
    event = _event(pipeline, "On 3 May 2020, gunmen killed a farmer in Isabela, Basilan.")
    assert event.location.admin1 != "Basilan" or event.location.country != "PH"


@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        # A former division joined to the place by "in" or "of the", not by commas.
        ("08/11/2013: On Sunday, at Landi Kotal in the Khyber Agency of the Federally "
         "Administered Tribal Areas (FATA) in Pakistan, a bomb went off in a guest house, "
         "wounding two travellers.", "PK", "Federally Administered Tribal Areas"),
        ("08/12/2013: Early on Monday a roadside bomb hit a truck in the Tirah Valley of "
         "the Federally Administered Tribal Areas in Pakistan, injuring its driver.",
         "PK", "Federally Administered Tribal Areas"),
        ("08/13/2013: On Tuesday, in Biratnagar of Kosi zone in Nepal, a pressure cooker "
         "bomb went off at a bus park, wounding three porters.", "NP", "Kosi"),
        # A division of today joined by "in" is the gazetteer's business, as before.
        ("08/14/2013: On Wednesday, in Landi Kotal in Khyber Agency in Pakistan, a roadside "
         "bomb exploded, injuring a truck driver.", "PK", "Khyber Pakhtunkhwa"),
    ],
)
def test_events_former_division_joined_by_in_or_of(pipeline: RulePipeline, text: str,
                                                   country: str, admin1: str) -> None:
    event = _event(pipeline, text)
    assert (event.location.country, event.location.admin1) == (country, admin1)
