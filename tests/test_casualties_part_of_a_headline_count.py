"""A headline's count told again by the body with a part ("among them three women") is one
count of the people the body names, not the part and the rest as two counts of one side."""

from __future__ import annotations

from eventcoder import extract
from eventcoder.records import Event


def _killed(text: str, published: str) -> list[tuple[str | None, int | None]]:
    events = [r for r in extract(text, published=published) if isinstance(r, Event)]
    assert len(events) == 1
    return [(c.party, c.count) for c in events[0].casualties if c.kind == "killed"]


def test_part_among_them_below_a_headline_count() -> None:
    text = ("Kenya: gunmen kill seven in attack on market town\n\n"
            "NAIROBI (AFP) - Suspected al-Shabaab gunmen killed seven people, among them "
            "three women, in an attack on the market town of Mandera on Thursday, police "
            "said on Friday.")
    assert _killed(text, "2024-05-10") == [("Civilians (Kenya)", 7)]


def test_part_including_below_a_headline_count() -> None:
    text = ("Mali: attackers kill eleven at a weekly fair\n\n"
            "BAMAKO (Reuters) - Armed men killed eleven villagers, including six children, "
            "at a weekly fair in Douentza on Saturday, local officials said on Sunday.")
    assert _killed(text, "2024-02-11") == [("Civilians (Mali)", 11)]


def test_body_alone_keeps_one_count() -> None:
    text = ("Suspected al-Shabaab gunmen killed seven people, among them three women, in an "
            "attack on the market town of Mandera on Thursday, police said on Friday.")
    assert _killed(text, "2024-05-10") == [("Civilians (Kenya)", 7)]
