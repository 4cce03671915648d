"""A function word is never a country, however its sound key falls ("the" keys as "Thai"):
"The Government imposed a curfew" names no country; "US" in capitals still does."""

from __future__ import annotations

import pytest

from eventcoder import Event, extract
from eventcoder.gazetteer import load_gazetteer


@pytest.mark.parametrize("word", ["the", "The", "THE", "us", "they", "some"])
def test_a_function_word_is_no_country(word: str) -> None:
    assert load_gazetteer().country_by_name(word) is None


@pytest.mark.parametrize(("name", "iso"), [("US", "US"), ("Thai", "TH"), ("Thailand", "TH")])
def test_names_and_codes_still_read(name: str, iso: str) -> None:
    assert load_gazetteer().country_by_name(name) == iso


def test_a_state_body_after_the_names_no_country() -> None:
    (event,) = [r for r in extract("The Government imposed a night curfew on Monday after "
                                   "demonstrators set fire to three buses.",
                                   published="2024-06-20") if isinstance(r, Event)]
    assert event.location.country != "TH"
