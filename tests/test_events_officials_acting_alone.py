"""Officials who act with no force, in reports under ``fixtures/raids`` written for these
tests: "The Afghan government released 400 Taliban prisoners" is a strategic development of
the Government of Afghanistan, done to the Taliban, not a protest (for the insurgents'
"demand") nor an act of the Taliban; a headline's "Ethiopia frees opposition detainees" over
"Ethiopian authorities ... pardoned and released 63 detainees" is the government's too.
"""

from __future__ import annotations

import pytest

from eventcoder.records import Event
from tests.conftest import fixture_records


@pytest.mark.parametrize(("name", "published", "actor1", "actor2"), [
    ("ap-government-frees-prisoners-for-talks", "2020-08-13",
     "Government of Afghanistan (2014-)", "Taliban"),
    ("reuters-authorities-pardon-detainees", "2022-01-08", "Government of Ethiopia (2018-)",
     None),
])
def test_officials_release_prisoners(name: str, published: str, actor1: str,
                                     actor2: str | None) -> None:
    events = [r for r in fixture_records("raids", name, published)
              if isinstance(r, Event) and not r.background]
    assert len(events) == 1
    [event] = events
    assert (event.event_type, event.sub_event_type) == ("strategic_developments", "other")
    assert event.actor1 == actor1
    assert event.actor2 == actor2
    assert not event.casualties
