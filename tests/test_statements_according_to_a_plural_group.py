"""A side told by its plural noun after "according to" ("according to the rebels, ...",
"..., according to the police.") is the one whose words the report gives; its organisation
is the one the actors stage reads, where it reads one."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Statement


def _statements(text: str) -> list[Statement]:
    return [s for s in extract(text, published="2024-05-10") if isinstance(s, Statement)]


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        ("According to the rebels, they had brought down a reconnaissance drone.",
         "rebels", "they had brought down a reconnaissance drone"),
        ("According to the militants, two of their commanders escaped the ambush.",
         "militants", "two of their commanders escaped the ambush"),
        ("According to the insurgents, the bridge over the river was mined overnight.",
         "insurgents", "the bridge over the river was mined overnight"),
        ("According to the protesters, the square was cleared with tear gas.",
         "protesters", "the square was cleared with tear gas"),
        ("The square was cleared with tear gas, according to the protesters.",
         "protesters", "The square was cleared with tear gas"),
        ("According to the police, the driver fled toward the border on foot.",
         "police", "the driver fled toward the border on foot"),
    ],
)
def test_statements_according_to_a_plural_group(text: str, speaker: str, quote: str) -> None:
    found = _statements(text)
    assert [(s.speaker, s.verb, s.quote) for s in found] == [(speaker, "according to", quote)]


def test_statements_according_to_the_police_of_the_country() -> None:
    # (the force the actors stage reads for the country the report is about)
    found = _statements("Police in Mombasa detained a trader on Monday. According to the "
                        "police, the trader carried a forged permit.")
    assert [(s.speaker, s.organisation) for s in found] == [
        ("Police Forces of Kenya", "Police Forces of Kenya")]


def test_statements_according_to_a_plan_names_no_group() -> None:
    assert _statements("According to the plan, the convoy left the depot at noon.") == []


def test_statements_according_to_words_with_a_quoted_name_are_no_statement() -> None:
    # (the country known, the police speak; the words tell a name in quotation marks)
    assert _statements("Police in Mombasa detained a trader on Monday. The gang calls "
                       'itself "Harbour Lions", according to the police.') == []
