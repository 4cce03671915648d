"""Armed groups of South Asia and elsewhere by their names and abbreviations, and the
Maoists of India: the CPI (Maoist) where a report names it, ACLED's Naxal-Maoist rebels
where it names no organisation."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.actors import match_actors, resolve_actor
from eventcoder.records import Event


@pytest.mark.parametrize(
    ("phrase", "country", "acled_name"),
    [
        ("ULFA-I cadres", "IN", "ULFA: United Liberation Front of Asom"),
        ("the NDFB(S)", "IN", "NDFB: National Democratic Front of Bodoland"),
        ("NSCN (IM) militants", "IN",
         "NSCN-IM: National Socialist Council of Nagaland (Isak-Muivah)"),
        ("Garo National Liberation Army rebels", "IN", "GNLA: Garo National Liberation Army"),
        ("PLFI", "IN", "PLFI: People's Liberation Front of India"),
        ("the Kangleipak Communist Party", "IN", "KCP: Kangleipak Communist Party"),
        ("National Liberation Front of Tripura", "IN",
         "NLFT: National Liberation Front of Tripura"),
        ("Lashkar-e-Islam fighters", "PK", "LeI: Lashkar-e-Islam"),
        ("LeJ", "PK", "LeJ: Lashkar-e-Jhangvi"),
        ("the Baloch Republican Army", "PK", "BRA: Baloch Republican Army"),
        ("Lord's Resistance Army", "CF", "LRA: Lord's Resistance Army"),
        ("the Caucasus Emirate", "RU", "Caucasus Emirate"),
        ("Jemaah Islamiyah", "ID", "JI: Jemaah Islamiyah"),
        ("the DFLP", "PS", "DFLP: Democratic Front for the Liberation of Palestine"),
        ("Maoist rebels", "IN", "Naxal-Maoist Rebels (India)"),
        ("the Communist Party of India (Maoist)", "IN",
         "CPI (Maoist): Communist Party of India (Maoist)"),
    ],
)
def test_armed_group_names(phrase: str, country: str, acled_name: str) -> None:
    found = resolve_actor(phrase, country=country)
    assert found is not None and found.acled_name == acled_name
    assert found.kind == "rebel_group" and not found.generic


def test_a_bracketed_last_word_is_part_of_the_name() -> None:
    text = "Posters of the Communist Party of India (Maoist) were found."
    (found,) = match_actors(text, country="IN")
    assert found.text == "Communist Party of India (Maoist)"


@pytest.mark.parametrize(("country", "name"), [("PK", "Baloch Republican Army"), ("BR", None)])
def test_a_short_abbreviation_names_a_group_in_its_countries_only(country: str,
                                                                   name: str | None) -> None:
    found = resolve_actor("BRA", country=country)
    assert (found.name if found else None) == name


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("On 4 May 2012, Maoists set fire to three trucks near Latehar, Jharkhand, India.",
         "Naxal-Maoist Rebels"),
        ("On 4 May 2012, Maoists set fire to three trucks near Latehar, Jharkhand, India. "
         "Leaflets of the Communist Party of India (Maoist) were found at the site.",
         "Communist Party of India (Maoist)"),
    ],
)
def test_maoists_are_the_party_the_report_names(text: str, actor1: str) -> None:
    events = [r for r in extract(text) if isinstance(r, Event)]
    assert [e.actor1 for e in events] == [actor1]
