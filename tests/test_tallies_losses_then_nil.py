"""A release that breaks its figures down by country may close with its own losses in two
sentences, a count and then a nil ("Three task force soldiers were wounded. No task force
personnel were killed."): both are the period's, and the nil is kept as a zero."""

from __future__ import annotations

from eventcoder import extract
from eventcoder.records import Event, Tally

TEXT = ("Task force weekly update\n\n"
        "N'DJAMENA - The Multinational Joint Task Force conducted 22 raids against Boko "
        "Haram in Chad and Nigeria between June 9 and June 15, 2024. In Chad, task force "
        "troops conducted eight raids near Bol, killing 13 Boko Haram fighters. In Nigeria, "
        "task force troops conducted 14 raids near Monguno, killing 19 Boko Haram fighters. "
        "Three task force soldiers were wounded. No task force personnel were killed.")


def test_losses_then_nil_after_a_breakdown_keep_the_zero() -> None:
    records = extract(TEXT, published="2024-06-17")
    own = [(t.metric, t.value) for t in records
           if isinstance(t, Tally) and t.metric in {"killed", "wounded"} and t.value in {0, 3}]
    assert ("killed", 0) in own
    assert ("wounded", 3) in own


def test_losses_then_nil_after_a_breakdown_are_no_incident() -> None:
    records = extract(TEXT, published="2024-06-17")
    assert [r for r in records if isinstance(r, Event) and not r.background] == []
