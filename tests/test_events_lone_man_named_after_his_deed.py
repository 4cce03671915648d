"""A person told by his deed ("A 46-year-old man who attacked staff at a job centre") and
named when told again ("The man, identified only as Thomas W., ...") is the attacker
named: the name, and the name told again, are evidence of the attacker; a man named who
did no deed told is not."""

from __future__ import annotations

from eventcoder import extract
from eventcoder.events import _PERSON_NAMED
from eventcoder.records import Event


def _attacker_words(text: str) -> list[str]:
    (event,) = [e for e in extract(text, published="2023-09-12") if isinstance(e, Event)]
    return [s.text for s in event.evidence.get("actor1", [])]


def test_the_man_named_after_his_deed_is_the_attacker() -> None:
    text = ("A 46-year-old man who attacked staff at a job centre in Gera with a knife on "
            "Monday wanted revenge, prosecutors said. The man, identified only as Thomas W., "
            "asked to speak to his case worker and then stabbed her. Thomas W. acted alone.")
    words = _attacker_words(text)
    assert "A 46-year-old man" in words and "Thomas W." in words, words


def test_a_man_named_with_no_deed_told_is_no_attacker() -> None:
    text = ("Gunmen shot dead a trader at a market in Gera on Monday, police said. The man, "
            "identified as Jan Novak, had run a stall there for years.")
    assert "Jan Novak" not in _attacker_words(text)


def test_person_named_pattern() -> None:
    found = _PERSON_NAMED.search("The woman, named by police as Jane Roe, was held.")
    assert found is not None and found.group(1) == "Jane Roe"
