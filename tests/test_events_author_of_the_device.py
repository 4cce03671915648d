"""Who planted the device is who struck with it ("the device was likely planted by X"), and a
group told as "the suspected attackers" is held responsible."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.conftest import only_event


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("On 14 July 2021, two herders were killed by the explosion of an IED near Arbinda. "
         "Police believe the device was probably planted by JNIM militants.",
         "Jama'at Nusrat al-Islam wal-Muslimin"),
        ("On 14 July 2021, three soldiers were wounded when a landmine exploded near Tessit. "
         "Officials said the mine had been laid by ISGS fighters.",
         "Islamic State in the Greater Sahara"),
        ("On 14 July 2021, gunmen torched a school near Macomia. Al Shabaab insurgents are the "
         "suspected attackers.", "Al Shabaab"),
    ],
)
def test_events_author_of_the_device(pipeline: RulePipeline, text: str, actor1: str) -> None:
    assert only_event(pipeline, text).actor1 == actor1
