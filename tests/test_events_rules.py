"""Events stage rules, each on short reports written for the test."""

from __future__ import annotations

import pytest

from eventcoder.events import find_triggers, literal_starts, lower_ascii
from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Event


def _events(pipeline: RulePipeline, text: str, published: str | None = None) -> list[Event]:
    records = pipeline(document_from_text(text, doc_id="t", published=published))
    return [r for r in records if isinstance(r, Event)]


def _one(pipeline: RulePipeline, text: str, published: str | None = None) -> Event:
    events = [e for e in _events(pipeline, text, published) if not e.background]
    assert len(events) == 1, [e.to_dict() for e in events]
    return events[0]


@pytest.mark.parametrize(
    ("text", "event_type", "sub_event_type"),
    [
        ("On 12 June 2023, gunmen shot dead two farmers in Bokkos, Plateau state.",
         "violence_against_civilians", "attack"),
        # An armed target makes it a battle even when one-sided.
        ("On 12 June 2023, unidentified gunmen assassinated a police officer in Kano.",
         "battles", "armed_clash"),
        ("On 3 March 2021, Turkish warplanes carried out air strikes on PKK positions near "
         "Qandil, Iraq.", "explosions_remote_violence", "air_drone_strike"),
        # A strike a military force "conducted", or one that killed, is from the air.
        ("On 5 March 2024, U.S. forces conducted a strike near Jilib, Somalia, killing two "
         "al-Shabaab militants.", "explosions_remote_violence", "air_drone_strike"),
        ("On 8 March 2024, the strike near Idlib killed a senior Hurras al-Din leader.",
         "explosions_remote_violence", "air_drone_strike"),
        ("On 8 March 2024, teachers launched a hunger strike in Lagos, Nigeria.",
         "protests", "peaceful_protest"),
        ("On 4 April 2022, militants fired mortars at an army base in Mocimboa da Praia, "
         "Mozambique.", "explosions_remote_violence", "shelling_artillery_missile_attack"),
        # Mortars together with small-arms fire: an exchange, coded as a clash.
        ("On 4 April 2022, the two sides exchanged small arms fire and mortars near Avdiivka, "
         "Ukraine.", "battles", "armed_clash"),
        ("On 1 May 2020, hundreds of teachers protested in Nairobi, Kenya, demanding unpaid "
         "salaries.", "protests", "peaceful_protest"),
        # State forces that "bombed" did so from the air; others planted the bomb.
        ("On 3 June 2021, the army of Nigeria bombed insurgent camps near Marte, Borno.",
         "explosions_remote_violence", "air_drone_strike"),
        ("On 9 March 2012, militants bombed a telecom mast in Miramshah, Pakistan.",
         "explosions_remote_violence", "remote_explosive_landmine_ied"),
        ("On 2 July 2012, insurgents wrecked a gas pipeline with dynamite near Sui, "
         "Balochistan.", "explosions_remote_violence", "remote_explosive_landmine_ied"),
        # Protesting against an arrest is not an intervention.
        ("On 2 May 2020, journalists protested in Lahore, Pakistan, against the arrest of an "
         "editor.", "protests", "peaceful_protest"),
        ("On 2 May 2020, students protested in Dhaka, Bangladesh, and police fired tear gas to "
         "disperse them.", "protests", "protest_with_intervention"),
        ("On 7 May 2020, rioters burned tires and threw stones at the mayor's office in "
         "La Grita, Venezuela.", "riots", "violent_demonstration"),
        ("On 8 August 2021, a roadside bomb exploded near a patrol in Kandahar, Afghanistan, "
         "wounding three soldiers.", "explosions_remote_violence",
         "remote_explosive_landmine_ied"),
        ("On 9 September 2019, gunmen kidnapped a priest in Kaduna, Nigeria.",
         "violence_against_civilians", "abduction_forced_disappearance"),
        ("Movement of forces: On 5 May 2020, a military convoy entered Idlib province, Syria.",
         "strategic_developments", "change_to_group_activity"),
        # A fight with one armed side and no firearm named: mob violence.
        ("On 6 June 2021, returning migrants clashed with border police at a crossing near "
         "Birgunj, Nepal, after they were refused entry.", "riots", "mob_violence"),
        ("On 6 June 2021, police and residents clashed in Soweto, South Africa, over "
         "evictions; officers fired rubber bullets.", "riots", "mob_violence"),
        ("On 5 May 2021, fighting broke out between the army and rebels near Goma, DR Congo.",
         "battles", "armed_clash"),
        # Demonstrators who turn violent make it a riot, even when the protest comes first.
        ("On 5 May 2021, workers demonstrated outside a garment factory in Gazipur, "
         "Bangladesh, demanding unpaid wages, and later set two vehicles on fire.",
         "riots", "violent_demonstration"),
        ("On 3 March 2022, market traders lit tires and blocked a road in Kisumu, Kenya, "
         "after their stalls were demolished.", "riots", "violent_demonstration"),
        ("On 3 March 2022, supporters of a local party stormed the governor's compound in "
         "Jalalabad, Afghanistan, demanding his removal.", "riots", "violent_demonstration"),
        ("On 5 May 2021, nurses barricaded themselves inside the hospital director's office "
         "in Kisumu, Kenya, to protest unpaid allowances.", "protests", "peaceful_protest"),
        # Attacks on property and bombs found, as terrorism reporting tells them.
        ("On 3 March 2012, militants set fire to a mobile phone tower in Gaya, Bihar, India.",
         "strategic_developments", "looting_property_destruction"),
        ("On 3 March 2012, soldiers discovered a homemade bomb near a school in Maiduguri, "
         "Nigeria.", "strategic_developments", "disrupted_weapons_use"),
        ("On 3 March 2012, gunmen took four engineers hostage near Sirte, Libya.",
         "violence_against_civilians", "abduction_forced_disappearance"),
        ("On 3 March 2012, militants used explosives to blow up a power pylon in Khyber, "
         "Pakistan.", "explosions_remote_violence", "remote_explosive_landmine_ied"),
        ("On 3 March 2012, assailants threw a percussion bomb at a party office in Izmir, "
         "Turkey.", "explosions_remote_violence", "remote_explosive_landmine_ied"),
        # A repelled attack is a battle; so is fighting between clans.
        ("On 2 July 2021, government troops thwarted a rebel attack on the Kapoeta front, "
         "South Sudan.", "battles", "armed_clash"),
        ("On 2 July 2021, inter-clan fighting erupted near Galkayo, Somalia, leaving four "
         "people dead.", "battles", "armed_clash"),
        # A coder's label names the event even where no trigger word does.
        ("Other: On 4 June 2021, soldiers stopped aid trucks from entering Tal Tamr, Syria.",
         "strategic_developments", "other"),
        ("On 4 June 2021, gang members set up two checkpoints on the highway near "
         "Apatzingan, Mexico.", "strategic_developments", "change_to_group_activity"),
        ("On 4 June 2021, gunmen seized a UN vehicle near Kidal, Mali.",
         "strategic_developments", "looting_property_destruction"),
        # Goods seized outside any fighting, aid handed out by an armed group, people moved.
        ("On 2 June 2021, customs officers seized 300 kg of cocaine hidden in a container at "
         "the port of Guayaquil, Ecuador.", "strategic_developments",
         "looting_property_destruction"),
        ("On 2 June 2021, members of a cartel distributed food parcels to residents of "
         "Culiacan, Sinaloa.", "strategic_developments", "change_to_group_activity"),
        ("On 2 June 2021, 150 migrants returned from Peru through a border crossing near "
         "Tumbes, Peru.", "strategic_developments", "other"),
        # Artillery traded both ways is an exchange: a clash, as ACLED codes it.
        ("On 11 March 2023, government and rebel forces exchanged artillery fire near Kadugli, "
         "Sudan.", "battles", "armed_clash"),
        ("On 11 March 2023, monitors recorded 40 artillery rounds fired in both directions of the "
         "frontline near Marinka, Ukraine.", "battles", "armed_clash"),
        ("On 11 March 2023, rebels shelled an army base near Kadugli, Sudan.",
         "explosions_remote_violence", "shelling_artillery_missile_attack"),
        # Party members and fighters' victims are civilians; a ranger is an armed target.
        ("On 9 July 2022, militia fighters armed with machetes killed four villagers in "
         "Mbau, DR Congo.", "violence_against_civilians", "attack"),
        ("On 9 July 2022, youths of the ruling party attacked and injured two opposition "
         "party members in Gitega, Burundi.", "violence_against_civilians", "attack"),
        ("On 9 July 2022, gunmen shot dead a park ranger near Virunga, DR Congo.",
         "battles", "armed_clash"),
        # Fighting a pandemic is no battle.
        ("On 5 May 2021, the government announced new measures to fight the spread of the "
         "virus; residents protested in Blantyre, Malawi.", "protests", "peaceful_protest"),
    ],
)
def test_events_type_rules(pipeline: RulePipeline, text: str, event_type: str,
                           sub_event_type: str) -> None:
    event = _one(pipeline, text)
    assert (event.event_type, event.sub_event_type) == (event_type, sub_event_type)


def test_events_separate_attack_is_a_second_event(pipeline: RulePipeline) -> None:
    text = ("Two attacks hit Borno State on Thursday, 14 March 2024. In Monguno, ISWAP fighters "
            "attacked a military base and killed two soldiers. In a separate attack, Boko Haram "
            "gunmen killed seven farmers near Gwoza.")
    events = _events(pipeline, text)
    places = sorted(e.location.place or "" for e in events)
    assert places == ["Gwoza", "Monguno"]
    assert sorted(e.fatalities or 0 for e in events) == [2, 7]


def test_events_reporting_date_is_not_the_event_date(pipeline: RulePipeline) -> None:
    text = ("The army said on Friday that militants attacked a checkpoint in Diyala, Iraq "
            "on 3 March 2024, killing two soldiers.")
    event = _one(pipeline, text, published="2024-03-08")
    assert event.date_start == "2024-03-03"


def test_events_past_event_cited_for_context_is_background(pipeline: RulePipeline) -> None:
    text = ("On 2 May 2024, a drone strike killed three militants near Jilib, Somalia. "
            "In 2017, a truck bomb killed more than 500 people in Mogadishu.")
    events = _events(pipeline, text, published="2024-05-03")
    current = [e for e in events if not e.background]
    assert [e.location.place for e in current] == ["Jilib"]
    # Recording the 2017 bombing is fine, as background only.
    assert all(e.background for e in events if (e.date_start or "").startswith("2017"))


def test_events_claimed_responsibility_names_the_perpetrator(pipeline: RulePipeline) -> None:
    text = ("On 3 June 2011, a bomb exploded at a market in Peshawar, Pakistan, killing four "
            "civilians. Tehrik-i-Taliban Pakistan claimed responsibility for the attack.")
    event = _one(pipeline, text)
    assert event.actor1 is not None and "Taliban" in event.actor1


def test_events_day_dated_observation_with_a_total_stays_an_event(
    pipeline: RulePipeline,
) -> None:
    text = "On 5 May 2020, monitors observed a total of 4 explosions near Popasna, Ukraine."
    event = _one(pipeline, text)
    assert event.event_type == "explosions_remote_violence"


def test_events_evidence_spans_are_the_text_they_claim(pipeline: RulePipeline) -> None:
    text = "On 9 May 2020, Al Shabaab militants attacked an army base near Afgooye, Somalia."
    event = _one(pipeline, text)
    assert event.evidence
    for spans in event.evidence.values():
        for span in spans:
            assert text[span.start:span.end] == span.text


@pytest.mark.parametrize(
    ("alternative", "starts"),
    [("air ?strikes?", {"air"}), ("(?:hand )?grenades?", {"hand grenade", "grenade"}),
     ("(?:seized|took) control", {"seized control", "took control"}), (r"\d+mm", None),
     # a group taken once goes on into the literal after it; one repeated does not
     ("(?:the|a|an) strikes? hit", {"the strike", "a strike", "an strike"}),
     ("(?:razed |burned )?down", {"razed down", "burned down", "down"}),
     ("(?:shot|hit)+ men", {"shot", "hit"}), ("(?:shot |hit )*men", {"shot ", "hit ", "men"}),
     ("(?:shot|hit){2} men", {"shot", "hit"}), (r"(?:shot|hit\w*) men", {"shot men", "hit"}),
     ("(?:shot|hit)?? men", None)],
)
def test_events_literal_starts_of_trigger_patterns(alternative: str,
                                                   starts: set[str] | None) -> None:
    assert literal_starts(alternative) == starts


def test_events_trigger_offsets_survive_case_folding() -> None:
    text = "İstanbul: AIR STRIKES hit the town."
    assert len(lower_ascii(text)) == len(text)
    found = find_triggers(text)
    assert any(text[t.start:t.end] == "AIR STRIKES" for t in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "No group claimed responsibility, but Boko Haram was thought responsible for the attack.",
        "A spokesman of Al Shabaab claimed responsibility for the blast.",
        "Officials said Al Shabaab were believed to be behind the blast.",
    ],
)
def test_events_suspected_group_replaces_unidentified_attackers(pipeline: RulePipeline,
                                                                sentence: str) -> None:
    text = ("On 4 May 2011, unidentified militants detonated a bomb at a market in Maiduguri, "
            "Nigeria, killing three civilians. " + sentence)
    event = _one(pipeline, text)
    assert event.actor1 in {"Boko Haram", "Al Shabaab"}


def test_events_division_as_the_report_states_it(pipeline: RulePipeline) -> None:
    text = ("On 28 May 2011, in the Salarzai area of Bajaur, Federally Administered Tribal "
            "Areas, Pakistan, militants attacked a police checkpoint, killing two policemen.")
    event = _one(pipeline, text)
    assert event.location.country == "PK"
    assert event.location.admin1 == "Federally Administered Tribal Areas"
    assert "as written" in (event.location.reason or "")


def test_events_the_leads_date_is_the_first_events(pipeline: RulePipeline) -> None:
    text = ("05/30/2011: On Monday, in Kandahar, Afghanistan, gunmen abducted two engineers. "
            "They were released on 06/04/2011 after elders intervened.")
    events = _events(pipeline, text)
    assert events and events[0].date_start == "2011-05-30"


def test_events_group_active_in_one_country_places_an_unplaced_report(
        pipeline: RulePipeline) -> None:
    event = _one(pipeline, "On 4 June 2021, Imbonerakure beat and injured an opposition "
                           "member at a village market.")
    assert event.location.country == "BI"
    assert event.location.admin1 is None
    assert "active in" in (event.location.reason or "")
    assert event.actor1 == "Imbonerakure"


def test_events_a_monitoring_mission_reports_but_takes_no_part(pipeline: RulePipeline) -> None:
    event = _one(pipeline, "On 2 June 2021, the OSCE SMM recorded 14 explosions near a "
                           "village east of the contact line.")
    assert event.location.country == "UA"
    # The monitors are no party: fire they record with no side named is between the
    # parties they watch, as ACLED codes such observations.
    assert {event.actor1, event.actor2} == {"Armed Forces of Ukraine", "Novorossiya"}
    assert not any("OSCE" in name for name in event.actor_kinds)


def test_events_a_date_after_said_that_is_the_events(pipeline: RulePipeline) -> None:
    event = _one(pipeline, "A rebel group reported that on 14 June 2021, drones struck its "
                           "positions near Qandil, Iraq.")
    assert event.date_start == "2021-06-14"


def test_events_without_publication_date_the_lead_event_dates_the_report(
        pipeline: RulePipeline) -> None:
    events = _events(pipeline, "On 9 June 2021, residents protested in Mombasa, Kenya, against "
                               "the release of a prisoner. He shot dead a trader in Nairobi "
                               "on 3 February 2019.")
    lead = [e for e in events if not e.background]
    assert [e.date_start for e in lead] == ["2021-06-09"]
    assert any(e.background and e.date_start == "2019-02-03" for e in events)


def test_events_sentences_before_the_first_trigger_set_its_scene(pipeline: RulePipeline) -> None:
    # The first sentence names no trigger word; the event is read from "the attack" later,
    # and takes its place, date and actors from the sentence that set the scene.
    event = _one(pipeline,
                 "On Thursday, in the Sariab area of Quetta, Balochistan, Pakistan, unidentified "
                 "militants wrecked a section of a gas pipeline. Nobody claimed responsibility "
                 "for the attack.", published="2011-01-08")
    assert (event.location.place, event.location.admin1) == ("Quetta", "Balochistan")
    assert event.date_start == "2011-01-06"
    assert event.actor1 is not None and "Unidentified" in event.actor1


def test_events_a_trigger_with_its_own_place_keeps_it(pipeline: RulePipeline) -> None:
    event = _one(pipeline,
                 "Officials in Karachi met on Monday. On Tuesday, gunmen attacked a checkpoint "
                 "in Hyderabad, Sindh.", published="2011-01-12")
    assert event.location.place == "Hyderabad"


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        # The actor the trigger ends is its author, whatever the victims are called after it.
        ("On 30 March 2024, a U.S. drone strike in Idlib, Syria, killed Abu Omar al-Shami, a "
         "leader of an al Qaeda affiliate, according to a CENTCOM statement.",
         "US forces", "Al Qaeda"),
        ("On 30 March 2024, a Turkish drone strike near Qamishli, Syria, killed two PKK "
         "commanders.", "Turkish Armed Forces", "Kurdistan Workers' Party"),
        # The object of an earlier verb of the clause when none follows the trigger.
        ("On 7 July 2022, US forces raided a house near Raqqa, Syria, capturing a senior "
         "Islamic State official and killing two others.", "US forces", "Islamic State"),
        # The people a bomb hit, told first, suffered it; who planted it is not told.
        ("On 12 May 2024, two Iraqi soldiers were killed and three others wounded when a "
         "roadside bomb struck their patrol near Tarmiyah, Salahuddin.",
         "Unidentified Armed Group (Iraq)", "Iraqi Security Forces"),
        ("On 3 May 2024, four policemen were wounded when an IED exploded near their vehicle "
         "in Kandahar, Afghanistan, the provincial police said.",
         "Unidentified Armed Group (Afghanistan)", "Police Forces of Afghanistan"),
        # A sponsor is no party, nor the country it names the place of the event.
        ("On 21 January 2020, Iran-backed militants fired two rockets at a base hosting U.S. "
         "troops near Erbil airport, wounding a contractor.",
         "Unidentified Armed Group (Iraq)", "US forces"),
        # Who tells of it after the fact takes no part in it.
        ("On 19 January 2020, three rockets struck near the U.S. Embassy in Baghdad. No "
         "casualties were reported in the attack, the Iraqi military said in a statement.",
         "Unidentified Armed Group (Iraq)", None),
    ],
)
def test_events_actor_named_in_the_trigger_is_actor1(pipeline: RulePipeline, text: str,
                                                     actor1: str, actor2: str | None) -> None:
    event = _one(pipeline, text)
    assert (event.actor1, event.actor2) == (actor1, actor2)


def test_events_wire_dateline_without_a_year_is_no_event_place(pipeline: RulePipeline) -> None:
    text = ("BAGHDAD, April 4 (Reuters) - Gunmen killed three shepherds in a raid on a "
            "village on Wednesday, police said.")
    [event] = _events(pipeline, text)
    assert event.location.name is None
    assert event.date_start is None


def test_events_with_no_date_of_its_own_is_no_later_than_its_telling(
    pipeline: RulePipeline,
) -> None:
    event = _one(pipeline, "The Joint Operations Command announced, on Tuesday, the killing "
                 "of four militants in an air strike on a hideout in the Hamrin basin "
                 "north of Baqubah.", published="2024-05-10")
    assert (event.date_start, event.date_end, event.time_precision) == (
        "2024-05-07", "2024-05-07", 2)


def test_events_country_whose_attack_it_is_is_not_the_place(pipeline: RulePipeline) -> None:
    event = _one(pipeline, "On 8 January 2020, Iran's missile attack on an air base in Iraq "
                 "wounded dozens of U.S. troops.", published="2020-01-24")
    assert (event.location.country, event.location.name) == ("IQ", "Iraq")


def test_events_a_feature_takes_the_one_division_the_report_names(
        pipeline: RulePipeline) -> None:
    text = ("Iraqi jets kill 4 ISIS militants in Diyala\n\n"
            "Iraqi F-16 aircraft carried out an airstrike on a den of ISIS remnants in the "
            "Mutaibija area on 23 May 2024, killing (4) terrorists.")
    event = _one(pipeline, text)
    assert (event.location.name, event.location.admin1) == ("Mutaibija", "Diyala")
