"""An organisation told again by its head noun ("the ministry") is the one named in full."""

from __future__ import annotations

import pytest

from eventcoder import Statement, extract


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Iraqi Ministry of Interior announced on Monday the arrest of seven suspects "
         "in Nineveh. \"Our forces will pursue them wherever they are,\" the ministry said.",
         "Iraqi Ministry of Interior"),
        ("The Somali Ministry of Information said on Sunday that troops killed 9 militants "
         "in Hiraan. \"The operation goes on,\" the ministry added.",
         "Somali Ministry of Information"),
        ("The Kurdistan Region Ministry of the Peshmerga said two fighters were wounded in "
         "Makhmour. \"The attack was repelled,\" the ministry said.",
         "Kurdistan Region Ministry of the Peshmerga"),
        # a name with no "of" is read as before
        ("The Security Media Cell said on Monday that an air strike killed 4 terrorists in "
         "Kirkuk. \"The strike was precise,\" the cell said.", "Security Media Cell"),
    ],
)
def test_the_ministry_is_the_ministry_named_before(text: str, speaker: str) -> None:
    statements = [r for r in extract(text, published="2024-05-14")
                  if isinstance(r, Statement) and not r.reported]
    assert [s.speaker for s in statements] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("AFRICOM said on Friday that it carried out two strikes in Somalia. It added in a "
         "statement that the strikes killed 6 al-Shabaab fighters. The statement noted that "
         "\"no civilians were harmed in these strikes\".", "US Africa Command"),
        ("The Nigerian Army said its troops repelled an attack in Borno. It also said in a "
         "press release that 12 ISWAP fighters died. The release said \"the troops remain "
         "on the offensive\".", "Military Forces of Nigeria"),
    ],
)
def test_statements_pronoun_issuer_is_the_one_told_before(text: str, speaker: str) -> None:
    # "It added in a statement that ... al-Shabaab fighters": the group the statement tells
    # of is not its issuer
    [statement] = [r for r in extract(text, published="2024-05-10")
                   if isinstance(r, Statement) and not r.reported]
    assert statement.organisation == speaker
