"""The gang's methods and goods are looked for by a few words each of them holds.

``gang_style`` and ``gang_goods`` search their patterns only in a span that holds one of
their phrases. A look for each of the 36 methods cost 36 substring searches per event; a
look for a few words, one of which each phrase holds ("gang" for "gang war" and "rival
gangs", "tied" for "hands tied" and "found tied"), lets the same spans through to the
search and keeps out the same others. ``covering_words`` chooses them.
"""

from __future__ import annotations

import pytest

from eventcoder import actors
from eventcoder.actors import gang_goods, gang_style, lower_ascii
from eventcoder.patterns import covering_words


def test_covering_words_cover_every_phrase_with_fewer_looks() -> None:
    phrases = ["gang war", "rival gangs", "gangland", "hands tied", "found tied",
               "drive-by", "driveby"]
    words = covering_words(phrases)
    assert all(any(w in phrase for w in words) for phrase in phrases)
    assert set(words) == {"gang", "tied", "drive"}


def test_covering_words_keep_a_phrase_without_a_long_word() -> None:
    # no run of four letters or more: the phrase itself is looked for
    words = covering_words(["ax", "rocket attack", "rocket fire"])
    assert words == ("rocket", "ax")


def test_the_looks_cover_every_method_and_good() -> None:
    looks = actors._gang_method_words()
    assert len(looks) < 12
    gang = next(g for g in actors._read_json("actors.json")["generic"] if g["kind"] == "gang")
    assert all(any(w in method for w in looks) for method in gang["methods"])
    assert all(any(w in good for w in actors._gang_goods_words())
               for good in actors._gang_goods()[0])


@pytest.mark.parametrize("text", [
    "Two men on a motorbike carried out a drive-by shooting on a shop owner.",
    "The body of a trader was found with his hands tied behind his back.",
    "The victim's body bore signs of torture, police said.",
    "A narco message was left beside the bodies on the bridge.",
    "Police believe the killing was related to drug trafficking in the port.",
    "Residents blamed a feud between rival gangs for the shooting.",
    "Gunmen shot a taxi driver in the market; the motive is unknown.",
    "A message from the governor said the road was closed; farmers were tied up in traffic.",
    "The gangway of the ferry was damaged when a boat drove into it.",
    "Soldiers seized two tonnes of cannabis and some poppy seeds at a checkpoint.",
    "Customs officers found smuggled cigarettes in a lorry.",
    "The convoy carried medicine and food to the camp.",
])
def test_looks_give_what_the_patterns_give(text: str) -> None:
    lowered = lower_ascii(text)
    methods = actors._gang_methods()[0]
    goods = actors._gang_goods()[1]
    assert gang_style(lowered) is (methods.search(lowered) is not None)
    assert gang_goods(lowered) is (goods.search(lowered) is not None)
    # and within a span of the text
    start, end = 5, len(lowered) - 5
    assert gang_style(lowered, start, end) is (methods.search(lowered, start, end) is not None)
    assert gang_goods(lowered, start, end) is (goods.search(lowered, start, end) is not None)
