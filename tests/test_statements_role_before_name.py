"""Speakers introduced by their role first, and roles at a monitor the text names elsewhere."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Statement

RAIDS = Path(__file__).parent / "fixtures" / "raids"


def _statements(text: str) -> list[Statement]:
    records = RulePipeline()(document_from_text(text, doc_id="d", published="2024-03-15"))
    return [r for r in records if isinstance(r, Statement) and not r.reported]


@pytest.mark.parametrize(
    ("text", "speaker", "role", "organisation"),
    [
        # a role, then the titled name set off by commas, then the verb and the quote
        ('For his part, the spokesman of the Joint Operations Command, Major General Hamid '
         'Khalaf, said "our forces will pursue the remnants of the gangs."', "Hamid Khalaf",
         "spokesman of the Joint Operations Command", "Joint Operations Command"),
        ('In a statement, the ministry spokesman, Col. Ahmed Hassan, said: "We will not allow '
         'the terrorists to return to these areas."', "Ahmed Hassan", "ministry spokesman", None),
        ('The head of the Counter-Terrorism Service, Lt. Gen. Karim Aboud, told reporters that '
         '"the operation was a success for all of us".', "Karim Aboud",
         "head of the Counter-Terrorism Service", "Counter Terrorism Service"),
        # "According to" a role, then the titled name set off by commas, then the quote
        ('According to the province\'s police chief, Colonel Javed Rahimi, "the raid ended '
         'without any losses among our men."', "Javed Rahimi", "province's police chief",
         None),
        # a name, then the role: the surname alone with a role noun is a person
        ('Okafor, the brigade commander, said "we are ready to move on the town."', "Okafor",
         "brigade commander", None),
        # "the Britain-based monitor" is the observatory named before, not "Britain-based"
        ("The Syrian Observatory for Human Rights said dozens were killed. \"The strikes "
         "targeted hideouts,\" said Rami Abdel Rahman, head of the Britain-based monitor.",
         "Rami Abdel Rahman", "head of the Britain-based monitor",
         "Syrian Observatory for Human Rights"),
    ],
)
def test_statements_role_before_name_finds_the_person(
    text: str, speaker: str, role: str, organisation: str | None
) -> None:
    [statement] = _statements(text)
    assert (statement.speaker, statement.role, statement.organisation) == (
        speaker, role, organisation)


def test_statements_role_before_name_in_a_translated_release() -> None:
    text = (RAIDS / "mt-media-cell-spokesman-role-first.txt").read_text(encoding="utf-8")
    [statement] = _statements(text)
    assert statement.speaker == "Yahya Rasool"
    assert statement.role == "spokesman of the Commander-in-Chief of the Armed Forces"
    assert statement.quote.startswith("the heroes of our armed forces continue")


STATEMENTS = Path(__file__).parent / "fixtures" / "statements"


def _fixture_statements(name: str) -> list[Statement]:
    return _statements((STATEMENTS / f"{name}.txt").read_text(encoding="utf-8"))


def test_statements_role_before_name_spokesman_quoted_again() -> None:
    # a ministry's spokesman, role and organisation before the name and the quote, then
    # "he added" and a quote split around "Saleh said": one speaker for all three
    # (pending: the organisation is read as the force the ministry runs, "Peshmerga",
    # not the "Ministry of Peshmerga Affairs" the role names)
    found = _fixture_statements("peshmerga-spokesman-he-added")
    assert [(s.speaker, s.role) for s in found] == [
        ("Karwan Saleh", "spokesman of the Ministry of Peshmerga Affairs")] * 3
    assert found[2].quote.startswith("We will not allow")
    assert found[2].quote.endswith("on border security.")


def test_statements_role_before_name_split_quote_and_according_to() -> None:
    found = {s.speaker: s for s in _fixture_statements("moi-quote-split-around-said")}
    assert sorted(found) == ["Habib Noori", "Nasrullah Karimi"]
    assert (found["Nasrullah Karimi"].role, found["Nasrullah Karimi"].organisation) == (
        "Interior Ministry spokesman", "Interior Ministry")
    assert found["Habib Noori"].quote.startswith("the operation was carried out")
    assert found["Habib Noori"].role == "Ghazni's police chief"
