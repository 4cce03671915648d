"""Wordings of coders' notes and short reports that name an event without the commonest verbs:
a pot-banging protest, a head found, fire answered, shots at tyres, bombs dropped from the
air, a highway with a hyphenated name blocked, a group that surrenders or defects."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from eventcoder.records import Event
from tests.records_factory import first_event


def _main_event(pipeline: RulePipeline, text: str) -> Event:
    return first_event(pipeline, text, "2021-11-20")


@pytest.mark.parametrize(
    ("text", "event_type", "sub_event_type"),
    [
        ("On 2 February 2021, residents banged pots and pans in Valencia, Carabobo, against "
         "the government.", "protests", "peaceful_protest"),
        ("On 14 June 2021, hundreds of people held a cacerolazo in Cochabamba, Bolivia.",
         "protests", "peaceful_protest"),
        ("On 9 June 2021, a human head was found in a bag in Celaya, Guanajuato. 1 fatality.",
         "violence_against_civilians", "attack"),
        ("On 19 August 2021, two severed heads were left outside the town hall of Uruapan, "
         "Michoacan. 2 fatalities.", "violence_against_civilians", "attack"),
        ("On 5 August 2021, Houthi forces responded to pro-government fire on the Hays front "
         "(Hodeidah) with no report of fatalities.", "battles", "armed_clash"),
        ("On 4 May 2021, suspected militants intercepted a bus between Djibo and Arbinda, "
         "firing gunshots at the tires of the vehicle.", "violence_against_civilians",
         "attack"),
        ("On 1 October 2021, military aircraft conducted reconnaissance flights over rebel "
         "camps near Kidal, dropping light bombs. No casualties.",
         "explosions_remote_violence", "air_drone_strike"),
        ("On 6 November 2021, students blocked the Pan-American highway at kilometre 40 near "
         "Cuenca.", "protests", "peaceful_protest"),
        ("On 4 November 2021, the Mai-Mai Kifuafua group surrendered to the FARDC in "
         "Walikale (Nord-Kivu).", "strategic_developments", "change_to_group_activity"),
        ("On 3 May 2021, 12 al-Shabaab fighters defected to the government in Baidoa.",
         "strategic_developments", "change_to_group_activity"),
        ("On 2 March 2019, in Chiquinquira, Boyaca, armed men took three of the passengers "
         "hostage on the road to Tunja.", "violence_against_civilians",
         "abduction_forced_disappearance"),
        ("On 8 July 2018, gunmen stopped a lorry near Mandera and forced the driver out before "
         "setting it on fire. No casualties.", "strategic_developments",
         "looting_property_destruction"),
    ],
)
def test_events_note_wording_names_the_event(pipeline: RulePipeline, text: str,
                                             event_type: str, sub_event_type: str) -> None:
    event = _main_event(pipeline, text)
    assert (event.event_type, event.sub_event_type) == (event_type, sub_event_type)


def test_events_surrender_after_fighting_stays_a_battle(pipeline: RulePipeline) -> None:
    event = _main_event(pipeline, "On 3 May 2021, troops clashed with militants in Baidoa; six "
                                  "militants surrendered to the army after the fighting.")
    assert event.event_type == "battles"
