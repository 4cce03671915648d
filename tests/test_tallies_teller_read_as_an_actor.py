"""A teller named only as written ("The Armed Forces spokesman said ...") is the force the
actors stage reads the same words as elsewhere in the release ("units of the armed
forces"): the country's military, not the words alone."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Tally


@pytest.mark.parametrize(("text", "reporter"), [
    ("AMMAN, 3 May 2024 - The Armed Forces spokesman said that units of the armed forces "
     "carried out 15 raids in Mafraq during April, arresting 31 smugglers.\n",
     "Military Forces of Jordan"),
])
def test_tallies_teller_read_as_an_actor(text: str, reporter: str) -> None:
    tallies = [r for r in extract(text, published="2024-05-03") if isinstance(r, Tally)]
    assert tallies and {t.reporter for t in tallies} == {reporter}
