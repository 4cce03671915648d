"""The site of an event: the building, venue or street within its place that the sentences
telling the event name ("at the crowded Kingsway tram depot", "on a pedestrian street",
"throughout the village"), kept as ``location.site`` with every such span among the
location's evidence; and the other places of the event's country those sentences place it
at ("raids in Wadi Hamra and Wadi Sirr"). Where someone was treated or where something was
told is no site, and the event's own place does not change."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.places import find_sites, site_words
from eventcoder.records import Event


def _events(text: str) -> list[Event]:
    return [r for r in extract(text) if isinstance(r, Event)]


def _location_texts(event: Event) -> list[str]:
    return [e.text for e in event.evidence.get("location", [])]


@pytest.mark.parametrize(
    ("sentence", "sites"),
    [
        ("The deadliest blast was at the crowded Kingsway tram depot, where four people died.",
         ["the crowded Kingsway tram depot"]),
        ("A grenade went off on a narrow shopping street in the old town.",
         ["a narrow shopping street"]),
        ("The device wrecked a pharmacy on the main avenue Boulevard Saint Denis on Monday.",
         ["the main avenue Boulevard Saint Denis"]),
        ("The two largest blasts were at Mill Lane and the Harbour Road.",
         ["Mill Lane", "the Harbour Road"]),
        ("Firing broke out in the northern Protestant areas after dark.",
         ["the northern Protestant areas"]),
        ("The Hotel Miramar bombing was carried out at the Miramar bar in Calle de la Paz.",
         ["The Hotel Miramar", "the Miramar bar", "Calle de la Paz"]),
        ("A colonel was shot dead in the same province a year earlier.",
         ["the same province"]),
        ("The gunmen drove into the village near Camp Kellan.",
         ["the village", "Camp Kellan"]),
        ("Clashes broke out in Dorapur village under Kalna police station.",
         ["Dorapur village"]),
    ],
)
def test_places_find_sites(sentence: str, sites: list[str]) -> None:
    assert [sentence[s:e] for s, e in find_sites(sentence, 0, len(sentence))] == sites


@pytest.mark.parametrize(
    "sentence",
    [
        "Forty people were detained in hospital and two more died at the hospital.",
        "The minister told reporters at the ministry that the town was calm.",
        "He was seen in court on Monday and stayed at home in the first quarter.",
        "The colonel was shot in Homs whilst inspecting his residence.",
    ],
)
def test_places_no_site(sentence: str) -> None:
    assert find_sites(sentence, 0, len(sentence)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Shots were fired at the Ostrava tram depot and on Mill Lane at dawn.",
        "Four men were seized at a checkpoint near Kellan on Friday.",
        "The blast hit the crowded Café Lido on the Grand Plaza.",
        "A mine went off in the Ruhwa area as the convoy passed.",
    ],
)
def test_places_site_sentences_hold_a_site_word(sentence: str) -> None:
    # find_sites reads a sentence only where the one search for a head, a prefix or an
    # anaphoric head finds one; every sentence with a site must pass that test
    assert find_sites(sentence, 0, len(sentence))
    lowered = sentence.lower()
    assert not sentence.isascii() or site_words().named_word.search(lowered)
    spaced = f"Police said on Monday. {sentence} Nobody claimed it."
    start = spaced.index(sentence)
    assert find_sites(spaced, start, start + len(sentence)) == [
        (start + s, start + e) for s, e in find_sites(sentence, 0, len(sentence))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Gunmen shot dead two farmers in Kellan on Sunday night.",
        "Protesters gathered outside in the rain to denounce the tax.",
        "The abbot of Vrana said the roadside stalls were burnt.",
    ],
)
def test_places_no_site_word_no_site(sentence: str) -> None:
    # no head, prefix or anaphoric head as a whole word ("roadside", "abbot" hold none)
    assert site_words().named_word.search(sentence.lower()) is None
    assert find_sites(sentence, 0, len(sentence)) == []


def test_events_site_of_a_bombing() -> None:
    events = _events(
        "A bomb exploded on Saturday at the crowded Kingsway tram depot in Leeds, wounding "
        "nine people, police said. The blast also damaged a pharmacy on Mill Lane.")
    lead = [e for e in events if not e.background][0]
    assert lead.location.name == "Leeds"
    assert lead.location.site == "the crowded Kingsway tram depot"
    texts = _location_texts(lead)
    assert "Leeds" in texts and "the crowded Kingsway tram depot" in texts
    assert "Mill Lane" in texts


def test_events_other_places_the_event_sentence_names() -> None:
    events = _events(
        "In May, more than thirty soldiers were killed in militant raids in Tadmur and "
        "Qaryatayn, in the desert east of Homs, Syria, the monitor said.")
    lead = [e for e in events if not e.background][0]
    texts = _location_texts(lead)
    assert "Tadmur" in texts and "Qaryatayn" in texts, texts


def test_events_site_leaves_the_place_alone() -> None:
    events = _events(
        "Gunmen opened fire at a checkpoint near Maiduguri on Tuesday, killing two "
        "policemen. The wounded were taken to hospital.")
    lead = [e for e in events if not e.background][0]
    assert lead.location.name == "Maiduguri"
    assert lead.location.site == "a checkpoint"
    assert "hospital" not in " ".join(_location_texts(lead))
