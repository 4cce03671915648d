"""The report ``prepare_batch`` runs first reaches every stage that writes records, so that
each loads its data files and compiles its patterns before the batch, not on the batch's
first text that needs them."""

from __future__ import annotations

from eventcoder.pipeline import _WARM_UP_TEXT, extract


def test_warm_up_report_gives_an_event_a_tally_and_a_statement() -> None:
    kinds = {record.record for record in extract(_WARM_UP_TEXT, doc_id="warm-up")}
    assert {"event", "tally", "statement"} <= kinds
