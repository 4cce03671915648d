"""A state's government named by its country ("the Somali government said") speaks as
ACLED's "Government of COUNTRY (YEAR-)"; a ministry named by its field in lower case ("the
interior ministry said") speaks as that ministry."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Statement


def _statement(text: str) -> Statement:
    [statement] = [r for r in extract(text, published="2025-03-18")
                   if isinstance(r, Statement)]
    return statement


@pytest.mark.parametrize(("text", "teller"), [
    ('"Four of the raiders were killed at the gate," the Somali government said on Friday.',
     "Government of Somalia (2022-)"),
    ('"The market will be rebuilt within a month," Kenya\'s government said.',
     "Government of Kenya (2022-)"),
    ('"Patrols are pursuing the gunmen toward the hills," the interior ministry said.',
     "Interior Ministry"),
    ('"Two reporters were held overnight and freed," the information ministry said.',
     "Information Ministry"),
    ('"Patrols are pursuing the gunmen toward the hills," Chad\'s interior ministry said.',
     "Chad's Interior Ministry"),
], ids=["adjective-government", "possessive-government", "interior-ministry",
        "information-ministry", "owned-ministry"])
def test_statements_governments_and_ministries_speak(text: str, teller: str) -> None:
    statement = _statement(text)
    assert (statement.speaker, statement.organisation) == (teller, teller)


def test_statements_ministry_spokesman_is_of_the_ministry() -> None:
    statement = _statement('"Patrols are pursuing the gunmen," an interior ministry '
                           "spokesman said.")
    assert statement.organisation == "Interior Ministry"


def test_statements_government_forces_are_no_government() -> None:
    # the forces of a government speak as the forces the actor list knows
    statement = _statement('"We retook the bridge," the Sudanese government forces said.')
    assert statement.organisation != "Government of Sudan (2019-)"
