"""Event types read in the wordings notes from other regions use.

Curfews and closures imposed, armed strikes called, units arriving, pacts agreed on, posts
installed, ground handed on without a fight; crowds that smash windows or throw bottles,
rival fans who brawl, activists who glue themselves to a road and are taken away; drones
that drop grenades, mines destroyed in a controlled explosion, fire into a rally; a victim's
past told in a relative clause; a house burned with its family inside. Each is read as
ACLED codes it.
"""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _lead(text: str) -> Event:
    found = [r for r in extract(text, published="2024-06-30") if isinstance(r, Event)]
    assert found
    return found[0]


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("On 3 March 2024, the regional governor imposed a night curfew on the town of Kerbala "
         "after a series of thefts.", "change_to_group_activity"),
        ("On 3 March 2024, a lockdown was declared in two districts of Sanaa to stop the "
         "spread of cholera.", "change_to_group_activity"),
        ("On 3 March 2024, the ELN called a 72-hour armed strike across the rural areas of "
         "Arauca.", "change_to_group_activity"),
        ("On 3 March 2024, dissidents of the militia formed a new armed group in the hills "
         "above Fizi.", "change_to_group_activity"),
        ("On 3 March 2024, a contingent of 200 foreign police officers arrived in Port-au-Prince "
         "to support the national police.", "change_to_group_activity"),
        ("On 3 March 2024, herders and farmers agreed on a grazing pact brokered by the "
         "district commissioner in Makurdi.", "agreement"),
        ("On 3 March 2024, the rebels let 40 captured soldiers go home as part of an exchange "
         "deal reached in Goma.", "agreement"),
        ("On 3 March 2024, the army installed a detachment in the market town of Djibo.",
         "headquarters_or_base_established"),
        ("On 3 March 2024, the rebels captured the town of Bukavu without meeting resistance "
         "from the army.", "non_violent_transfer_of_territory"),
        ("On 3 March 2024, the regional force withdrew from Kibumba, handing its positions to "
         "the rebels.", "non_violent_transfer_of_territory"),
        ("On 3 March 2024, the mission transferred the Baga base to the national army.",
         "non_violent_transfer_of_territory"),
        ("On 3 March 2024, the national army took over the positions of the departing "
         "peacekeepers in Dhusamareb.", "non_violent_transfer_of_territory"),
        ("On 3 March 2024, the army bulldozed farmland and uprooted 300 olive trees near the "
         "village of Qaryut.", "looting_property_destruction"),
        ("On 3 March 2024, settlers bulldozed farmland near the village of Tarsa.",
         "looting_property_destruction"),
    ],
)
def test_events_type_wordings_of_strategic_developments(text: str, sub: str) -> None:
    event = _lead(text)
    assert (event.event_type, event.sub_event_type) == ("strategic_developments", sub)


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("On 3 March 2024, masked men smashed the windows of a synagogue in Graz overnight.",
         "mob_violence"),
        ("On 3 March 2024, protesters in Portland smashed windows of a federal building during "
         "a demonstration against deportations.", "violent_demonstration"),
        ("On 3 March 2024, counter-protesters threw bottles at participants of a Pride march "
         "in Tbilisi.", "violent_demonstration"),
        ("On 3 March 2024, football fans of two rival clubs fought in the old town of Split, "
         "injuring several passers-by.", "mob_violence"),
        ("On 3 March 2024, a crowd in Sialkot (Punjab) killed a man accused of blasphemy. "
         "1 fatality.", "mob_violence"),
    ],
)
def test_events_type_wordings_of_crowds_that_riot(text: str, sub: str) -> None:
    event = _lead(text)
    assert (event.event_type, event.sub_event_type) == ("riots", sub)


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("On 3 March 2024, police arrested 40 climate activists who blocked a motorway in The "
         "Hague.", "protest_with_intervention"),
        ("On 3 March 2024, police removed and detained activists who glued themselves to a "
         "road in Munich.", "protest_with_intervention"),
        ("On 3 March 2024, students protested against tuition fees in Valparaiso; Carabineros "
         "intervened and detained eight of them.", "protest_with_intervention"),
        ("On 3 March 2024, riot police pushed back students demonstrating outside the "
         "parliament in Belgrade.", "protest_with_intervention"),
        ("On 3 March 2024, police fined and removed environmental activists blocking the "
         "entrance of an oil company's offices in Paris.", "protest_with_intervention"),
        ("On 3 March 2024, soldiers fired into a crowd of people rallying against the junta in "
         "Mandalay. 3 fatalities.", "excessive_force_against_protesters"),
        ("On 3 March 2024, police fired on farmers demonstrating for crop prices near "
         "Khanauri, killing a farmer. 1 fatality.", "excessive_force_against_protesters"),
        ("On 3 March 2024, Israeli forces shot dead a Palestinian taking part in a "
         "demonstration against settlements in Beita (Nablus). 1 fatality.",
         "excessive_force_against_protesters"),
        # the dead told only in the closing count, whatever its size
        ("On 3 March 2024, police dispersed villagers marching against a dam near Korvash. "
         "Twelve fatalities.", "excessive_force_against_protesters"),
        # no one dead: a count of none
        ("On 3 March 2024, police dispersed villagers marching against a dam near Korvash. "
         "0 fatalities.", "protest_with_intervention"),
    ],
)
def test_events_type_wordings_of_gatherings_met_by_force(text: str, sub: str) -> None:
    event = _lead(text)
    assert (event.event_type, event.sub_event_type) == ("protests", sub)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("On 3 March 2024, a drone dropped a grenade on a car in Kherson, injuring the "
         "driver.", ("explosions_remote_violence", "air_drone_strike")),
        ("On 3 March 2024, cartel gunmen used drones armed with explosives against the "
         "village of Aguililla.", ("explosions_remote_violence", "air_drone_strike")),
        ("On 3 March 2024, soldiers detonated a landmine found on the road near Douentza in a "
         "controlled explosion.", ("strategic_developments", "disrupted_weapons_use")),
        ("On 3 March 2024, an explosive-laden drone launched by the RSF was shot down over "
         "Kosti.", ("strategic_developments", "disrupted_weapons_use")),
        ("On 3 March 2024, Maoists set ablaze six vehicles engaged in road construction near "
         "Bijapur.", ("strategic_developments", "looting_property_destruction")),
        ("On 3 March 2024, the army reclaimed the town of Sebba from the militants after a "
         "week-long offensive.", ("battles", "government_regains_territory")),
        ("On 3 March 2024, villagers of two hamlets engaged in a fight over a grazing field "
         "near Batken, firing rifles at each other.", ("battles", "armed_clash")),
        ("On 3 March 2024, assailants set fire to a house with a family inside in Kumba, "
         "killing three children. 3 fatalities.", ("violence_against_civilians", "attack")),
        ("On 3 March 2024, FARC dissidents killed a former combatant who had signed the peace "
         "agreement in Puerto Guzman. 1 fatality.", ("violence_against_civilians", "attack")),
    ],
)
def test_events_type_wordings_of_means_and_deeds(text: str, kind: tuple[str, str]) -> None:
    event = _lead(text)
    assert (event.event_type, event.sub_event_type) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("On 5 April 2024, the authorities demolished a Palestinian-owned house in Beit Hanina "
         "for lack of a permit.", ("strategic_developments", "looting_property_destruction")),
        ("On 5 April 2024, Palestinians protesting against a settler outpost near Beit Dajan "
         "were dispersed by soldiers with stun grenades.",
         ("protests", "protest_with_intervention")),
        ("On 5 April 2024, traders shut their shops and protested in Srinagar; police "
         "lathi-charged the protesters.", ("protests", "protest_with_intervention")),
        ("On 5 April 2024, teachers staging a sit-in outside the ministry in Rabat were "
         "forcibly evacuated by security forces.", ("protests", "protest_with_intervention")),
        ("On 5 April 2024, gang members took over the neighbourhood of Solino after clashes "
         "with the police. 3 fatalities.", ("battles", "non_state_actor_overtakes_territory")),
        ("On 5 April 2024, JNIM militants captured the military camp of Boulkessi after an "
         "assault. 20 fatalities.", ("battles", "non_state_actor_overtakes_territory")),
        ("On 5 April 2024, armed men took a family of five from their home in Reynosa; their "
         "whereabouts are unknown.",
         ("violence_against_civilians", "abduction_forced_disappearance")),
        ("On 5 April 2024, police intercepted a vehicle carrying explosives near Garissa.",
         ("strategic_developments", "disrupted_weapons_use")),
        ("On 5 April 2024, police arrested a man who had vandalised a mosque in Ghent.",
         ("strategic_developments", "arrests")),
        ("On 5 April 2024, the army imposed a curfew on the town of Huwwara after a shooting "
         "attack.", ("strategic_developments", "change_to_group_activity")),
        ("On 5 April 2024, the army deployed 1,200 soldiers to Cauca after attacks by FARC "
         "dissidents.", ("strategic_developments", "change_to_group_activity")),
        ("On 5 April 2024, a mob set fire to the home of a man accused of sorcery in Tshikapa. "
         "0 fatalities.", ("riots", "mob_violence")),
    ],
)
def test_events_type_wordings_of_a_second_deed_and_its_means(
        text: str, kind: tuple[str, str]) -> None:
    event = _lead(text)
    assert (event.event_type, event.sub_event_type) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("On 9 June 2024, pro-Palestinian protesters broke windows of the offices of an arms "
         "maker in Leeds.", ("riots", "violent_demonstration")),
        ("On 9 June 2024, a protest against conscription blocked a highway near Bnei Brak "
         "and protesters scuffled with police.", ("riots", "violent_demonstration")),
        ("On 9 June 2024, anti-immigration demonstrators in Cork set a bus and a tram on "
         "fire.", ("riots", "violent_demonstration")),
        ("On 9 June 2024, a bomb hidden in a motorcycle went off near the police station of "
         "Jamundi. 0 fatalities.", ("explosions_remote_violence",
                                    "remote_explosive_landmine_ied")),
        ("On 9 June 2024, coalition aircraft raided rebel sites outside Sanaa. Fatalities "
         "unknown.", ("explosions_remote_violence", "air_drone_strike")),
        ("On 9 June 2024, the mission handed its Ber base (Timbuktu) over to the army ahead "
         "of schedule.", ("strategic_developments", "non_violent_transfer_of_territory")),
        ("On 9 June 2024, the governor declared a state of emergency and a night curfew in "
         "Goma.", ("strategic_developments", "change_to_group_activity")),
        ("On 9 June 2024, cattle rustlers made away with 500 cows from a village near "
         "Tillaberi. No injuries.", ("strategic_developments", "looting_property_destruction")),
        ("On 9 June 2024, a landmine left over from the civil war exploded under a tractor "
         "near Huambo. 1 fatality.", ("strategic_developments", "other")),
    ],
)
def test_events_type_wordings_of_riots_blasts_and_measures(
        text: str, kind: tuple[str, str]) -> None:
    event = _lead(text)
    assert (event.event_type, event.sub_event_type) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("On 14 July 2024, opposition activists picketing the parliament in Yerevan were "
         "detained by police.", ("protests", "protest_with_intervention")),
        ("On 14 July 2024, hundreds of climate campaigners marched slowly along a road in "
         "Leeds; 30 were arrested by the police.", ("protests", "protest_with_intervention")),
        ("On 14 July 2024, hundreds of Sikhs gathered in Amritsar to commemorate the victims "
         "of 1984.", ("protests", "peaceful_protest")),
        ("On 14 July 2024, gendarmes fired live bullets on protesting youths in Kolda, "
         "killing one. 1 fatality.", ("protests", "excessive_force_against_protesters")),
        ("On 14 July 2024, the rebels fired bombs on the town of Mugunga. 5 fatalities.",
         ("explosions_remote_violence", "shelling_artillery_missile_attack")),
        ("On 14 July 2024, Russian aviation struck Kupiansk. 1 fatality.",
         ("explosions_remote_violence", "air_drone_strike")),
        ("On 14 July 2024, the two sides exchanged hostages and prisoners at the Rafah "
         "crossing.", ("strategic_developments", "agreement")),
        ("On 14 July 2024, the mercenaries withdrew from Menaka and handed the town over to "
         "the army.", ("strategic_developments", "non_violent_transfer_of_territory")),
        ("On 14 July 2024, the militants imposed restrictions on movement on the road to "
         "Djibo.", ("strategic_developments", "change_to_group_activity")),
        ("On 14 July 2024, residents of Luvungi beat and burned a man accused of theft. "
         "1 fatality.", ("riots", "mob_violence")),
        ("On 14 July 2024, an infiltration bid was foiled by the army along the Line of "
         "Control in Keran; two infiltrators were killed. 2 fatalities.",
         ("battles", "armed_clash")),
    ],
)
def test_events_type_wordings_of_gatherings_strikes_and_measures_told_otherwise(
        text: str, kind: tuple[str, str]) -> None:
    event = _lead(text)
    assert (event.event_type, event.sub_event_type) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("On 20 August 2024, lawyers protesting outside the high court in Multan were "
         "tear-gassed by police.", ("protests", "protest_with_intervention")),
        ("On 20 August 2024, activists occupying a quarry near Aachen in protest at its "
         "extension were evicted by police.", ("protests", "protest_with_intervention")),
        ("On 20 August 2024, protesters who blocked the highway near Oruro were removed by "
         "police.", ("protests", "protest_with_intervention")),
        ("On 20 August 2024, riot police beat students demonstrating in front of the "
         "government building in Nis.", ("protests", "protest_with_intervention")),
        ("On 20 August 2024, protesters against the pension reform in Toulon set fire to "
         "dustbins.", ("riots", "violent_demonstration")),
        ("On 20 August 2024, an air force jet mistakenly bombed a village near Tudun Biri. "
         "85 fatalities.", ("explosions_remote_violence", "air_drone_strike")),
        ("On 20 August 2024, security forces unearthed a cache of arms and explosives near "
         "Sukma.", ("strategic_developments", "disrupted_weapons_use")),
        ("On 20 August 2024, the army and the rebels signed a declaration of principles in "
         "Juba.", ("strategic_developments", "agreement")),
        ("On 20 August 2024, armed men took away a journalist from his home in Oaxaca.",
         ("violence_against_civilians", "abduction_forced_disappearance")),
        ("On 20 August 2024, rival fans fought at a stadium in Zagreb, leaving 20 injured.",
         ("riots", "mob_violence")),
    ],
)
def test_events_type_wordings_of_forces_at_gatherings_and_deeds_told_otherwise(
        text: str, kind: tuple[str, str]) -> None:
    event = _lead(text)
    assert (event.event_type, event.sub_event_type) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # words beside the measure's noun, as a curfew's may have
        ("On 3 March 2024, the governor declared a nationwide state of emergency in Lomara.",
         ("strategic_developments", "change_to_group_activity")),
        ("On 3 March 2024, the authorities announced new restrictions on gatherings in "
         "Lomara.", ("strategic_developments", "change_to_group_activity")),
        # ground handed over with no "its" or "the"
        ("On 3 March 2024, the rebels handed over two posts to the army near Kavuma.",
         ("strategic_developments", "non_violent_transfer_of_territory")),
        # "reclaimed" as "regained" and "recovered" are
        ("On 3 March 2024, the army reclaimed the localities of Dirou and Vamba from the "
         "militants.", ("battles", "government_regains_territory")),
    ],
)
def test_events_type_wordings_told_as_their_kin_are(text: str, kind: tuple[str, str]) -> None:
    event = _lead(text)
    assert (event.event_type, event.sub_event_type) == kind
