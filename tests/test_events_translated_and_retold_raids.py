"""Raids and strikes as translated releases and wire retellings tell them, under
``fixtures/raids``, written for these tests.

A word-by-word translation: "were liquidated (9) of the terrorist elements" (a verb for
killing the lexicon lacked, its object after it in brackets), "on 14/3" for the day. A
Sahel communique: "have neutralized on 22/04/2024 a group of armed terrorists" (the day
between the verb and its object; the army is who did it, not who died), "The balance sheet
is of 11 terrorists neutralized" (the count of that group, whose size "a group of" left
untold), "1 wounded light" (how badly, after the participle). A retelling that quotes an
officer: the list after "among them two cell leaders," ends with the quote; "Lt. Col."
after it is no one more held. Where a report is already read right, it is kept as a guard:
a revision that raises the dead and lowers the wounded, two strikes in two regions with
"No civilians were harmed", and a bulleted week of operations.
"""

from __future__ import annotations

from eventcoder.quantities import find_casualty_mentions
from eventcoder.records import Event
from tests.conftest import fixture_records, lead_event


def _events(name: str, published: str) -> list[Event]:
    return [r for r in fixture_records("raids", name, published)
            if isinstance(r, Event) and not r.background]


def _counts(event: Event) -> set[tuple[str, str | None, int | None]]:
    return {(c.kind, c.party, c.count) for c in event.casualties}


def test_liquidated_with_its_bracketed_object_counts_the_dead() -> None:
    strike, arrest = _events("smc-translated-liquidated-slashed-days", "2025-03-16")
    assert strike.sub_event_type == "air_drone_strike"
    assert (strike.date_start, strike.time_precision) == ("2025-03-14", 1)
    assert (strike.location.country, strike.location.admin1) == ("IQ", "Kirkuk")
    assert _counts(strike) == {("killed", "Unidentified Armed Group (Iraq)", 9)}
    assert strike.fatalities == 9
    assert arrest.date_start == "2025-03-15"
    assert _counts(arrest) == {("detained", "Unidentified Armed Group (Iraq)", 3)}


def test_liquidated_read_as_killing_in_each_voice() -> None:
    for text, count in [("Nine terrorists were liquidated in the strike.", 9),
                        ("The troops liquidated 4 terrorists near the village.", 4)]:
        [mention] = find_casualty_mentions(text)
        assert (mention.kind, mention.count) == ("killed", count)


def test_day_between_verb_and_object_leaves_the_doer_unhurt() -> None:
    [event] = _events("fama-translated-balance-sheet", "2024-04-23")
    assert (event.date_start, event.time_precision) == ("2024-04-22", 1)
    assert (event.location.country, event.location.admin1) == ("ML", "Mopti")
    assert (event.actor1, event.actor2) == ("Military Forces of Mali",
                                             "Unidentified Armed Group (Mali)")
    dead = [(c.party, c.count) for c in event.casualties if c.kind == "killed"]
    assert dead == [("Unidentified Armed Group (Mali)", 11)]
    assert event.fatalities == 11
    assert [c.count for c in event.casualties if c.kind == "wounded"] == [1]


def test_day_between_verb_and_object_in_other_wordings() -> None:
    for text, count, party in [
            ("The army killed on Monday five terrorists near the town.", 5, "terrorists"),
            ("Troops neutralised on 5 March 2024 seven bandits.", 7, "bandits"),
            ("Police arrested on 14/3 three suspects.", 3, "suspects")]:
        [mention] = find_casualty_mentions(text)
        assert (mention.count, mention.party_text) == (count, party)


def test_a_group_of_people_is_of_no_count() -> None:
    [mention] = find_casualty_mentions("Gunmen killed a group of farmers.")
    assert (mention.count, mention.qualifier) == (None, "unknown")


def test_severity_after_the_participle() -> None:
    [mention] = find_casualty_mentions("On our side, 1 wounded light to deplore.")
    assert (mention.kind, mention.count) == ("wounded", 1)


def test_subsets_end_with_the_quote() -> None:
    events = _events("k24-spokesman-rank-and-unit", "2024-09-15")
    held = [c for e in events for c in e.casualties if c.kind == "detained"]
    assert all(c.count != 1 for c in held)
    assert all(ev.text != "Lt" for c in held for ev in c.evidence)
    for event in events:
        # each count of those held is the fourteen, the two leaders among them
        assert sum(c.count or 0 for c in event.casualties if c.kind == "detained") == 14


def test_revision_raises_the_dead_and_lowers_the_wounded() -> None:
    [event] = _events("reuters-revised-more-dead-fewer-wounded", "2024-06-13")
    assert (event.date_start, event.location.admin1) == ("2024-06-10", "Diffa")
    dead = {(c.party, c.count) for c in event.casualties if c.kind == "killed"}
    assert dead == {("Military Forces of Niger", 12), ("Unidentified Armed Group (Niger)", 20)}
    assert [c.count for c in event.casualties if c.kind == "wounded"] == [9]
    assert event.fatalities == 32


def test_two_regions_strike_with_no_civilians_harmed() -> None:
    [event] = _events("africom-two-regions-no-civilians-harmed", "2024-05-22")
    assert event.sub_event_type == "air_drone_strike"
    assert (event.actor1, event.actor2) == ("US Africa Command", "Al Shabaab")
    assert event.date_start == "2024-05-21"
    assert ("killed", "Al Shabaab", 7) in _counts(event)
    assert any(c.party == "Civilians (Somalia)" and c.qualifier == "zero"
               for c in event.casualties)


def test_bulleted_operations_each_an_event_of_its_day() -> None:
    events = [r for r in fixture_records("tallies", "fan-bulleted-operations-places", "2024-03-08")
              if isinstance(r, Event) and not r.background]
    days = {e.date_start: e for e in events if e.time_precision == 1}
    assert sorted(days) == ["2024-03-02", "2024-03-04", "2024-03-06"]
    assert [days[d].fatalities for d in sorted(days)] == [8, 5, 6]
    assert days["2024-03-06"].sub_event_type == "air_drone_strike"
    assert ("wounded", "Military Forces of Niger", 2) in _counts(days["2024-03-02"])


def test_losses_told_on_our_side_are_of_the_side_that_acted() -> None:
    [event] = _events("fama-translated-balance-sheet", "2024-04-23")
    assert ("wounded", "Military Forces of Mali", 1) in _counts(event)
    note = lead_event("BAMAKO, June 5, 2024 - The Armed Forces of Mali repelled an attack on "
                      "their post at Anderamboukane on Tuesday, neutralizing 7 terrorists. "
                      "On our side, 2 wounded.")
    assert ("wounded", "Military Forces of Mali", 2) in _counts(note)


def test_quote_retelling_the_raid_in_the_countryside_is_the_same_raid() -> None:
    # "in the eastern Deir ez-Zor countryside", then the quote's "the towns of Hajin and
    # al-Shafa": towns of the province told, one raid; "Our units, backed by the
    # international coalition": the SDF told before acted, the coalition beside them
    [event] = _events("k24-spokesman-rank-and-unit", "2024-09-15")
    assert event.event_type == "strategic_developments"
    assert event.sub_event_type == "arrests"
    assert (event.location.country, event.location.admin1) == ("SY", "Deir ez-Zor")
    assert (event.actor1, event.actor2) == ("Syrian Democratic Forces", "Islamic State")
    assert "Coalition" in event.assoc_actor_1


def test_arrest_told_before_the_arms_seized_is_an_arrest() -> None:
    # "were arrested (3) of the terrorists in Hawija district on 15/3 by the forces of the
    # Federal Police, and were seized weapons and explosive belts"
    _strike, arrest = _events("smc-translated-liquidated-slashed-days", "2025-03-16")
    assert (arrest.event_type, arrest.sub_event_type) == ("strategic_developments", "arrests")
    assert (arrest.actor1, arrest.actor2) == ("Police Forces of Iraq",
                                              "Unidentified Armed Group (Iraq)")
    note = lead_event("Police arrested two suspects in a raid on a house in Baqubah on "
                      "Monday and seized rifles and explosives, a police source said.")
    assert note.sub_event_type == "arrests"


def test_raid_told_back_by_its_place_takes_the_day_told_with_it() -> None:
    # "... shot dead 24 more in Kech district of Balochistan on Friday ..., bringing to 61
    # the number ...", then "Two soldiers were killed in the Kech raid": the Friday
    events = [r for r in fixture_records("tallies", "afp-week-bringing-to-sixty-one",
                                         "2024-11-16") if isinstance(r, Event)]
    [event] = events
    assert (event.date_start, event.date_end, event.time_precision) == (
        "2024-11-15", "2024-11-15", 1)
    assert (event.location.admin1, event.location.admin2) == ("Balochistan", "Kech")
    assert ("killed", "Military Forces of Pakistan", 2) in _counts(event)


def test_sent_to_hell_and_a_soldier_of_a_stated_age() -> None:
    # "five terrorists were sent to hell, while two were injured", then "Sepoy Imran
    # Khattak, 26, having fought gallantly, embraced shahadat": five dead of the one side,
    # one soldier of the other, the 26 his age
    [event] = _events("ispr-night-slashed-sent-to-hell", "2024-05-04")
    dead = [(c.party, c.count) for c in event.casualties if c.kind == "killed"]
    assert ("Unidentified Armed Group (Pakistan)", 5) in dead
    assert sum(n or 0 for _, n in dead) == 6
    assert event.fatalities == 6
    [mention] = find_casualty_mentions("Naik Saeed Akhtar, 31, embraced shahadat.")
    assert mention.count == 1


def test_night_of_two_days_written_with_a_slash() -> None:
    # "on the night of 3/4 May 2024": the one night, not the month
    [event] = _events("ispr-night-slashed-sent-to-hell", "2024-05-04")
    assert (event.date_start, event.date_end, event.time_precision) == (
        "2024-05-03", "2024-05-04", 1)
