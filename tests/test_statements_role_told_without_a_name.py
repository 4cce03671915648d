"""A speaker told by a title alone, with no name ("The governor said ...", "the spokesman
said"): the title is the role, the speaker unnamed, whether the sentence opens on the title
or not; a named holder of the role told before is the speaker."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Statement


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(r.speaker, r.role) for r in extract(text, published="2023-08-20")
            if isinstance(r, Statement)]


@pytest.mark.parametrize(("text", "role"), [
    ("Bandits killed five herders near Gusau, Nigeria, on 18 August 2023. The governor said "
     "more troops would be sent to the area.", "governor"),
    ("A mortar hit a market in Beledweyne, Somalia, on 17 August 2023. \"We will rebuild,\" "
     "The mayor said.", "mayor"),
    ("Two rangers were wounded near Kasese, Uganda, on 16 August 2023. The spokesman told "
     "reporters that the park would stay open.", "spokesman"),
    ("Rebels burned six houses near Bambari, Central African Republic, on 15 August 2023. "
     "The district commissioner said that families had fled to the town.",
     "district commissioner"),
    ("Nine miners were abducted near Kayes, Mali, on 14 August 2023, the regional governor "
     "said.", "regional governor"),
    ("Gunmen fired on a bus near Quetta, Pakistan, on 13 August 2023. The police commissioner "
     "said the attackers had escaped into the hills.", "police commissioner"),
    ("Gunmen fired on a bus near Quetta, Pakistan, on 13 August 2023. The Minister of "
     "Defence said the attackers had escaped into the hills.", "Minister of Defence"),
    ("Armed men looted shops near Gusau, Nigeria, on 11 August 2023. The governor of Zamfara "
     "State said the attackers would be found.", "governor of Zamfara State"),
    ("A bomb hit a market near Mopti, Mali, on 10 August 2023. The mayor of Mopti told "
     "reporters that the market would reopen.", "mayor of Mopti"),
], ids=["governor", "mayor-after-quote", "spokesman-told", "district-commissioner",
        "regional-governor-lower", "police-commissioner", "minister-capitalised",
        "governor-of-a-state", "mayor-of-a-town"])
def test_statements_title_without_a_name_is_the_role(text: str, role: str) -> None:
    assert _speakers(text) == [(None, role)]


def test_statements_title_told_again_is_the_named_holder() -> None:
    text = ("Gunmen killed three farmers near Jos, Nigeria, on 12 August 2023. Governor Musa "
            "Danladi said the attackers would be found. The governor said more police would "
            "be deployed.")
    speakers = _speakers(text)
    assert speakers and all(name == "Musa Danladi" for name, _ in speakers), speakers
