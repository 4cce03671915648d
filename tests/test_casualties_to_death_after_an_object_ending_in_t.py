""""Stabbed a radio journalist to death": the object before "to death" ends in "t" as "shot"
and "burnt" do, but it is no verb; the verb before it takes the object, and the one killed
is the journalist. Participles in "t" ("shot to death", "beat a thief to death") stay
verbs."""

from __future__ import annotations

import pytest

from eventcoder.quantities import find_casualty_mentions


@pytest.mark.parametrize(("text", "party"), [
    ("On 4 May 2021, an unidentified man stabbed a radio journalist to death in Hodan, "
     "Banadir.", "radio journalist"),
    ("On 19 August 2019, militiamen hacked a rights activist to death near Beni, North Kivu.",
     "rights activist"),
    ("On 2 March 2018, gunmen tortured a parish priest to death in Guerrero, Mexico.",
     "parish priest"),
    ("On 7 June 2022, unknown men stoned an Ahmadi student to death in Sialkot, Punjab.",
     "Ahmadi student"),
])
def test_casualties_object_ending_in_t_before_to_death_is_killed(text: str,
                                                                  party: str) -> None:
    killed = [m for m in find_casualty_mentions(text) if m.kind == "killed"]
    assert [(m.count, m.party_text) for m in killed] == [(1, party)]


@pytest.mark.parametrize("text", [
    "On 4 May 2021, gunmen shot to death a trader in Kano, Kano.",
    "On 4 May 2021, a mob beat a suspected thief to death in Kano, Kano.",
    "On 4 May 2021, an angry crowd burnt a suspected thief to death in Kano, Kano.",
])
def test_casualties_past_in_t_before_to_death_stays_the_verb(text: str) -> None:
    assert [m.count for m in find_casualty_mentions(text) if m.kind == "killed"] == [1]
