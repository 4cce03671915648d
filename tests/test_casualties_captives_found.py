"""The fate of people taken: "his body was found" is a death, and captives counted as some
of those taken ("two of the hostages", "one hostage") or by what they were ("the bodies of
two of the porters") die in the abduction, whatever later day the report gives."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.casualties import combine_casualties
from eventcoder.document import split_sentences
from eventcoder.quantities import find_casualty_mentions
from eventcoder.records import Event


def _events(text: str) -> list[Event]:
    return [r for r in extract(text) if isinstance(r, Event) and not r.background]


def _counts(event: Event) -> dict[str, int]:
    out: dict[str, int] = {}
    for c in event.casualties:
        out[c.kind] = out.get(c.kind, 0) + (c.count if c.count is not None else (c.low or 0))
    return out


@pytest.mark.parametrize(("text", "killed"), [
    ("On 3 April 2015, armed men kidnapped a pharmacist outside his shop in Tikrit, Iraq. "
     "His body was found in an orchard on 7 April 2015.", 1),
    ("On 3 April 2015, armed men abducted a nurse in Bentiu, South Sudan. Her mutilated "
     "body was later recovered by villagers on 11 April 2015.", 1),
    ("On 3 April 2015, rebels kidnapped five porters near Beni, Congo. The bodies of two of "
     "the porters were recovered on 6 April 2015.", 2),
    ("On 3 April 2015, rebels kidnapped six traders near Beni, Congo. Three of the hostages "
     "were beheaded on 9 April 2015.", 3),
    ("On 3 April 2015, gunmen abducted four truck drivers near Gao, Mali. One hostage was "
     "shot dead on 8 April 2015.", 1),
], ids=["his-body-found", "her-body-recovered", "bodies-of-some-of-them", "some-of-the-hostages",
        "one-hostage"])
def test_captives_killed_later_belong_to_the_abduction(text: str, killed: int) -> None:
    events = _events(text)
    assert len(events) == 1
    counts = _counts(events[0])
    assert counts.get("killed") == killed
    assert counts.get("abducted", 0) >= 1


@pytest.mark.parametrize("text", [
    "Gunmen shot dead a tailor in Sibi on Friday. His body was found near the bus stand.",
    "A customs officer was killed in Sibi on Friday; his body was recovered by colleagues.",
], ids=["next-sentence", "same-sentence"])
def test_the_body_of_one_counted_is_no_second_death(text: str) -> None:
    out = combine_casualties(find_casualty_mentions(text), text=text, doc_id="d1",
                             sentences=split_sentences(text))
    assert sum(c.count or 0 for c in out if c.kind == "killed") == 1


def test_a_body_that_was_not_found_is_no_death() -> None:
    text = "Gunmen abducted a driver in Sibi on Friday. His body was carried by a horse."
    assert [m for m in find_casualty_mentions(text) if m.kind == "killed"] == []
