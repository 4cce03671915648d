"""Who tells the figures where the report names no teller in full: not a force named as
the partner of the operations ("alongside the Syrian Democratic Forces", "partnered with
Somali forces"), but the country's forces told of as a body with a speech verb ("The army
said ...", "according to the army")."""

from __future__ import annotations

import pytest

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Tally


def _reporters(text: str) -> set[str | None]:
    records = RulePipeline()(document_from_text(text, doc_id="w", published="2024-12-05"))
    return {t.reporter for t in records if isinstance(t, Tally)}


@pytest.mark.parametrize(
    ("text", "partner"),
    [
        ("The command said it carried out 26 operations against al-Shabaab in Somalia in "
         "November. Three of the 26 operations were U.S.-only strikes, and the rest were "
         "partnered with Somali forces.", "Military Forces of Somalia"),
        ("The Pentagon's Middle East command says its forces mounted 33 missions against "
         "Islamic State cells in Syria in November, most of them alongside the Syrian "
         "Democratic Forces.",
         "Syrian Democratic Forces"),
    ],
)
def test_tallies_partner_of_the_operations_is_no_reporter(text: str, partner: str) -> None:
    reporters = _reporters(text)
    assert reporters and partner not in reporters


def test_tallies_teller_named_in_full_stays_the_reporter() -> None:
    text = ("U.S. Central Command said its forces mounted 33 missions against Islamic State "
            "cells in Syria in November, most of them alongside the Syrian Democratic Forces.")
    assert _reporters(text) == {"US Central Command"}


@pytest.mark.parametrize(
    "text",
    [
        "The army said in its weekly briefing that troops had neutralised 35 terrorists and "
        "arrested 12 suspects in Zamfara and Katsina over the past week.",
        "Troops neutralised 35 terrorists in Zamfara over the past week, according to the army.",
    ],
)
def test_tallies_forces_told_of_as_a_body_tell_the_figures(text: str) -> None:
    """"The army said": the forces of the country the report is about, as a body."""
    assert _reporters(text) == {"Military Forces of Nigeria"}


def test_tallies_soldiers_who_speak_are_no_teller_of_the_figures() -> None:
    text = ("Soldiers said they had neutralised 35 terrorists in Zamfara over the past week, "
            "the News Agency of Nigeria reported.")
    assert "Military Forces of Nigeria" not in _reporters(text)


def test_tallies_service_told_again_is_the_one_named_in_full() -> None:
    text = ("Iraqi forces kill 29 ISIS militants in August - CTS\n\nThe Counter-Terrorism "
            "Service (CTS) carried out 51 operations across five provinces in August, killing "
            "29 ISIS militants and arresting 40 suspects, the service said in its monthly "
            "report.")
    assert _reporters(text) == {"Counter Terrorism Service"}
