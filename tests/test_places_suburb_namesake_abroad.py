"""A city's suburb or township the gazetteer lacks, whose two-word name is a town's of some
size in a country nothing in the story points to, is no place of that country: in a story
filed from a city of the country it names, whose province or city reads with confidence,
"in Hanover Park" is a suburb of that city, not the town near Chicago. A story that points
to the namesake's country keeps it."""

from __future__ import annotations

import pytest

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline


def _countries_of(text: str, name: str) -> set[str | None]:
    doc = RulePipeline().analyse(document_from_text(text, doc_id="t"))
    return {p.place.country if p.place is not None else None
            for p in doc.places if doc.text[p.start:p.end] == name}


@pytest.mark.parametrize(
    ("text", "name", "abroad"),
    [
        ("JOHANNESBURG - Two men were shot dead at a tavern in Highland Park on Saturday "
         "night, Gauteng police said. South Africa has one of the world's highest murder "
         "rates.", "Highland Park", "US"),
        ("HARARE - Police in Zimbabwe said on Tuesday that three people were wounded when "
         "a mob attacked a bus depot in Clifton Park, east of the city, in Harare province.",
         "Clifton Park", "US"),
        ("LAGOS - Gunmen abducted a trader from her shop in Villa Park on Monday evening, "
         "Lagos State police said. Kidnappings for ransom are common across Nigeria.",
         "Villa Park", "US"),
    ],
)
def test_a_suburb_is_no_namesake_in_a_country_nothing_points_to(text: str, name: str,
                                                                  abroad: str) -> None:
    countries = _countries_of(text, name)
    assert abroad not in countries, countries


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # the story points to the namesake's country: its state is written after it
        ("JOHANNESBURG - A South African student was shot dead in Highland Park, Illinois, "
         "on Saturday, his family in Gauteng said.", "Highland Park", "US"),
        ("LAGOS - A Nigerian doctor was robbed at gunpoint in Villa Park, a suburb of "
         "Chicago in the United States, on Monday, Lagos State officials said.",
         "Villa Park", "US"),
    ],
)
def test_the_namesake_stays_where_the_story_points_to_its_country(text: str, name: str,
                                                                   country: str) -> None:
    assert _countries_of(text, name) == {country}
