"""Notes written for the place tests, each folder a form of writing where a place lies, with
an analyst's reading of each in the folder's ``expected.json``:

- ``fixtures/place_codes``: a village the gazetteer lacks, then its province's code after
  the noun of a lesser place ("X area (KPK)", "X tehsil (KP)", "X village (UP)") or after
  its district's own abbreviation ("(NW, KP)", "(DIK, KP)");
- ``fixtures/misspelt_divisions``: the province one letter off, with its division word,
  before the country ("in X province, Country", "of X Region in central Country"), or a
  province of several words, or with its division word, one letter off after a village
  ("X village, Khyber Pakhtunkwha province", "in Nort Kivu"), a province of four words
  ("Al Jabal al Akhar province") or a city with a letter slipped into a pair ("Bagnhdad");
- ``fixtures/country_cues``: a town alone whose larger namesake lies abroad, with the money
  a ransom is asked in, the word its country calls a local division by, or an armed group
  active in a few countries;
- ``fixtures/unknown_place_in_division``: "in an unknown location in X province", then a
  town of another division where the effects were felt.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcoder.records import Record
from tests.analyst_readings import AnalystReadings

FIXTURES = Path(__file__).parent / "fixtures"
READINGS = {folder: AnalystReadings(FIXTURES / folder) for folder in (
    "place_codes", "misspelt_divisions", "unknown_place_in_division", "country_cues")}


@pytest.fixture(scope="module")
def records() -> dict[tuple[str, str], list[Record]]:
    return {(folder, name): readings.extracted(name)
            for folder, readings in READINGS.items() for name in readings.names}


@pytest.mark.parametrize(("folder", "name"), [
    pytest.param(folder, name, id=f"{folder}-{name}")
    for folder, readings in READINGS.items() for name in readings.names])
def test_places_notes_read_as_the_analyst_records(
        records: dict[tuple[str, str], list[Record]], folder: str, name: str) -> None:
    wrong = READINGS[folder].wrong(name, records[folder, name])
    assert not wrong, wrong
