"""A briefing with several officials, each named with a role in lower case before the name
("provincial governor Jane Roe said ...", "Army spokesman Colonel John Doe gave ..."), told
again by surname, by "he" or "she" after a sentence they open, or by the role alone ("the
governor also said"); a force word alone before the role ("Police commander") is the force
of the report's country; a place that closes the role ("administrator of Gao") says where,
not of what body; people described by where they are from ("Malian officials") are no name."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Statement

_BRIEFING = (
    "MOPTI, Mali (Wire) \u2014 Malian officials said on Friday that gunmen had killed six "
    "herders near the town of Sevare.\n\n"
    "Regional governor Fatoumata Keita said the gunmen had come on motorbikes at night. "
    "\u201cThey took the cattle and shot those who ran,\u201d Keita told reporters.\n\n"
    "Police commander Modibo Sangare said three suspects were being held in Mopti.\n\n"
    "Army spokesman Colonel Souleymane Dembele gave a higher toll. \"We found two more "
    "bodies by the river this morning,\" he said.\n\n"
    "Nine herders died, Hawa Coulibaly, the district administrator of Sevare, said later on "
    "Friday.\n\n"
    "The governor also said that 300 families had fled to Mopti.\n"
)


@pytest.fixture(scope="module")
def briefing() -> list[Statement]:
    return [s for s in extract(_BRIEFING, published="2024-06-08") if isinstance(s, Statement)]


@pytest.mark.parametrize(
    ("quote_starts", "speaker", "role", "organisation"),
    [
        ("gunmen had killed six herders", None, "Malian officials", None),
        ("the gunmen had come on motorbikes", "Fatoumata Keita", "Regional governor", None),
        ("They took the cattle", "Fatoumata Keita", "Regional governor", None),
        ("three suspects were being held", "Modibo Sangare", "Police commander",
         "Police Forces of Mali"),
        ("We found two more bodies", "Souleymane Dembele", "Army spokesman",
         "Military Forces of Mali"),
        ("Nine herders died", "Hawa Coulibaly", "district administrator of Sevare", None),
        ("300 families had fled to Mopti", "Fatoumata Keita", "Regional governor", None),
    ],
)
def test_statements_briefing_speakers(briefing: list[Statement], quote_starts: str,
                                      speaker: str | None, role: str | None,
                                      organisation: str | None) -> None:
    [found] = [s for s in briefing if s.quote.startswith(quote_starts)]
    assert (found.speaker, found.role, found.organisation) == (speaker, role, organisation)


def test_statements_briefing_reads_nothing_else(briefing: list[Statement]) -> None:
    assert len(briefing) == 7


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The militia denied attacking the clinic and blamed soldiers for the fire.",
         "attacking the clinic"),
        ("The Arakan Army denied any part in the killings, saying its men were far away.",
         "any part in the killings"),
        ("Police in Lagos denied the allegations, but the governor has ordered an inquiry.",
         "the allegations"),
    ],
)
def test_statements_denial_stops_at_the_next_deed(text: str, quote: str) -> None:
    found = [s for s in extract(text, published="2024-06-08") if isinstance(s, Statement)]
    assert [(s.quote, s.verb) for s in found] == [(quote, "denied")]
