"""Each ACLED sub-event type told in words other than its commonest ones.

Notes word the same deed many ways: a place "reoccupied" or "overtaken", people "held
hostage", a protester "shot dead while demonstrating", a drone "destroyed" by air defences.
Each reading below is the codebook's definition of the sub-type; the cases after them are
the boundaries each reading must keep.
"""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.evaluate.metrics import main_event


def _sub_type(text: str) -> str | None:
    event = main_event(list(extract(text)))
    return event.sub_event_type if event is not None else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # territory regained or taken
        ("On 4 April 2022, Chadian troops reoccupied the village of Ngouboua (Lac) after "
         "pushing out Boko Haram fighters. 3 fatalities.", "government_regains_territory"),
        ("On 4 April 2022, the army reclaimed control of the town of Mora (Mayo-Sava, "
         "Far North) from Boko Haram. 2 fatalities.", "government_regains_territory"),
        ("On 4 April 2022, rebels overtook the town of Kalehe (Kalehe, South Kivu) after "
         "soldiers fled. 1 fatality.", "non_state_actor_overtakes_territory"),
        ("On 4 April 2022, insurgents captured the provincial capital Pemba (Pemba, Cabo "
         "Delgado) from government troops. 4 fatalities.", "non_state_actor_overtakes_territory"),
        # taken and held
        ("On 4 April 2022, gunmen held 12 travellers hostage on the road near Mubi (Mubi "
         "North, Adamawa).", "abduction_forced_disappearance"),
        ("On 4 April 2022, a trader was seized by unknown gunmen near Mubi (Mubi North, "
         "Adamawa).", "abduction_forced_disappearance"),
        ("On 4 April 2022, a student leader was driven away by plain-clothes agents to an "
         "unknown location in Lusaka (Lusaka, Lusaka).", "abduction_forced_disappearance"),
        ("On 4 April 2022, soldiers took nine suspected smugglers into custody near Mubi "
         "(Mubi North, Adamawa).", "arrests"),
        # remote violence named by its means
        ("On 4 April 2022, shells containing chlorine hit opposition positions near Jisr "
         "al-Shughur (Idlib). 0 fatalities.", "chemical_weapon"),
        ("On 4 April 2022, residents of a village near Homs were struck with toxic gas. 2 "
         "fatalities.", "chemical_weapon"),
        ("On 4 April 2022, a bomber detonated a suicide belt in a market in Gamboru (Ngala, "
         "Borno). 6 fatalities.", "suicide_bomb"),
        ("On 4 April 2022, a suicide car bombing struck a checkpoint in Baidoa (Baidoa, "
         "Bay). 5 fatalities.", "suicide_bomb"),
        ("On 4 April 2022, an explosives-laden truck was rammed into an army camp in Jowhar "
         "(Jowhar, Middle Shabelle). 4 fatalities.", "suicide_bomb"),
        ("On 4 April 2022, government forces launched artillery strikes on rebel positions "
         "in Kutum (Kutum, North Darfur). 3 fatalities.", "shelling_artillery_missile_attack"),
        ("On 4 April 2022, an air force Su-24 was shot down by separatist forces near "
         "Horlivka (Donetsk). 2 fatalities.", "shelling_artillery_missile_attack"),
        # protests, their policing and their violence
        ("On 4 April 2022, traders protesting a new levy in Kumasi (Kumasi, Ashanti) were "
         "beaten by riot police.", "protest_with_intervention"),
        ("On 4 April 2022, a protester was shot dead by soldiers while demonstrating against "
         "fuel prices in Niamey (Niamey, Niamey). 1 fatality.",
         "excessive_force_against_protesters"),
        ("On 4 April 2022, police beat a demonstrator to death during a rally in Lome "
         "(Golfe, Maritime). 1 fatality.", "excessive_force_against_protesters"),
        ("On 4 April 2022, soldiers shot and killed three people who joined a march against "
         "the junta in Niamey (Niamey, Niamey). 3 fatalities.",
         "excessive_force_against_protesters"),
        ("On 4 April 2022, protesters attacked a gendarmerie post in Dori (Dori, Seno) with "
         "stones.", "violent_demonstration"),
        ("On 4 April 2022, residents protesting against power cuts set fire to a police post "
         "in Kano (Kano Municipal, Kano).", "violent_demonstration"),
        ("On 4 April 2022, hundreds of people took to the streets of Niamey (Niamey, Niamey) "
         "to reject the new constitution.", "peaceful_protest"),
        # agreements, bases, territory handed over
        ("On 4 April 2022, the two clans signed a non-aggression pact in Beledweyne "
         "(Beledweyne, Hiraan).", "agreement"),
        ("On 4 April 2022, the army and the militia agreed to stop fighting after talks in "
         "Beledweyne (Beledweyne, Hiraan).", "agreement"),
        ("On 4 April 2022, the army opened a new forward operating base in Gamboru (Ngala, "
         "Borno).", "headquarters_or_base_established"),
        ("On 4 April 2022, rebels set up a military post in a school in Kalehe (Kalehe, "
         "South Kivu).", "headquarters_or_base_established"),
        ("On 4 April 2022, the governor allowed a militia to transform three schools of "
         "Kalehe (Kalehe, South Kivu) into military barracks.",
         "headquarters_or_base_established"),
        ("On 4 April 2022, soldiers converted the old market hall in Mora (Mayo-Sava, Far "
         "North) into a base.", "headquarters_or_base_established"),
        ("On 4 April 2022, protesters returned to the square and the crowd turned its anger "
         "into a march on the army base in Mora (Mayo-Sava, Far North).", "peaceful_protest"),
        ("On 4 April 2022, rebels entered the town of Kalehe (Kalehe, South Kivu) unopposed "
         "after the army withdrew.", "non_violent_transfer_of_territory"),
        ("On 4 April 2022, the garrison surrendered the town of Kalehe (Kalehe, South Kivu) "
         "to the rebels without a fight.", "non_violent_transfer_of_territory"),
        ("On 4 April 2022, peacekeepers handed over their camp in Kidal (Kidal, Kidal) to "
         "the national army.", "non_violent_transfer_of_territory"),
        ("On 4 April 2022, the rebels withdrew from Kalehe (Kalehe, South Kivu) and handed "
         "it over to the regional force.", "non_violent_transfer_of_territory"),
        ("On 4 April 2022, the army took over the UN camp in Kidal (Kidal, Kidal) after the "
         "peacekeepers left.", "non_violent_transfer_of_territory"),
        # the displaced are the news where the fight killed nobody, "No fatalities" told
        ("On 4 April 2022, about 200 families fled their homes in Tillia (Tillia, Tahoua) "
         "after fighting between soldiers and militants. No fatalities.", "other"),
        ("On 4 April 2022, hundreds of residents of Jilib (Jilib, Middle Juba) were "
         "displaced by fighting between two clan militias.", "other"),
        # more words for the same readings
        ("On 4 April 2022, the army reasserted control over Tin-Akoff (Oudalan, Sahel) after "
         "the militants fled. 1 fatality.", "government_regains_territory"),
        ("On 4 April 2022, a border post near Kafr Nabl fell into the hands of rebel "
         "fighters after clashes. 3 fatalities.", "non_state_actor_overtakes_territory"),
        ("On 4 April 2022, police and bandits traded fire near Gusau (Gusau, Zamfara). 2 "
         "fatalities.", "armed_clash"),
        ("On 4 April 2022, a gas attack blamed on government forces hit the village of "
         "Kafr Nabl. 0 fatalities.", "chemical_weapon"),
        ("On 4 April 2022, an unmanned aerial vehicle struck a pickup near Tal Tamr (Al "
         "Hasakah). 2 fatalities.", "air_drone_strike"),
        ("On 4 April 2022, the two armies swapped prisoners near Sumy (Sumy, Sumy).",
         "agreement"),
        ("On 4 April 2022, the militia transferred control of three villages near Manbij "
         "to the army without fighting.", "non_violent_transfer_of_territory"),
        ("On 4 April 2022, gendarmes opened fire on people demonstrating against a dam in "
         "Kita (Kita, Kayes), killing one. 1 fatality.", "excessive_force_against_protesters"),
        ("On 4 April 2022, angry residents demonstrating over a killing set fire to the "
         "district office in Kisii (Kisii, Kisii).", "violent_demonstration"),
        ("On 4 April 2022, demonstrators demanding water were dispersed with rubber bullets "
         "in Sfax (Sfax, Sfax). 3 injuries.", "protest_with_intervention"),
        ("On 4 April 2022, a militant commander was killed in an air force bombardment of "
         "his hideout near Kukawa (Kukawa, Borno). 1 fatality.", "air_drone_strike"),
        # the deed a gathering was held over is no event of its own
        ("On 4 April 2022, residents protested in Gusau (Gusau, Zamfara) against the "
         "kidnapping of 20 students.", "peaceful_protest"),
        ("On 4 April 2022, students marched in Jos (Jos North, Plateau) to denounce the rape "
         "of a classmate.", "peaceful_protest"),
        ("On 4 April 2022, residents demonstrated in Jos (Jos North, Plateau) against "
         "insecurity and kidnappings.", "peaceful_protest"),
        # weapons stopped before use
        ("On 4 April 2022, Saudi air defences destroyed an explosive-laden drone over Abha "
         "(Abha, Asir).", "disrupted_weapons_use"),
        ("On 4 April 2022, police defused a grenade found under a bench in Ngozi (Ngozi, "
         "Ngozi).", "disrupted_weapons_use"),
        ("On 4 April 2022, air defences downed three cruise missiles over Lviv (Lviv, "
         "Lviv).", "disrupted_weapons_use"),
        ("On 4 April 2022, militants lobbed a grenade at a police post in Sopore (Baramulla, "
         "Jammu and Kashmir), but the thrown grenade did not explode, and nobody was injured.",
         "disrupted_weapons_use"),
        # other developments
        ("On 4 April 2022, an ammunition depot exploded at an army barracks in Mbandaka "
         "(Mbandaka, Equateur). No fatalities.", "other"),
        ("On 4 April 2022, two boys were killed when an unexploded mortar shell they found "
         "went off near Kunduz (Kunduz, Kunduz). 2 fatalities.", "other"),
        ("On 4 April 2022, a farmer was badly hurt after he accidentally stepped on a landmine "
         "near Pailin (Pailin, Pailin). The mine was left over from the war.", "other"),
        ("On 4 April 2022, 45 detainees held without charge were freed from the prison in "
         "Kidal (Kidal, Kidal).", "other"),
        ("On 4 April 2022, JNIM militants imposed a blockade on the town of Diafarabe "
         "(Tenenkou, Mopti).", "change_to_group_activity"),
    ],
)
def test_events_sub_type_told_in_other_words(text: str, expected: str) -> None:
    assert _sub_type(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a roadblock where someone was shot is a checkpoint, no protest
        ("On 4 April 2022, police shot dead a motorist at a roadblock in Warri (Warri South, "
         "Delta). 1 fatality.", "attack"),
        # a roadblock put up by a crowd stays a protest's
        ("On 4 April 2022, residents mounted roadblocks in Warri (Warri South, Delta) to "
         "demand electricity.", "peaceful_protest"),
        # rioters, not riot police: a riot, with no grievance told a mob's
        ("On 4 April 2022, rioters burned shops in Warri (Warri South, Delta).",
         "mob_violence"),
        # protesters struck by others did no violence of their own
        ("On 4 April 2022, police attacked protesters with batons in Warri (Warri South, "
         "Delta).", "protest_with_intervention"),
        # a device that went off stays an explosion, a second one defused notwithstanding
        ("On 4 April 2022, a roadside bomb hit an army truck near Mubi (Mubi North, "
         "Adamawa); no one was hurt. Soldiers defused a second device nearby.",
         "remote_explosive_landmine_ied"),
        # a depot struck from the air is the strike
        ("On 4 April 2022, a drone strike hit an ammunition depot, which exploded, in Izium "
         "(Izium, Kharkiv). No fatalities.", "air_drone_strike"),
        # a fight that was fought stays a clash
        ("On 4 April 2022, soldiers fought rebels for hours near Kalehe (Kalehe, South "
         "Kivu). 5 fatalities.", "armed_clash"),
        # a kidnapping told as the deed, not as what a gathering was held over
        ("On 4 April 2022, gunmen kidnapped 20 students who had protested against the fees "
         "in Gusau (Gusau, Zamfara).", "abduction_forced_disappearance"),
        # a strike told beside a remnant's blast in another sentence stays the strike
        ("On 4 April 2022, army mortars killed a farmer near Kunduz (Kunduz, Kunduz). "
         "Elsewhere, an unexploded shell went off in a field. 1 fatality.",
         "shelling_artillery_missile_attack"),
        # a group's past split is its history, no change of activity
        ("On 4 April 2022, gunmen abducted four farmers near Dikwa (Dikwa, Borno). Suspicion "
         "fell on a faction that split from Boko Haram in 2016.",
         "abduction_forced_disappearance"),
        # tear gas fired at a crowd is no chemical weapon
        ("On 4 April 2022, police fired tear gas at protesters in Kisii (Kisii, Kisii).",
         "protest_with_intervention"),
        # "captured" a man is an arrest, not a place taken
        ("On 4 April 2022, troops captured a Boko Haram commander near Mubi (Mubi North, "
         "Adamawa).", "arrests"),
    ],
)
def test_events_sub_type_boundaries_kept(text: str, expected: str) -> None:
    assert _sub_type(text) == expected


def test_events_remnant_of_war_laid_by_an_unknown_hand() -> None:
    event = main_event(list(extract(
        "On 4 April 2022, a farmer was badly hurt after he accidentally stepped on a landmine "
        "near Pailin (Pailin, Pailin). The mine was left over from the war.")))
    assert event is not None
    assert (event.actor1, event.actor2) == (
        "Unidentified Armed Group (Cambodia)", "Civilians (Cambodia)")


@pytest.mark.parametrize("text", [
    "On 4 April 2022, soldiers turned back protesters who tried to break into a military "
    "base in Bukavu (Bukavu, South Kivu).",
    "On 4 April 2022, police turned away a crowd that tried to force its way into a base "
    "in Bukavu (Bukavu, South Kivu).",
])
def test_events_turned_away_from_a_base_is_no_base_established(text: str) -> None:
    # "into" here is the verb of the clause after the crowd turned away, not what a
    # building was turned into
    assert _sub_type(text) != "headquarters_or_base_established"
