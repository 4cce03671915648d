"""Events stage: the means of an attack against its outcome words, who counts as an
armed target, and which place and actors the first violent word points to."""

from __future__ import annotations

import pytest

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Event
from tests.records_factory import only_event


def _one(pipeline: RulePipeline, text: str) -> Event:
    return only_event(pipeline, text)


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # Outcome words ("targeting", "leaving ... dead", "injured") describe the blast.
        ("On 3 June 2021, militants planted an IED targeting an army patrol on the outskirts "
         "of Baquba, Diyala province, leaving two soldiers dead and four others injured.",
         "remote_explosive_landmine_ied"),
        ("On 14 July 2022, a landmine struck a police vehicle near Kismayo, Lower Juba, "
         "killing three officers and wounding two in the attack.",
         "remote_explosive_landmine_ied"),
        ("On 9 August 2021, government forces targeted rebel positions with heavy artillery "
         "near Sirte, Libya, killing an unknown number of fighters.",
         "shelling_artillery_missile_attack"),
    ],
)
def test_events_a_named_remote_weapon_outweighs_outcome_words(
        pipeline: RulePipeline, text: str, sub_event_type: str) -> None:
    event = _one(pipeline, text)
    assert (event.event_type, event.sub_event_type) == (
        "explosions_remote_violence", sub_event_type)


def test_events_outcome_words_do_not_hand_the_event_to_a_third_kind(
        pipeline: RulePipeline) -> None:
    # Attack words capped beside a bombing must not let the ransacking win.
    event = _one(pipeline, "On 2 May 2022, about 30 gunmen attacked Dadaab village, Kenya. "
                           "They fired upon a police camp, bombed a telecommunications mast "
                           "and ransacked the camp before they fled.")
    assert event.event_type != "riots"


@pytest.mark.parametrize(
    "text",
    [
        "On 5 March 2021, gunmen shot dead an off-duty police officer outside his home in "
        "Celaya, Guanajuato.",
        "On 11 May 2022, militants killed an off duty soldier as he left a mosque in "
        "Afgooye, Lower Shabelle.",
        "On 2 June 2020, two drug suspects were killed during a police raid in Barangay "
        "Malanday, Marikina, Metro Manila.",
    ],
)
def test_events_off_duty_forces_and_drug_suspects_are_civilian_targets(
        pipeline: RulePipeline, text: str) -> None:
    event = _one(pipeline, text)
    assert (event.event_type, event.sub_event_type) == ("violence_against_civilians", "attack")


def test_events_a_gang_member_shot_by_rivals_is_a_clash(pipeline: RulePipeline) -> None:
    event = _one(pipeline, "On 4 May 2020, in Recife, Pernambuco, a gang member was shot "
                           "dead by two rival gang members in the Ibura neighbourhood.")
    assert (event.event_type, event.sub_event_type) == ("battles", "armed_clash")


def test_events_victims_named_first_are_no_authors_of_a_blast(pipeline: RulePipeline) -> None:
    event = _one(pipeline, "On 16 May 2021, in Hub, Balochistan, Pakistan, two civilians "
                           "were killed and five others were wounded when an unidentified man "
                           "threw a grenade into a crowded market.")
    assert event.event_type == "explosions_remote_violence"
    assert event.actor1 == "Unidentified Armed Group (Pakistan)"
    assert event.actor2 == "Civilians (Pakistan)"
    assert event.fatalities == 2


def test_events_the_place_fire_came_from_is_no_second_event(pipeline: RulePipeline) -> None:
    event = _one(pipeline, "On 3 December 2021, four border guards were wounded when their "
                           "post in the Chitral district of Khyber Pakhtunkhwa, Pakistan, was "
                           "hit by mortars. The mortars were launched from the Kunar province "
                           "of Afghanistan by militants. The guards returned fire, killing "
                           "five militants.")
    assert event.location.country == "PK"
    assert event.location.admin1 == "Khyber Pakhtunkhwa"
    assert event.fatalities == 5


def test_events_the_place_is_sought_near_the_first_violent_word(
        pipeline: RulePipeline) -> None:
    # A later, weightier word ("an explosion") must not pull the place to the victim's
    # home village named on the way.
    event = _one(pipeline, "On 15 August 2022, in Dhanora in Gadchiroli, Maharashtra, India, "
                           "a farmer, identified as a resident of Belgaum village, was "
                           "injured when he tried to remove a banner, triggering an "
                           "explosion.")
    assert event.location.admin1 == "Maharashtra"


@pytest.mark.parametrize(
    "text",
    [
        "On 2 June 2021, villagers assaulted police personnel at a village in Sitamarhi "
        "district, Bihar, as the officers tried to enforce a curfew.",
        "On 2 June 2021, several residents beat up a gendarmerie commander in Foumban, Noun, "
        "Cameroon, after he fired on a motorbike taxi driver.",
        "On 2 June 2021, two men suspected of theft were fatally assaulted by community "
        "members in Inanda, KwaZulu-Natal, South Africa.",
    ],
)
def test_events_civilians_who_strike_are_a_mob(pipeline: RulePipeline, text: str) -> None:
    event = _one(pipeline, text)
    assert (event.event_type, event.sub_event_type) == ("riots", "mob_violence")
    assert event.actor1 is not None and event.actor1.startswith("Rioters")


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # The looting and burning belong to the attack that did them.
        ("On 3 June 2021, insurgents attacked Quissanga, Cabo Delgado, beheaded two men and "
         "burned several huts, looting goods.", "violence_against_civilians"),
        ("On 3 June 2021, unidentified gunmen raided the headquarters of a rebel faction in "
         "Sarmada, Idlib, exchanged fire with its guards and seized weapons and vehicles.",
         "battles"),
        # With no violence, the side effects are the event.
        ("On 3 June 2021, soldiers discovered and defused a roadside bomb near Gao, Mali.",
         "strategic_developments"),
    ],
)
def test_events_violence_comes_before_its_side_effects(
        pipeline: RulePipeline, text: str, event_type: str) -> None:
    assert _one(pipeline, text).event_type == event_type


@pytest.mark.parametrize(
    "text",
    [
        # Ranks and bodyguards are armed parties.
        "On 3 June 2021, unidentified gunmen shot dead an army lieutenant in the city of "
        "Daraa, Syria.",
        "On 3 June 2021, armed men shot dead two bodyguards outside a bank in Zacapa, "
        "Guatemala.",
        # Fire returned and fighting between clans are exchanges.
        "On 3 June 2021, in Arima, Trinidad and Tobago, a wanted man shot at a police patrol; "
        "the officers returned fire, killing him.",
        "On 3 June 2021, inter-clan violence erupted in Galkayo, Mudug, Somalia, leaving at "
        "least five people dead.",
        # A doubt about duty is no statement of it.
        "On 3 June 2021, a policeman was shot and killed by Taliban militants while shopping "
        "[not clear if he was off-duty] in Lashkargah city, Helmand.",
    ],
)
def test_events_armed_targets_and_exchanges_make_battles(
        pipeline: RulePipeline, text: str) -> None:
    event = _one(pipeline, text)
    assert (event.event_type, event.sub_event_type) == ("battles", "armed_clash")


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("On 5 May 2021, NAS rebels were attacked by SSPDF near Yei, Central Equatoria.",
         "South Sudan People's Defence Forces"),
        ("On 5 May 2021, NDS forces raided an Islamic State hideout in Jalalabad, Nangarhar, "
         "killing three militants.", "National Directorate of Security"),
    ],
)
def test_events_state_forces_named_by_their_initials(
        pipeline: RulePipeline, text: str, actor1: str) -> None:
    records = pipeline(document_from_text(text, doc_id="t"))
    event = next(r for r in records if isinstance(r, Event))
    assert event.event_type == "battles"
    assert any(actor1 in (name or "") for name in (event.actor1, *event.actor_kinds))


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # Destruction that hurt nobody is property destruction, "attack" or not.
        ("On 12 March 2022, in one of two related attacks, suspected Maoists set fire to two "
         "trucks and a road roller at a construction site in Gaya, Bihar, India. No "
         "casualties were reported.", "looting_property_destruction"),
        ("On 12 March 2022, about 40 militants attacked a school in Lohardaga, Jharkhand, "
         "and razed the school building with a bulldozer.", "looting_property_destruction"),
        # An attack on a village, or one that hurt people, stays violence.
        ("On 12 March 2022, insurgents attacked Mucojo village, Cabo Delgado, and set fire "
         "to the houses. No fatalities were reported.", "attack"),
        ("On 12 March 2022, gunmen assaulted a shopkeeper in Kaduna, Nigeria, and set his "
         "shop on fire.", "attack"),
        # More wordings of bombs and hostages.
        ("On 29 April 2021, a militant cell carried out remote explosive attacks on "
         "commercial buildings in Bagcilar, Istanbul.", "remote_explosive_landmine_ied"),
        ("On 8 May 2021, farm workers were taken as hostages by armed men in Yby Yau, "
         "Concepcion, Paraguay.", "abduction_forced_disappearance"),
        # The kidnapping is the means; "attacks", "the attack" and a later death are its
        # outcome and context.
        ("On 16 January 2022, in one of two related attacks, militants took hostage six "
         "women in Afgooye, Lower Shabelle, Somalia. No casualties were reported in the "
         "attack.", "abduction_forced_disappearance"),
        ("On 6 January 2022, gunmen kidnapped five truck drivers near Torkham, Khyber, "
         "Pakistan. One hostage was killed a week later and the others were shot and "
         "released.", "abduction_forced_disappearance"),
        # A killing told first, the kidnapping as its background: an attack.
        ("On 5 May 2022, in Apodaca, Nuevo Leon, a man was killed and his body was found "
         "with signs of torture. He had been kidnapped two days before.", "attack"),
    ],
)
def test_events_destruction_wordings_and_kidnappings(
        pipeline: RulePipeline, text: str, sub_event_type: str) -> None:
    """Destruction that hurt nobody is property destruction, "attack" or not, unless a
    village was attacked or people hurt; a kidnapping is the means beside words of its
    outcome, unless a killing is told first."""
    assert _one(pipeline, text).sub_event_type == sub_event_type


def test_events_a_border_crossed_from_is_no_place_of_the_event(
        pipeline: RulePipeline) -> None:
    records = pipeline(document_from_text(
        "On 1 September 2021, in Kunar, Afghanistan, 20 teenage boys were kidnapped by "
        "Taliban militants after they mistakenly crossed the border from Bajaur, Pakistan.",
        doc_id="t"))
    events = [r for r in records if isinstance(r, Event)]
    assert [e.location.country for e in events] == ["AF"]


def test_events_a_country_alone_is_a_weaker_place_than_a_town(
        pipeline: RulePipeline) -> None:
    records = pipeline(document_from_text(
        "On 6 January 2022, near Landi Kotal, Khyber, Pakistan, gunmen kidnapped seven truck "
        "drivers. On 9 January 2022, the drivers were reported taken to Afghanistan, where "
        "one of them was shot dead.", doc_id="t"))
    events = sorted((r for r in records if isinstance(r, Event)), key=lambda e: -e.confidence)
    assert events[0].location.country == "PK"


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        # the people hit told first, the author in the clause that tells the attack
        ("On 8 March 2024, five soldiers were killed when ISIS militants ambushed their bus "
         "near Palmyra, Syria.", "Islamic State", "Syrian government forces"),
        ("On 8 March 2024, five regime soldiers were killed in an ISIS ambush near Palmyra, "
         "Syria.", "Islamic State", "Syrian government forces"),
        ("On 2 April 2024, two civilians were killed in a U.S. drone strike near Jilib, "
         "Somalia.", "US forces", "Civilians (Somalia)"),
        # both sides of a fight counted together
        ("On 8 March 2024, three soldiers and five militants were killed in clashes near "
         "Palmyra, Syria.", "Syrian government forces", "Unidentified Armed Group (Syria)"),
        # the unnamed men struck are the one group whose dead are counted
        ("The killing of (3) terrorists in an aerial bombardment in Salah al-Din\n\nOn 2 June "
         "2023, the security media cell announced that Iraqi aircraft carried out an airstrike "
         "that targeted a terrorists den in the Mutaibija area, which resulted in the killing "
         "of (3) terrorists from ISIS gangs.", "Iraqi Security Forces", "Islamic State"),
    ],
)
def test_events_victims_told_first_are_struck(
        pipeline: RulePipeline, text: str, actor1: str, actor2: str) -> None:
    event = _one(pipeline, text)
    assert (event.actor1, event.actor2) == (actor1, actor2)


def test_events_seized_arms_are_no_equipment_used(pipeline: RulePipeline) -> None:
    event = _one(pipeline, "On 15 May 2023, counter-terrorism forces killed four ISIS "
                           "members in a raid in the Houran valley, Anbar, and seized "
                           "explosive belts and a cache containing (12) explosive devices.")
    assert event.equipment == []


def test_events_none_of_its_members_are_the_acting_sides(pipeline: RulePipeline) -> None:
    event = _one(pipeline, "On 15 May 2023, Iraqi counter-terrorism forces killed four ISIS "
                           "members in a raid in the Houran valley, Anbar. The statement "
                           "added that none of its members were hurt.")
    zero = [(c.party, c.count) for c in event.casualties if c.kind == "wounded"]
    assert zero == [("Iraqi Security Forces", 0)]
