"""A town named as an end of a road or a journey ("the Lahore-Islamabad motorway", "a bus
heading to Mombasa from Nairobi", "traders from Aba") is not the event's place when the
report names where on the way it happened."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.records_factory import only_event


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a road named after the towns it joins, then the place on it
        ("On 5 May 2021, militants blew up a section of the Lahore-Islamabad motorway near "
         "Gujar Khan, Punjab.", "Gujar Khan"),
        ("On Friday, on Gujranwala Road in the Baghbanpura area of Lahore, Punjab, Pakistan, a "
         "grenade exploded outside a shop, wounding two people.", "Lahore"),
        ("On 6 June 2021, rioters burned tyres on the highway to Tegucigalpa at Comayagua, "
         "Honduras.", "Comayagua"),
        # a journey's ends, then where it was stopped
        ("On 2 August 2021, gunmen shot dead a trader on the road linking Kano to Zaria in "
         "Kura town, Kano state.", "Kura"),
        ("On 4 April 2021, a bus heading to Mombasa from Nairobi was attacked by gunmen in Voi, "
         "Taita Taveta county.", "Voi"),
        # a train named after the town it runs to
        ("On Sunday, gunmen opened fire on the Karachi Express passenger train near "
         "Nasirabad, Balochistan, Pakistan, wounding three passengers.", "Nasirabad"),
        # where people came from, and where they gathered
        ("On 3 June 2021, farmers from Sangli and Satara gathered outside the district office "
         "in Kolhapur, Maharashtra, to demand loan waivers.", "Kolhapur"),
        ("On 2 May 2021, police fired tear gas at traders from Aba who had marched to the "
         "governor's office in Umuahia, Abia.", "Umuahia"),
        # where they came from, after what describes them; a name read in two parts
        ("On 4 June 2021, activists of the opposition movement in Kenya from Nakuru, "
         "Naivasha and Gilgil gathered at the main square in Eldoret town, to protest "
         "against the killing of a student.", "Eldoret"),
        ("On 9 April 2021, supporters of the farmers' union in Ghana from Tamale, Bole Bamboi "
         "and Salaga rallied outside the regional office in Damongo.", "Damongo"),
        # the district named says where in the province: an end outside it is elsewhere
        ("On 6 March 2021, in Pungarabato municipality, Guerrero, gunmen ambushed a patrol on "
         "the Altamirano-Arcelia highway, killing two police officers.", "Pungarabato"),
        # a list of where they came from, a province's word inside it
        ("On 2 June 2021, fighters from Shabwah governorate and Bayhan (Shabwah) reportedly "
         "arrived in Harib and Al Abdiyah districts (Marib) and clashed with tribesmen, "
         "killing three.", "Harib"),
    ],
)
def test_route_end_is_not_the_place(pipeline: RulePipeline, text: str, place: str) -> None:
    assert only_event(pipeline, text).location.place == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the road's ends are all the report names: one of them places the event
        ("On 7 July 2021, bandits attacked travellers on the road between Gusau and Tsafe.",
         "Gusau"),
        # the event's own sentence names only the division besides the end: the place
        # of a later sentence is another's
        ("On 3 March 2021, in an unknown place in Borno state, insurgents stopped a bus "
         "travelling to Damboa and abducted six passengers. The passengers were freed on 9 "
         "March near Bama.", "Damboa"),
        # the end inside the division named beats a town outside it
        ("On Monday, on the Kano-Zaria road, in Kaduna state, gunmen shot dead a lecturer of "
         "Kano University.", "Zaria"),
        # "from" that tells where it happened, not where someone came from
        ("On 8 July 2021, gunmen abducted two pupils from Kaura Namoda and took them to a "
         "forest in Zamfara state.", "Kaura Namoda"),
    ],
)
def test_route_end_kept_without_another_place(pipeline: RulePipeline, text: str,
                                              place: str) -> None:
    assert only_event(pipeline, text).location.place == place
