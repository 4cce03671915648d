"""A month told inside a stretch of a year already named ("attacks have risen this year,
including an assault on a base at Bohoma in March") dates the incident the sentence tells by
the month, as a day inside a week does. All texts are made up for these tests."""

from __future__ import annotations

import pytest

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Event


def _spans(text: str, published: str) -> list[tuple[str | None, str | None]]:
    return [(r.date_start, r.date_end) for r in RulePipeline()(
        document_from_text(text, doc_id="t", published=published)) if isinstance(r, Event)]


@pytest.mark.parametrize(("text", "published", "span"), [
    ("Boko Haram has stepped up attacks around Lake Chad this year, including an assault on "
     "an army base at Bohoma in March in which dozens of soldiers were killed.", "2020-08-13",
     ("2020-03-01", "2020-03-31")),
    ("Gang violence in Port-au-Prince has surged this year, including a massacre in Cite "
     "Soleil in July in which 20 people were killed.", "2020-08-01",
     ("2020-07-01", "2020-07-31")),
    ("In 2019 gunmen repeatedly raided villages in Zamfara State; in June they killed 30 "
     "people in Kadisau.", "2020-02-01", ("2019-06-01", "2019-06-30")),
])
def test_a_month_inside_the_year_dates_the_incident(text: str, published: str,
                                                    span: tuple[str, str]) -> None:
    assert _spans(text, published) == [span]
