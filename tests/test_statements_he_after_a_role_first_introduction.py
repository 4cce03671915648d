""""..., he added." after a sentence that introduced the speaker role first ("The Director of
Defence Information, Maj.-Gen. Jane Roe, said in a statement that ..."), even with another
"He said ..." sentence between, is that person."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Statement

_QUOTE = '"The troops also recovered six rifles and a pickup truck," he added.'


@pytest.mark.parametrize(("intro", "between"), [
    ("The Director of Defence Media Operations, Maj. Gen. Musa Danladi, said in a statement",
     ""),
    ("The Director of Defence Media Operations, Maj.-Gen. Musa Danladi, said in a statement",
     ""),
    ("The Director of Defence Media Operations, Maj. Gen. Musa Danladi, said in a statement",
     "He said two soldiers were wounded in the fighting. "),
    ("The Director of Defence Media Operations, Musa Danladi, told reporters",
     "He said two soldiers were wounded in the fighting. "),
], ids=["titled", "hyphenated-title", "he-said-between", "untitled"])
def test_statements_he_is_the_one_introduced_role_first(intro: str, between: str) -> None:
    text = (f"{intro} on Monday that troops cleared a camp near Bama on Sunday. {between}"
            f"{_QUOTE}")
    statements = [r for r in extract(text, published="2024-07-09")
                  if isinstance(r, Statement) and not r.reported]
    assert [(s.speaker, s.role) for s in statements] == [
        ("Musa Danladi", "Director of Defence Media Operations")]


def test_statements_it_said_before_names_nobody() -> None:
    text = ("The army said in a statement on Monday that troops cleared a camp near Bama. It "
            f"said two soldiers were wounded. {_QUOTE}")
    assert [s.speaker for s in extract(text, published="2024-07-09")
            if isinstance(s, Statement) and s.speaker == "Musa Danladi"] == []
