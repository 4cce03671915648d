"""Thousands written apart ("1 250 suspects") are looked for only where a spaced figure is.

The pattern opens with look-behinds and a word boundary, which a search tries at every
character; in ASCII text each of its matches holds a digit, a blank and three digits and a
blank (``_SPACED_FIGURE``), found by a search that skips to the digits.
"""

from __future__ import annotations

import pytest

from eventcoder import quantities


@pytest.mark.parametrize(
    ("text", "spaced"),
    [
        ("Police arrested 1 250 suspects in Velmora.", True),
        ("Troops seized 12 400 rounds of ammunition.", True),
        ("Rebels freed 340 000 litres of fuel.", True),
        ("On 5 May 2024 150 people were detained.", False),
        ("Kirkuk 12 340", False),
        ("Police arrested 1250 suspects.", False),
    ],
)
def test_spaced_thousands_need_a_spaced_figure(text: str, spaced: bool) -> None:
    full = quantities._SPACED_THOUSANDS.search(text) is not None
    assert full is spaced
    if full:
        assert quantities._SPACED_FIGURE.search(text) is not None


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Police arrested 1 250 suspects in Velmora.", 1250),
        ("Troops detained 2 400 people in raids on Sunday.", 2400),
    ],
)
def test_spaced_thousands_still_read(text: str, count: int) -> None:
    values = [q.value for q in quantities.find_quantities(text)]
    assert count in values
