"""Strike and raid releases of other forces and years as they reach English, under
``fixtures/raids``, written for these tests.

A Sahel brigade's word for its kills, "have put out of action about twenty terrorists"; a
Turkish one's, "rendered ineffective". A boilerplate closing line that counts the deaths of
a group's whole campaign ("In its more than 35-year terror campaign ... responsible for the
deaths of more than 40,000 people") is a record of decades, no incident of the release. A
patrol's haul ("340 rounds of 7.62mm special ammunition" recovered) names munitions, not a
shelling. A translation that sets off where before whom ("arrested, in separate operations
conducted in A and B, 14 individuals") still counts the fourteen, and "the National
People's Army" is a state's army, not its people. A coalition's "aviation has realised 6
raids" is an air strike, and "17 elements of the militia" after "the Houthi militias" are
that group's men. A Moscow release's "in result of a strike of the ... aerospace forces
... were liquidated up to 30 militants" is an air strike too. A bulleted update whose lines
open "On 14-March-2021," is read right already and kept as a guard. A soldier told by his
rank, age and home ("Sepoy Arif Khan, 24, resident of Swabi, having fought gallantly,
embraced shahadat") is one of the state's men dead in the clash told before, not a
civilian of another incident in his home town.
"""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.quantities import find_casualty_mentions
from eventcoder.records import Event, Statement
from tests.conftest import fixture_records
from tests.test_events_translated_and_retold_raids import _counts, _events


def test_put_out_of_action_counts_the_dead() -> None:
    [event] = _events("amap-put-out-of-action-brigade", "2022-02-09")
    assert (event.date_start, event.time_precision) == ("2022-02-07", 1)
    assert (event.actor1, event.actor2) == ("Military Forces of Mali",
                                             "Unidentified Armed Group (Mali)")
    [dead] = [c for c in event.casualties if c.kind == "killed"]
    assert (dead.party, dead.count, dead.qualifier) == (
        "Unidentified Armed Group (Mali)", 20, "approximately")
    assert ("wounded", "Military Forces of Mali", 2) in _counts(event)
    assert event.fatalities == 20


@pytest.mark.parametrize(("text", "count"), [
    ("The units put out of action about twenty terrorists near the river.", 20),
    ("Two terrorists were put out of action near the village.", 2),
    ("Commandos have rendered ineffective 4 PKK terrorists in the rural area.", 4),
    ("Eleven terrorists were rendered ineffective in the operation.", 11),
])
def test_put_out_of_action_and_rendered_ineffective_in_each_voice(text: str,
                                                                  count: int) -> None:
    [mention] = find_casualty_mentions(text)
    assert (mention.kind, mention.count) == ("killed", count)


def test_toll_of_a_campaign_of_decades_is_no_incident() -> None:
    events = _events("aa-neutralized-over-years-campaign", "2023-06-17")
    assert all(e.fatalities is None or e.fatalities < 100 for e in events)
    assert not any(c.count == 40000 for e in events for c in e.casualties)
    [strike] = [e for e in events if e.fatalities]
    assert (strike.actor1, strike.actor2) == ("Turkish Armed Forces", "Kurdistan Workers' Party")
    assert _counts(strike) == {("killed", "Kurdistan Workers' Party", 7)}


@pytest.mark.parametrize("text", [
    "During the decade-long insurgency, the rebels have killed more than 3,000 people.",
    "Over its 20-year war against the state, the group was blamed for the deaths of 900 "
    "soldiers.",
])
def test_tolls_told_over_years_in_other_wordings(text: str) -> None:
    assert find_casualty_mentions(text) == []


@pytest.mark.parametrize("before", [0, 1, 6, 40])
def test_only_the_sentence_told_over_years_loses_its_toll(before: int) -> None:
    # the sentence of each count is found among many (by bisection): a count before, in
    # and after the sentence of the war's years, with other sentences ahead of them all
    filler = "Residents said the road to the market was reopened. " * before
    found = find_casualty_mentions(
        filler + "Gunmen killed 4 farmers near the river on Monday. Over its 20-year war "
        "against the state, the group was blamed for the deaths of 900 soldiers. Police "
        "said 2 guards were wounded on Tuesday.")
    assert [(m.kind, m.count) for m in found] == [("killed", 4), ("wounded", 2)]


def test_toll_of_this_week_beside_a_long_war_is_kept() -> None:
    [mention] = find_casualty_mentions(
        "The decade-long conflict flared again on Monday when gunmen killed 12 villagers.")
    assert (mention.kind, mention.count) == ("killed", 12)


def test_munitions_recovered_are_no_shelling() -> None:
    [event] = _events("opsh-rounds-recovered-arrest", "2023-06-16")
    assert (event.event_type, event.sub_event_type) == ("strategic_developments", "arrests")
    assert event.actor1 == "Military Forces of Nigeria"
    assert (event.location.country, event.location.admin1) == ("NG", "Plateau")
    assert [(c.kind, c.count) for c in event.casualties] == [("detained", 5)]


def test_place_set_off_between_the_verb_and_the_people() -> None:
    clash, arrest = _events("mdn-detachment-arrested-places-between", "2023-05-04")
    assert (clash.date_start, clash.location.country) == ("2023-05-03", "DZ")
    assert (clash.actor1, clash.actor2) == ("Military Forces of Algeria",
                                             "Unidentified Armed Group (Algeria)")
    assert _counts(clash) == {("killed", "Unidentified Armed Group (Algeria)", 3)}
    assert arrest.sub_event_type == "arrests"
    assert arrest.actor1 == "Military Forces of Algeria"
    assert [(c.kind, c.count) for c in arrest.casualties] == [("detained", 14)]


@pytest.mark.parametrize(("text", "count", "party"), [
    ("Troops arrested, near the border crossing at Kibo, 9 suspects.", 9, "suspects"),
    ("The gendarmes detained, in raids across the two districts, six smugglers.", 6,
     "smugglers"),
])
def test_place_set_off_in_other_wordings(text: str, count: int, party: str) -> None:
    [mention] = find_casualty_mentions(text)
    assert (mention.kind, mention.count, mention.party_text) == ("detained", count, party)


def test_aviation_raids_against_a_group_told_again_as_the_militia() -> None:
    [event] = _events("spa-aviation-realised-raids-militia", "2023-06-14")
    assert event.sub_event_type == "air_drone_strike"
    assert (event.date_start, event.location.admin1) == ("2023-06-13", "Saada")
    assert event.actor2 == "Houthis"
    assert _counts(event) == {("killed", "Houthis", 17)}


def test_strike_of_the_aerospace_forces_in_result_of_which() -> None:
    [event] = _events("interfax-in-result-of-strike", "2021-06-17")
    assert event.sub_event_type == "air_drone_strike"
    assert (event.date_start, event.time_precision) == ("2021-06-16", 1)
    assert (event.location.country, event.location.admin1) == ("SY", "Idlib")
    [dead] = event.casualties
    assert (dead.kind, dead.high, dead.qualifier) == ("killed", 30, "at_most")


def test_bullets_with_day_month_year_dates_each_an_event() -> None:
    events = sorted(_events("sna-bullets-day-month-year", "2021-03-17"),
                    key=lambda e: e.date_start or "")
    assert [(e.date_start, e.sub_event_type) for e in events] == [
        ("2021-03-14", "armed_clash"), ("2021-03-15", "arrests"),
        ("2021-03-16", "remote_explosive_landmine_ied")]
    assert [e.location.admin1 for e in events] == ["Shabeele Hoose", "Galgadud",
                                                   "Shabeele Dhexe"]
    assert ("killed", "Al Shabaab", 8) in _counts(events[0])
    assert ("killed", "Military Forces of Somalia", 2) in _counts(events[2])


def test_soldier_of_a_rank_from_his_home_town_is_of_the_same_clash() -> None:
    # "Sepoy Arif Khan, 24, resident of Swabi, having fought gallantly, embraced shahadat":
    # a soldier of the clash told before, his home town no place of another incident
    [event] = _events("app-hideout-busted-resident-of", "2022-09-13")
    assert (event.date_start, event.location.admin1) == ("2022-09-12", "Khyber Pakhtunkhwa")
    assert event.location.admin2 == "Bajaur Agency"
    assert ("killed", "Unidentified Armed Group (Pakistan)", 4) in _counts(event)
    assert ("killed", "Military Forces of Pakistan", 1) in _counts(event)
    assert ("detained", "Unidentified Armed Group (Pakistan)", 2) in _counts(event)
    assert event.fatalities == 5


@pytest.mark.parametrize("text", [
    "Naik Sher Ali, a native of Kohat, having fought bravely, embraced shahadat.",
    "Sepoy Arif Khan, 24, resident of Swabi, having fought gallantly, embraced shahadat.",
])
def test_home_told_after_a_name_is_no_party(text: str) -> None:
    [mention] = find_casualty_mentions(text)
    assert (mention.kind, mention.count) == ("killed", 1)
    assert mention.party_text is not None and mention.party_text.split()[0] in {"Naik",
                                                                              "Sepoy"}


@pytest.mark.parametrize(("who", "force"), [
    ("Lance Naik Tariq Mehmood", "Military Forces of Pakistan"),
    ("Captain Bilal Ahmed", "Military Forces of Pakistan"),
    ("Constable Imran Ali", "Police Forces of Pakistan"),
])
def test_rank_before_a_name_tells_the_force(who: str, force: str) -> None:
    text = ("Security forces killed four terrorists in Bajaur district on Monday, the "
            f"military said. During the exchange of fire, {who} embraced shahadat.")
    events = [r for r in extract(text, published="2022-09-13", doc_id="rank")
              if isinstance(r, Event) and not r.background]
    assert ("killed", force, 1) in {c for e in events for c in _counts(e)}


def test_dotted_day_and_the_doer_after_the_heroes_of() -> None:
    # "on 14.03.2021 were neutralized 3 terrorists of which one emir ..., in an ambush
    # realised by the heroes of the 7th division of the army": the army did it, the emir
    # is one of the three, and "no losses among our forces" are the army's zeros
    [event] = _events("smc-dotted-day-heroes-of-division", "2021-03-15")
    assert (event.date_start, event.time_precision) == ("2021-03-14", 1)
    assert (event.location.country, event.location.admin1) == ("IQ", "Al-Anbar")
    assert (event.actor1, event.actor2) == ("Iraqi Security Forces",
                                             "Unidentified Armed Group (Iraq)")
    assert ("killed", "Unidentified Armed Group (Iraq)", 3) in _counts(event)
    assert ("killed", "Iraqi Security Forces", 0) in _counts(event)
    assert event.fatalities == 3


@pytest.mark.parametrize("lead", ["troops of the", "units of the", "soldiers from the"])
def test_doer_told_by_his_men_after_by(lead: str) -> None:
    text = (f"Two militants were killed in an ambush carried out by {lead} 4th Brigade near "
            "Ramadi on Sunday, the Security Media Cell said.")
    [event] = [r for r in extract(text, published="2021-03-15", doc_id="by")
               if isinstance(r, Event) and not r.background]
    assert (event.actor1, event.actor2) == ("Iraqi Security Forces",
                                             "Unidentified Armed Group (Iraq)")


def test_officer_of_the_operation_who_disclosed_it() -> None:
    # "The Media Information Officer of the operation, Capt. Oya James, disclosed this in a
    # statement on Thursday in Jos": a speech verb, so no role of his; the operation is
    # the one the release named, "Troops of Operation Safe Haven"
    [statement] = [r for r in fixture_records("raids", "opsh-rounds-recovered-arrest",
                                              "2023-06-16")
                   if isinstance(r, Statement) and not r.reported]
    assert statement.speaker == "Oya James"
    assert statement.role == "Media Information Officer of the operation"
    assert statement.organisation == "Operation Safe Haven"


def test_disclosed_ends_the_introduction_of_a_spokesman() -> None:
    text = ("Troops of Operation Lafiya Dole killed six insurgents near Bama on Monday. The "
            "spokesman of the operation, Major Musa Audu, disclosed this on Tuesday in "
            "Maiduguri.\n\n\"The troops remain resolute,\" Audu said.")
    [statement] = [r for r in extract(text, published="2024-05-14", doc_id="disclosed")
                   if isinstance(r, Statement) and not r.reported]
    assert (statement.speaker, statement.organisation) == ("Musa Audu",
                                                           "Operation Lafiya Dole")
    assert statement.role is not None and "disclosed" not in statement.role


def test_others_hurt_after_a_phrase_of_death() -> None:
    # '"Three soldiers paid the ultimate price and 5 others were injured," Omar said': the
    # five are more soldiers, and the words of the phrase of death are no one hurt
    [event] = _events("xinhua-hiraan-ultimate-price-deputy", "2023-01-09")
    assert (event.date_start, event.location.admin1) == ("2023-01-08", "Hiiran")
    assert _counts(event) == {("killed", "Al Shabaab", 47),
                              ("killed", "Military Forces of Somalia", 3),
                              ("wounded", "Military Forces of Somalia", 5),
                              ("detained", "Al Shabaab", 16)}
    assert event.fatalities == 50


@pytest.mark.parametrize("text", [
    "Three soldiers paid the ultimate price and 5 others were injured.",
    "Two soldiers lost their lives and four others were wounded in the ambush.",
])
def test_phrase_of_death_joined_to_the_hurt(text: str) -> None:
    assert [(m.kind, m.party_text) for m in find_casualty_mentions(text)] == [
        ("killed", "soldiers"), ("wounded", "others")]


def test_office_ends_with_its_title() -> None:
    [statement] = [r for r in fixture_records("raids", "xinhua-hiraan-ultimate-price-deputy",
                                              "2023-01-09")
                   if isinstance(r, Statement) and not r.reported]
    assert (statement.speaker, statement.role) == ("Abdirahman Yusuf Omar",
                                                   "Deputy Information Minister")
    text = 'Deputy Defence Minister Ali Warsame told reporters: "We will not stop."'
    [statement] = [r for r in extract(text, published="2023-01-09", doc_id="office")
                   if isinstance(r, Statement) and not r.reported]
    assert (statement.speaker, statement.role) == ("Ali Warsame", "Deputy Defence Minister")


def test_bare_count_after_engaged_is_of_those_engaged() -> None:
    # "on Wednesday troops engaged terrorists at Malam Fatori, neutralising 5 while others
    # fled": the five are of the terrorists; each day of the week its own incident, the
    # week's totals a tally
    records = fixture_records("raids", "dhq-week-engaged-neutralising", "2024-05-16")
    events = sorted((r for r in records if isinstance(r, Event) and not r.background),
                    key=lambda e: e.date_start or "")
    assert [(e.date_start, e.sub_event_type) for e in events] == [
        ("2024-05-12", "armed_clash"), ("2024-05-14", "arrests"), ("2024-05-15", "armed_clash")]
    assert _counts(events[2]) == {("killed", "Unidentified Armed Group (Nigeria)", 5)}
    assert _counts(events[0]) == {("killed", "Unidentified Armed Group (Nigeria)", 7)}


@pytest.mark.parametrize(("text", "count", "party"), [
    ("Troops clashed with bandits near the forest, killing 4.", 4, "bandits"),
    ("Soldiers engaged the insurgents at the bridge, neutralising 3.", 3, "insurgents"),
])
def test_bare_count_after_a_fight_told_first(text: str, count: int, party: str) -> None:
    [mention] = find_casualty_mentions(text)
    assert (mention.kind, mention.count, mention.party_text) == ("killed", count, party)


def test_group_of_forces_of_a_daily_bulletin() -> None:
    # "Units of the Zapad group of forces repelled three counterattacks of assault groups
    # of the Ukrainian army": a formation of the Russian army, which repelled them
    [event] = _events("tass-group-of-forces-repelled", "2024-03-03")
    assert (event.actor1, event.actor2) == ("Russian Armed Forces", "Armed Forces of Ukraine")
    assert (event.location.country, event.location.admin1) == ("UA", "Kharkiv")
    [dead] = event.casualties
    assert (dead.kind, dead.party, dead.high) == ("killed", "Armed Forces of Ukraine", 60)
