"""A press office's dateline is where it issues its releases, not where the event was."""
from __future__ import annotations

from eventcoder import extract
from eventcoder.records import Event


def _events(text: str, published: str) -> list[Event]:
    return [r for r in extract(text, published=published, doc_id="d")
            if isinstance(r, Event)]


def test_a_press_office_release_is_not_placed_at_its_dateline() -> None:
    text = ("RAWALPINDI, June 3: Militants ambushed a patrol of the security forces on "
            "Sunday night, martyring two soldiers, the ISPR said. The troops returned fire "
            "and killed three militants.")
    (event,) = _events(text, "2025-06-03")
    assert event.location.country == "PK"
    assert event.location.place is None
    assert event.location.geo_precision == 3


def test_a_public_relations_wing_named_in_full_too() -> None:
    text = ("RAWALPINDI, June 3: Militants ambushed a patrol of the security forces on "
            "Sunday night, killing two soldiers, the army's public relations wing said.")
    (event,) = _events(text, "2025-06-03")
    assert event.location.place is None


def test_a_filed_report_with_no_press_office_keeps_the_dateline_town() -> None:
    text = ("KIRKUK, 3/9/2022 - Two soldiers were killed when a roadside bomb went off "
            "beside their patrol, a security source said.")
    (event,) = _events(text, "2022-09-03")
    assert event.location.place == "Kirkuk"


def test_a_town_dash_date_colon_heading_is_a_dateline() -> None:
    text = ("Rawalpindi - October 14, 2025: On the night of 12 October, militants ambushed a "
            "patrol of the security forces, martyring two soldiers, Inter Services Public "
            "Relations (ISPR) said.")
    (event,) = _events(text, "2025-10-14")
    assert event.date_start == "2025-10-12"
    assert event.location.country == "PK"
    assert event.location.place is None
