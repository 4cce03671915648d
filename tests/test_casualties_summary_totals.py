"""Totals in short incident summaries: a count whose parts are listed after "including"
(with commas, names or a relative clause of their own) is the total, not its last parts;
people "along with", "as well as" or "as was" the one named first suffer the same fate and
are counted beside him."""

from __future__ import annotations

import pytest

from eventcoder.evaluate.metrics import predicted_killed, predicted_wounded
from eventcoder.pipeline import RulePipeline
from tests.records_factory import only_event


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # the parts, with commas of their own, are who the total were
    ("04/12/2013: On Tuesday, in Chaman, Balochistan, Pakistan, a bomb hidden in a cart went "
     "off near a bakery. Eleven people, including four porters, two bakers and a watchman, "
     "were injured.", 0, 11),
    ("04/12/2013: On Tuesday, in Chaman, Balochistan, Pakistan, a bomb went off beside a "
     "minibus. Six passengers, including two girls, who were on their way to school, were "
     "killed and ten others were hurt.", 6, 10),
    ("04/12/2013: On Tuesday, in Chaman, Balochistan, Pakistan, a car bomb went off outside "
     "the district office. Five people, including district engineer Farid Noorzai, his "
     "deputy Latif Kakar and three guards, were killed and 13 others including the assistant "
     "commissioner Wali Jan and his clerk Hamid Shah were injured.", 5, 13),
    # people joined after the verb
    ("04/12/2013: On Tuesday, in Chaman, Balochistan, Pakistan, a schoolteacher, identified "
     "as Rahim Gul, was shot dead by gunmen together with his two nephews outside a mosque.",
     3, 0),
    ("04/12/2013: On Tuesday, in Chaman, Balochistan, Pakistan, eight suspected militants "
     "were killed, along with three border guards, in a clash at a checkpoint.", 11, 0),
    ("04/12/2013: On Tuesday, in Chaman, Balochistan, Pakistan, a tribal elder was "
     "assassinated, along with his cousin, near his orchard.", 2, 0),
    ("04/12/2013: On Tuesday, in Chaman, Balochistan, Pakistan, the customs officer was "
     "injured by a grenade, as well as his bodyguard.", 0, 2),
    ("04/12/2013: On Tuesday, in Chaman, Balochistan, Pakistan, gunmen shot dead a money "
     "changer along with his son.", 2, 0),
])
def test_casualties_summary_totals(pipeline: RulePipeline, text: str, killed: int,
                                   wounded: int) -> None:
    event = only_event(pipeline, text)
    assert (predicted_killed(event), predicted_wounded(event)) == (killed, wounded), [
        (c.kind, c.party, c.count) for c in event.casualties]


@pytest.mark.parametrize("text", [
    # "along with" inside another clause joins no one to the dead
    "04/12/2013: On Tuesday, in Chaman, Balochistan, Pakistan, a shopkeeper was killed when "
    "gunmen arrived along with their driver.",
    # "as well as" naming things, not people
    "04/12/2013: On Tuesday, in Chaman, Balochistan, Pakistan, a shopkeeper was killed in the "
    "blast, as well as damaging three cars.",
])
def test_casualties_summary_totals_no_companions(pipeline: RulePipeline, text: str) -> None:
    assert predicted_killed(only_event(pipeline, text)) == 1


@pytest.mark.parametrize(("text", "killed"), [
    # a name in apposition ("identified as ...") between two victims
    ("09/21/2013: On Saturday, in Koraput, Odisha, India, armed men shot and killed a "
     "shopkeeper, identified as Bhola Majhi, and a retired schoolteacher, identified as "
     "Sanatan Gouda.", 2),
    # a name in apposition, then others
    ("09/21/2013: On Saturday, in Gardez, Paktia, Afghanistan, a suicide bomber set off his "
     "vest at the gate of the governor's office, killing the deputy governor, Abdul Wahid "
     "Zaheer and three other guards.", 5),
    # a count told again by its parts
    ("09/21/2013: On Saturday, in Kohat, Khyber Pakhtunkhwa, Pakistan, gunmen stormed a "
     "farmhouse, killing a landowner and his seven relatives, four sons, two daughters and "
     "a nephew.", 8),
])
def test_casualties_summary_lists(pipeline: RulePipeline, text: str, killed: int) -> None:
    event = only_event(pipeline, text)
    assert predicted_killed(event) == killed, [
        (c.kind, c.party, c.count) for c in event.casualties]


def test_casualties_summary_lists_that_add_up_to_no_count(pipeline: RulePipeline) -> None:
    # the list after a count that it does not add up to is more people
    event = only_event(pipeline, "09/21/2013: On Saturday, in Kohat, Khyber Pakhtunkhwa, "
                       "Pakistan, gunmen fired on a bus, killing six passengers, three "
                       "soldiers and two policemen.")
    assert predicted_killed(event) == 11


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # a list closed by "and" and the next verb of the same subject
    ("10/02/2013: On Wednesday, in Samarra, Salah ad Din, Iraq, a sticky bomb went off "
     "under the car of Colonel Faris Hamdan. The blast wounded Hamdan, two of his "
     "bodyguards, and damaged the car badly.", 0, 3),
    ("10/02/2013: On Wednesday, in Samarra, Salah ad Din, Iraq, gunmen opened fire on a "
     "checkpoint, killing four soldiers, two policemen, and burning an armoured vehicle.",
     6, 0),
    # a role after a name and its comma tells who he was
    ("10/02/2013: On Wednesday, in Samarra, Salah ad Din, Iraq, a sticky bomb went off "
     "under a car. The blast killed Hamdan, a retired colonel, and destroyed the car.", 1, 0),
])
def test_casualties_summary_list_closed_by_a_verb(pipeline: RulePipeline, text: str,
                                                  killed: int, wounded: int) -> None:
    event = only_event(pipeline, text)
    assert (predicted_killed(event), predicted_wounded(event)) == (killed, wounded), [
        (c.kind, c.party, c.count) for c in event.casualties]


@pytest.mark.parametrize(("text", "killed"), [
    # a role told between commas after the first of two people joined by "and"
    ("11/05/2013: On Tuesday, in Hyderabad, Sindh, Pakistan, Rashid Memon, secretary of the "
     "local bar association, and his clerk were shot and killed outside the court.", 2),
    ("11/05/2013: On Tuesday, in Hyderabad, Sindh, Pakistan, Rashid Memon, Chairman of the "
     "Grain Traders Association, and his son were killed when gunmen fired on their car.",
     2),
])
def test_casualties_summary_name_role_and_companion(pipeline: RulePipeline, text: str,
                                                    killed: int) -> None:
    event = only_event(pipeline, text)
    assert predicted_killed(event) == killed, [
        (c.kind, c.party, c.count) for c in event.casualties]
