"""Timeline buckets: weeks from Monday, months, the empty periods between, stacked by type."""

from __future__ import annotations

import pytest

from eventcoder.web.queries import timeline

ROWS = [
    ("2024-03-06", "battles", 2, 5),        # a Wednesday
    ("2024-03-11", "protests", 1, 0),       # the next Monday
    ("2024-03-12", "battles", 1, 1),
    ("2024-03-27", "riots", 1, 3),
]


@pytest.mark.parametrize(("interval", "starts"), [
    ("week", ["2024-03-04", "2024-03-11", "2024-03-18", "2024-03-25"]),
    ("month", ["2024-03-01"]),
    ("auto", ["2024-03-04", "2024-03-11", "2024-03-18", "2024-03-25"]),
])
def test_web_timeline_buckets(interval: str, starts: list[str]) -> None:
    built = timeline(ROWS, interval)  # type: ignore[arg-type]
    assert [b["start"] for b in built.buckets] == starts
    assert sum(b["events"] for b in built.buckets) == 5
    assert sum(b["fatalities"] for b in built.buckets) == 9
    assert built.types == ["battles", "protests", "riots"]


def test_web_timeline_week_stacks_types_and_keeps_empty_weeks() -> None:
    weeks = timeline(ROWS, "week").buckets
    assert weeks[1] == {"start": "2024-03-11", "end": "2024-03-17", "events": 2,
                        "fatalities": 1, "by_type": {"protests": {"events": 1, "fatalities": 0},
                                                     "battles": {"events": 1, "fatalities": 1}}}
    assert weeks[2]["events"] == 0 and weeks[2]["by_type"] == {}


def test_web_timeline_months_roll_over_years() -> None:
    rows = [("2024-11-30", "battles", 1, 0), ("2025-02-01", "riots", 1, 0)]
    built = timeline(rows, "auto")
    assert built.interval == "week"
    months = timeline(rows, "month").buckets
    assert [(b["start"], b["end"]) for b in months] == [
        ("2024-11-01", "2024-11-30"), ("2024-12-01", "2024-12-31"),
        ("2025-01-01", "2025-01-31"), ("2025-02-01", "2025-02-28")]


def test_web_timeline_long_spans_count_by_month_and_skip_bad_days() -> None:
    rows = [("2020-01-05", "battles", 1, 0), ("2024-06-01", "riots", 1, 0),
            ("2024-13-01", "riots", 4, 0)]
    built = timeline(rows)
    assert built.interval == "month"
    assert len(built.buckets) == 54
    assert timeline([]).buckets == []
