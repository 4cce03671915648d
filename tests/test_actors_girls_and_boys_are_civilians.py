"""Girls, boys and teenagers taken or killed in an attack are civilians of the country, as
"a girl", "women" and "children" are (ACLED's Civilians (COUNTRY))."""

from __future__ import annotations

import pytest

from tests.conftest import text_events


@pytest.mark.parametrize(("text", "published", "kind", "party", "count"), [
    ("Village raided\n\nYAOUNDE (AFP) - Boko Haram jihadists raided a village near Mokolo in the "
     "Far North region on Tuesday, killing nine people and abducting four young girls, the "
     "mayor said.", "2018-05-10", "abducted", "Civilians (Cameroon)", 4),
    ("School attacked\n\nKADUNA, Nigeria (Reuters) - Gunmen stormed a school near Birnin Gwari "
     "on Monday and kidnapped 12 boys, police said.", "2021-06-08", "abducted",
     "Civilians (Nigeria)", 12),
    ("Shelling hits town\n\nDONETSK (AP) - Shelling killed three teenagers in the town of "
     "Horlivka on Sunday, local officials said.", "2019-07-15", "killed", "Civilians (Ukraine)",
     3),
])
def test_actors_girls_boys_and_teenagers_are_civilians(text: str, published: str, kind: str,
                                                        party: str, count: int) -> None:
    [event] = text_events(text, published)
    assert [(c.party, c.count) for c in event.casualties if c.kind == kind] == [(party, count)]
