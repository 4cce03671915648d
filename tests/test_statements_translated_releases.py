"""Speakers of translated releases and roles told as an organisation's.

The reports under ``fixtures/statements`` and ``fixtures/tallies`` were written for these
tests: a command's week whose officer "said:" with no quotation marks, a service named in
full and then as "the Service", and roles told with a possessive ("UNAMA's human rights
chief, Fiona Frazer", "the ministry's adviser").
"""

from __future__ import annotations

import pytest

from eventcoder.records import Statement
from tests.conftest import fixture_records


def _statements(folder: str, name: str) -> list[Statement]:
    return [r for r in fixture_records(folder, name, "2024-05-15")
            if isinstance(r, Statement) and not r.reported]


def test_statements_translated_releases_said_colon_without_marks() -> None:
    [statement] = _statements("tallies", "ina-operation-command-week-outcome")
    assert statement.speaker == "Saad Maan"
    assert statement.quote.startswith("The security forces continue")
    assert statement.quote.endswith("no rest.")


def test_statements_translated_releases_the_service_is_the_service_named() -> None:
    [statement] = _statements("statements", "cts-the-service-said")
    assert (statement.speaker, statement.organisation) == (
        "Counter Terrorism Service", "Counter Terrorism Service")


@pytest.mark.parametrize(
    ("speaker", "role", "organisation"),
    [
        ("Abdul Wahid Rahimi", "ministry's adviser", "Interior Ministry"),
        ("Fiona Frazer", "UNAMA's human rights chief", "UNAMA"),
        ("Markus Potzel", "UNAMA's deputy head", "UNAMA"),
    ],
)
def test_statements_translated_releases_possessor_is_the_organisation(
    speaker: str, role: str, organisation: str
) -> None:
    found = {s.speaker: (s.role, s.organisation)
             for s in _statements("statements", "unama-possessive-roles")}
    assert found[speaker] == (role, organisation)


@pytest.mark.parametrize(
    ("attribution", "speaker", "role"),
    [
        ("Gen. Dana Whitcombe, the coalition commander, was quoted as saying.",
         "Dana Whitcombe", "coalition commander"),
        ("Brig. Gen. Omar Saleh, a spokesman for the command, has been quoted as saying.",
         "Omar Saleh", "spokesman for the command"),
    ],
)
def test_statements_one_quoted_as_saying_is_the_speaker(attribution: str, speaker: str,
                                                         role: str) -> None:
    from eventcoder import extract

    text = ("Forces press on in the desert\n\nBAGHDAD, May 4 -- \"Our partners keep up the "
            f"pressure on the cells in the desert,\" {attribution}\n")
    [statement] = [r for r in extract(text, published="2024-05-04")
                   if isinstance(r, Statement)]
    assert statement.speaker == speaker
    assert statement.role is not None and "quoted" not in statement.role
    assert statement.role.startswith(role.split(" for ")[0])


@pytest.mark.parametrize(
    ("body", "said"),
    [
        # what was said, then the command and "said in a statement" closing the sentence
        ("The strike hit a compound used by the cell near the river, Africa Command said in a "
         "statement.", "The strike hit a compound used by the cell near the river"),
        ("The raid, carried out with partner forces, targeted a farm outside the town, the "
         "coalition said in a news release on Monday.",
         "The raid, carried out with partner forces, targeted a farm outside the town"),
    ],
)
def test_statements_words_before_the_body_said_in_a_statement(body: str, said: str) -> None:
    from eventcoder import extract

    text = f"Strike in the valley\n\nThe forces struck a hideout on Sunday.\n\n{body}\n"
    found = [r for r in extract(text, published="2024-05-07") if isinstance(r, Statement)]
    assert [s.quote for s in found] == [said]
    assert found[0].organisation is not None


def test_statements_reported_words_after_a_wire_dateline_leave_out_its_tag() -> None:
    from eventcoder import extract

    text = ("Raid in the east\n\nDAMASCUS, June 12 (AP) \u2014 Partner forces detained four "
            "members of a cell in a raid in the east of the country early Monday, the "
            "coalition said.\n")
    [statement] = [r for r in extract(text, published="2023-06-12")
                   if isinstance(r, Statement)]
    assert statement.quote.startswith("Partner forces detained four")
