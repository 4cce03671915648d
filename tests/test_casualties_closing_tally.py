"""A note's closing tally, a sentence of its own ("2 fatalities."), is its total for the
event: dead told of an earlier fight in a clause of background are not added to it."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.conftest import only_event


@pytest.mark.parametrize(("text", "dead"), [
    ("On 14 March 2021, in Barquisimeto, Lara, soldiers raided a house and shot a cobbler "
     "dead. The raid came after a week of fighting between soldiers and a gang in which 5 "
     "gang members have died. 1 fatality.", 1),
    ("On 14 March 2021, in Barquisimeto, Lara, unknown gunmen shot dead two bakers in a "
     "shop; a month earlier 4 traders had been killed on the same street. 2 fatalities.", 2),
])
def test_casualties_closing_tally_is_the_total(pipeline: RulePipeline, text: str,
                                               dead: int) -> None:
    assert only_event(pipeline, text).fatalities == dead


def test_casualties_tally_inside_a_sentence_is_no_closing_tally(pipeline: RulePipeline
                                                                ) -> None:
    text = ("On 14 March 2021, in Barquisimeto, Lara, gunmen shot dead two bakers and a "
            "driver, and police reported 1 fatality among the attackers.")
    assert only_event(pipeline, text).fatalities == 4


def test_casualties_closing_tally_glued_to_the_stop_before(pipeline: RulePipeline) -> None:
    text = ("Around 14 October 2021 (as reported), in Timbio, Cauca, armed men shot dead "
            "several members of a family inside their home. The motive is not known.4 "
            "fatalities.")
    assert only_event(pipeline, text).fatalities == 4
