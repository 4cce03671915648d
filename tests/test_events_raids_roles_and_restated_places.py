"""Single raids and strikes whose releases tell more than the deed, under ``fixtures/raids``,
written for these tests.

A strike on "a senior attack planner responsible for directing improvised explosive device
attacks": the planner's job and his past deeds are neither an attack of the group nor the
strike's weapon. A raid a partner force led "with U.S. forces in a supporting role",
below a headline "in eastern Syria raid" (the country where, not who) and above a quote
about "the fight against ISIS" (a campaign, no fight). A translated release: "Was killed
the terrorist (X) by the heroes of ...", the man's name in brackets and his office after
it ("the so-called wali of southern Kirkuk", which says where he ruled, not where the
strike fell), "and two of his companions"; "the 14th of the month of Ramadan" is no day to
read. A correction of the place and the day ("its April 4 release" is the day it was
told). A revision giving two sides' dead in one sentence ("17 soldiers and 4 volunteers
for the defence of the homeland (VDP) were killed, up from ..."). A monitor's higher toll
whose one more dead is named beside it. A headline's "Man detained in night raid" above
"detaining four Palestinians": the man is one of the four. A strike "in the vicinity of" a
town in "Arbil" province, kept as a guard.
"""

from __future__ import annotations

from eventcoder import extract
from eventcoder.events import find_triggers
from eventcoder.quantities import find_casualty_mentions
from eventcoder.records import Event
from tests.conftest import fixture_records


def _events(name: str, published: str) -> list[Event]:
    return [r for r in fixture_records("raids", name, published)
            if isinstance(r, Event) and not r.background]


def _counts(event: Event) -> set[tuple[str, str | None, int | None]]:
    return {(c.kind, c.party, c.count) for c in event.casualties}


def _mentions(text: str) -> list[tuple[str, int | None, str | None]]:
    return [(m.kind, m.count, m.party_text) for m in find_casualty_mentions(text)]


def test_attack_planner_is_a_role_and_his_past_attacks_no_weapon() -> None:
    [event] = _events("africom-alias-attack-planner", "2026-02-10")
    assert event.sub_event_type == "air_drone_strike"
    assert (event.actor1, event.assoc_actor_1, event.actor2) == (
        "US Africa Command", [], "Al Shabaab")
    assert event.equipment == []
    assert ("killed", "Al Shabaab", 1) in _counts(event)
    assert (event.date_start, event.location.place) == ("2026-02-09", "Jilib")


def test_job_named_by_a_deed_is_no_deed() -> None:
    for text in ("a senior attack planner of the group",
                 "two bombing masterminds were among those held",
                 "the raid netted the cell's ambush coordinator"):
        assert not find_triggers(text), text
    assert find_triggers("the attack on the planners' office")


def test_partner_force_leads_the_raid_its_backer_in_support() -> None:
    [event] = _events("centcom-partner-led-supporting-role", "2026-03-05")
    assert (event.actor1, event.actor2) == ("Syrian Democratic Forces", "Islamic State")
    assert event.sub_event_type == "arrests"
    # the leader the headline told of, and the two associates taken with him
    assert ("detained", "Islamic State", 3) in _counts(event)
    assert "Syrian government forces" not in {event.actor1, event.actor2,
                                              *event.assoc_actor_1, *event.assoc_actor_2}


def test_backer_told_after_it_is_an_associate() -> None:
    for backing in ("in a supporting role", "in support", "providing air support"):
        [event] = [r for r in extract(
            "On May 9, the Syrian Democratic Forces raided Hajin, Deir ez-Zor province, with "
            f"U.S. forces {backing}, capturing two ISIS operatives.", published="2025-05-10")
            if isinstance(r, Event)]
        assert (event.actor1, event.assoc_actor_1, event.actor2) == (
            "Syrian Democratic Forces", ["US forces"], "Islamic State"), backing


def test_the_fight_against_a_group_is_a_campaign() -> None:
    records = extract("\"We will continue to lead the fight against ISIS,\" the general said.",
                      published="2025-05-10")
    assert not [r for r in records if isinstance(r, Event)]


def test_translated_passive_with_a_bracketed_name_and_his_office() -> None:
    [event] = _events("ina-was-killed-bracketed-wali", "2026-03-04")
    assert event.sub_event_type == "air_drone_strike"
    assert event.actor1 == "Counter Terrorism Service"
    # the man named in brackets and two of his companions
    assert [(c.kind, c.count) for c in event.casualties] == [("killed", 3)]
    assert event.fatalities == 3
    # in the district told in brackets, not the area his office was of
    assert (event.location.place, event.location.admin1) == ("Daquq", "Kirkuk")
    # a day of the Hijri month is not read as a day of the calendar
    assert (event.date_start, event.date_basis) == ("2026-03-04", "publication_date")


def test_verb_first_passive_tells_whom_after_it() -> None:
    assert _mentions("Was killed the terrorist (Abu Zaid) by the heroes of the army.") == [
        ("killed", 1, "terrorist")]
    assert _mentions("Were arrested the two smugglers by the border guards.") == [
        ("detained", 2, "smugglers")]


def test_bracketed_name_then_office_then_companions() -> None:
    for text in ("The strike killed the terrorist (Abu Zaid al-Anbari) the so-called wali "
                 "of Fallujah, and three of his aides.",
                 "The strike killed the terrorist (Abu Zaid al-Anbari), the so-called wali "
                 "of Fallujah, and three of his aides.",
                 "The strike killed the terrorist (Abu Zaid al-Anbari) and three of his aides."):
        assert _mentions(text) == [("killed", 1, "terrorist"), ("killed", 3, "aides")], text


def test_correction_of_place_and_day() -> None:
    [event] = _events("centcom-corrects-place-and-date", "2026-04-07")
    # the day of the release corrected is when it was told
    assert (event.date_start, event.time_precision) == ("2026-04-02", 1)
    assert (event.location.place, event.location.admin1) == ("Harim", "Idlib")
    # the group the man killed was an official of was struck; it struck no one
    assert event.actor2 == "Hurras al-Din"
    assert event.actor1 != "Hurras al-Din"
    assert _counts(event) == {("killed", "Hurras al-Din", 1)}


def test_named_man_in_apposition_names_the_group_struck() -> None:
    [event] = [r for r in extract(
        "A drone strike killed Omar Sulaiman, a senior leader of Hurras al-Din, near "
        "Harim on Tuesday.", published="2025-06-05") if isinstance(r, Event)]
    assert event.actor2 == "Hurras al-Din"
    assert event.actor1 != "Hurras al-Din"


def test_revision_of_two_sides_in_one_sentence() -> None:
    [event] = _events("reuters-vdp-revised-both-sides", "2025-05-18")
    dead = {(c.party, c.count) for c in event.casualties if c.kind == "killed"}
    assert ("Military Forces of Burkina Faso", 17) in dead
    assert ("Volunteers for the Defense of the Homeland", 4) in dead
    assert event.fatalities == 61  # with the 40 assailants


def test_lower_case_force_name_closed_by_its_initials() -> None:
    assert _mentions("Gunmen killed 6 volunteers for the defence of the homeland (VDP).") == [
        ("killed", 6, "volunteers for the defence of the homeland (VDP)")]
    assert _mentions("He said 3 militiamen (CJTF) were killed.") == [
        ("killed", 3, "militiamen (CJTF)")]


def test_monitor_toll_names_its_one_more_dead() -> None:
    [event] = _events("ap-monitor-passer-by-also", "2026-02-10")
    dead = [(c.party, c.count) for c in event.casualties if c.kind == "killed"]
    assert ("Hezbollah", 1) in dead
    assert None not in {party for party, _ in dead}
    # the commander, the two in the car with him, and the passer-by the monitor adds
    assert event.fatalities == 4


def test_strike_in_the_vicinity_of_a_town_of_a_province_spelled_otherwise() -> None:
    [event] = _events("reuters-arbil-vicinity-of-town", "2025-06-12")
    assert (event.location.place, event.location.admin1) == ("Soran", "Erbil")
    assert event.location.geo_precision == 2
    assert (event.actor1, event.actor2) == ("Turkish Armed Forces", "Kurdistan Workers' Party")
    assert event.fatalities == 3


def test_headline_man_is_one_of_those_the_body_counts() -> None:
    [event] = _events("ap-detainee-died-in-custody", "2026-02-11")
    assert event.sub_event_type == "arrests"
    assert [c.count for c in event.casualties if c.kind == "detained"] == [4]
    assert event.fatalities == 1  # the detainee who died in custody
    [note] = [r for r in extract("Woman killed in night raid on camp\n\nTroops killed two "
                                 "Palestinians in Nur Shams on Tuesday, medics said.",
                                 published="2025-04-02") if isinstance(r, Event)]
    assert note.fatalities == 2
