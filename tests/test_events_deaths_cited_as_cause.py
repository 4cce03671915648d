"""A death a report cites as the cause or the time of its own incident is no casualty of
it: "the shelling was in retaliation for Sunday's raid which killed ...", "it was a
first reprisal for the killing of ...", "the incident occurred two days after ...
was killed", "shortly after the death of ...", with a curly apostrophe too."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.evaluate.metrics import main_event, predicted_killed


def _first_killed(text: str) -> int:
    """The deaths of the report's own incident, the event a summary is scored by."""
    return predicted_killed(main_event(extract(text)))


@pytest.mark.parametrize(("text", "killed"), [
    ("08/03/2013: On Monday, in Sderot, Israel, a mortar shell fired from Gaza hit a "
     "warehouse and injured a worker. A spokesman said that the shelling was in "
     "retaliation for Sunday\u2019s air strike which killed a commander.", 0),
    ("08/03/2013: On Monday, in Sderot, Israel, two rockets landed in open fields. The "
     "group claimed the attack, saying it was a first reprisal for the "
     "killing of its commander Yusuf Nabhan.", 0),
    ("08/03/2013: Suspected members of the National Liberation Army (ELN) attacked a police "
     "station in Toribio, Cauca department, Colombia. One civilian was killed in the "
     "incident and two more were injured. The motive is not known; however, the "
     "incident occurred less than two days after ELN's leader was killed.", 1),
    ("08/03/2013: On Monday, in Latehar, Jharkhand, India, rebels set fire to three "
     "trucks at a quarry. No one was hurt; however, the attack occurred shortly after the "
     "death of a senior rebel leader.", 0),
], ids=["retaliation-curly-apostrophe", "an-initial-retaliation", "days-after-one-trigger",
        "shortly-after-the-death"])
def test_deaths_cited_as_cause_are_not_counted(text: str, killed: int) -> None:
    assert _first_killed(text) == killed
