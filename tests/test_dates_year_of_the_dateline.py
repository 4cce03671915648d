"""A yearless date ("on 3 March", "on 12/4") in a report whose dateline gives a full date
lies on or before the day the report was filed, not before a later publication date; a
dateline after the publication contradicts it and says nothing."""

from __future__ import annotations

import pytest

from eventcoder import Event, extract


def _dates(text: str, published: str) -> list[str | None]:
    return [e.date_start for e in extract(text, published=published) if isinstance(e, Event)]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Quetta, 18 October 2022 - Gunmen shot dead two policemen in Pishin district on "
         "5 March.", "2023-09-01", "2022-03-05"),
        # read day first, as of the filing day: the 12th of April, not a December
        ("Quetta, 18 October 2022 - Gunmen shot dead two policemen in Pishin district on "
         "12/4.", "2023-01-20", "2022-04-12"),
        ("Attack on a police post\n\nQuetta, October 18, 2022 - Gunmen shot dead two "
         "policemen in Pishin district on March 5.", "2023-09-01", "2022-03-05"),
        # a dateline dated after the publication is no day of filing
        ("Quetta, 18 October 2024 - Gunmen shot dead two policemen in Pishin district on "
         "5 March.", "2023-09-01", "2023-03-05"),
    ],
    ids=["day-month", "slashed", "below-a-headline", "after-publication"],
)
def test_dates_yearless_date_before_the_dateline(text: str, published: str,
                                                 expected: str) -> None:
    assert _dates(text, published) == [expected]
