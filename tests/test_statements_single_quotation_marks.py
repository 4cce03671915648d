"""Quotes in single quotation marks, as British copy writes them ('...' and \u2018...\u2019), are
quotes like those in double marks; apostrophes ("the group's", "the rebels' camp", "the
'90s") open or close none."""

from __future__ import annotations

import re

import pytest

from eventcoder import extract
from eventcoder.records import Statement
from eventcoder.statements import _SINGLE_OPEN, _single_quotes


def _statements(text: str) -> list[Statement]:
    return [s for s in extract(text, published="2024-09-03") if isinstance(s, Statement)]


@pytest.mark.parametrize(
    ("text", "speaker", "role", "quote"),
    [
        ("Herders lost forty cattle in a raid near Lafia. \u2018They came at dawn and took "
         "everything,\u2019 said Musa Danjuma, a herder.", "Musa Danjuma", "herder",
         "They came at dawn and took everything"),
        ("Floods cut the road to the camp. 'The militia's men stopped our trucks twice,' "
         "Grace Achieng, a driver, told the paper.", "Grace Achieng", "driver",
         "The militia's men stopped our trucks twice"),
        ("'We will rebuild the market before the rains,' the district commissioner, Joseph "
         "Mwangi, said on Friday.", "Joseph Mwangi", "district commissioner",
         "We will rebuild the market before the rains"),
    ],
)
def test_single_marks_quote(text: str, speaker: str, role: str, quote: str) -> None:
    found = _statements(text)
    assert [(s.speaker, s.role, s.quote, s.reported) for s in found] == [
        (speaker, role, quote, False)], found


def test_plural_possessive_inside_a_single_quote_does_not_close_it() -> None:
    found = _statements("\u2018The soldiers\u2019 trucks were burned on the bridge,\u2019 a "
                        "witness told reporters.")
    assert [s.quote for s in found] == ["The soldiers\u2019 trucks were burned on the bridge"]


def test_apostrophes_are_no_quotes() -> None:
    text = ("The rebels' camp was the largest since the '90s, and the group's leaders left "
            "it on Monday.")
    assert _single_quotes(text) == []


def test_single_marks_inside_double_ones_are_a_quote_in_a_quote() -> None:
    text = ('"They shouted \'leave now\' and then they fired," said Amina Sule, a trader.')
    found = _statements(text)
    assert [s.quote for s in found] == ["They shouted 'leave now' and then they fired"]


@pytest.mark.parametrize("text", [
    "The group's men left. 'We go,' one said.",
    "\u2018Enough,\u2019 she said.",
    "'We stayed,' he said.\n'They left,' she said.",
    "No marks at all here, nor apostrophes.",
    "Only the rebels' camp and the group's base.",
])
def test_single_quote_gate_rules_out_no_opening(text: str) -> None:
    """Every opening mark is a curly one, or a straight one after a space or opening a
    line: a text without those holds none."""
    gated = "\u2018" in text or " '" in text or "\n'" in text or text[:1] == "'"
    assert gated or not any(m for m in re.finditer(_SINGLE_OPEN, text))
