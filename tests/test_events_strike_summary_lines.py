"""Lines of a weekly strike summary, each under a country heading.

A command's summary tells its strikes by day and place, "- On May 4, near A, one strike
engaged a Daesh fighting unit.": the strike is an air strike by the force the summary's lead
names (its striker), and what the strike engaged or destroyed is the group struck, never the
one that attacked. A line that opens on a number word is a strike as much as one that opens
on a figure.
"""

from __future__ import annotations

from eventcoder import extract
from eventcoder.events import _STRIKE_HIT_BEFORE, _is_heading
from eventcoder.records import Event

SUMMARY = (
    "Task force releases strike summary\n\n"
    "BAGHDAD - Coalition forces conducted 6 strikes against ISIS targets in Iraq and Syria "
    "from May 3 to May 9, 2023, the task force said on Wednesday.\n\n"
    "Iraq\n"
    "- On May 4, near Haditha, one strike engaged an ISIS fighting unit.\n"
    "- On May 6, near Baiji, two strikes destroyed an ISIS supply cache and a truck.\n\n"
    "Syria\n"
    "- On May 5, near Raqqa, one strike engaged an ISIS mortar team.\n"
    "- On May 8, near Mayadin, two strikes destroyed two ISIS bunkers.\n"
)


def _events(text: str, published: str) -> list[Event]:
    return [r for r in extract(text, published=published) if isinstance(r, Event)]


def test_each_line_is_an_air_strike_by_the_lead_s_striker() -> None:
    events = _events(SUMMARY, "2023-05-10")
    assert len(events) == 4
    for e in events:
        assert (e.event_type, e.sub_event_type) == ("explosions_remote_violence",
                                                    "air_drone_strike")
        assert e.actor1 == "Coalition"
        assert e.actor2 == "Islamic State"
    assert sorted(e.date_start for e in events) == [
        "2023-05-04", "2023-05-05", "2023-05-06", "2023-05-08"]


def test_a_number_word_of_strikes_is_a_strike() -> None:
    [event] = _events("On Tuesday, near Tal Afar, Iraq, three strikes destroyed an ISIS "
                      "vehicle, the coalition said.", "2023-05-10")
    assert event.sub_event_type == "air_drone_strike"
    assert event.actor1 != "Islamic State"


def test_what_a_strike_engaged_was_struck() -> None:
    assert _STRIKE_HIT_BEFORE.search("one strike engaged an ") is not None
    assert _STRIKE_HIT_BEFORE.search("two strikes destroyed ") is not None
    assert _STRIKE_HIT_BEFORE.search("the strikers engaged an ") is None
    assert _STRIKE_HIT_BEFORE.search("the fighters engaged an ") is None


def test_a_heading_is_a_short_line_of_its_own() -> None:
    text = "Lead sentence here.\n\nIraq\n- On May 4, near A, one strike hit a car.\n"
    start = text.index("Iraq")
    assert _is_heading(text, (start, start + 4))
    lead = (0, text.index("\n"))
    assert not _is_heading(text, lead)
    line = text.index("- On")
    assert not _is_heading(text, (line, len(text) - 1))


def test_the_week_s_summary_fixture_lines() -> None:
    from tests.conftest import fixture_records
    events = [r for r in fixture_records("tallies", "cjtf-week-strikes-by-date-bullets",
                                         "2024-08-19") if isinstance(r, Event)]
    assert len(events) == 5
    assert {(e.sub_event_type, e.actor1, e.actor2) for e in events} == {
        ("air_drone_strike", "Coalition", "Islamic State")}


INTRODUCED = (
    "Coalition keeps up strikes\n\n"
    "BAGHDAD - Coalition military forces conducted 3 strikes against ISIS in Iraq and Syria "
    "on June 7, 2021, officials said. The following is a list of the strikes:\n\n"
    "- Near Sinjar, Iraq, one strike engaged an ISIS tactical unit and destroyed a vehicle.\n"
    "- Near Hasakah, Syria, two strikes destroyed an ISIS tunnel.\n"
)


def test_a_line_introducing_the_list_leaves_the_lead_to_the_sentence_before() -> None:
    # "The following is a list of the strikes:" names no striker and no day: the sentence
    # before it tells both, and is no event of its own
    events = _events(INTRODUCED, "2021-06-08")
    assert sorted((e.location.name if e.location else None, e.date_start, e.actor1,
                   e.actor2, tuple(e.assoc_actor_1)) for e in events) == [
        ("Hasakah", "2021-06-07", "Coalition", "Islamic State", ()),
        ("Sinjar", "2021-06-07", "Coalition", "Islamic State", ())]


def test_coalition_military_forces_are_the_coalition() -> None:
    [event] = _events("Coalition military forces conducted an air strike near Baiji on "
                      "Friday, killing two ISIS fighters.", "2021-06-08")
    assert (event.actor1, event.assoc_actor_1) == ("Coalition", [])
