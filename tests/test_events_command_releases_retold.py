"""Single strikes and raids of command releases, as revised by the command or retold by an
outlet that quotes two officials, and the readings they need.

Two reports under ``fixtures/raids`` written for these tests: a command's review of a strike
that its "initial release on Jan. 10" said harmed no civilians, now assessed to have killed
two of them; and a Kurdish outlet's story of one operation whose dead a commander counts at
11 and a ministry's spokesperson, "However, the spokesperson of ..., NAME, said", at seven.
"""

from __future__ import annotations

import pytest

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Event, Statement, Tally
from tests.conftest import fixture_records


def _counts(event: Event) -> set[tuple[str, str | None, int | None, str]]:
    return {(c.kind, c.party, c.count, c.qualifier) for c in event.casualties}


def test_events_command_review_revises_its_initial_release() -> None:
    records = fixture_records("raids", "africom-review-revises-initial-release", "2025-03-04")
    # the day of the first release is when it was told, no second strike
    [event] = [r for r in records if isinstance(r, Event)]
    assert (event.date_start, event.date_end) == ("2025-01-09", "2025-01-09")
    assert (event.sub_event_type, event.location.country) == ("air_drone_strike", "SO")
    assert (event.actor1, event.actor2) == ("US Africa Command", "Al Shabaab")
    assert _counts(event) == {
        ("killed", "Al Shabaab", 4, "exact"),
        ("killed", "Civilians (Somalia)", 2, "exact"),
        ("wounded", "Civilians (Somalia)", 1, "exact"),
    }
    assert event.fatalities == 6


def test_events_command_outlet_quotes_two_officials_counts() -> None:
    records = fixture_records("raids", "k24-two-officials-different-counts", "2025-04-14")
    [event] = [r for r in records if isinstance(r, Event)]
    assert (event.actor1, event.actor2) == ("Peshmerga", "Islamic State")
    assert event.date_start == "2025-04-13"
    # 11 by one official, seven by the other: the lower figure stands, not their sum
    [dead] = [c for c in event.casualties if c.kind == "killed"]
    assert (dead.party, dead.count) == ("Islamic State", 7)
    assert event.fatalities == 7
    assert ("detained", "Islamic State", 3, "exact") in _counts(event)
    speakers = {(s.speaker, s.quote.split()[0]) for s in records if isinstance(s, Statement)}
    assert ("Hemin Rasul", "11") in speakers
    assert ("Karwan Salih", "seven") in speakers


def _events(text: str, published: str) -> list[Event]:
    return [r for r in RulePipeline()(document_from_text(text, doc_id="t", published=published))
            if isinstance(r, Event)]


@pytest.mark.parametrize("telling", [
    "In its initial release on Jan. 10, the command said",
    "In an earlier statement on Jan. 10, the command said",
])
def test_events_command_day_of_its_own_release_is_no_incident(telling: str) -> None:
    text = ("STUTTGART, Germany - U.S. Africa Command conducted an airstrike on Jan. 9, 2025, "
            "against al-Shabaab fighters near Jilib, Somalia.\n\n"
            f"{telling} the strike killed three al-Shabaab fighters.")
    events = _events(text, "2025-02-01")
    assert [e.date_start for e in events] == ["2025-01-09"]


def test_events_command_name_with_its_bracketed_abbreviation_is_one_party() -> None:
    # "Islamic State (ISIS) militants" and "ISIS militants": one party, whose two counts
    # by two tellers are not added up
    text = ("ERBIL - Peshmerga forces killed Islamic State (ISIS) militants in an operation in "
            "Makhmour on Sunday.\n\nA commander told reporters that 11 ISIS militants were "
            "killed.\n\nThe ministry said on Monday that seven militants were killed.")
    [event] = _events(text, "2025-04-14")
    assert event.fatalities == 7


@pytest.mark.parametrize("heroes", ["(2) of our heroes", "2 of our heroes"])
def test_events_command_translated_heroes_are_its_forces(heroes: str) -> None:
    text = ("Security Media Cell: clash in Kirkuk\n\nThe Security Media Cell said on Tuesday "
            "that during the clash with the terrorist elements in the Wadi al-Shay area south "
            f"of Kirkuk, it resulted the martyrdom of {heroes} and the wounding of (3) others.")
    [event] = _events(text, "2024-05-21")
    assert ("killed", "Iraqi Security Forces", 2, "exact") in _counts(event)


@pytest.mark.parametrize("opener", ["However, the", "Meanwhile, the", "But the"])
def test_events_command_role_then_name_after_a_linking_word(opener: str) -> None:
    text = ("ERBIL - Peshmerga forces killed ISIS militants in an operation on Sunday.\n\n"
            f"{opener} spokesperson of the Ministry of Peshmerga, Karwan Salih, said that "
            "seven militants were killed.")
    records = RulePipeline()(document_from_text(text, doc_id="t", published="2025-04-14"))
    [said] = [r for r in records if isinstance(r, Statement)]
    assert (said.speaker, said.role) == (
        "Karwan Salih", "spokesperson of the Ministry of Peshmerga")


@pytest.mark.parametrize("did", [
    "the operations also destroyed 57 hideouts and tunnels, and seized 19 explosive devices",
    "these operations had seized 19 explosive devices",
])
def test_events_command_what_the_periods_operations_did_is_no_incident(did: str) -> None:
    # a month's operations told of again: what they did is of the month, no incident at the
    # first province named, on the day of the story
    text = ("BAGHDAD, May 2 (Xinhua) -- Iraqi security forces killed 42 Islamic State "
            "militants and arrested 96 others in operations across the country during April, "
            "the Joint Operations Command said Thursday.\n\n"
            f"The command said in a statement that {did}, mostly in the provinces of "
            "Kirkuk, Diyala and Anbar.")
    assert _events(text, "2024-05-02") == []


def test_events_command_a_raid_on_a_day_is_still_an_incident() -> None:
    text = ("BAGHDAD - Iraqi security forces killed 42 Islamic State militants during April, "
            "the command said.\n\nOn Tuesday, the operations also destroyed a hideout in "
            "Kirkuk, killing 3 militants.")
    assert [e.location.admin1 for e in _events(text, "2024-05-02")] == ["Kirkuk"]


@pytest.mark.parametrize("leader", ["the so-called wali of Kirkuk", "the emir of the sector"])
def test_events_command_leader_over_a_place_is_of_the_side_struck(leader: str) -> None:
    text = ("Joint Operations Command: the killing of a leader in an airdrop operation\n\n"
            "Baghdad - The Joint Operations Command announced, today Sunday, that a force of "
            "the Counter-Terrorism Service carried out an airdrop operation on a den for the "
            "terrorist gangs of Daesh in the Wadi Zghaytun area south-west of Kirkuk, which "
            f"resulted in the killing of {leader} and (٣) of his companions, and the arrest "
            "of (2) others.")
    [event] = _events(text, "2024-05-12")
    assert event.fatalities == 4
    assert {c.party for c in event.casualties if c.kind in {"killed", "detained"}} == {
        "Islamic State"}


@pytest.mark.parametrize("header", [
    "Source: Xinhua| 2024-05-02 18:21:07|Editor: huaxia",
    "Source: Xinhua | May 2, 2024",
])
def test_events_command_outlet_header_with_its_label_dates_the_story(header: str) -> None:
    # the page's "Source: OUTLET| DATE" line is the publication's date: the month's counts
    # below are of April 2024, not an incident of an unknown year
    text = ("Iraq says 42 IS militants killed in April operations\n"
            f"{header}\n\n"
            "BAGHDAD, May 2 (Xinhua) -- Iraqi security forces killed 42 Islamic State "
            "militants and arrested 96 others in operations during April, the Joint "
            "Operations Command said Thursday.")
    records = RulePipeline()(document_from_text(text, doc_id="t"))
    assert records[0].published == "2024-05-02"
    tallies = [r for r in records if isinstance(r, Tally)]
    assert {(t.metric, t.value, t.period_start) for t in tallies} == {
        ("killed", 42, "2024-04-01"), ("detained", 96, "2024-04-01")}
