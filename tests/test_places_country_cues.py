"""A report's money, local divisions and peoples point to its country, as a people's name
of the country does: a ransom asked in naira places a town named alone in Nigeria,
"barangay officials" or "Lumad farmers" in the Philippines, not at a larger namesake
abroad. A word of a few countries (rupees, CFA francs, tehsil, Hazara) says the report is
in one of them, as an armed group active in a few does. A currency counts only after a sum;
a division word anywhere; a people before a noun. Sentences written for these
tests; the notes under ``fixtures/country_cues`` are read in
``test_places_notes_analyst_readings``."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.evaluate.metrics import main_event
from eventcoder.places import cued_countries
from eventcoder.records import Event


@pytest.mark.parametrize(
    ("text", "one", "several"),
    [
        ("The abductors asked for 4 million naira.", {"NG"}, set()),
        ("They paid a ransom of 250,000 afghanis.", {"AF"}, set()),
        ("Relatives raised 800 thousand birr.", {"ET"}, set()),
        ("The woreda administrator confirmed the deaths.", {"ET"}, set()),
        ("Barangay officials said the victims were farmers.", {"PH"}, set()),
        ("The LGA chairman condemned the attack.", {"NG"}, set()),
        ("A fine of 20,000 rupees was imposed.", set(), {"IN", "PK", "NP", "LK"}),
        ("The kidnappers demanded 5 million CFA francs.", set(),
         {"BJ", "BF", "CI", "GW", "ML", "NE", "SN", "TG", "CM", "CF", "TD", "CG", "GQ", "GA"}),
        ("Tehsil officials and 30,000 hryvnias", {"UA"}, {"PK", "IN"}),
        ("Igbo traders protested the closure of the market.", {"NG"}, set()),
        ("Hazara miners were taken off a bus.", set(), {"AF", "PK"}),
        ("Lumad teachers and Meitei students", {"PH", "IN"}, set()),
    ],
)
def test_places_country_cues_read(text: str, one: set[str], several: set[str]) -> None:
    assert cued_countries(text) == (frozenset(one), frozenset(several))


@pytest.mark.parametrize(
    "text",
    [
        "The naira fell against the dollar on Monday.",  # a currency with no sum
        "Gunmen abducted 12 passengers on the highway.",
        "Naira Marley performed in Lagos.",
        "The peso's slide worried 3 economists.",
        "Gunmen killed a trader in Naga City.",  # a people's word in a town's name
        "A bomb went off in Moro.",  # a people's word with no noun after it
    ],
)
def test_places_no_country_cue(text: str) -> None:
    assert cued_countries(text) == (frozenset(), frozenset())


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("On 2 April 2022, kidnappers seized a farmer in Moniya and demanded a ransom of 10 "
         "million naira.", "NG"),
        ("On 8 August 2021, gunmen abducted a bus driver in Osu, local LGA officials said.",
         "NG"),
        ("On 19 January 2023, two brothers were shot dead in Samara, woreda officials said.",
         "ET"),
        ("On 30 May 2020, armed men abducted a trader in Khadir and asked 1,000,000 afghanis "
         "for his release.", "AF"),
        ("On 11 November 2022, kidnappers took a nurse from Chipata and demanded 2 million "
         "pesos.", "CO"),
        ("On 5 September 2021, gunmen killed a village chief in San Dionisio, barangay "
         "officials said.", "PH"),
        ("On 14 February 2023, armed men kidnapped a herder near Sibi and asked for 4 "
         "million CFA francs.", "ML"),
        ("On 21 June 2022, a shopkeeper was shot dead in Moldovka, hromada officials said.",
         "UA"),
        ("On 7 October 2021, Igbo traders were attacked at a market in Moniya.", "NG"),
        ("On 25 April 2022, Hazara shopkeepers were shot dead in Dehi.", "AF"),
        ("On 13 March 2023, Lumad farmers fled after soldiers shelled Loreto.", "PH"),
        ("On 1 December 2021, Tuareg herders clashed with Dogon farmers near Sibi.", "ML"),
    ],
)
def test_places_town_alone_read_in_the_country_of_its_cue(text: str, country: str) -> None:
    event = main_event([r for r in extract(text) if isinstance(r, Event)])
    assert event is not None and event.location is not None
    assert event.location.country == country
