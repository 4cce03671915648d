"""A town's name and its country's written without a comma between them ("near Eldoret
Kenya") are two names: the run is cut where the country's name starts, where the words
before it name a place of that country and the whole run is no name the gazetteer knows.
The whole run's key is asked only once a country's name closes the run; the cut is the one
the whole run's key asked first gives."""

from __future__ import annotations

import pytest

from eventcoder.gazetteer import Gazetteer, load_gazetteer, name_key
from eventcoder.places import _WORD, _country_tail, country_adjectives


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def _cut_with_the_whole_key_first(gazetteer: Gazetteer, run: str) -> int:
    words = list(_WORD.finditer(run))
    if len(words) < 2 or gazetteer.has_key(name_key(run)):
        return 0
    for j in range(1, len(words)):
        tail = run[words[j].start():]
        if tail.lower() in country_adjectives() or not all(
                w.group()[0].isupper() for w in words[j:]):
            continue
        iso = gazetteer.country_by_name(tail)
        if iso is None:
            continue
        head = run[:words[j].start()].rstrip(" \t-")
        return words[j].start() if any(
            gazetteer.country_code_of(i) == iso and gazetteer.feature_of(i) != "country"
            for i in gazetteer.candidates_for_key(name_key(head))) else 0
    return 0


@pytest.mark.parametrize(("run", "cut"), [
    ("Eldoret Kenya", 8),
    ("Gulu Uganda", 5),
    ("Tamale Ghana", 7),
    ("Mwanza Tanzania", 7),
    ("Papua New Guinea", 0),  # a country's name whole
    ("Sierra Leone", 0),
    ("Gulu Ghana", 0),  # no Gulu in Ghana
    ("Ahmed Ali", 0),
    ("Ministry of Defence", 0),
    ("Mwanza", 0),
])
def test_country_closing_a_run(gazetteer: Gazetteer, run: str, cut: int) -> None:
    assert _cut_with_the_whole_key_first(gazetteer, run) == cut
    assert _country_tail(gazetteer, run) == cut
