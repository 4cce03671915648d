"""The look before a name for a person's given names skips only texts where none can be."""

from __future__ import annotations

import pytest

from eventcoder.places import _GIVEN_NAMES, _may_follow_given_names, _titled_given_names

_TEXTS = [
    "Colonel Tarek Haddou said the convoy left Marnesk at dawn.",
    "Gen. Ilya Brod met elders in Imam Faris district;\n Col. Sami Ode\n Verrin spoke.",
    "in Sheikh Tamar, near Abu Nidal-Kour  and O'Brien\tCastlewood (Lt. Dan Ross) Ross",
    "Émile Tarn and Ángel Ruiz spoke; Ab Cd Ef Gh ij KLm Nop\u00a0Qrs 3Ab Xy_z Wq-t",
    "A B Cc Dd\n\nEe  Ff\u2003Gg",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_gate_passes_every_offset_the_pattern_matches_before(text: str) -> None:
    matched = 0
    for start in range(len(text) + 1):
        found = _GIVEN_NAMES.search(text, max(0, start - 40), start) is not None
        if found:
            matched += 1
            assert _may_follow_given_names(text, start), (text, start)
    assert matched


def test_titled_person_still_read() -> None:
    text = "Brigadier General Selim Arvani visited Dorvik."
    assert _titled_given_names(text, text.index("Arvani"))
    assert not _titled_given_names(text, text.index("Dorvik"))
    assert not _may_follow_given_names(text, text.index("Dorvik"))
