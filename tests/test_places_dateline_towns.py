"""The town a wire dateline names is read as a town, whatever its case or length; its
namesakes are told apart by what is written next to it, by the rest of the text and by
population; a heading word before a dash is no town."""

from __future__ import annotations

import pytest

from tests.places_text import place_mentions

_FILED = "dateline: where the report was filed from"


def _opening(text: str) -> tuple[str, str, str | None] | None:
    """The reading of the first mention of ``text`` where it opens the dateline."""
    mentions = place_mentions(text)
    if not mentions or mentions[0].place is None:
        return None
    first = mentions[0]
    assert first.place is not None
    return first.text, first.place.country, first.place.admin1


@pytest.mark.parametrize(
    ("text", "town", "country", "admin1"),
    [
        ("KABUL, Aug 21 (Reuters) - A bomb blast at a mosque in the Afghan capital killed 11 "
         "worshippers.", "KABUL", "AF", "Kabul"),
        ("MOGADISHU, Aug 21 (Reuters) - A car bomb went off near the port, wounding seven "
         "people.", "MOGADISHU", "SO", "Banadir"),
        ("Gunmen storm hotel\n\nBAMAKO (AFP) - Gunmen attacked a hotel in the capital on "
         "Sunday, killing four guards.", "BAMAKO", "ML", None),
        ("Kabul, Aug 21 (Reuters) - Two rockets hit a residential block, police said.",
         "Kabul", "AF", "Kabul"),
        ("Mogadishu, 8 March (SONNA) - Troops detained six suspects in an overnight raid.",
         "Mogadishu", "SO", "Banadir"),
        ("RAWALPINDI: Security forces shot dead two suspects at a checkpoint.",
         "RAWALPINDI", "PK", "Punjab"),
        ("LAGOS, Aug 21 (Reuters) - Gunmen killed 12 villagers in Zamfara state, police said.",
         "LAGOS", "NG", "Lagos"),
        ("TAMPA, Fla. - A gunman wounded three people outside a bar early on Saturday.",
         "TAMPA", "US", "Florida"),
        ("GAZA CITY, May 3 (Reuters) - An air strike destroyed a workshop overnight.",
         "GAZA CITY", "PS", None),
        ("Mazar-i-Sharif, Aug 21 (Reuters) - A blast at a market wounded 14 people.",
         "Mazar-i-Sharif", "AF", "Balkh"),
        ("NEW DELHI, Oct 2 (Reuters) - Troops killed two militants in Kashmir, the army said.",
         "NEW DELHI", "IN", None),
        # a hyphen inside the name is no outlet's dash before it
        ("Shells hit army post\n\nDEIR EZ-ZOR, Syria (Reuters) - Shells landed inside an army "
         "post on the river bank before dawn.", "DEIR EZ-ZOR", "SY", "Deir ez-Zor"),
        ("Goma, DR Congo, Aug 21 (Reuters) - Rebels shelled a camp for displaced families.",
         "Goma", "CD", "Nord-Kivu"),
    ],
)
def test_places_dateline_town_is_read(text: str, town: str, country: str,
                                      admin1: str | None) -> None:
    mentions = place_mentions(text)
    first = mentions[0]
    assert first.text == town and first.place is not None
    assert first.place.feature == "populated_place" and first.place.country == country
    if admin1 is not None:
        assert first.place.admin1 == admin1
    assert first.reason == _FILED


def test_places_dateline_new_delhi_is_not_delhi() -> None:
    first = place_mentions("NEW DELHI (AP) - Police detained 40 protesters near parliament.")[0]
    assert first.place is not None and first.place.name == "New Delhi"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a country or state written after the town
        ("HYDERABAD, Pakistan (AP) - Police fired tear gas at a crowd of traders.", "PK"),
        ("PARIS, Texas (AP) - A gunman shot two deputies during a traffic stop.", "US"),
        ("SAN JOSE, Costa Rica (AP) - Police seized two tonnes of cocaine at the port.", "CR"),
        ("TRIPOLI, Lebanon (Reuters) - Gunmen clashed with troops in the old souks.", "LB"),
        # the rest of the text
        ("HYDERABAD (Reuters) - Police in Sindh province arrested five men after a riot.", "PK"),
        ("HYDERABAD (Reuters) - Police in Telangana arrested five men after a riot.", "IN"),
        ("TRIPOLI (Reuters) - Libyan militias traded fire near the airport overnight.", "LY"),
        # population alone
        ("HYDERABAD (Reuters) - Police arrested five men after a riot.", "IN"),
        ("PARIS, Aug 21 (Reuters) - French troops killed ten militants in northern Mali, the "
         "army said.", "FR"),
    ],
)
def test_places_dateline_namesakes(text: str, country: str) -> None:
    first = place_mentions(text)[0]
    assert first.place is not None and first.place.country == country
    assert first.reason == _FILED


def test_places_dateline_holder_is_still_read() -> None:
    mentions = place_mentions("STUTTGART, Germany - Police arrested two men after a knife "
                              "attack in the city centre.")
    assert [(m.text, m.place.country if m.place else None) for m in mentions[:2]] == [
        ("STUTTGART", "DE"), ("Germany", "DE")]


def test_places_dateline_after_outlet_name() -> None:
    mentions = place_mentions("Kurdistan24 - ERBIL, Kurdistan Region - A drone struck a base "
                              "near the airport on Tuesday.")
    erbil = next(m for m in mentions if m.text == "ERBIL")
    assert erbil.place is not None and erbil.place.feature == "populated_place"
    assert erbil.place.country == "IQ"


@pytest.mark.parametrize(
    "text",
    [
        "EXCLUSIVE - Gunmen killed four people in Kaduna on Monday.",
        "BREAKING: Gunmen killed four people in Kaduna on Monday.",
        "UPDATE - Gunmen killed four people in Kaduna on Monday.",
        "POLICE: Gunmen killed four people in Kaduna on Monday.",
        "Published: 3 March 2023\nGunmen killed four people in Kaduna on Monday.",
    ],
)
def test_places_heading_word_is_no_dateline_town(text: str) -> None:
    mentions = place_mentions(text)
    assert [(m.text, m.place.country if m.place else None) for m in mentions
            if m.place is not None] == [("Kaduna", "NG")]
    assert all(m.reason != _FILED for m in mentions)


def test_places_dateline_leaves_the_other_places() -> None:
    text = ("BAGHDAD (AP) - A roadside bomb killed two soldiers near Kirkuk on Sunday, and a "
            "second one wounded a policeman in Tikrit.")
    readings = {m.text: m.place for m in place_mentions(text)}
    assert readings["BAGHDAD"] is not None and readings["BAGHDAD"].country == "IQ"
    for town in ("Kirkuk", "Tikrit"):
        place = readings[town]
        assert place is not None and place.country == "IQ" and place.name == town
