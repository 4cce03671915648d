"""A wire dateline closed by a colon after its date ("QUETTA, Nov 6: ", "ENUGU, July 3: "),
as some papers write it with no agency, is a dateline as one closed by a dash: its town is
where the report was filed, not where the incident was, its day the filing's, and the
release's actors take the town's country."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Document, Event


@pytest.mark.parametrize(("head", "day"), [("QUETTA, Nov 6: ", "Nov 6"),
                                           ("QUETTA, 6 Nov: ", "6 Nov")])
def test_document_dateline_closed_by_a_colon_is_read(head: str, day: str) -> None:
    text = head + ("Militants attacked a police post in Bannu district, killing three "
                   "constables, officials said.")
    records = extract(text, published="2023-11-09", doc_id="d")
    [document] = [r for r in records if isinstance(r, Document)]
    assert document.metadata["filed_from"] == "QUETTA"
    assert document.metadata["dateline"] == day
    [event] = [r for r in records if isinstance(r, Event)]
    assert event.location.name == "Bannu"
    assert event.date_start == "2023-11-06"


def test_document_dateline_closed_by_a_colon_gives_the_country() -> None:
    text = ("ENUGU, July 3: Police operatives arrested nine suspected kidnappers at a "
            "hideout, the command said in a statement.")
    records = extract(text, published="2023-07-05", doc_id="d")
    [event] = [r for r in records if isinstance(r, Event)]
    assert event.location.country == "NG"
    assert event.actor1 is not None and event.actor1.endswith("of Nigeria")


def test_document_colon_after_a_date_in_a_sentence_is_no_dateline() -> None:
    text = ("On July 3: police said gunmen killed two farmers near Enugu.")
    records = extract(text, published="2023-07-05", doc_id="d")
    [document] = [r for r in records if isinstance(r, Document)]
    assert "dateline" not in document.metadata
