"""Named actors: aliases, abbreviations, ACLED names, inter codes and kinds."""

from __future__ import annotations

from datetime import date

import pytest

from eventcoder.actors import acled_inter, actor_info, match_actors, resolve_actor


@pytest.mark.parametrize(
    ("text", "country", "name", "acled_name", "inter"),
    [
        ("Daesh claimed the bombing in Mosul.", "IQ", "Islamic State", "Islamic State (Iraq)", 2),
        ("ISIL cells attacked a checkpoint.", "SY", "Islamic State", "Islamic State (Syria)", 2),
        ("Da'esh fighters fled.", "IQ", "Islamic State", "Islamic State (Iraq)", 2),
        ("IS fighters ambushed a patrol.", "IQ", "Islamic State", "Islamic State (Iraq)", 2),
        ("The SDF said it detained a courier.", "SY", "Syrian Democratic Forces",
         "QSD: Syrian Democratic Forces", 2),
        ("Al-Shabaab militants stormed a base.", "SO", "Al Shabaab", "Al Shabaab", 2),
        ("HTS shelled the village.", "SY", "Hay'at Tahrir al-Sham", "Hayat Tahrir al Sham", 2),
        ("Ansar Allah launched drones.", "YE", "Houthis",
         "Military Forces of Yemen (2016-) Supreme Political Council", 1),
        ("The PKK denied the claim.", "TR", "Kurdistan Workers' Party",
         "PKK: Kurdistan Workers Party", 2),
        ("JNIM seized the convoy.", "ML", "Jama'at Nusrat al-Islam wal-Muslimin",
         "JNIM: Group for Support of Islam and Muslims", 2),
        ("ISWAP overran the garrison.", "NG", "Islamic State West Africa Province",
         "Islamic State (West Africa)", 2),
        ("Boko Haram abducted 12 girls.", "NG", "Boko Haram",
         "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", 2),
        ("ELN guerrillas blew up a pipeline.", "CO", "National Liberation Army",
         "ELN: National Liberation Army", 2),
        ("CJNG gunmen attacked the bar.", "MX", "Jalisco New Generation Cartel",
         "CJNG: Jalisco New Generation Cartel", 3),
        ("The Arakan Army took the outpost.", "MM", "Arakan Army",
         "ULA/AA: United League of Arakan/Arakan Army", 2),
        ("Hizbullah fired rockets.", "LB", "Hezbollah", "Hezbollah", 3),
        ("The TTP claimed it.", "PK", "Tehrik-i-Taliban Pakistan",
         "TTP: Tehreek-i-Taliban Pakistan", 2),
        ("Hashd al-Shaabi units deployed.", "IQ", "Popular Mobilization Forces",
         "Military Forces of Iraq (2018-) Popular Mobilization Forces", 1),
        ("LNA forces shelled Tripoli.", "LY", "Libyan National Army",
         "Military Forces of Libya (2014-) Haftar Faction", 1),
        ("Wagner mercenaries were seen.", "ML", "Wagner Group", "Wagner Group", 8),
        ("The SPLA shelled the camp near Bentiu.", "SS", "South Sudan People's Defence Forces",
         "Military Forces of South Sudan (2011-)", 1),
    ],
)
def test_actors_alias_resolves_to_acled_name(
    text: str, country: str, name: str, acled_name: str, inter: int
) -> None:
    found = match_actors(text, country=country, when=date(2020, 5, 1))
    assert found, text
    first = found[0]
    assert (first.name, first.acled_name, first.inter) == (name, acled_name, inter)
    assert text[first.start : first.end] == first.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("US Central Command (CENTCOM) announced", ["US Central Command", "US Central Command"]),
        ("Combined Joint Task Force - Operation Inherent Resolve and CJTF-OIR",
         ["Combined Joint Task Force - Operation Inherent Resolve"] * 2),
        ("the US-led coalition and Coalition forces", ["Coalition", "Coalition"]),
        ("Iraqi Security Forces (ISF), Iraqi troops and the Iraqi army",
         ["Iraqi Security Forces"] * 4),
        ("Kurdish Peshmerga and Peshmerga forces", ["Peshmerga", "Peshmerga"]),
        ("the Kurdistan Workers' Party and the Kurdistan Workers\u2019 Party",
         ["Kurdistan Workers' Party"] * 2),
    ],
)
def test_actors_alias_variants_share_one_canonical_name(text: str, expected: list[str]) -> None:
    assert [m.name for m in match_actors(text, country="IQ")] == expected


@pytest.mark.parametrize(
    "text",
    [
        "It IS what it is.",
        "What IS the plan?",
        "THE STORM IS COMING",
        "The crisis is deepening and this is visible.",
        "Hisham said the ISSUE was resolved.",
        "The SD card was missing.",
        "Download the PDF of the report.",
        "It was a fatal accident on the road.",
        "The Hamas, Hama and Homs governorates.",
    ],
)
def test_actors_ordinary_words_are_not_named_actors(text: str) -> None:
    named = [m for m in match_actors(text, country=None) if not m.generic]
    assert [m.name for m in named if m.name not in ("Hamas",)] == []


def test_actors_short_abbreviation_needs_its_country() -> None:
    assert [m.name for m in match_actors("AA fighters attacked.", country="MM")] == ["Arakan Army"]
    assert all(m.name != "Arakan Army" for m in match_actors("AA fighters.", country="NG"))
    assert all(m.name != "Arakan Army" for m in match_actors("AA fighters.", country=None))


@pytest.mark.parametrize(
    ("text", "modifier", "name"),
    [
        ("48 anti-ISIS operations", "anti", "Islamic State"),
        ("pro-Houthi forces fired mortars", "pro", "Houthis"),
        ("a Houthi-led offensive", "led", "Houthis"),
        ("suspected Boko Haram members", "suspected", "Boko Haram"),
    ],
)
def test_actors_prefixes_and_suffixes_mark_the_relation(
    text: str, modifier: str, name: str
) -> None:
    found = [m for m in match_actors(text, country="YE") if m.name == name]
    assert found and found[0].modifier == modifier


def test_actors_anti_target_is_not_a_party() -> None:
    assert resolve_actor("anti-ISIS", country="IQ") is None
    party = resolve_actor("anti-Houthi National Resistance forces", country="YE")
    assert party is not None and party.name == "National Resistance Forces"


def test_actors_possessive_keeps_the_name() -> None:
    text = "ISIS's leader and ISIS’ ability and the Taliban's spokesman"
    found = match_actors(text, country="AF")
    assert [m.text for m in found] == ["ISIS", "ISIS", "Taliban"]


@pytest.mark.parametrize(
    ("kind", "inter"),
    [("state_forces", 1), ("rebel_group", 2), ("political_militia", 3), ("identity_militia", 4),
     ("rioters", 5), ("protesters", 6), ("civilians", 7), ("external_force", 8)],
)
def test_actors_inter_codes(kind: str, inter: int) -> None:
    assert acled_inter(kind) == inter


def test_actors_inter_unknown_kind_says_which_exist() -> None:
    with pytest.raises(KeyError, match="known kinds"):
        acled_inter("pirates")


@pytest.mark.parametrize(
    ("name", "kind", "acled_name", "inter"),
    [
        ("Islamic State", "rebel_group", "Islamic State (Syria)", 2),
        ("US Central Command", "external_force", None, 8),
        ("QSD: Syrian Democratic Forces", "rebel_group", "QSD: Syrian Democratic Forces", 2),
        ("Civilians", "civilians", "Civilians (Syria)", 7),
    ],
)
def test_actors_info_by_canonical_or_acled_name(
    name: str, kind: str, acled_name: str | None, inter: int
) -> None:
    info = actor_info(name, country="SY")
    assert info is not None
    assert info["kind"] == kind and info["inter"] == inter
    if acled_name is not None:
        assert info["acled_name"] == acled_name
    else:
        assert str(info["acled_name"]).startswith("Military Forces of the United States (")


def test_actors_info_unknown_is_none() -> None:
    assert actor_info("Nobody In Particular") is None


@pytest.mark.parametrize(
    ("text", "span", "name"),
    [
        ("NAF rebel forces fired mortars", "NAF rebel forces", "Novorossiya"),
        ("22 ISIS operatives were killed", "ISIS operatives", "Islamic State"),
        ("Taliban militants stormed", "Taliban militants", "Taliban"),
        ("one Coalition member was killed", "Coalition member", "Coalition"),
    ],
)
def test_actors_group_nouns_continue_a_named_actor(text: str, span: str, name: str) -> None:
    found = match_actors(text, country="UA")
    assert [(m.text, m.name) for m in found] == [(span, name)]
