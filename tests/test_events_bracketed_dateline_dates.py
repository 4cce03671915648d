"""A dateline that brackets its own full date after the place ("KABUL, Afghanistan (May 3,
2019) -") tells when the report was filed: the event is dated by the day the body gives
its deed, and the place of the dateline is where it was filed."""

from __future__ import annotations

from eventcoder import extract
from eventcoder.document import clean_document, make_doc
from eventcoder.inputs import document_from_text
from eventcoder.records import Event


def _events(text: str) -> list[Event]:
    return [r for r in extract(text) if isinstance(r, Event)]


def test_the_body_s_day_dates_the_strike_not_the_bracketed_dateline() -> None:
    text = ("HERAT, Afghanistan (September 9, 2020) - Afghan air force jets killed seven "
            "Taliban fighters in an airstrike in Farah province on September 7, 2020, the "
            "Ministry of Defense said.\n\nThe strike hit a Taliban compound in Bala Buluk "
            "district, the ministry said.")
    events = _events(text)
    assert len(events) == 1
    assert events[0].date_start == "2020-09-07"


def test_a_title_case_bracketed_dateline_is_where_and_when_it_was_filed() -> None:
    text = ("Bukavu (22 August 2023) - Militiamen killed five villagers in an attack on a "
            "market in Kalehe territory on 20 August 2023, local officials said, adding that "
            "dozens of houses were burned in the night and many families fled to the hills.")
    document = clean_document(make_doc(document_from_text(text))).document
    assert document.metadata["dateline"] == "22 August 2023"
    assert document.metadata["filed_from"] == "Bukavu"
    assert document.published == "2023-08-22"
    assert _events(text)[0].date_start == "2023-08-20"
