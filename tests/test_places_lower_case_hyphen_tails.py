"""A name whose last part is written in lower case after a bare hyphen ("Hpa-an"), as
Burmese names are transliterated, is read whole where the gazetteer knows it; a word that
makes a compound of a name ("Houthi-led") is no part of one."""

from __future__ import annotations

import pytest

from eventcoder.gazetteer import load_gazetteer, name_key
from eventcoder.pipeline import extract
from eventcoder.places import _lower_hyphen_tail
from eventcoder.records import Event
from tests.places_text import places_in


@pytest.mark.parametrize(
    "text",
    [
        "Rebels clashed with troops near Hpa-an on Friday.",
        "BANGKOK (Reuters) - Karen fighters shelled an army camp near Hpa-an at dawn.",
    ],
)
def test_lower_case_last_part_is_read_with_the_name(text: str) -> None:
    place = places_in(text)["Hpa-an"].place
    assert place is not None and place.country == "MM"


def test_event_under_a_foreign_dateline_is_placed_at_the_town() -> None:
    events = [r for r in extract("BANGKOK (Reuters) - Karen fighters shelled an army camp "
                                 "near Hpa-an at dawn, killing two soldiers.")
              if isinstance(r, Event)]
    assert events and events[0].location.country == "MM"


def test_compound_word_after_a_name_is_no_part_of_it() -> None:
    assert "Houthi-led" not in places_in("Houthi-led fighters shelled a market in Taiz.")


def test_compound_tail_is_no_part_of_a_name_the_gazetteer_knows_whole() -> None:
    # "Dry Run" is a town's name, so only the compound words keep "Dry-run" from being read
    # as it (the gazetteer knows "Houthi-led" under no key at all)
    gazetteer = load_gazetteer()
    assert gazetteer.has_key(name_key("Dry-run"))
    assert _lower_hyphen_tail("Dry-run drills", 0, 3, gazetteer, {0}) is None
    assert _lower_hyphen_tail("Hpa-an town", 0, 3, gazetteer, {0}) is not None
