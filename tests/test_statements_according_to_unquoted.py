"""Words told "according to" a body or person without quotation marks are that one's
statement: "Five people died, according to the health ministry.", "According to the Red
Cross, ...". The verb of the statement is "according to"."""

from __future__ import annotations

import pytest

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Statement
from eventcoder.statements import read_reported


def _reported(text: str) -> list[Statement]:
    return read_reported(RulePipeline().analyse(document_from_text(text,
                                                                   published="2024-05-10")))


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        ("Five people died in the flooding near Kisumu, according to the health ministry.",
         "Health Ministry", "Five people died in the flooding near Kisumu"),
        ("According to a statement from the Kenyan Red Cross, eleven people were hurt when "
         "the bus overturned.", "Kenyan Red Cross", "eleven people were hurt when the bus "
         "overturned"),
        ("Fourteen fishermen are still missing off the coast, according to the Somali "
         "government on Friday.", "Government of Somalia (2022-)",
         "Fourteen fishermen are still missing off the coast"),
    ],
)
def test_statements_according_to_without_quotes(text: str, speaker: str, quote: str) -> None:
    [found] = _reported(text)
    assert (found.speaker, found.quote, found.verb) == (speaker, quote, "according to")
    assert found.reported
    [span] = found.evidence
    assert span.text == quote


@pytest.mark.parametrize(
    "text",
    [
        # nobody is named whose words they are
        "Three bridges collapsed, according to some.",
        # "according to" inside the sentence, not telling whose words
        "The rebels withdrew according to the plan agreed in Doha last year.",
        # a document, not anyone who told the words
        "The rebels will withdraw in June, according to a timetable agreed last year.",
    ],
)
def test_statements_according_to_names_no_teller(text: str) -> None:
    assert _reported(text) == []
