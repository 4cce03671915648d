"""The identity groups of an event's text are looked for only where a side may take one.

``_associate_identities`` adds a group (workers, journalists, women) beside protesters,
rioters or civilians; an event whose sides are none of these (two armed groups fighting)
takes none, whatever groups its text names, so the look (``find_identities``, a search of
the event's sentences) is skipped there. Where a side may take one, it still finds it.
"""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder import events
from eventcoder.pipeline import RulePipeline, compiled_modules
from tests.records_factory import only_event

_PUBLISHED = "2022-03-31"
#: A compiled module calls its own functions directly: a patched one is never called.
_COUNTABLE = pytest.mark.skipif("eventcoder.events" in compiled_modules(),
                                reason="a compiled module calls its own functions directly")


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = events.find_identities

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(events, "find_identities", counted)
    return calls


@_COUNTABLE
def test_armed_sides_need_no_look_for_groups(pipeline: RulePipeline,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _counting(monkeypatch)
    event = only_event(pipeline, "On 12 March 2022, Boko Haram fighters clashed with the "
                       "Nigerian army near Damboa, Borno, where farmers and traders live.",
                       _PUBLISHED)
    assert event.event_type == "battles"
    assert not calls
    assert not any(a.endswith("(Nigeria)") and a.startswith(("Farmers", "Labour"))
                   for a in [*event.assoc_actor_1, *event.assoc_actor_2])


@pytest.mark.parametrize(
    ("text", "side", "group"),
    [
        ("On 4 March 2022, dock workers protested in Velmora harbour, Mombasa, over unpaid "
         "wages.", 1, "Labour Group (Kenya)"),
        ("On 8 March 2022, armed men abducted a reporter near Culiacan, Sinaloa.", 2,
         "Journalists (Mexico)"),
    ],
)
@_COUNTABLE
def test_sides_that_may_take_a_group_still_look(pipeline: RulePipeline,
                                                monkeypatch: pytest.MonkeyPatch,
                                                text: str, side: int, group: str) -> None:
    calls = _counting(monkeypatch)
    event = only_event(pipeline, text, _PUBLISHED)
    assert calls
    assert group in (event.assoc_actor_1 if side == 1 else event.assoc_actor_2)
