"""A churchman's title before his name ("Bishop Gabriel Ebai said", "Archbishop Samuel Kleda
said") is his role, not part of his name, as a general's or a governor's is. All texts are
made up for these tests."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Statement


@pytest.mark.parametrize(("text", "speaker", "role"), [
    ('"We thank God for their release," Bishop Gabriel Ebai said in a statement on Monday.',
     "Gabriel Ebai", "Bishop"),
    ('"We pray for the victims and their families," Archbishop Samuel Kleda said on Sunday.',
     "Samuel Kleda", "Archbishop"),
    ("Pastor John Adeyemi said the church had been attacked twice this year.",
     "John Adeyemi", "Pastor"),
    ('"Nobody is safe on these roads," Cardinal Dieudonne Nzapalainga told reporters.',
     "Dieudonne Nzapalainga", "Cardinal"),
])
def test_a_clergy_title_is_the_role(text: str, speaker: str, role: str) -> None:
    [statement] = [r for r in extract(text, published="2021-05-05") if isinstance(r, Statement)]
    assert (statement.speaker, statement.role) == (speaker, role)
