"""People told by what a teller calls them ("a man the Pentagon described as a senior
financier of the Islamic State group", "two men the coalition described as Islamic State
couriers", "a man identified as a commander of al-Shabaab") are of that group: its dead,
the side struck, not civilians; and the teller is no side. A description that names no
group ("a man described as a father of four") leaves a civilian."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import RulePipeline
from tests.conftest import only_event


def _killed(text: str, pipeline: RulePipeline) -> tuple[str | None, dict[str | None, int]]:
    event = only_event(pipeline, text)
    return event.actor2, {c.party: c.count or 0 for c in event.casualties if c.kind == "killed"}


@pytest.mark.parametrize(("text", "group", "count"), [
    ("US special forces killed a man the Pentagon described as a senior financier of the "
     "Islamic State group in a raid near Tal Tamr in Syria on Monday.", "Islamic State", 1),
    ("Soldiers killed a man identified as a commander of al-Shabaab in a raid near Kismayo, "
     "Somalia, on Monday.", "Al Shabaab", 1),
    ("A drone strike near Al-Shaddadi, Syria, killed two men the coalition described as "
     "Islamic State couriers on Monday.", "Islamic State", 2),
    ("Soldiers killed a man whom officials believed to be a commander of al-Shabaab in a "
     "raid near Kismayo, Somalia, on Monday.", "Al Shabaab", 1),
])
def test_events_person_described_as_of_a_group_is_its_man(
        pipeline: RulePipeline, text: str, group: str, count: int) -> None:
    actor2, killed = _killed(text, pipeline)
    assert actor2 == group and killed == {group: count}, (actor2, killed)


def test_events_description_naming_no_group_leaves_a_civilian(pipeline: RulePipeline) -> None:
    actor2, killed = _killed("Gunmen killed a man described as a father of four in Kismayo, "
                             "Somalia, on Monday.", pipeline)
    assert actor2 == "Civilians (Somalia)" and killed == {"Civilians (Somalia)": 1}
