"""One act dated to a period ("a roadside bomb killed two soldiers ... last week") is an
incident the report cites, not a count kept over the period; counts of many acts over the
period ("killed 30 militants in operations last week") stay tallies."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event, Tally


@pytest.mark.parametrize(("text", "killed"), [
    ("BAGHDAD (Reuters) - Iraqi special forces killed three Islamic State militants in a raid "
     "near Tikrit on Wednesday, the military said. The operation came after a roadside bomb "
     "killed two soldiers in the same area last week.", 2),
    ("Somali troops raided an al-Shabaab base near Jilib on Monday. The operation came after "
     "a landmine killed four soldiers near the town last month.", 4),
    ("Nigerian troops cleared a Boko Haram camp in Borno on Saturday, killing 11 fighters. The "
     "offensive came after a mortar shell killed three children in Bama last week.", 3),
    ("Gunmen killed four policemen at a checkpoint near Bannu on Thursday. In February, three "
     "soldiers were killed when an explosive device went off beside their vehicle in the "
     "Mir Ali area.", 3),
])
def test_one_device_dated_to_a_period_is_a_cited_event(text: str, killed: int) -> None:
    records = extract(text, published="2024-05-10")
    assert not [r for r in records if isinstance(r, Tally)]
    events = [r for r in records if isinstance(r, Event)]
    cited = [e for e in events if e.background]
    assert [e.fatalities for e in cited] == [killed]
    assert [e.background for e in events].count(False) == 1


@pytest.mark.parametrize(("text", "metric", "value"), [
    ("Iraqi forces killed 30 militants in operations across Anbar last week, the Joint "
     "Operations Command said.", "killed", 30),
    ("The coalition said it conducted 12 raids against Islamic State cells in Syria last "
     "month.", "raids", 12),
    ("Security forces arrested 45 suspects in a series of sweeps in Diyala over the past week, "
     "the ministry said.", "detained", 45),
])
def test_counts_of_many_acts_over_a_period_stay_tallies(text: str, metric: str,
                                                        value: int) -> None:
    tallies = [r for r in extract(text, published="2024-05-10") if isinstance(r, Tally)]
    assert (metric, value) in [(t.metric, t.value) for t in tallies]
