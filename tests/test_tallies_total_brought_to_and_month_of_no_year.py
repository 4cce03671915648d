"""Two readings of monthly releases of counts.

"The number ... detained in Syria ... was 19, not 16, bringing the total detained in April
to 44": the 44 counts every area of the release, not Syria's alone. "During the month"
under a month of no known year: no year a background sentence names."""
from __future__ import annotations

from eventcoder import extract
from eventcoder.records import Tally

CORRECTED = (
    "Command corrects its April figures\n\n"
    "U.S. Central Command on May 8 corrected its April summary of operations against ISIS "
    "in Iraq and Syria.\n\n"
    "The number of ISIS operatives detained in Syria in April was 21, not 18 as previously "
    "reported, bringing the total detained in April to 47.\n")


def _tallies(text: str, published: str | None) -> list[Tally]:
    return [r for r in extract(text, published=published) if isinstance(r, Tally)]


def test_a_total_brought_to_counts_the_releases_areas() -> None:
    tallies = {int(t.value or 0): t for t in _tallies(CORRECTED, "2024-05-08")}
    assert tallies[47].area == ["IQ", "SY"]
    assert tallies[21].area == ["SY"]
    assert tallies[21].parent == tallies[47].tally_id


def test_with_no_wider_area_told_the_reading_stands() -> None:
    text = CORRECTED.replace(" in Iraq and Syria", "")
    tallies = {int(t.value or 0): t for t in _tallies(text, "2024-05-08")}
    assert tallies[47].area == ["SY"]


def test_during_the_month_takes_no_year_from_a_background_sentence() -> None:
    text = ("Security operations in June\n\n"
            "During the month, security forces carried out 27 operations in Nineveh and "
            "Anbar, killing 6 militants and arresting 11 suspects. The group lost its last "
            "towns late in 2017, but its cells still move through the desert.\n")
    tallies = _tallies(text, None)
    assert {t.metric for t in tallies} == {"operations", "killed", "detained"}
    assert all(t.period_start is None for t in tallies)


def test_during_the_month_still_takes_the_month_named_elsewhere() -> None:
    text = ("During the month, security forces carried out 27 operations in Nineveh and "
            "Anbar, killing 6 militants. These are the results of operations for June 2024.\n")
    tallies = _tallies(text, None)
    assert tallies and all(
        (t.period_start, t.period_end) == ("2024-06-01", "2024-06-30") for t in tallies)


def test_the_number_told_without_its_people_is_a_count_not_an_incident() -> None:
    text = ("Command corrects its April figures\n\n"
            "U.S. Central Command on May 8 corrected its April summary of operations against "
            "ISIS in Iraq and Syria.\n\n"
            "The number detained in Syria was 21, not 18, bringing the total detained in April "
            "to 47. The number killed, 15, was unchanged.\n")
    records = extract(text, published="2024-05-08")
    tallies = {(t.metric, int(t.value or 0)): t for t in records if isinstance(t, Tally)}
    assert tallies[("detained", 21)].area == ["SY"]
    assert tallies[("detained", 47)].area == ["IQ", "SY"]
    assert tallies[("killed", 15)].area == ["IQ", "SY"]
    assert [type(r).__name__ for r in records if type(r).__name__ == "Event"] == []
