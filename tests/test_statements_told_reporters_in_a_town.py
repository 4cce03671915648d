"""Words closed by "X told reporters in Kampala", "said in Gulu": whom and where they were
told do not hide who told them."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Statement


def _said(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(r.speaker, r.role, r.quote) for r in extract(text, published="2024-03-13")
            if isinstance(r, Statement)]


@pytest.mark.parametrize("tail", [
    "police spokesman John Okello told reporters in Gulu.",
    "police spokesman John Okello told journalists in Port Harcourt.",
    "police spokesman John Okello said in Gulu on Tuesday.",
    "John Okello, a police spokesman, told reporters in Gulu.",
])
def test_spokesman_told_in_a_town(tail: str) -> None:
    text = ("Gunmen killed four people in Arua on Monday. The attackers came on foot after "
            f"midnight and set fire to shops, {tail}")
    said = _said(text)
    assert [(s, r) for s, r, _ in said] == [("John Okello", "police spokesman")]
    assert said[0][2].startswith("The attackers came on foot")


def test_statement_in_lower_case_is_no_town() -> None:
    said = _said("The attackers set fire to shops, the governor said in a statement.")
    assert [r for _, r, _ in said] == ["governor"]
