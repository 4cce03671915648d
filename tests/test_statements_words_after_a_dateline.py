"""A wire dateline with its date and agency ("DHAKA, Oct 8 (Reuters) -") is where and when
the report was filed: the words a sentence reports open after it, its agency in brackets and
its dash, and the speaker is read after it too, also where "Oct." was cut off as a sentence
of its own."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Document, Statement


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("DHAKA, Oct 8 (Reuters) - Two Rohingya men were killed in a clash at a camp in "
         "Bangladesh on Monday, police said.",
         "Two Rohingya men were killed in a clash at a camp in Bangladesh on Monday"),
        ("DHAKA, Oct. 8 - Two Rohingya men were killed in a clash at a camp in Bangladesh on "
         "Monday, police said.",
         "Two Rohingya men were killed in a clash at a camp in Bangladesh on Monday"),
        ("CHITTAGONG, Oct 8 (Reuters) \u2014 Bangladesh police said on Tuesday that four "
         "fishermen were missing after the boat sank.",
         "four fishermen were missing after the boat sank"),
        ("DHAKA, Bangladesh, Oct. 8 (AP) \u2014 Six guards were hurt in a clash at a camp in "
         "Bangladesh on Monday, police said.",
         "Six guards were hurt in a clash at a camp in Bangladesh on Monday"),
    ],
)
def test_statements_words_open_after_the_dateline(text: str, quote: str) -> None:
    records = extract(text, published="2024-10-09")
    document = records[0]
    assert isinstance(document, Document) and "filed_from" in document.metadata
    found = [(s.speaker, s.quote) for s in records if isinstance(s, Statement)]
    assert found == [("Police Forces of Bangladesh", quote)]


def test_slash_agency_dash_dateline_is_not_the_speaker() -> None:
    """"Kirkuk / INA - The spokesman of ... said that": the dateline is not in the role."""
    text = ("Kirkuk / INA - The spokesman of the Joint Operations Command said that troops "
            "killed four gunmen in the Hamrin basin on Sunday.")
    statements = [r for r in extract(text, published="2024-06-02") if isinstance(r, Statement)]
    assert len(statements) == 1
    assert statements[0].organisation == "Joint Operations Command"
    assert "INA" not in (statements[0].role or "") and "Kirkuk" not in (statements[0].role or "")
