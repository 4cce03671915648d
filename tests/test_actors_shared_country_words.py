"""A country word two countries share ("Congolese", "Congo") names the forces of whichever
of them the report is about, and neither when the report points at neither."""

from __future__ import annotations

from datetime import date

import pytest

from eventcoder import extract
from eventcoder.actors import match_actors
from eventcoder.records import Event


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("On 4 May 2021, Congolese troops clashed with ADF militants in Beni. On 5 May, "
         "Ugandan troops shelled ADF positions near Kasindi.",
         "Military Forces of the Democratic Republic of Congo"),
        ("On 4 May 2021, Congolese police arrested three protesters in Brazzaville.",
         "Police Forces of the Republic of Congo"),
        ("On 9 June 2022, Congo's army repelled a CODECO attack near Djugu, Ituri.",
         "Military Forces of the Democratic Republic of Congo"),
    ],
)
def test_shared_country_word_takes_the_reports_country(text: str, actor: str) -> None:
    events = [r for r in extract(text) if isinstance(r, Event)]
    assert actor in (events[0].actor1, events[0].actor2)


def test_shared_country_word_names_no_state_without_context() -> None:
    found = match_actors("Congolese soldiers were seen at the border.", country=None,
                         when=date(2021, 5, 4))
    assert not [m for m in found if m.country in {"CD", "CG"}]
    found = match_actors("Congolese soldiers were seen at the border.", country="CG",
                         when=date(2021, 5, 4))
    assert [(m.text, m.country) for m in found] == [("Congolese soldiers", "CG")]
