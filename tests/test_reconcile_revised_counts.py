"""A later report that revises its teller's count supersedes the count given before."""
from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.reconcile import REVISED_PREFIX, explain, merge_events
from eventcoder.records import Event

FIRST = ("KISMAYO - The Jubaland security forces said gunmen stormed a police post in "
         "Bilis Qooqaani on Tuesday, killing four officers.")
REVISIONS = [
    "The Jubaland security forces said six officers were killed, not four, when gunmen "
    "stormed a police post in Bilis Qooqaani on Tuesday.",
    "In an updated statement, the Jubaland security forces said six officers were killed "
    "when gunmen stormed a police post in Bilis Qooqaani on Tuesday.",
    "The Jubaland security forces said the number of officers killed when gunmen stormed a "
    "police post in Bilis Qooqaani on Tuesday rose to six.",
]
RETOLD = ("The Jubaland security forces said six officers were killed when gunmen stormed a "
          "police post in Bilis Qooqaani on Tuesday.")


def _event(text: str, doc_id: str, published: str) -> Event:
    events = [r for r in extract(text, published=published, doc_id=doc_id)
              if isinstance(r, Event)]
    assert len(events) == 1
    return events[0]


@pytest.mark.parametrize("text", REVISIONS)
def test_the_revision_supersedes_and_says_so(text: str) -> None:
    first = _event(FIRST, "rel-1", "2025-04-02")
    later = _event(text, "rel-2", "2025-04-03")
    merged = merge_events([first, later])
    assert merged.fatalities == 6
    killed = [c for c in merged.casualties if c.kind == "killed"]
    assert [(c.count, c.low, c.high) for c in killed] == [(6, 4, 6)]
    notes = {k: v for k, v in merged.inferred.items() if k.startswith(REVISED_PREFIX)}
    assert notes[REVISED_PREFIX + "fatalities"].startswith("6 (rel-2) supersedes 4 (rel-1)")
    # both values and their documents are kept
    assert merged.agreement["fatalities"] == {"4": ["rel-1"], "6": ["rel-2"]}
    assert "supersedes" in explain(merged)


def test_the_same_on_merging_again_and_in_any_order() -> None:
    first = _event(FIRST, "rel-1", "2025-04-02")
    later = _event(REVISIONS[1], "rel-2", "2025-04-03")
    again = _event(FIRST.replace("KISMAYO - ", ""), "wire-3", "2025-04-02")
    flat = merge_events([again, later, first])
    stepwise = merge_events([merge_events([first, again]), later])
    assert flat.fatalities == stepwise.fatalities == 6
    assert flat.inferred == stepwise.inferred


def test_a_count_told_without_revision_keeps_the_cautious_choice() -> None:
    first = _event(FIRST, "rel-1", "2025-04-02")
    other = _event(RETOLD, "rel-2", "2025-04-03")
    merged = merge_events([first, other])
    assert merged.fatalities == 4
    assert not any(k.startswith(REVISED_PREFIX) for k in merged.inferred)
