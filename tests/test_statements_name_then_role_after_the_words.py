"""Words reported without quotation marks, then the speaker's name and role set off by
commas: "Two guards were hurt, Musa Bello, a police spokesman, said."."""

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
    ("text", "speaker", "role", "quote", "verb"),
    [
        ("Two guards were hurt when the convoy came under fire near Maiduguri, Musa Bello, "
         "a police spokesman, said.", "Musa Bello", "police spokesman",
         "Two guards were hurt when the convoy came under fire near Maiduguri", "said"),
        ("The gunmen fled towards the forest after the raid, Halima Danjuma, the district "
         "police commander, told reporters on Tuesday.", "Halima Danjuma",
         "district police commander",
         "The gunmen fled towards the forest after the raid", "told"),
        ("Nine houses in the village were burned, Oumar Traoré, spokesman of the regional "
         "council, said.", "Oumar Traoré", "spokesman of the regional council",
         "Nine houses in the village were burned", "said"),
    ],
)
def test_statements_name_then_role_after_the_words(text: str, speaker: str, role: str,
                                                    quote: str, verb: str) -> None:
    [found] = _reported(text)
    assert (found.speaker, found.role, found.quote, found.verb) == (speaker, role, quote, verb)
    assert found.reported
    [span] = found.evidence
    assert span.text == quote


@pytest.mark.parametrize(
    "text",
    [
        # a place described between commas, not a speaker with a role
        "Two died and three were hurt, Kano, a northern city, said.",
        # a list of names, no role
        "The talks were attended by envoys from Chad, Mali, Niger, Burkina Faso and Togo.",
    ],
)
def test_statements_name_then_role_needs_a_role(text: str) -> None:
    assert _reported(text) == []
