"""A slashed date that reads either way ("3/1/2023") is read day first in a report from a
country that writes the day first, told by its dateline's town or its outlet's home
country; a US dateline keeps month first, and no reading falls after publication."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


@pytest.mark.parametrize(("text", "source", "day"), [
    ("KARACHI (Reuters) - Two men were shot dead in Karachi on 3/1/2023 after an argument, "
     "police said.", None, "2023-01-03"),
    ("LAHORE: Police said two men were shot dead in Shahdara on 3/1/2023 over a land "
     "dispute.", None, "2023-01-03"),
    ("Police said two men were shot dead in Shahdara, Lahore on 3/1/2023 over a land "
     "dispute.", "Dawn", "2023-01-03"),
    ("HOUSTON (AP) - Two men were shot dead in Houston on 3/1/2023 after an argument, "
     "police said.", None, "2023-03-01"),
], ids=["dateline", "colon-dateline", "outlet", "us-dateline"])
def test_dates_slashed_order_by_the_report_country(text: str, source: str | None,
                                                   day: str) -> None:
    events = [r for r in extract(text, published="2023-03-05", source=source)
              if isinstance(r, Event)]
    assert [e.date_start for e in events] == [day]


def test_dates_slashed_day_first_never_after_publication() -> None:
    text = ("KARACHI (Reuters) - Two men were shot dead in Karachi on 3/4/2023 after an "
            "argument, police said.")
    events = [r for r in extract(text, published="2023-03-05") if isinstance(r, Event)]
    assert [e.date_start for e in events] == ["2023-03-04"]
