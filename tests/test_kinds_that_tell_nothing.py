"""Unnamed gunmen tell no figures and issue no statements, though the actors stage gives
them the country of the report; they still own their own dead ("the attackers fled carrying
their dead"). The reports here were written for these tests."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.actors import load_lexicon
from eventcoder.events import _NO_SIDE_KINDS
from eventcoder.records import Event, Statement
from eventcoder.statements import _NON_ISSUERS
from eventcoder.tallies import _NON_REPORTER_KINDS, NEVER_TELLING


@pytest.mark.parametrize("kinds", [NEVER_TELLING, _NON_ISSUERS, _NON_REPORTER_KINDS,
                                   _NO_SIDE_KINDS])
def test_kinds_that_tell_nothing_are_kinds_the_actor_list_uses(kinds: frozenset[str]) -> None:
    assert kinds <= set(load_lexicon().inter_codes), kinds - set(load_lexicon().inter_codes)


def test_unnamed_armed_group_issues_no_statement_under_a_coded_name() -> None:
    text = ("Attack on army base in Diyala\n\nBAQUBA, Iraq - Militants attacked an army base "
            "in Diyala province on Monday, killing three soldiers.\n\n\"We struck the base and "
            "we will strike again,\" according to the armed group.")
    [statement] = [r for r in extract(text, published="2024-03-07")
                   if isinstance(r, Statement)]
    # the body as written, not the coding label of the country's unidentified gunmen
    assert statement.organisation == "armed group"
    assert "Unidentified" not in (statement.speaker or "")


def test_unnamed_attackers_still_own_their_dead() -> None:
    text = ("Gunmen kill two soldiers in Kirkuk\n\nKIRKUK, Iraq (AP) - Gunmen attacked an army "
            "checkpoint near Hawija late on Tuesday, killing two soldiers, and the attackers "
            "fled carrying several of their dead.")
    [event] = [r for r in extract(text, published="2024-03-07") if isinstance(r, Event)]
    parties = [(c.party, c.count) for c in event.casualties if c.count is None]
    assert parties and all(p.startswith("Unidentified Armed Group") for p, _c in parties), \
        event.casualties
