"""A group's claim or the suspicion on it, told with words between the group and the claim:
who led its men ("X cadres led by commander Y were responsible", "X under the command of
Y claimed responsibility"), the leaflets it left ("X posters found near the body claimed
responsibility"), and "police suspect that X carried out the blast"."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.records_factory import only_event


@pytest.mark.parametrize(("text", "group"), [
    ("06/02/2014: On Monday, in Tagum, Davao del Norte, Philippines, gunmen shot and killed a "
     "banana plantation guard. The New People's Army (NPA) under the command of Ka Lando "
     "claimed responsibility.", "New People's Army"),
    ("06/02/2014: On Monday, in Tagum, Davao del Norte, Philippines, gunmen shot and killed a "
     "banana plantation guard. The New People's Army under command of Ka Lando claimed the "
     "killing.", "New People's Army"),
    ("06/02/2014: On Monday, in Khunti, Jharkhand, India, armed men shot and killed a road "
     "contractor. Several Communist Party of India-Maoist leaflets found beside the road "
     "claimed responsibility for the murder.", "Communist Party of India (Maoist)"),
    ("06/02/2014: On Monday, in Khunti, Jharkhand, India, armed men shot and killed a road "
     "contractor. Nobody spoke for the killing at once, but it was suspected that Communist "
     "Party of India-Maoist cadres led by zonal commander Ramesh Munda of the area committee were "
     "responsible.", "Communist Party of India (Maoist)"),
    ("06/02/2014: On Monday, in Thoubal, Manipur, India, a bomb went off outside a pharmacy. "
     "Nobody has owned up to it; however, local police suspect that the Kangleipak "
     "Communist Party carried out the bombing.", "Kangleipak Communist Party"),
])
def test_events_claims_with_who_led_them(pipeline: RulePipeline, text: str,
                                         group: str) -> None:
    assert only_event(pipeline, text).actor1 == group
