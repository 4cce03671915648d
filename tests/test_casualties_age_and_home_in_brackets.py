"""An inter-services release tells its dead soldier with his age and home in brackets after
his name ("Sepoy Imran Khattak (age 26 years, resident of District Karak), having fought
gallantly, embraced shahadat"): he is one of the force's dead, and his home district is no
place the fight happened in."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event

_OPERATION = ("On 3 June 2025, security forces conducted an intelligence based operation in "
              "Datta Khel, North Waziristan District. During the operation, 3 terrorists were "
              "sent to hell. ")


def _events(text: str) -> list[Event]:
    return [r for r in extract(text, published="2025-06-04") if isinstance(r, Event)]


@pytest.mark.parametrize("soldier", [
    "However, during the exchange of fire, Naik Zahid Afridi (age 31 years, resident of "
    "District Kohat), having fought gallantly, embraced shahadat.",
    "However, during the exchange of fire, Naik Zahid Afridi (aged 31, resident of Kohat), "
    "having fought gallantly, embraced shahadat.",
    "However, during the exchange of fire, Naik Zahid Afridi, 31, resident of Kohat, having "
    "fought gallantly, embraced shahadat.",
], ids=["age-and-district", "aged-and-town", "between-commas"])
def test_casualties_soldier_with_age_and_home_is_of_the_force(soldier: str) -> None:
    events = _events(_OPERATION + soldier)
    assert len(events) == 1, [e.notes for e in events]
    event = events[0]
    assert event.location.name == "Datta Khel"
    assert sorted((c.party, c.count) for c in event.casualties if c.kind == "killed") == [
        ("Military Forces of Pakistan", 1), ("Unidentified Armed Group (Pakistan)", 3)]


def test_casualties_bracket_of_no_age_or_home_is_no_aside() -> None:
    # brackets that hold neither an age nor a home are no aside of a named man
    from eventcoder.quantities import _aside_opened, _tokenize

    for text, opened in [("Naik Zahid Afridi (age 31 years) ,", True),
                         ("Naik Zahid Afridi (resident of Kohat) ,", True),
                         ("the post (North Waziristan) ,", False)]:
        tok = _tokenize(text, 0, len(text))
        close = tok.low.index(")")
        assert (_aside_opened(tok, close) is not None) is opened, text
