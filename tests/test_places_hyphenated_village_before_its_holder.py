"""A village the gazetteer lacks, whose name ends in a lower-case syllable joined by a hyphen
("Ban Khok Sa-nga", "Qorvash Du-bo"), written before the district and province that hold it,
keeps its whole name as written and is placed at that district, as a name written without
the hyphen is; an English word joined to a name ("Quetta-based") is no part of it."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event
from tests.places_text import places_in


@pytest.mark.parametrize(("text", "name", "district"), [
    ("On 5 May 2023, gunmen shot dead a headman in Ban Khok Sa-nga village (Rueso district, "
     "Narathiwat province).", "Ban Khok Sa-nga", "Rueso"),
    ("A roadside bomb hurt two rangers near Ban Tha-it (Sai Buri district, Pattani "
     "province) on 5 May 2023.", "Ban Tha-it", "Sai Buri"),
    ("Gunmen killed a shepherd in Qorvash Du-bo village (Dera Bugti district, Balochistan) "
     "on 5 May 2023.", "Qorvash Du-bo", "Dera Bugti"),
], ids=["head-known-word", "two-words", "no-word-known"])
def test_places_hyphenated_village_kept_whole_at_its_district(text: str, name: str,
                                                              district: str) -> None:
    place = places_in(text)[name].place
    assert place is not None and place.name == district


def test_events_hyphenated_village_named_as_written() -> None:
    text = ("On 5 May 2023, gunmen shot dead a headman in Ban Khok Sa-nga village (Rueso "
            "district, Narathiwat province).")
    [event] = [r for r in extract(text) if isinstance(r, Event)]
    assert (event.location.name, event.location.admin2, event.location.geo_precision) == (
        "Ban Khok Sa-nga", "Rueso", 2)


def test_places_english_word_joined_to_a_name_is_no_syllable_of_it() -> None:
    text = "Two guards died at a Zhob-based depot (Balochistan) on 5 May 2023."
    assert not any("-based" in name for name in places_in(text))
